import { currencyCodeSchema } from './formState';
import type { CurrencyCode, FormState } from './formState';
import { DESCRIPTION_MAX_LENGTH, MAX_PAYMENTS, NAME_MAX_LENGTH } from './limits';
import {
    dimensionsFor,
    pricingModelsOf,
    supportsFlexiblePaymentSchedule,
    supportsFutureStart,
} from './product';
import type { PricingModel, Product, ProductDimension } from './product';

/** The wizard's sections, in the order of the product page. */
export const SECTION_IDS = [
    'productsAndBuyers',
    'details',
    'contractDuration',
    'pricing',
    'legalTerms',
    'dimensions',
    'duration',
    'renewals',
    'paymentSchedule',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Every field outside the per-dimension rows, named by its path in the form state. */
export const FIELD_IDS = [
    'productId',
    'buyerAccountsText',
    'name',
    'description',
    'resellerAccountId',
    'contractDuration.kind',
    'contractDuration.standard',
    'contractDuration.customValue',
    'contractDuration.customUnit',
    'pricingModel',
    'flexiblePaymentSchedule',
    'currencyCode',
    'rateCardConstraints.multipleDimensionSelection',
    'rateCardConstraints.quantityConfiguration',
    'netPaymentPeriod',
    'buyerLegalTerms.type',
    'buyerLegalTerms.document',
    'resellerLegalTerms.type',
    'resellerLegalTerms.document',
    'zeroDollarPricing',
    'availability.usage',
    'availability.expiryDate',
    'futureStart.enabled',
    'futureStart.maximumAgreementStartDate',
    'renewal.isRenewal',
    'renewal.acquisitionChannel',
    'renewal.pricingModel',
    'paymentSchedule',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Which section each field belongs to. */
export const FIELD_SECTIONS: Record<FieldId, SectionId> = {
    productId: 'productsAndBuyers',
    buyerAccountsText: 'productsAndBuyers',
    name: 'details',
    description: 'details',
    resellerAccountId: 'details',
    'contractDuration.kind': 'contractDuration',
    'contractDuration.standard': 'contractDuration',
    'contractDuration.customValue': 'contractDuration',
    'contractDuration.customUnit': 'contractDuration',
    pricingModel: 'pricing',
    flexiblePaymentSchedule: 'pricing',
    currencyCode: 'pricing',
    'rateCardConstraints.multipleDimensionSelection': 'pricing',
    'rateCardConstraints.quantityConfiguration': 'pricing',
    netPaymentPeriod: 'pricing',
    'buyerLegalTerms.type': 'legalTerms',
    'buyerLegalTerms.document': 'legalTerms',
    'resellerLegalTerms.type': 'legalTerms',
    'resellerLegalTerms.document': 'legalTerms',
    zeroDollarPricing: 'dimensions',
    'availability.usage': 'duration',
    'availability.expiryDate': 'duration',
    'futureStart.enabled': 'duration',
    'futureStart.maximumAgreementStartDate': 'duration',
    'renewal.isRenewal': 'renewals',
    'renewal.acquisitionChannel': 'renewals',
    'renewal.pricingModel': 'renewals',
    paymentSchedule: 'paymentSchedule',
};

export interface FieldLayout {
    visible: boolean;
    required: boolean;
    /** The most characters a text may have. */
    maxLength?: number;
    /** The most rows a list (the payment schedule) may have. */
    maxRows?: number;
}

export interface DimensionLayout {
    dimension: ProductDimension;
    /** Rate per unit (standard contract or usage pricing). */
    rate: FieldLayout;
    /** Units granted (contract with a flexible payment schedule). */
    quantity: FieldLayout;
}

export interface SectionLayout {
    id: SectionId;
    visible: boolean;
}

export interface FormLayout {
    sections: SectionLayout[];
    fields: Record<FieldId, FieldLayout>;
    /** The chosen product's dimensions priced under the chosen pricing model. */
    dimensions: DimensionLayout[];
    /** Pricing models the user may choose for the product. */
    pricingModels: PricingModel[];
    /** Currencies the chosen pricing may be in. */
    currencies: CurrencyCode[];
    /** Each row of the payment schedule: its charge date and amount. */
    paymentRow: { chargeDate: FieldLayout; amount: FieldLayout };
}

const HIDDEN: FieldLayout = { visible: false, required: false };
const shown = (required: boolean): FieldLayout => ({ visible: true, required });
const when = (visible: boolean, required = false): FieldLayout =>
    visible ? shown(required) : HIDDEN;

/**
 * Which sections and fields the wizard shows, and which are required, for a product and the
 * choices made so far. The wizard renders from this alone.
 */
export function formLayout(form: FormState, product: Product | null): FormLayout {
    const hasProduct = product !== null && product.productId === form.productId;
    const pricingModels = hasProduct ? pricingModelsOf(product) : [];
    const pricingModel = hasProduct ? effectivePricingModel(form, product) : form.pricingModel;
    const contract = hasProduct && pricingModel === 'Contract';
    const fpsAvailable = contract && supportsFlexiblePaymentSchedule(product);
    const fps = hasProduct && usesFlexiblePaymentSchedule(form, product);
    const customDuration = form.contractDuration.kind === 'custom';
    const renewal = form.renewal.isRenewal;
    const currencies = hasProduct ? allowedCurrencies(form, product) : [];
    // Shown to choose one, or to change one the pricing does not allow (a loaded form).
    const currencyShown =
        hasProduct && (currencies.length > 1 || !currencies.includes(form.currencyCode));
    // The constraints belong to the rate card of a contract priced per dimension.
    const rateCard = contract && !fps;

    const fields: Record<FieldId, FieldLayout> = {
        productId: shown(true),
        buyerAccountsText: shown(hasProduct && renewal),
        name: { ...shown(true), maxLength: NAME_MAX_LENGTH },
        description: { ...shown(false), maxLength: DESCRIPTION_MAX_LENGTH },
        resellerAccountId: shown(true),
        'contractDuration.kind': when(contract, true),
        'contractDuration.standard': when(contract && !customDuration, true),
        'contractDuration.customValue': when(contract && customDuration, true),
        'contractDuration.customUnit': when(contract && customDuration, true),
        pricingModel: when(hasProduct, true),
        flexiblePaymentSchedule: when(fpsAvailable),
        currencyCode: when(currencyShown, true),
        'rateCardConstraints.multipleDimensionSelection': when(rateCard, true),
        'rateCardConstraints.quantityConfiguration': when(rateCard, true),
        netPaymentPeriod: when(hasProduct),
        'buyerLegalTerms.type': when(hasProduct, true),
        'buyerLegalTerms.document': when(
            hasProduct && form.buyerLegalTerms.type === 'CustomEula',
            true,
        ),
        'resellerLegalTerms.type': when(hasProduct),
        'resellerLegalTerms.document': when(
            hasProduct && form.resellerLegalTerms.type === 'CustomResellerContract',
            true,
        ),
        zeroDollarPricing: when(hasProduct && !fps),
        'availability.usage': when(hasProduct, true),
        'availability.expiryDate': when(hasProduct, fps),
        'futureStart.enabled': when(hasProduct && supportsFutureStart(product)),
        'futureStart.maximumAgreementStartDate': when(
            hasProduct && supportsFutureStart(product) && form.futureStart.enabled,
            true,
        ),
        'renewal.isRenewal': when(hasProduct),
        'renewal.acquisitionChannel': when(hasProduct && renewal, true),
        'renewal.pricingModel': when(hasProduct && renewal, true),
        paymentSchedule: fps ? { ...shown(true), maxRows: MAX_PAYMENTS } : HIDDEN,
    };

    const dimensions: DimensionLayout[] = hasProduct
        ? dimensionsFor(product, pricingModel).map((dimension) => ({
              dimension,
              rate: when(!fps, pricingModel === 'Usage'),
              quantity: when(fps),
          }))
        : [];

    const sections = SECTION_IDS.map((id) => ({
        id,
        visible:
            id === 'dimensions'
                ? dimensions.length > 0
                : FIELD_IDS.some((field) => FIELD_SECTIONS[field] === id && fields[field].visible),
    }));

    const paymentRow = { chargeDate: when(fps, true), amount: when(fps, true) };
    return { sections, fields, dimensions, pricingModels, currencies, paymentRow };
}

/**
 * The currencies a pricing may be in, as the Catalog API's resale authorization page states
 * them: `ResaleConfigurableUpfrontPricingTerm` takes USD, AUD, EUR, GBP and JPY;
 * `ResaleUsageBasedPricingTerm` and `ResalePaymentScheduleTerm` take USD only (their
 * synchronous validations: "Allowed values: USD"), and every term of a resale authorization has
 * the same currency. See docs/product-rules.md.
 */
export function allowedCurrencies(form: FormState, product: Product): CurrencyCode[] {
    return effectivePricingModel(form, product) === 'Usage' ||
        usesFlexiblePaymentSchedule(form, product)
        ? ['USD']
        : [...currencyCodeSchema.options];
}

/** The pricing model in effect: the form's choice when the product supports it. */
export function effectivePricingModel(form: FormState, product: Product): PricingModel {
    const models = pricingModelsOf(product);
    return models.includes(form.pricingModel)
        ? form.pricingModel
        : (models[0] ?? form.pricingModel);
}

/** True when the form uses a flexible payment schedule the product supports. */
export function usesFlexiblePaymentSchedule(form: FormState, product: Product): boolean {
    return (
        effectivePricingModel(form, product) === 'Contract' &&
        supportsFlexiblePaymentSchedule(product) &&
        form.flexiblePaymentSchedule
    );
}

/**
 * The section a field path belongs to: a field of FIELD_IDS, a dimension's price
 * (`dimensions.<key>.rate`) or a payment row (`paymentSchedule.<index>.amount`); null for a
 * problem of the whole form.
 */
export function sectionOfField(field: string): SectionId | null {
    if ((FIELD_IDS as readonly string[]).includes(field)) {
        return FIELD_SECTIONS[field as FieldId];
    }
    const head = field.split('.')[0];
    return head === 'dimensions' || head === 'paymentSchedule' ? head : null;
}

/**
 * Whether the form shows an input for a field path (a field of FIELD_IDS, a dimension's price or
 * units, a payment row) or, for `dimensions` and `paymentSchedule`, the table a problem of the
 * whole table shows under. A problem of a field not shown is shown only in the wizard's list.
 */
export function isFieldShown(layout: FormLayout, field: string): boolean {
    if ((FIELD_IDS as readonly string[]).includes(field)) {
        return layout.fields[field as FieldId].visible;
    }
    if (field === 'dimensions') {
        return layout.dimensions.length > 0;
    }
    const price = /^dimensions\.(.+)\.(rate|quantity)$/.exec(field);
    if (price) {
        const row = layout.dimensions.find((d) => d.dimension.key === price[1]);
        return Boolean(row && row[price[2] === 'rate' ? 'rate' : 'quantity'].visible);
    }
    return /^paymentSchedule\.\d+\.(chargeDate|amount)$/.test(field)
        ? layout.fields.paymentSchedule.visible
        : false;
}
