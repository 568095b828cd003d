import { FIELD_IDS, allowedCurrencies, effectivePricingModel } from './dynamicFields';
import { withTypedResellerAccount } from './relatedRecords';
import type { FieldId } from './dynamicFields';
import {
    constraintSettingSchema,
    setDimensionPrice,
    updatePaymentRow,
    currencyCodeSchema,
    netPaymentPeriodSchema,
    STANDARD_CONTRACT_DURATIONS,
    buyerLegalTermsSchema,
    resellerLegalTermsSchema,
} from './formState';
import type { FormState, LegalDocument } from './formState';
import { pricingModelSchema } from './product';
import type { Product } from './product';
import * as z from './zod';

/** A value as a form control gives it: text, a choice, or a checkbox / toggle state. */
export type FieldValue = string | boolean;

const text = (value: FieldValue): string => (typeof value === 'string' ? value : '');
const flag = (value: FieldValue): boolean => value === true || value === 'true';

function choice<T extends string>(schema: z.ZodMiniType<T>, value: FieldValue, fallback: T): T {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? parsed.data : fallback;
}

const contractDurationKindSchema = z.enum(['standard', 'custom']);
const standardDurationSchema = z.enum(STANDARD_CONTRACT_DURATIONS);
const customUnitSchema = z.enum(['Months', 'Days']);
const usageSchema = z.enum(['multiUse', 'oneTime']);
const acquisitionChannelSchema = z.enum(['', 'AwsMarketplace', 'External']);
const renewalPricingModelSchema = z.enum(['', 'Contract', 'Usage', 'BYOL', 'Free']);
const buyerTermsTypeSchema = buyerLegalTermsSchema.shape.type;
const resellerTermsTypeSchema = resellerLegalTermsSchema.shape.type;

/** The form in a currency its pricing allows: the one chosen, or US dollars. */
function inAllowedCurrency(form: FormState, product: Product | null): FormState {
    if (!product || product.productId !== form.productId) {
        return form;
    }
    return allowedCurrencies(form, product).includes(form.currencyCode)
        ? form
        : { ...form, currencyCode: 'USD' };
}

/**
 * The form after the user changed one field. Values that are not a valid choice leave the field
 * as it was; choosing another product starts its pricing again from that product's dimensions.
 * Documents are set with `withLegalDocument`, dimension rows with `setDimensionPrice` and payment
 * rows with the payment-row helpers. A pricing that allows only US dollars (usage, a payment
 * schedule) puts the currency back to USD.
 */
export function withFieldValue(
    form: FormState,
    field: FieldId,
    value: FieldValue,
    product: Product | null = null,
): FormState {
    switch (field) {
        case 'productId': {
            const productId = text(value);
            if (productId === form.productId) {
                return form;
            }
            const next: FormState = { ...form, productId, dimensions: [], paymentSchedule: [] };
            return product && product.productId === productId
                ? { ...next, pricingModel: effectivePricingModel(next, product) }
                : next;
        }
        case 'buyerAccountsText':
        case 'name':
        case 'description':
            return { ...form, [field]: text(value) };
        case 'resellerAccountId':
            return withTypedResellerAccount(form, text(value));
        case 'contractDuration.kind':
            return {
                ...form,
                contractDuration: {
                    ...form.contractDuration,
                    kind: choice(contractDurationKindSchema, value, form.contractDuration.kind),
                },
            };
        case 'contractDuration.standard':
            return {
                ...form,
                contractDuration: {
                    ...form.contractDuration,
                    standard: choice(standardDurationSchema, value, form.contractDuration.standard),
                },
            };
        case 'contractDuration.customValue':
            return {
                ...form,
                contractDuration: { ...form.contractDuration, customValue: text(value) },
            };
        case 'contractDuration.customUnit':
            return {
                ...form,
                contractDuration: {
                    ...form.contractDuration,
                    customUnit: choice(customUnitSchema, value, form.contractDuration.customUnit),
                },
            };
        case 'pricingModel': {
            const pricingModel = choice(pricingModelSchema, value, form.pricingModel);
            return pricingModel === form.pricingModel
                ? form
                : inAllowedCurrency(
                      { ...form, pricingModel, dimensions: [], paymentSchedule: [] },
                      product,
                  );
        }
        case 'flexiblePaymentSchedule':
            return inAllowedCurrency({ ...form, flexiblePaymentSchedule: flag(value) }, product);
        case 'currencyCode':
            return { ...form, currencyCode: choice(currencyCodeSchema, value, form.currencyCode) };
        case 'rateCardConstraints.multipleDimensionSelection':
        case 'rateCardConstraints.quantityConfiguration': {
            const constraint =
                field === 'rateCardConstraints.quantityConfiguration'
                    ? 'quantityConfiguration'
                    : 'multipleDimensionSelection';
            const setting = form.rateCardConstraints[constraint];
            return {
                ...form,
                rateCardConstraints: {
                    ...form.rateCardConstraints,
                    [constraint]: choice(constraintSettingSchema, value, setting),
                },
            };
        }
        case 'netPaymentPeriod':
            return {
                ...form,
                netPaymentPeriod: choice(netPaymentPeriodSchema, value, form.netPaymentPeriod),
            };
        case 'buyerLegalTerms.type': {
            const type = choice(buyerTermsTypeSchema, value, form.buyerLegalTerms.type);
            return {
                ...form,
                buyerLegalTerms: {
                    type,
                    document: type === 'CustomEula' ? form.buyerLegalTerms.document : null,
                },
            };
        }
        case 'resellerLegalTerms.type': {
            const type = choice(resellerTermsTypeSchema, value, form.resellerLegalTerms.type);
            return {
                ...form,
                resellerLegalTerms: {
                    type,
                    document:
                        type === 'CustomResellerContract' ? form.resellerLegalTerms.document : null,
                },
            };
        }
        case 'zeroDollarPricing':
            return { ...form, zeroDollarPricing: flag(value) };
        case 'availability.usage':
            return {
                ...form,
                availability: {
                    ...form.availability,
                    usage: choice(usageSchema, value, form.availability.usage),
                },
            };
        case 'availability.expiryDate':
            return { ...form, availability: { ...form.availability, expiryDate: text(value) } };
        case 'futureStart.enabled':
            return { ...form, futureStart: { ...form.futureStart, enabled: flag(value) } };
        case 'futureStart.maximumAgreementStartDate':
            return {
                ...form,
                futureStart: { ...form.futureStart, maximumAgreementStartDate: text(value) },
            };
        case 'renewal.isRenewal':
            return { ...form, renewal: { ...form.renewal, isRenewal: flag(value) } };
        case 'renewal.acquisitionChannel':
            return {
                ...form,
                renewal: {
                    ...form.renewal,
                    acquisitionChannel: choice(
                        acquisitionChannelSchema,
                        value,
                        form.renewal.acquisitionChannel,
                    ),
                },
            };
        case 'renewal.pricingModel':
            return {
                ...form,
                renewal: {
                    ...form.renewal,
                    pricingModel: choice(
                        renewalPricingModelSchema,
                        value,
                        form.renewal.pricingModel,
                    ),
                },
            };
        case 'buyerLegalTerms.document':
        case 'resellerLegalTerms.document':
        case 'paymentSchedule':
            return form;
        default:
            return form;
    }
}

/** The form with a custom legal document uploaded (or removed, with null). */
export function withLegalDocument(
    form: FormState,
    field: 'buyerLegalTerms.document' | 'resellerLegalTerms.document',
    document: LegalDocument | null,
): FormState {
    return field === 'buyerLegalTerms.document'
        ? { ...form, buyerLegalTerms: { ...form.buyerLegalTerms, document } }
        : { ...form, resellerLegalTerms: { ...form.resellerLegalTerms, document } };
}

/** Whether a string names a field the wizard edits (as `data-field` attributes do). */
export function isFieldId(value: unknown, fields: readonly string[]): value is FieldId {
    return typeof value === 'string' && fields.includes(value);
}

const DIMENSION_PRICE = /^dimensions\.(.+)\.(rate|quantity)$/;
const PAYMENT_ROW = /^paymentSchedule\.(\d+)\.(chargeDate|amount)$/;

/**
 * The form after the user changed the field at a path: a field of FIELD_IDS (see
 * `withFieldValue`), a dimension's price or units (`dimensions.<key>.rate`, `.quantity`) or a
 * payment row's date or amount (`paymentSchedule.<index>.chargeDate`, `.amount`). Any other path
 * leaves the form as it was.
 */
export function withFieldEdit(
    form: FormState,
    path: string,
    value: FieldValue,
    product: Product | null = null,
): FormState {
    if (isFieldId(path, FIELD_IDS)) {
        return withFieldValue(form, path, value, product);
    }
    const dimension = DIMENSION_PRICE.exec(path);
    if (dimension?.[1] && dimension[2]) {
        return setDimensionPrice(form, dimension[1], { [dimension[2]]: text(value) });
    }
    const payment = PAYMENT_ROW.exec(path);
    if (payment?.[2] && Number(payment[1]) < form.paymentSchedule.length) {
        return updatePaymentRow(form, Number(payment[1]), { [payment[2]]: text(value) });
    }
    return form;
}
