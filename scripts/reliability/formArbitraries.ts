import fc from 'fast-check';
import type { DimensionPrice, FormState, PaymentRow } from '../../lwc-src/raDomain/formState';
import {
    dimensionsFor,
    pricingModelsOf,
    requiresCustomEula,
    supportsFlexiblePaymentSchedule,
    supportsFutureStart,
} from '../../lwc-src/raDomain/product';
import type { Product } from '../../lwc-src/raDomain/product';
import { contractEnd, daysBetween, shiftDays, shiftMonths } from './calendar';
import { mutationArbitrary } from './formMutations';
import type { FormMutation } from './formMutations';
import type { FormCase, FuzzContext } from './formCase';
import { DOCUMENT_URLS, DRAFT_ENTITIES_BY_PRODUCT, SELLER_ACCOUNT } from './seedCatalog';
import {
    ACQUISITION_CHANNELS,
    AVAILABILITY_USAGES,
    BUYER_LEGAL_TYPES,
    CONSTRAINT_SETTINGS,
    CURRENCIES,
    NET_PAYMENT_PERIODS,
    RENEWAL_PRICING_MODELS,
    RESELLER_LEGAL_TYPES,
    STANDARD_DURATIONS,
    chosen,
} from './formVocabulary';

type PricingPlan = 'contract' | 'contractWithPaymentSchedule' | 'usage';
type ContractDuration = FormState['contractDuration'];

const ACCOUNT = fc.stringMatching(/^\d{12}$/).filter((account) => account !== SELLER_ACCOUNT);
const PADDING = fc.constantFrom('', '', '', ' ', '  ', '\t', '\n ');

const padded = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(PADDING, value, PADDING).map(([before, text, after]) => `${before}${text}${after}`);

/** A count biased to small values, reaching the limit itself now and then. */
const countUpTo = (max: number, min = 0): fc.Arbitrary<number> =>
    fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + 3) }) },
        { weight: 2, arbitrary: fc.integer({ min, max }) },
        { weight: 1, arbitrary: fc.constant(max) },
    );

const nameArb = padded(
    fc.oneof(
        {
            weight: 6,
            arbitrary: fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 ]{0,38}[A-Za-z0-9])?$/),
        },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]$/) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{100}$/) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{98}[A-Za-z0-9]$/) },
    ),
);

const descriptionArb = fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 5, arbitrary: padded(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,60}$/)) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 \t\n]{253}[A-Za-z0-9]$/) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\n\t ') },
);

/** Buyer accounts as typed: any separators, some with dashes, some typed twice. */
function buyerAccountsTextArb(min: number): fc.Arbitrary<string> {
    return countUpTo(25, min)
        .chain((count) =>
            fc.tuple(
                fc.uniqueArray(ACCOUNT, { minLength: count, maxLength: count }),
                fc.array(fc.boolean(), { minLength: count, maxLength: count }),
                fc.constantFrom(', ', ',', '\n', '; ', ' ', ',\n'),
                fc.boolean(),
            ),
        )
        .map(([accounts, dashed, separator, repeatFirst]) => {
            const typed = accounts.map((account, i) =>
                dashed[i] ? account.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3') : account,
            );
            const first = typed[0];
            return [...typed, ...(repeatFirst && first ? [first] : [])].join(separator);
        });
}

const durationArb: fc.Arbitrary<ContractDuration> = fc.oneof(
    {
        weight: 3,
        arbitrary: fc
            .tuple(fc.constantFrom(...STANDARD_DURATIONS), fc.constantFrom('', '7', 'abc'))
            .map(([standard, leftover]) => ({
                kind: 'standard' as const,
                standard,
                customValue: leftover,
                customUnit: 'Months' as const,
            })),
    },
    {
        weight: 1,
        arbitrary: fc
            .tuple(
                fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(1, 60)),
                fc.constantFrom('', '0', ' '),
            )
            .map(([months, prefix]) => ({
                kind: 'custom' as const,
                standard: 'P12M' as const,
                customValue: prefix === ' ' ? ` ${months} ` : `${prefix}${months}`,
                customUnit: 'Months' as const,
            })),
    },
    {
        weight: 1,
        arbitrary: fc
            .oneof(fc.integer({ min: 1, max: 1825 }), fc.constantFrom(1, 1825))
            .map((days) => ({
                kind: 'custom' as const,
                standard: 'P36M' as const,
                customValue: String(days),
                customUnit: 'Days' as const,
            })),
    },
);

function durationOf(duration: ContractDuration): { amount: number; unit: 'M' | 'D' } {
    if (duration.kind === 'standard') {
        return { amount: Number(duration.standard.slice(1, -1)), unit: 'M' };
    }
    return {
        amount: Number(duration.customValue.trim()),
        unit: duration.customUnit === 'Months' ? 'M' : 'D',
    };
}

/** A non-negative decimal of at most `decimals` places; zero only when allowed. */
function buildPriceArb(decimals: number, zeroAllowed: boolean): fc.Arbitrary<string> {
    const positive = fc.oneof(
        { weight: 4, arbitrary: fc.stringMatching(/^[1-9]\d{0,5}$/) },
        {
            weight: 4,
            arbitrary: fc.stringMatching(new RegExp(`^[1-9]\\d{0,5}\\.\\d{1,${decimals}}$`)),
        },
        {
            weight: 2,
            arbitrary: fc.stringMatching(new RegExp(`^0\\.\\d{0,${decimals - 1}}[1-9]$`)),
        },
        {
            weight: 1,
            arbitrary: fc.constantFrom(
                `0.${'0'.repeat(decimals - 1)}1`,
                `1.${'9'.repeat(decimals)}`,
                '999999999999',
                '007',
            ),
        },
    );
    const zero = fc.constantFrom('0', '0.00', `0.${'0'.repeat(decimals)}`);
    return padded(
        zeroAllowed
            ? fc.oneof({ weight: 3, arbitrary: positive }, { weight: 1, arbitrary: zero })
            : positive,
    );
}

const PRICES = {
    upfront: { zeroAllowed: buildPriceArb(6, true), positive: buildPriceArb(6, false) },
    usage: { zeroAllowed: buildPriceArb(8, true), positive: buildPriceArb(8, false) },
};

const quantityArb = fc.oneof(
    { weight: 5, arbitrary: fc.stringMatching(/^[1-9]\d{0,3}$/) },
    { weight: 1, arbitrary: fc.constantFrom('1', '01', ' 3 ', '1000000') },
);

/** Rows for the dimensions priced under the plan, plus rows the plan ignores. */
function dimensionsArb(
    product: Product,
    plan: PricingPlan,
    zeroAllowed: boolean,
): fc.Arbitrary<DimensionPrice[]> {
    const priced = dimensionsFor(product, plan === 'usage' ? 'Usage' : 'Contract');
    const others = product.dimensions.filter((d) => !priced.includes(d));
    const chosenRows =
        plan === 'usage' ? fc.constant(priced) : fc.subarray(priced, { minLength: 1 });
    const prices = PRICES[plan === 'usage' ? 'usage' : 'upfront'];
    const rate = zeroAllowed ? prices.zeroAllowed : prices.positive;
    const noise = fc.constantFrom('', '5', 'x', '-1');
    return fc
        .tuple(
            chosenRows,
            fc.array(fc.tuple(rate, quantityArb, noise), {
                minLength: priced.length,
                maxLength: priced.length,
            }),
            fc.subarray(others),
            fc.boolean(),
        )
        .map(([rows, values, ignored, listUnpriced]) => {
            const entries: DimensionPrice[] = [];
            priced.forEach((dimension, i) => {
                const [price, quantity, junk] = values[i] ?? ['1', '1', ''];
                if (rows.includes(dimension)) {
                    entries.push(
                        plan === 'contractWithPaymentSchedule'
                            ? { key: dimension.key, rate: junk, quantity }
                            : { key: dimension.key, rate: price, quantity: junk },
                    );
                } else if (listUnpriced) {
                    entries.push({ key: dimension.key, rate: '', quantity: '' });
                }
            });
            for (const dimension of ignored) {
                entries.push({ key: dimension.key, rate: '12', quantity: '3' });
            }
            return entries;
        });
}

const AMOUNT = padded(
    fc.oneof(
        { weight: 5, arbitrary: fc.stringMatching(/^[1-9]\d{0,5}(\.\d{2})?$/) },
        { weight: 1, arbitrary: fc.constantFrom('0', '0.00', '1.123456', '250.5') },
    ),
);

/** Unique charge dates after the expiry date and within the contract, with amounts. */
function paymentScheduleArb(
    expiry: string,
    duration: ContractDuration,
): fc.Arbitrary<PaymentRow[]> {
    const span = Math.max(1, daysBetween(expiry, contractEnd(expiry, durationOf(duration))));
    return countUpTo(Math.min(60, span), 1).chain((count) =>
        fc
            .tuple(
                fc.uniqueArray(fc.integer({ min: 1, max: span }), {
                    minLength: count,
                    maxLength: count,
                }),
                fc.array(AMOUNT, { minLength: count, maxLength: count }),
                fc.boolean(),
            )
            .map(([days, amounts, includeLastDay]) => {
                const chosenDays =
                    includeLastDay && !days.includes(span) ? [...days.slice(1), span] : days;
                return chosenDays.map((day, i) => ({
                    chargeDate: shiftDays(expiry, day),
                    amount: amounts[i] ?? '1',
                }));
            }),
    );
}

const legalDocument = (url: string) => ({ url, fileName: 'terms.pdf', mustUploadAgain: false });

/** Legal terms a product can be resold with: professional services need a custom EULA. */
const legalTermsArb = (product: Product) =>
    fc
        .tuple(
            fc.constantFrom(
                ...(requiresCustomEula(product)
                    ? (['CustomEula'] as const)
                    : chosen(BUYER_LEGAL_TYPES)),
            ),
            fc.constantFrom(...RESELLER_LEGAL_TYPES),
            fc.constantFrom(...DOCUMENT_URLS),
            fc.constantFrom(...DOCUMENT_URLS),
            fc.boolean(),
        )
        .map(([buyerType, resellerType, buyerUrl, resellerUrl, leftoverDocument]) => ({
            buyerLegalTerms: {
                type: buyerType,
                document:
                    buyerType === 'CustomEula' || leftoverDocument ? legalDocument(buyerUrl) : null,
            },
            resellerLegalTerms: {
                type: resellerType,
                document:
                    resellerType === 'CustomResellerContract' || leftoverDocument
                        ? legalDocument(resellerUrl)
                        : null,
            },
        }));

const futureDayArb = (today: string, maxDays: number): fc.Arbitrary<string> =>
    fc
        .oneof(fc.integer({ min: 1, max: maxDays }), fc.constantFrom(1, maxDays))
        .map((days) => shiftDays(today, days));

function futureStartArb(context: FuzzContext): fc.Arbitrary<FormState['futureStart']> {
    if (!supportsFutureStart(context.product)) {
        return fc.constantFrom('', shiftDays(context.today, 30)).map((date) => ({
            enabled: false,
            maximumAgreementStartDate: date,
        }));
    }
    const latest = daysBetween(context.today, shiftMonths(context.today, 36));
    return fc.record({
        enabled: fc.boolean(),
        maximumAgreementStartDate: futureDayArb(context.today, latest),
    });
}

function plansOf(product: Product): PricingPlan[] {
    return pricingModelsOf(product).flatMap((model): PricingPlan[] => {
        if (model === 'Usage') {
            return ['usage'];
        }
        return supportsFlexiblePaymentSchedule(product)
            ? ['contract', 'contractWithPaymentSchedule']
            : ['contract'];
    });
}

/** The pricing, duration, schedule and availability of a form, consistent with each other. */
function pricingArb(context: FuzzContext, plan: PricingPlan) {
    const paymentSchedule = plan === 'contractWithPaymentSchedule';
    return fc
        .record({
            duration: durationArb,
            currencyCode:
                plan === 'contract' ? fc.constantFrom(...CURRENCIES) : fc.constant('USD' as const),
            zeroDollarPricing: fc.boolean(),
            constraints: fc.record({
                multipleDimensionSelection: fc.constantFrom(...CONSTRAINT_SETTINGS),
                quantityConfiguration: fc.constantFrom(...CONSTRAINT_SETTINGS),
            }),
            expiry: paymentSchedule
                ? futureDayArb(context.today, 400)
                : fc.oneof(fc.constant(''), futureDayArb(context.today, 1000)),
            usage: paymentSchedule
                ? fc.constant('oneTime' as const)
                : fc.constantFrom(...AVAILABILITY_USAGES),
        })
        .chain((choice) =>
            fc
                .tuple(
                    dimensionsArb(context.product, plan, choice.zeroDollarPricing),
                    paymentSchedule
                        ? paymentScheduleArb(choice.expiry, choice.duration)
                        : fc.constant<PaymentRow[]>([]),
                )
                .map(([dimensions, schedule]) => ({ ...choice, dimensions, schedule })),
        );
}

/** A form the wizard would let through: every choice filled in and consistent, with edge values. */
export function coherentFormArb(context: FuzzContext): fc.Arbitrary<FormState> {
    const { product } = context;
    return fc
        .constantFrom(...plansOf(product))
        .chain((plan) =>
            fc.record({
                plan: fc.constant(plan),
                pricing: pricingArb(context, plan),
                name: nameArb,
                description: descriptionArb,
                resellerAccountId: padded(ACCOUNT),
                legal: legalTermsArb(product),
                futureStart: futureStartArb(context),
                netPaymentPeriod: fc.constantFrom(...NET_PAYMENT_PERIODS),
                renewal: fc.oneof(
                    { weight: 3, arbitrary: fc.constant(null) },
                    {
                        weight: 1,
                        arbitrary: fc.record({
                            acquisitionChannel: fc.constantFrom(...chosen(ACQUISITION_CHANNELS)),
                            pricingModel: fc.constantFrom(...chosen(RENEWAL_PRICING_MODELS)),
                        }),
                    },
                ),
            }),
        )
        .chain((parts) =>
            buyerAccountsTextArb(parts.renewal ? 1 : 0).map((buyerAccountsText): FormState => ({
                version: 1,
                productId: product.productId,
                buyerAccountsText,
                name: parts.name,
                description: parts.description,
                resellerAccountId: parts.resellerAccountId,
                // Salesforce record links: nothing AWS is sent.
                resellerAccountRecordId: '',
                opportunityRecordId: '',
                pricingModel: parts.plan === 'usage' ? 'Usage' : 'Contract',
                contractDuration: parts.pricing.duration,
                flexiblePaymentSchedule: parts.plan === 'contractWithPaymentSchedule',
                currencyCode: parts.pricing.currencyCode,
                zeroDollarPricing: parts.pricing.zeroDollarPricing,
                rateCardConstraints: parts.pricing.constraints,
                dimensions: parts.pricing.dimensions,
                paymentSchedule: parts.pricing.schedule,
                buyerLegalTerms: parts.legal.buyerLegalTerms,
                resellerLegalTerms: parts.legal.resellerLegalTerms,
                availability: {
                    usage: parts.pricing.usage,
                    expiryDate: parts.pricing.expiry,
                },
                futureStart: parts.futureStart,
                netPaymentPeriod: parts.netPaymentPeriod,
                renewal: parts.renewal
                    ? { isRenewal: true, ...parts.renewal }
                    : { isRenewal: false, acquisitionChannel: '', pricingModel: '' },
            })),
        );
}

/** A coherent form with one to three perturbations: edge values, invalid values, or both. */
function perturbedFormArb(context: FuzzContext): fc.Arbitrary<[FormState, FormMutation[]]> {
    return fc.tuple(
        coherentFormArb(context),
        fc.array(mutationArbitrary(context), { minLength: 1, maxLength: 3 }),
    );
}

function caseArb(context: FuzzContext): fc.Arbitrary<FormCase> {
    const { product, today } = context;
    const drafts = DRAFT_ENTITIES_BY_PRODUCT.get(product.productId) ?? [];
    return fc
        .record({
            built: fc.oneof(
                coherentFormArb(context).map((form): [FormState, FormMutation[]] => [form, []]),
                perturbedFormArb(context),
            ),
            purpose: fc.oneof(
                { weight: 4, arbitrary: fc.constant('publish' as const) },
                { weight: 1, arbitrary: fc.constant('draft' as const) },
            ),
            entityId:
                drafts.length > 0
                    ? fc.oneof(
                          { weight: 2, arbitrary: fc.constant(null) },
                          { weight: 1, arbitrary: fc.constantFrom(...drafts) },
                      )
                    : fc.constant(null),
        })
        .map(({ built: [form, mutations], purpose, entityId }): FormCase => ({
            product,
            today,
            purpose,
            entityId,
            form: mutations.reduce((current, mutation) => mutation.apply(current), form),
            mutations: mutations.map((mutation) => mutation.name),
        }));
}

/**
 * Form cases over the given products and days: half coherent forms (which the form should
 * accept), half perturbed ones; most published, some saved as drafts, some completing a Draft
 * entity of the seed.
 */
export function formCaseArb(
    products: readonly Product[],
    todays: readonly string[],
): fc.Arbitrary<FormCase> {
    const byContext = new Map<string, fc.Arbitrary<FormCase>>();
    for (const product of products) {
        for (const today of todays) {
            byContext.set(`${product.productId} ${today}`, caseArb({ product, today, products }));
        }
    }
    return fc
        .record({ product: fc.constantFrom(...products), today: fc.constantFrom(...todays) })
        .chain(
            ({ product, today }) =>
                byContext.get(`${product.productId} ${today}`) as fc.Arbitrary<FormCase>,
        );
}
