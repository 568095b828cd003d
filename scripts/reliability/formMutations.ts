import fc from 'fast-check';
import type { FormState, LegalDocument, PaymentRow } from '../../lwc-src/raDomain/formState';
import { dateOr, shiftDays, shiftMonths } from './calendar';
import type { FuzzContext } from './formCase';
import { DOCUMENT_URLS } from './seedCatalog';
import {
    ACQUISITION_CHANNELS,
    AVAILABILITY_USAGES,
    BUYER_LEGAL_TYPES,
    CURRENCIES,
    DURATION_UNITS,
    NET_PAYMENT_PERIODS,
    PRICING_MODELS,
    RENEWAL_PRICING_MODELS,
    RESELLER_LEGAL_TYPES,
} from './formVocabulary';

/** A named change to a form: an edge value, an invalid value or an inconsistent choice. */
export interface FormMutation {
    /** The kind of change, without its random part, so that figures can be grouped by it. */
    name: string;
    apply(form: FormState): FormState;
}

type Edit = (form: FormState) => FormState;

/** A mutation for each value, all under one name. */
function each<T>(name: string, values: fc.Arbitrary<T>, edit: (value: T) => Edit) {
    return values.map((value): FormMutation => ({ name, apply: edit(value) }));
}

const ACCOUNT = fc.stringMatching(/^\d{12}$/);
/** Any code point, lone surrogates included (built by hand: the `binary` unit costs seconds to set up). */
const anyCodePoints = fc
    .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 30 })
    .map((codePoints) => String.fromCodePoint(...codePoints));
const text = fc.oneof(fc.string({ maxLength: 30 }), anyCodePoints);
const HUGE_NUMBER = '9'.repeat(400);

function firstChargeDate(form: FormState): string | null {
    const dates = form.paymentSchedule.map((row) => dateOr(row.chargeDate, '')).filter(Boolean);
    return dates.sort()[0] ?? null;
}

function detailsMutations(): fc.Arbitrary<FormMutation>[] {
    return [
        each('name: empty or blank', fc.constantFrom('', '   ', '\t\n'), (name) => (f) => ({
            ...f,
            name,
        })),
        each(
            'name: 100 characters or more before trimming',
            fc.stringMatching(/^[A-Za-z0-9 ]{99,130}[A-Za-z]$/),
            (name) => (f) => ({ ...f, name }),
        ),
        each(
            'name: special characters',
            fc.constantFrom('Acme-2027', 'Acme_2027', 'Café Deal', 'Acme\t2027', 'A&B', 'Deal\n2'),
            (name) => (f) => ({ ...f, name }),
        ),
        each('name: any text', text, (name) => (f) => ({ ...f, name })),
        each(
            'description: 256 characters or more before trimming',
            fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{255,280}$/),
            (description) => (f) => ({ ...f, description }),
        ),
        each(
            'description: special characters',
            fc.constantFrom('Seats, storage & support', 'Hello\u00a0World', 'Line\u2028two', 'Ok!'),
            (description) => (f) => ({ ...f, description }),
        ),
        each('description: any text', text, (description) => (f) => ({ ...f, description })),
        each(
            'reseller: malformed',
            fc.oneof(
                fc.constantFrom('', '   ', '1234-5678-9012', '12345678901', '1234567890123'),
                fc.stringMatching(/^\d{1,11}$/),
                text,
            ),
            (resellerAccountId) => (f) => ({ ...f, resellerAccountId }),
        ),
    ];
}

function buyerMutations(): fc.Arbitrary<FormMutation>[] {
    return [
        each(
            'buyers: 26 accounts',
            fc.uniqueArray(ACCOUNT, { minLength: 26, maxLength: 30 }),
            (accounts) => (f) => ({ ...f, buyerAccountsText: accounts.join(', ') }),
        ),
        each(
            'buyers: an invalid entry',
            fc.tuple(ACCOUNT, fc.constantFrom('12345', 'abc', '1234567890123', '12 34')),
            ([account, invalid]) =>
                (f) => ({ ...f, buyerAccountsText: `${account}, ${invalid}` }),
        ),
        each('buyers: any text', text, (buyerAccountsText) => (f) => ({ ...f, buyerAccountsText })),
        each('buyers: none', fc.constantFrom('', ' \n '), (buyerAccountsText) => (f) => ({
            ...f,
            buyerAccountsText,
        })),
    ];
}

function productMutations(context: FuzzContext): fc.Arbitrary<FormMutation>[] {
    const otherIds = context.products
        .map((p) => p.productId)
        .filter((id) => id !== context.product.productId);
    return [
        each(
            'product: not the loaded one',
            fc.constantFrom('', 'prod-unknown', ` ${context.product.productId}`, ...otherIds),
            (productId) => (f) => ({ ...f, productId }),
        ),
        each('pricing model: any', fc.constantFrom(...PRICING_MODELS), (pricingModel) => (f) => ({
            ...f,
            pricingModel,
        })),
        each('payment schedule: toggled', fc.constant(null), () => (f) => ({
            ...f,
            flexiblePaymentSchedule: !f.flexiblePaymentSchedule,
        })),
        each('currency: any', fc.constantFrom(...CURRENCIES), (currencyCode) => (f) => ({
            ...f,
            currencyCode,
        })),
        each('zero-dollar pricing: toggled', fc.constant(null), () => (f) => ({
            ...f,
            zeroDollarPricing: !f.zeroDollarPricing,
        })),
        each(
            'net payment: any',
            fc.constantFrom(...NET_PAYMENT_PERIODS),
            (netPaymentPeriod) => (f) => ({ ...f, netPaymentPeriod }),
        ),
    ];
}

function durationMutations(): fc.Arbitrary<FormMutation>[] {
    return [
        each(
            'duration: custom value malformed or out of range',
            fc.tuple(
                fc.oneof(
                    fc.constantFrom(
                        '',
                        '0',
                        '00',
                        '-1',
                        '1.5',
                        'abc',
                        '1e2',
                        '61',
                        '400',
                        '99999999',
                        HUGE_NUMBER,
                    ),
                    text,
                ),
                fc.constantFrom(...DURATION_UNITS),
            ),
            ([customValue, customUnit]) =>
                (f) => ({
                    ...f,
                    contractDuration: {
                        ...f.contractDuration,
                        kind: 'custom',
                        customValue,
                        customUnit,
                    },
                }),
        ),
    ];
}

function dimensionMutations(context: FuzzContext): fc.Arbitrary<FormMutation>[] {
    const keys = fc.constantFrom(...context.product.dimensions.map((d) => d.key), 'Unknown');
    const setRow =
        (key: string, change: { rate?: string; quantity?: string }) => (f: FormState) => {
            const existing = f.dimensions.find((d) => d.key === key);
            return {
                ...f,
                dimensions: existing
                    ? f.dimensions.map((d) => (d === existing ? { ...d, ...change } : d))
                    : [...f.dimensions, { key, rate: '', quantity: '', ...change }],
            };
        };
    return [
        each(
            'rate: malformed, too precise or zero',
            fc.tuple(
                keys,
                fc.oneof(
                    fc.constantFrom(
                        '',
                        '0',
                        '0.0',
                        '-1',
                        '1e3',
                        '.5',
                        '5.',
                        '１２',
                        'NaN',
                        'Infinity',
                        '1,5',
                        '0.1234567',
                        '0.12345678',
                        '0.123456789',
                        HUGE_NUMBER,
                        `1.${'0'.repeat(20)}`,
                    ),
                    text,
                ),
            ),
            ([key, rate]) => setRow(key, { rate }),
        ),
        each(
            'quantity: malformed or huge',
            fc.tuple(
                keys,
                fc.oneof(
                    fc.constantFrom(
                        '',
                        '0',
                        '-3',
                        '1.5',
                        '1e3',
                        '2147483647',
                        '2147483648',
                        '9007199254740993',
                        HUGE_NUMBER,
                    ),
                    text,
                ),
            ),
            ([key, quantity]) => setRow(key, { quantity }),
        ),
        each(
            'dimensions: one left empty',
            fc.constantFrom(...context.product.dimensions.map((d) => d.key)),
            (key) => setRow(key, { rate: '', quantity: '' }),
        ),
        each('dimensions: none priced', fc.constant(null), () => (f) => ({ ...f, dimensions: [] })),
        each(
            'dimensions: many rows',
            fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('1', '', 'x')), {
                minLength: 100,
                maxLength: 200,
            }),
            (rows) => (f) => ({
                ...f,
                dimensions: [
                    ...f.dimensions,
                    ...rows.map(([key, value]) => ({ key, rate: value, quantity: value })),
                ],
            }),
        ),
        each(
            'dimensions: a row typed twice',
            fc.constantFrom('0', '3', 'x', ''),
            (value) => (f) => {
                const first = f.dimensions[0];
                return first
                    ? {
                          ...f,
                          dimensions: [...f.dimensions, { ...first, rate: value, quantity: value }],
                      }
                    : f;
            },
        ),
    ];
}

function scheduleMutations(context: FuzzContext): fc.Arbitrary<FormMutation>[] {
    const { today } = context;
    const editRow = (index: number, change: Partial<PaymentRow>) => (f: FormState) => {
        const rows = f.paymentSchedule;
        if (rows.length === 0) {
            return {
                ...f,
                paymentSchedule: [{ chargeDate: shiftDays(today, 60), amount: '1', ...change }],
            };
        }
        const at = index % rows.length;
        return {
            ...f,
            paymentSchedule: rows.map((row, i) => (i === at ? { ...row, ...change } : row)),
        };
    };
    return [
        each('schedule: empty', fc.constant(null), () => (f) => ({ ...f, paymentSchedule: [] })),
        each('schedule: over 60 payments', fc.integer({ min: 61, max: 70 }), (count) => (f) => ({
            ...f,
            paymentSchedule: Array.from({ length: count }, (_, i) => ({
                chargeDate: shiftDays(dateOr(f.availability.expiryDate, today), i + 1),
                amount: '10',
            })),
        })),
        each('schedule: a date twice', fc.nat(), (index) => (f) => {
            const row = f.paymentSchedule[index % Math.max(1, f.paymentSchedule.length)];
            return row ? { ...f, paymentSchedule: [...f.paymentSchedule, { ...row }] } : f;
        }),
        each(
            'schedule: a date not after today or the expiry',
            fc.tuple(fc.nat(), fc.constantFrom('today', 'yesterday', 'expiry')),
            ([index, when]) =>
                (f) =>
                    editRow(index, {
                        chargeDate:
                            when === 'today'
                                ? today
                                : when === 'yesterday'
                                  ? shiftDays(today, -1)
                                  : f.availability.expiryDate,
                    })(f),
        ),
        each(
            'schedule: a date beyond the contract',
            fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })),
            ([index, extra]) =>
                (f) =>
                    editRow(index, {
                        chargeDate: shiftDays(
                            shiftMonths(dateOr(f.availability.expiryDate, today), 60),
                            extra,
                        ),
                    })(f),
        ),
        each(
            'schedule: a malformed date',
            fc.tuple(
                fc.nat(),
                fc.oneof(
                    fc.constantFrom(
                        '',
                        '2027-02-30',
                        '2027-02-29',
                        '2028-02-29',
                        '2027-13-01',
                        '2027-2-3',
                        '27-01-01',
                        'tomorrow',
                        '9999-12-31',
                    ),
                    text,
                ),
            ),
            ([index, chargeDate]) => editRow(index, { chargeDate }),
        ),
        each(
            'schedule: a malformed amount',
            fc.tuple(
                fc.nat(),
                fc.oneof(
                    fc.constantFrom('', '-5', '1.1234567', '1,000', '1e3', ' 12 ', HUGE_NUMBER),
                    text,
                ),
            ),
            ([index, amount]) => editRow(index, { amount }),
        ),
    ];
}

function availabilityMutations(context: FuzzContext): fc.Arbitrary<FormMutation>[] {
    const { today } = context;
    const setExpiry = (expiryDate: string) => (f: FormState) => ({
        ...f,
        availability: { ...f.availability, expiryDate },
    });
    return [
        each(
            'expiry: none, past, today or malformed',
            fc.oneof(
                fc.constantFrom(
                    '',
                    today,
                    shiftDays(today, -1),
                    shiftDays(today, 1),
                    '2027-02-30',
                    '2027-13-01',
                    '9999-12-31',
                    ` ${shiftDays(today, 9)} `,
                ),
                text,
            ),
            setExpiry,
        ),
        each(
            'expiry: on or after the first payment',
            fc.integer({ min: 0, max: 30 }),
            (days) => (f) => {
                const first = firstChargeDate(f);
                return first ? setExpiry(shiftDays(first, days))(f) : f;
            },
        ),
        each('usage: any', fc.constantFrom(...AVAILABILITY_USAGES), (usage) => (f) => ({
            ...f,
            availability: { ...f.availability, usage },
        })),
        each(
            'future start: any date, any product',
            fc.tuple(
                fc.boolean(),
                fc.oneof(
                    fc.constantFrom(
                        '',
                        today,
                        shiftDays(today, -1),
                        shiftMonths(today, 36),
                        shiftDays(shiftMonths(today, 36), 1),
                        shiftDays(today, 3 * 366),
                        '2027-02-30',
                    ),
                    text,
                ),
            ),
            ([enabled, maximumAgreementStartDate]) =>
                (f) => ({ ...f, futureStart: { enabled, maximumAgreementStartDate } }),
        ),
    ];
}

function legalMutations(): fc.Arbitrary<FormMutation>[] {
    const documentArb: fc.Arbitrary<LegalDocument | null> = fc.oneof(
        fc.constant(null),
        fc.record({
            url: fc.oneof(
                fc.constantFrom(
                    '',
                    'not a url',
                    'https://example.com/',
                    'https://bucket.s3.amazonaws.com/my file.pdf',
                    ...DOCUMENT_URLS.map((url) => url.replace('https://', 'http://')),
                    ...DOCUMENT_URLS.map((url) => ` ${url} `),
                ),
                text,
            ),
            fileName: fc.constantFrom('', 'terms.pdf'),
            mustUploadAgain: fc.boolean(),
        }),
    );
    return [
        each(
            'buyer legal terms: any type and document',
            fc.tuple(fc.constantFrom(...BUYER_LEGAL_TYPES), documentArb),
            ([type, document]) =>
                (f) => ({ ...f, buyerLegalTerms: { type, document } }),
        ),
        each(
            'reseller contract: any type and document',
            fc.tuple(fc.constantFrom(...RESELLER_LEGAL_TYPES), documentArb),
            ([type, document]) =>
                (f) => ({ ...f, resellerLegalTerms: { type, document } }),
        ),
    ];
}

function renewalMutations(): fc.Arbitrary<FormMutation>[] {
    return [
        each(
            'renewal: any choices',
            fc.record({
                isRenewal: fc.boolean(),
                acquisitionChannel: fc.constantFrom(...ACQUISITION_CHANNELS),
                pricingModel: fc.constantFrom(...RENEWAL_PRICING_MODELS),
            }),
            (renewal) => (f) => ({ ...f, renewal }),
        ),
        each('renewal: without buyers', fc.constant(null), () => (f) => ({
            ...f,
            buyerAccountsText: '',
            renewal: { isRenewal: true, acquisitionChannel: 'External', pricingModel: 'BYOL' },
        })),
    ];
}

/** Any one perturbation of a form for the context's product and day. */
export function mutationArbitrary(context: FuzzContext): fc.Arbitrary<FormMutation> {
    return fc.oneof(
        ...detailsMutations(),
        ...buyerMutations(),
        ...productMutations(context),
        ...durationMutations(),
        ...dimensionMutations(context),
        ...scheduleMutations(context),
        ...availabilityMutations(context),
        ...legalMutations(),
        ...renewalMutations(),
    );
}
