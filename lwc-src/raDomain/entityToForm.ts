import { formatBuyerAccounts } from './buyerAccounts';
import { datePart } from './dates';
import { isDecimal, isZeroDecimal } from './decimal';
import {
    constraintSettingSchema,
    emptyFormState,
    formStateSchema,
    STANDARD_CONTRACT_DURATIONS,
} from './formState';
import type { DimensionPrice, FormState } from './formState';
import * as z from './zod';
import { NAME_MAX_LENGTH } from './limits';

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string =>
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function byType(items: unknown, type: string): Json | null {
    return (
        asArray(items)
            .map(asObject)
            .find((item) => item.Type === type) ?? null
    );
}

/** Reads the details of a DescribeEntity answer: the `DetailsDocument` object or `Details` JSON. */
function detailsOf(input: unknown): Json {
    const value = asObject(input);
    if ('DetailsDocument' in value) {
        return asObject(value.DetailsDocument);
    }
    if (typeof value.Details === 'string') {
        try {
            return asObject(JSON.parse(value.Details));
        } catch {
            return {};
        }
    }
    return value;
}

function setDuration(form: FormState, duration: string): void {
    const standard = STANDARD_CONTRACT_DURATIONS.find((d) => d === duration);
    const match = /^P(\d+)([MD])$/.exec(duration);
    if (standard) {
        form.contractDuration = { ...form.contractDuration, kind: 'standard', standard };
    } else if (match) {
        form.contractDuration = {
            ...form.contractDuration,
            kind: 'custom',
            customValue: match[1] ?? '',
            customUnit: match[2] === 'M' ? 'Months' : 'Days',
        };
    }
}

function readRateCard(rateCard: unknown, prices: Map<string, DimensionPrice>): void {
    for (const item of asArray(rateCard).map(asObject)) {
        const key = asString(item.DimensionKey);
        if (key) {
            // In the schema's key order, so the form state reads as the wizard writes it.
            prices.set(key, {
                key,
                rate: asString(item.Price),
                quantity: prices.get(key)?.quantity ?? '',
            });
        }
    }
}

/** A rate card's `Constraints`; each one absent (or unreadable) is the API's default, Allowed. */
function readConstraints(form: FormState, constraints: unknown): void {
    const value = asObject(constraints);
    const setting = (given: unknown) => {
        const parsed = z.safeParse(constraintSettingSchema, given);
        return parsed.success ? parsed.data : 'Allowed';
    };
    form.rateCardConstraints = {
        multipleDimensionSelection: setting(value.MultipleDimensionSelection),
        quantityConfiguration: setting(value.QuantityConfiguration),
    };
}

function readPricing(form: FormState, terms: unknown): void {
    const prices = new Map<string, DimensionPrice>();
    const configurable = byType(terms, 'ResaleConfigurableUpfrontPricingTerm');
    const fixed = byType(terms, 'ResaleFixedUpfrontPricingTerm');
    const usage = byType(terms, 'ResaleUsageBasedPricingTerm');
    if (configurable) {
        form.pricingModel = 'Contract';
        const currency = z.safeParse(formStateSchema.shape.currencyCode, configurable.CurrencyCode);
        if (currency.success) {
            form.currencyCode = currency.data;
        }
        const [first] = asArray(configurable.RateCards).map(asObject);
        if (first) {
            setDuration(form, asString(asObject(first.Selector).Value));
            readRateCard(first.RateCard, prices);
            readConstraints(form, first.Constraints);
        }
    } else if (fixed) {
        form.pricingModel = 'Contract';
        form.flexiblePaymentSchedule = true;
        setDuration(form, asString(fixed.Duration));
        for (const grant of asArray(fixed.Grants).map(asObject)) {
            const key = asString(grant.DimensionKey);
            if (key) {
                prices.set(key, { key, rate: '', quantity: asString(grant.MaxQuantity) });
            }
        }
    } else if (usage) {
        form.pricingModel = 'Usage';
    }
    if (usage && !configurable && !fixed) {
        for (const card of asArray(usage.RateCards).map(asObject)) {
            readRateCard(card.RateCard, prices);
        }
    }
    form.dimensions = [...prices.values()];
    form.zeroDollarPricing = form.dimensions.some(
        (d) => isDecimal(d.rate) && isZeroDecimal(d.rate),
    );
    const schedule = byType(terms, 'ResalePaymentScheduleTerm');
    form.paymentSchedule = asArray(schedule?.Schedule)
        .map(asObject)
        .map((row) => ({
            chargeDate: datePart(row.ChargeDate),
            amount: asString(row.ChargeAmount),
        }));
}

function readLegal(form: FormState, terms: unknown): void {
    const buyer = asObject(asArray(byType(terms, 'BuyerLegalTerm')?.Documents)[0]);
    const buyerType = z.safeParse(formStateSchema.shape.buyerLegalTerms.shape.type, buyer.Type);
    if (buyerType.success) {
        form.buyerLegalTerms = {
            type: buyerType.data,
            document:
                buyerType.data === 'CustomEula'
                    ? {
                          url: asString(buyer.Url),
                          fileName: fileNameOf(asString(buyer.Url)),
                          mustUploadAgain: false,
                      }
                    : null,
        };
    }
    const reseller = asObject(asArray(byType(terms, 'ResaleLegalTerm')?.Documents)[0]);
    const resellerType = z.safeParse(
        formStateSchema.shape.resellerLegalTerms.shape.type,
        reseller.Type,
    );
    if (resellerType.success) {
        form.resellerLegalTerms = {
            type: resellerType.data,
            document:
                resellerType.data === 'CustomResellerContract'
                    ? {
                          url: asString(reseller.Url),
                          fileName: fileNameOf(asString(reseller.Url)),
                          mustUploadAgain: false,
                      }
                    : null,
        };
    }
}

function fileNameOf(url: string): string {
    const last = url.split('?')[0]?.split('/').pop() ?? '';
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}

function readRenewal(form: FormState, agreement: unknown): void {
    const value = asObject(agreement);
    const channel = z.safeParse(
        formStateSchema.shape.renewal.shape.acquisitionChannel,
        value.AcquisitionChannel,
    );
    const model = z.safeParse(formStateSchema.shape.renewal.shape.pricingModel, value.PricingModel);
    // `Unknown` / `Unknown` (or nothing) means the resale authorization is not a renewal.
    if (channel.success && model.success && channel.data !== '' && model.data !== '') {
        form.renewal = {
            isRenewal: true,
            acquisitionChannel: channel.data,
            pricingModel: model.data,
        };
    }
}

/**
 * The form state a described resale authorization was made from, as faithfully as the entity
 * allows (term ids, date-times and described standard-document URLs are dropped). Never throws:
 * what cannot be read keeps the empty form's value.
 */
export function formFromEntity(describeEntity: unknown): FormState {
    const details = detailsOf(describeEntity);
    const form = emptyFormState(asString(details.ProductId));
    form.name = asString(details.Name);
    form.description = asString(details.Description);
    const rules = details.Rules;
    form.resellerAccountId = asString(byType(rules, 'PartnerTargetingRule')?.ResellerAccountId);
    const availabilityRule = byType(rules, 'AvailabilityRule');
    if (availabilityRule) {
        form.availability = {
            usage: Number(availabilityRule.OffersMaxQuantity) === 1 ? 'oneTime' : 'multiUse',
            expiryDate: datePart(availabilityRule.AvailabilityEndDate),
        };
    }
    const terms = details.Terms;
    readPricing(form, terms);
    readLegal(form, terms);
    const buyers = asArray(
        asObject(byType(terms, 'BuyerTargetingTerm')?.PositiveTargeting).BuyerAccounts,
    ).map((account) =>
        typeof account === 'string' ? account : asString(asObject(account).AwsAccountId),
    );
    form.buyerAccountsText = formatBuyerAccounts(buyers.filter(Boolean));
    const validity = byType(terms, 'BuyerValidityTerm');
    if (validity) {
        form.futureStart = {
            enabled: true,
            maximumAgreementStartDate: datePart(validity.MaximumAgreementStartDate),
        };
    }
    const netPayment = z.safeParse(
        formStateSchema.shape.netPaymentPeriod,
        byType(terms, 'ResaleNetPaymentTerm')?.PaymentDuePeriod,
    );
    if (netPayment.success) {
        form.netPaymentPeriod = netPayment.data;
    }
    readRenewal(form, details.PreExistingBuyerAgreement);
    return form;
}

const COPY_SUFFIX = ' Copy';

/**
 * The form of a clone: everything carried over, except custom legal documents, which must be
 * uploaded again, and a name marked as a copy.
 */
export function cloneFormState(form: FormState): FormState {
    const base = form.name
        .trim()
        .slice(0, NAME_MAX_LENGTH - COPY_SUFFIX.length)
        .trimEnd();
    const clearDocument = <T extends { document: FormState['buyerLegalTerms']['document'] }>(
        terms: T,
    ): T =>
        terms.document
            ? {
                  ...terms,
                  document: { url: '', fileName: terms.document.fileName, mustUploadAgain: true },
              }
            : terms;
    return {
        ...structuredCloneOf(form),
        name: `${base}${COPY_SUFFIX}`.trim(),
        buyerLegalTerms: clearDocument(form.buyerLegalTerms),
        resellerLegalTerms: clearDocument(form.resellerLegalTerms),
    };
}

function structuredCloneOf(form: FormState): FormState {
    return JSON.parse(JSON.stringify(form)) as FormState;
}

/** The form of a clone of a described resale authorization (`DescribeEntity` answer or details). */
export function fromEntity(describeEntity: unknown): FormState {
    return cloneFormState(formFromEntity(describeEntity));
}
