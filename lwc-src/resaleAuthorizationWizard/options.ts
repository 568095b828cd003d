import type { FormLayout, PricingModel, ProductRecord, ProductType } from 'c/raDomain';
import { STANDARD_CONTRACT_DURATIONS, resellableProductRecords } from 'c/raDomain';
import { formatLabel } from 'c/raUi';
import { LABELS } from './labels';

export interface Option {
    label: string;
    value: string;
    /** A second line under the label. */
    description?: string;
}

const PRODUCT_TYPE_LABELS: Record<ProductType, string> = {
    SaaS: LABELS.productTypeSaaS,
    AMI: LABELS.productTypeAmi,
    Container: LABELS.productTypeContainer,
    ProfessionalServices: LABELS.productTypeProfessionalServices,
    Data: LABELS.productTypeData,
};

/**
 * The products to choose from: those AWS resells, each with its type and product ID, and the
 * one already chosen (so that a product AWS no longer resells shows with its problem).
 */
function productOptions(products: readonly ProductRecord[], chosenId: string): Option[] {
    const offered = new Set(resellableProductRecords(products));
    return products
        .filter((p) => offered.has(p) || p.productId === chosenId)
        .map((p) => ({
            label: p.title,
            value: p.productId,
            description: formatLabel(
                LABELS.productOption,
                PRODUCT_TYPE_LABELS[p.productType as ProductType] ?? p.productType,
                p.productId,
            ),
        }));
}

const DURATION_LABELS: Record<(typeof STANDARD_CONTRACT_DURATIONS)[number], string> = {
    P1M: LABELS.duration1Month,
    P12M: LABELS.duration12Months,
    P24M: LABELS.duration24Months,
    P36M: LABELS.duration36Months,
};

const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
    Contract: LABELS.pricingContract,
    Usage: LABELS.pricingUsage,
};

/** The choices of every option field of the wizard. */
export function optionsFor(
    products: readonly ProductRecord[],
    layout: FormLayout,
    chosenProductId: string,
) {
    return {
        products: productOptions(products, chosenProductId),
        durationKinds: [
            { label: LABELS.durationStandard, value: 'standard' },
            { label: LABELS.durationCustom, value: 'custom' },
        ],
        standardDurations: STANDARD_CONTRACT_DURATIONS.map((value) => ({
            label: DURATION_LABELS[value],
            value,
        })),
        customUnits: [
            { label: LABELS.unitMonths, value: 'Months' },
            { label: LABELS.unitDays, value: 'Days' },
        ],
        pricingModels: layout.pricingModels.map((value) => ({
            label: PRICING_MODEL_LABELS[value],
            value,
        })),
        currencies: layout.currencies.map((value) => ({ label: value, value })),
        constraintSettings: [
            { label: LABELS.constraintAllowed, value: 'Allowed' },
            { label: LABELS.constraintDisallowed, value: 'Disallowed' },
        ],
        netPaymentPeriods: [
            { label: LABELS.netPaymentDefault, value: '' },
            ...[15, 30, 45, 60, 90, 120].map((days) => ({
                label: formatLabel(LABELS.netPaymentDays, days),
                value: `P${days}D`,
            })),
        ],
        buyerTerms: [
            { label: LABELS.termsStandardEula, value: 'StandardEula' },
            { label: LABELS.termsEnterpriseEula, value: 'EnterpriseEula' },
            { label: LABELS.termsCustomEula, value: 'CustomEula' },
        ],
        resellerTerms: [
            { label: LABELS.termsNoResellerContract, value: '' },
            { label: LABELS.termsStandardResellerContract, value: 'StandardResellerContract' },
            { label: LABELS.termsCustomResellerContract, value: 'CustomResellerContract' },
        ],
        usages: [
            { label: LABELS.usageMulti, value: 'multiUse' },
            { label: LABELS.usageOneTime, value: 'oneTime' },
        ],
        acquisitionChannels: [
            { label: LABELS.channelAwsMarketplace, value: 'AwsMarketplace' },
            { label: LABELS.channelExternal, value: 'External' },
        ],
        renewalPricingModels: [
            { label: LABELS.pricingContract, value: 'Contract' },
            { label: LABELS.pricingUsage, value: 'Usage' },
            { label: LABELS.renewalByol, value: 'BYOL' },
            { label: LABELS.renewalFree, value: 'Free' },
        ],
    };
}
