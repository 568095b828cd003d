/**
 * Domain speed: `validate` + the mapping to one StartChangeSet request, for a full contract
 * form with 20 dimensions and 12 flexible payments, as the wizard runs it on Review.
 */
import { emptyFormState, toStartChangeSet, validate } from '../../lwc-src/raDomain/raDomain';
import type { FormState, Product } from '../../lwc-src/raDomain/raDomain';
import { elapsedMs, round, summarize } from './stats';
import type { LatencySummary } from './stats';

export const DIMENSION_COUNT = 20;
export const PAYMENT_COUNT = 12;

export interface DomainBenchResult extends LatencySummary {
    dimensions: number;
    payments: number;
    operationsPerSecond: number;
}

function isoDate(daysFromToday: number): string {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + daysFromToday);
    return date.toISOString().slice(0, 10);
}

/**
 * A valid contract with a flexible payment schedule: 20 dimensions and `payments` payments, a
 * month apart for 12 (a 12-month contract), a fortnight apart beyond (a 36-month one).
 */
export function fullContractForm(payments = PAYMENT_COUNT): {
    form: FormState;
    product: Product;
    today: string;
} {
    const monthly = payments <= PAYMENT_COUNT;
    const product: Product = {
        productId: 'prod-bench-contract',
        title: 'Benchmark product',
        productType: 'SaaS',
        dimensions: Array.from({ length: DIMENSION_COUNT }, (_, index) => ({
            key: `Dimension${index + 1}`,
            name: `Dimension ${index + 1}`,
            unit: 'Units',
            type: 'Entitled' as const,
        })),
    };
    const form: FormState = {
        ...emptyFormState(product.productId),
        name: 'Benchmark resale authorization',
        description: `Twenty dimensions and ${payments} payments`,
        resellerAccountId: '111122223333',
        buyerAccountsText: '444455556666, 777788889999',
        pricingModel: 'Contract',
        contractDuration: {
            kind: 'standard',
            standard: monthly ? 'P12M' : 'P36M',
            customValue: '',
            customUnit: 'Months',
        },
        flexiblePaymentSchedule: true,
        dimensions: product.dimensions.map((dimension, index) => ({
            key: dimension.key,
            rate: `${index + 1}.50`,
            quantity: String(index + 1),
        })),
        paymentSchedule: Array.from({ length: payments }, (_, index) => ({
            chargeDate: isoDate(10 + index * (monthly ? 30 : 15)),
            amount: '1000.00',
        })),
        buyerLegalTerms: { type: 'StandardEula', document: null },
        resellerLegalTerms: { type: 'StandardResellerContract', document: null },
        availability: { usage: 'oneTime', expiryDate: isoDate(5) },
    };
    return { form, product, today: isoDate(0) };
}

export function runDomainBench(durationMs = 2000): DomainBenchResult {
    const { form, product, today } = fullContractForm();
    const problems = validate(form, product, today);
    if (problems.length > 0) {
        throw new Error(`The benchmark form is not valid: ${JSON.stringify(problems)}`);
    }
    const samples: number[] = [];
    const started = process.hrtime.bigint();
    while (elapsedMs(started) < durationMs) {
        const one = process.hrtime.bigint();
        validate(form, product, today);
        toStartChangeSet(form, product, { intent: 'publish', clientRequestToken: 'bench-token' });
        samples.push(elapsedMs(one));
    }
    const total = elapsedMs(started);
    return {
        dimensions: DIMENSION_COUNT,
        payments: PAYMENT_COUNT,
        operationsPerSecond: round((samples.length / total) * 1000, 0),
        ...summarize(samples),
    };
}
