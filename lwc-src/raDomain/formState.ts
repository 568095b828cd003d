import * as z from './zod';
import { pricingModelSchema } from './product';
import { sumDecimals } from './decimal';

/** Standard contract durations offered in the form (ISO 8601). */
export const STANDARD_CONTRACT_DURATIONS = ['P1M', 'P12M', 'P24M', 'P36M'] as const;

/**
 * The largest custom duration the form takes, in months or days. Not the API's limit (it is not
 * published, and the API's own error names it): a bound that keeps the ISO 8601 duration
 * well-formed and date arithmetic on it in range, far above any real contract.
 */
export const MAX_CUSTOM_DURATION = 9999;

export const currencyCodeSchema = z.enum(['USD', 'AUD', 'EUR', 'GBP', 'JPY']);
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

export const netPaymentPeriodSchema = z.enum(['', 'P15D', 'P30D', 'P45D', 'P60D', 'P90D', 'P120D']);

/** A custom legal document uploaded to the seller's S3 bucket. */
export const legalDocumentSchema = z.object({
    url: z.string(),
    fileName: z.string(),
    /** Set on clone: the document of the original must be uploaded again. */
    mustUploadAgain: z.boolean(),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

export const buyerLegalTermsSchema = z.object({
    /** `''` until the user chooses. */
    type: z.enum(['', 'StandardEula', 'EnterpriseEula', 'CustomEula']),
    document: z.nullable(legalDocumentSchema),
});

export const resellerLegalTermsSchema = z.object({
    /** `''`: no reseller contract (it is optional). */
    type: z.enum(['', 'StandardResellerContract', 'CustomResellerContract']),
    document: z.nullable(legalDocumentSchema),
});

/** Price and quantity of one product dimension, as typed (decimal strings, `''` when empty). */
export const dimensionPriceSchema = z.object({
    key: z.string(),
    rate: z.string(),
    /** Units granted with a flexible payment schedule (whole number). */
    quantity: z.string(),
});
export type DimensionPrice = z.infer<typeof dimensionPriceSchema>;

/** `Allowed` or `Disallowed`, as the API writes the constraints of a rate card. */
export const constraintSettingSchema = z.enum(['Allowed', 'Disallowed']);
export type ConstraintSetting = z.infer<typeof constraintSettingSchema>;

/**
 * The `Constraints` of a contract rate card (`ResaleConfigurableUpfrontPricingTerm`): whether
 * the buyer may choose more than one dimension, and set the quantity of each. The API's default
 * is `Allowed` for both.
 */
export const rateCardConstraintsSchema = z.object({
    multipleDimensionSelection: constraintSettingSchema,
    quantityConfiguration: constraintSettingSchema,
});
export type RateCardConstraints = z.infer<typeof rateCardConstraintsSchema>;

export const DEFAULT_RATE_CARD_CONSTRAINTS: RateCardConstraints = {
    multipleDimensionSelection: 'Allowed',
    quantityConfiguration: 'Allowed',
};

export const paymentRowSchema = z.object({
    /** YYYY-MM-DD. */
    chargeDate: z.string(),
    amount: z.string(),
});
export type PaymentRow = z.infer<typeof paymentRowSchema>;

/** Everything the resale authorization wizard collects: the one source of its type. */
export const formStateSchema = z.object({
    version: z.literal(1),
    // Products and buyers
    productId: z.string(),
    /** Buyer accounts as typed; see `parseBuyerAccounts`. Empty targets all buyers. */
    buyerAccountsText: z.string(),
    // Resale authorization details
    name: z.string(),
    description: z.string(),
    resellerAccountId: z.string(),
    /**
     * The Salesforce Account the reseller was picked from, `''` when its id was typed. The
     * server keeps it only while its AWS account id is `resellerAccountId`. Absent from forms
     * saved before Accounts could be picked: read as `''`.
     */
    resellerAccountRecordId: z._default(z.string(), ''),
    /** The Salesforce Opportunity of this resale authorization, `''` for none. */
    opportunityRecordId: z._default(z.string(), ''),
    // Pricing and contract duration
    pricingModel: pricingModelSchema,
    contractDuration: z.object({
        kind: z.enum(['standard', 'custom']),
        standard: z.enum(STANDARD_CONTRACT_DURATIONS),
        /** Whole number of `customUnit`s, as typed. */
        customValue: z.string(),
        customUnit: z.enum(['Months', 'Days']),
    }),
    flexiblePaymentSchedule: z.boolean(),
    currencyCode: currencyCodeSchema,
    zeroDollarPricing: z.boolean(),
    /** Form states saved before the constraints were kept read as the API's default. */
    rateCardConstraints: z._default(rateCardConstraintsSchema, () => ({
        ...DEFAULT_RATE_CARD_CONSTRAINTS,
    })),
    dimensions: z.array(dimensionPriceSchema),
    paymentSchedule: z.array(paymentRowSchema),
    // Legal terms
    buyerLegalTerms: buyerLegalTermsSchema,
    resellerLegalTerms: resellerLegalTermsSchema,
    // Resale authorization duration
    availability: z.object({
        usage: z.enum(['multiUse', 'oneTime']),
        /** YYYY-MM-DD, `''` for no expiry. */
        expiryDate: z.string(),
    }),
    futureStart: z.object({
        enabled: z.boolean(),
        /** YYYY-MM-DD: the latest date the buyer's agreement may start. */
        maximumAgreementStartDate: z.string(),
    }),
    netPaymentPeriod: netPaymentPeriodSchema,
    // Renewals
    renewal: z.object({
        isRenewal: z.boolean(),
        acquisitionChannel: z.enum(['', 'AwsMarketplace', 'External']),
        pricingModel: z.enum(['', 'Contract', 'Usage', 'BYOL', 'Free']),
    }),
});
export type FormState = z.infer<typeof formStateSchema>;

/** A blank form, optionally for a product already chosen. */
export function emptyFormState(productId = ''): FormState {
    return {
        version: 1,
        productId,
        buyerAccountsText: '',
        name: '',
        description: '',
        resellerAccountId: '',
        resellerAccountRecordId: '',
        opportunityRecordId: '',
        pricingModel: 'Contract',
        contractDuration: {
            kind: 'standard',
            standard: 'P12M',
            customValue: '',
            customUnit: 'Months',
        },
        flexiblePaymentSchedule: false,
        currencyCode: 'USD',
        zeroDollarPricing: false,
        rateCardConstraints: { ...DEFAULT_RATE_CARD_CONSTRAINTS },
        dimensions: [],
        paymentSchedule: [],
        buyerLegalTerms: { type: '', document: null },
        resellerLegalTerms: { type: '', document: null },
        availability: { usage: 'multiUse', expiryDate: '' },
        futureStart: { enabled: false, maximumAgreementStartDate: '' },
        netPaymentPeriod: '',
        renewal: { isRenewal: false, acquisitionChannel: '', pricingModel: '' },
    };
}

/** Reads a form state back; null when the value is not one (never throws). */
export function parseFormState(value: unknown): FormState | null {
    const parsed = z.safeParse(formStateSchema, value);
    return parsed.success ? parsed.data : null;
}

/** Reads stored form-state JSON; null when it is not valid JSON of a form state. */
export function parseFormStateJson(json: string | null | undefined): FormState | null {
    if (typeof json !== 'string') {
        return null;
    }
    try {
        return parseFormState(JSON.parse(json));
    } catch {
        return null;
    }
}

export function serializeFormState(form: FormState): string {
    return JSON.stringify(form);
}

/**
 * The ISO 8601 duration of the contract (`P12M`, `P18M`, `P180D`); `''` when not set or not a
 * whole number from 1 to `MAX_CUSTOM_DURATION`.
 */
export function contractDurationOf(form: FormState): string {
    const duration = form.contractDuration;
    if (duration.kind === 'standard') {
        return duration.standard;
    }
    const value = duration.customValue.trim();
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_CUSTOM_DURATION) {
        return '';
    }
    return `P${Number(value)}${duration.customUnit === 'Months' ? 'M' : 'D'}`;
}

export function addPaymentRow(
    form: FormState,
    row: PaymentRow = { chargeDate: '', amount: '' },
): FormState {
    return { ...form, paymentSchedule: [...form.paymentSchedule, row] };
}

export function removePaymentRow(form: FormState, index: number): FormState {
    return { ...form, paymentSchedule: form.paymentSchedule.filter((_, i) => i !== index) };
}

export function updatePaymentRow(
    form: FormState,
    index: number,
    change: Partial<PaymentRow>,
): FormState {
    return {
        ...form,
        paymentSchedule: form.paymentSchedule.map((row, i) =>
            i === index ? { ...row, ...change } : row,
        ),
    };
}

/** Exact total of the payment schedule's amounts (rows not yet a valid amount count as 0). */
export function paymentScheduleTotal(form: Pick<FormState, 'paymentSchedule'>): string {
    return sumDecimals(form.paymentSchedule.map((row) => row.amount));
}

/** Sets the price or quantity of a dimension, adding its row when it has none yet. */
export function setDimensionPrice(
    form: FormState,
    key: string,
    change: Partial<Omit<DimensionPrice, 'key'>>,
): FormState {
    const existing = form.dimensions.find((d) => d.key === key);
    const dimensions = existing
        ? form.dimensions.map((d) => (d.key === key ? { ...d, ...change } : d))
        : [...form.dimensions, { key, rate: '', quantity: '', ...change }];
    return { ...form, dimensions };
}

export function dimensionPriceOf(form: Pick<FormState, 'dimensions'>, key: string): DimensionPrice {
    return form.dimensions.find((d) => d.key === key) ?? { key, rate: '', quantity: '' };
}
