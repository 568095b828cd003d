import { MAX_PAYMENTS, emptyFormState, formLayout } from 'c/raDomain';
import type { FormLayout, FormState, Product, SectionId } from 'c/raDomain';
import {
    AMI_PRODUCT,
    CONTAINER_PRODUCT,
    DATA_PRODUCT,
    PROFESSIONAL_SERVICES_PRODUCT,
    SAAS_PRODUCT,
} from './testProducts';

function formFor(product: Product, change: Partial<FormState> = {}): FormState {
    return { ...emptyFormState(product.productId), ...change };
}

const visibleSections = (layout: FormLayout): SectionId[] =>
    layout.sections.filter((s) => s.visible).map((s) => s.id);

describe('formLayout', () => {
    it('shows only product, buyers and details before a product is chosen', () => {
        const layout = formLayout(emptyFormState(), null);
        expect(visibleSections(layout)).toEqual(['productsAndBuyers', 'details']);
        expect(layout.dimensions).toEqual([]);
        expect(layout.fields.productId).toEqual({ visible: true, required: true });
    });

    it('SaaS contract: contract duration, entitled dimensions with rates, FPS and future start offered', () => {
        const layout = formLayout(formFor(SAAS_PRODUCT), SAAS_PRODUCT);
        expect(visibleSections(layout)).toEqual([
            'productsAndBuyers',
            'details',
            'contractDuration',
            'pricing',
            'legalTerms',
            'dimensions',
            'duration',
            'renewals',
        ]);
        expect(layout.pricingModels).toEqual(['Contract', 'Usage']);
        expect(layout.dimensions.map((d) => d.dimension.key)).toEqual(['Seats', 'Storage']);
        expect(layout.dimensions[0]?.rate).toEqual({ visible: true, required: false });
        expect(layout.dimensions[0]?.quantity.visible).toBe(false);
        expect(layout.fields.flexiblePaymentSchedule.visible).toBe(true);
        expect(layout.fields['futureStart.enabled'].visible).toBe(true);
        expect(layout.fields['futureStart.maximumAgreementStartDate'].visible).toBe(false);
    });

    it('SaaS contract with FPS: payment schedule and quantities, expiry required, no rates', () => {
        const layout = formLayout(
            formFor(SAAS_PRODUCT, { flexiblePaymentSchedule: true }),
            SAAS_PRODUCT,
        );
        expect(visibleSections(layout)).toContain('paymentSchedule');
        expect(layout.fields.paymentSchedule).toEqual({
            visible: true,
            required: true,
            maxRows: MAX_PAYMENTS,
        });
        expect(layout.paymentRow.amount).toEqual({ visible: true, required: true });
        expect(layout.fields['availability.expiryDate'].required).toBe(true);
        expect(layout.dimensions.every((d) => d.quantity.visible && !d.rate.visible)).toBe(true);
        expect(layout.fields.zeroDollarPricing.visible).toBe(false);
        expect(layout.fields.currencyCode.visible).toBe(false);
    });

    it('SaaS usage: metered dimensions, every rate required, no contract duration or FPS', () => {
        const layout = formLayout(
            formFor(SAAS_PRODUCT, { pricingModel: 'Usage', flexiblePaymentSchedule: true }),
            SAAS_PRODUCT,
        );
        expect(layout.dimensions.map((d) => d.dimension.key)).toEqual(['ApiCalls', 'DataScanned']);
        expect(layout.dimensions.every((d) => d.rate.required)).toBe(true);
        expect(visibleSections(layout)).not.toContain('contractDuration');
        expect(visibleSections(layout)).not.toContain('paymentSchedule');
        expect(layout.fields.flexiblePaymentSchedule.visible).toBe(false);
    });

    it('shows the rate card constraints with a rate card: contract pricing without FPS', () => {
        const constraints = (layout: FormLayout) => [
            layout.fields['rateCardConstraints.multipleDimensionSelection'],
            layout.fields['rateCardConstraints.quantityConfiguration'],
        ];
        const shown = { visible: true, required: true };
        const hidden = { visible: false, required: false };
        expect(constraints(formLayout(formFor(SAAS_PRODUCT), SAAS_PRODUCT))).toEqual([
            shown,
            shown,
        ]);
        const withFps = formFor(SAAS_PRODUCT, { flexiblePaymentSchedule: true });
        expect(constraints(formLayout(withFps, SAAS_PRODUCT))).toEqual([hidden, hidden]);
        const usage = formFor(SAAS_PRODUCT, { pricingModel: 'Usage' });
        expect(constraints(formLayout(usage, SAAS_PRODUCT))).toEqual([hidden, hidden]);
        const pricing = formLayout(formFor(SAAS_PRODUCT), SAAS_PRODUCT).sections.find(
            (s) => s.id === 'pricing',
        );
        expect(pricing?.visible).toBe(true);
    });

    it('offers the currencies the pricing allows, and shows one it does not', () => {
        expect(formLayout(formFor(SAAS_PRODUCT), SAAS_PRODUCT).currencies).toEqual([
            'USD',
            'AUD',
            'EUR',
            'GBP',
            'JPY',
        ]);
        const usage = formFor(SAAS_PRODUCT, { pricingModel: 'Usage' });
        expect(formLayout(usage, SAAS_PRODUCT).currencies).toEqual(['USD']);
        expect(formLayout(usage, SAAS_PRODUCT).fields.currencyCode.visible).toBe(false);
        // A usage form in euros (read from elsewhere): the field shows, to be put right.
        const inEuros = formFor(SAAS_PRODUCT, { pricingModel: 'Usage', currencyCode: 'EUR' });
        expect(formLayout(inEuros, SAAS_PRODUCT).fields.currencyCode).toEqual({
            visible: true,
            required: true,
        });
    });

    it('custom contract duration swaps the standard choice for a value and unit', () => {
        const form = formFor(SAAS_PRODUCT);
        form.contractDuration.kind = 'custom';
        const layout = formLayout(form, SAAS_PRODUCT);
        expect(layout.fields['contractDuration.standard'].visible).toBe(false);
        expect(layout.fields['contractDuration.customValue']).toEqual({
            visible: true,
            required: true,
        });
    });

    it('AMI: no FPS and no future start; contract shows the annual dimension', () => {
        const layout = formLayout(formFor(AMI_PRODUCT), AMI_PRODUCT);
        expect(layout.pricingModels).toEqual(['Contract', 'Usage']);
        expect(layout.dimensions.map((d) => d.dimension.key)).toEqual(['m5.large.annual']);
        expect(layout.fields.flexiblePaymentSchedule.visible).toBe(false);
        expect(layout.fields['futureStart.enabled'].visible).toBe(false);
    });

    it('Professional services: FPS offered, no future start', () => {
        const layout = formLayout(
            formFor(PROFESSIONAL_SERVICES_PRODUCT),
            PROFESSIONAL_SERVICES_PRODUCT,
        );
        expect(layout.fields.flexiblePaymentSchedule.visible).toBe(true);
        expect(layout.fields['futureStart.enabled'].visible).toBe(false);
    });

    it('Container with only metered dimensions falls back to usage pricing', () => {
        const layout = formLayout(formFor(CONTAINER_PRODUCT), CONTAINER_PRODUCT);
        expect(layout.pricingModels).toEqual(['Usage']);
        expect(layout.dimensions.map((d) => d.dimension.key)).toEqual(['vCPU']);
        expect(visibleSections(layout)).not.toContain('contractDuration');
    });

    it('Data product: contract only', () => {
        const layout = formLayout(formFor(DATA_PRODUCT), DATA_PRODUCT);
        expect(layout.pricingModels).toEqual(['Contract']);
        expect(layout.fields.flexiblePaymentSchedule.visible).toBe(false);
    });

    it('documents, renewal details and future start date appear with their choices', () => {
        const form = formFor(SAAS_PRODUCT);
        form.buyerLegalTerms.type = 'CustomEula';
        form.resellerLegalTerms.type = 'CustomResellerContract';
        form.renewal.isRenewal = true;
        form.futureStart.enabled = true;
        const layout = formLayout(form, SAAS_PRODUCT);
        expect(layout.fields['buyerLegalTerms.document']).toEqual({
            visible: true,
            required: true,
        });
        expect(layout.fields['resellerLegalTerms.document'].visible).toBe(true);
        expect(layout.fields['renewal.acquisitionChannel'].required).toBe(true);
        expect(layout.fields.buyerAccountsText.required).toBe(true);
        expect(layout.fields['futureStart.maximumAgreementStartDate'].visible).toBe(true);
    });
});
