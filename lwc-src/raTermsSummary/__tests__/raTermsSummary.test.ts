import { createElement } from 'lwc';
import RaTermsSummary from 'c/raTermsSummary';
import { emptyFormState, productFromRecord } from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { SAAS_PRODUCT } from '../../test/fixtures/products';
import { cleanDocument, flushPromises, mustQuery, query, queryAll } from '../../test/dom';

jest.mock('@salesforce/label/c.RA_Summary_Constraint', () => ({ default: '{0}: {1}' }), {
    virtual: true,
});

const product = productFromRecord(SAAS_PRODUCT);

async function render(form: FormState) {
    const element = createElement('c-ra-terms-summary', {
        is: RaTermsSummary,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.form = form;
    element.product = product;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function term(element: HTMLElement, key: string): string[] {
    return queryAll(element, `[data-term="${key}"] div`).map((div) => div.textContent ?? '');
}

afterEach(cleanDocument);

describe('c-ra-terms-summary', () => {
    const base: FormState = {
        ...emptyFormState(SAAS_PRODUCT.productId),
        name: 'Partner deal',
        resellerAccountId: '111122223333',
        buyerLegalTerms: { type: 'StandardEula', document: null },
        dimensions: [{ key: 'Seats', rate: '10', quantity: '' }],
    };

    it('lists every term in plain words', async () => {
        const element = await render(base);
        expect(term(element, 'name')).toEqual(['Partner deal']);
        expect(term(element, 'product')).toEqual(['Acme Analytics (prod-saas-analytics)']);
        expect(term(element, 'reseller')).toEqual(['111122223333']);
        expect(term(element, 'buyers')).toEqual(['c.RA_Summary_AnyBuyer']);
        expect(term(element, 'prices').slice(2)).toEqual([
            'c.RA_Wizard_MultipleDimensionSelection: c.RA_Constraint_Allowed',
            'c.RA_Wizard_QuantityConfiguration: c.RA_Constraint_Allowed',
        ]);
        expect(term(element, 'buyerTerms')).toEqual(['c.RA_Terms_StandardEula']);
        expect(query(element, '[data-term="payments"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says which choices the rate card leaves to the buyer', async () => {
        const element = await render({
            ...base,
            rateCardConstraints: {
                multipleDimensionSelection: 'Disallowed',
                quantityConfiguration: 'Allowed',
            },
        });
        expect(term(element, 'prices')).toContain(
            'c.RA_Wizard_MultipleDimensionSelection: c.RA_Constraint_Disallowed',
        );
    });

    it('shows the payment schedule and units granted with FPS', async () => {
        const element = await render({
            ...base,
            flexiblePaymentSchedule: true,
            dimensions: [{ key: 'Seats', rate: '', quantity: '20' }],
            paymentSchedule: [
                { chargeDate: '2027-01-01', amount: '100' },
                { chargeDate: '2027-02-01', amount: '200' },
            ],
        });
        expect(term(element, 'payments')).toHaveLength(3);
        expect(mustQuery(element, '[data-term="prices"]')).not.toBeNull();
    });

    it('lists the buyers and the renewal', async () => {
        const element = await render({
            ...base,
            buyerAccountsText: '111111111111, 222222222222',
            renewal: { isRenewal: true, acquisitionChannel: 'External', pricingModel: 'Contract' },
        });
        expect(term(element, 'buyers')).toEqual(['111111111111', '222222222222']);
        expect(term(element, 'renewal')).toEqual(['c.RA_Summary_RenewalOfExternal']);
    });
});
