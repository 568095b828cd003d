import { constraintSettingSchema, formStateSchema } from '../../lwc-src/raDomain/formState';

/**
 * The choices of the wizard's form, read from the domain's form-state schema: a value added to
 * one of its enums is generated without any change here.
 */
const shape = formStateSchema.shape;

export const PRICING_MODELS = shape.pricingModel.options;
export const CURRENCIES = shape.currencyCode.options;
export const CONSTRAINT_SETTINGS = constraintSettingSchema.options;
export const NET_PAYMENT_PERIODS = shape.netPaymentPeriod.options;
export const STANDARD_DURATIONS = shape.contractDuration.shape.standard.options;
export const DURATION_UNITS = shape.contractDuration.shape.customUnit.options;
export const BUYER_LEGAL_TYPES = shape.buyerLegalTerms.shape.type.options;
export const RESELLER_LEGAL_TYPES = shape.resellerLegalTerms.shape.type.options;
export const AVAILABILITY_USAGES = shape.availability.shape.usage.options;
export const ACQUISITION_CHANNELS = shape.renewal.shape.acquisitionChannel.options;
export const RENEWAL_PRICING_MODELS = shape.renewal.shape.pricingModel.options;

/** The choices of an enum other than `''` (the "not chosen yet" value). */
export function chosen<T extends string>(options: readonly T[]): Exclude<T, ''>[] {
    return options.filter((option): option is Exclude<T, ''> => option !== '');
}
