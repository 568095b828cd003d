import { createElement } from 'lwc';
import RaDimensionPricing from 'c/raDimensionPricing';
import { emptyFormState, formLayout, productFromRecord } from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { SAAS_PRODUCT } from '../../test/fixtures/products';
import {
    cleanDocument,
    change,
    deepQueryAll,
    flushPromises,
    mustDeepQuery,
    mustQuery,
    queryAll,
} from '../../test/dom';

/** A contract of SaaS_PRODUCT (Seats and Storage) with a price for Seats. */
function contract(overrides: Partial<FormState> = {}): FormState {
    return {
        ...emptyFormState(SAAS_PRODUCT.productId),
        dimensions: [{ key: 'Seats', rate: '12.5', quantity: '' }],
        ...overrides,
    };
}

async function render(form: FormState, errors: Record<string, string> = {}) {
    const element = createElement('c-ra-dimension-pricing', {
        is: RaDimensionPricing,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.prices = form.dimensions;
    element.currencyCode = form.currencyCode;
    element.zeroDollarPricing = form.zeroDollarPricing;
    element.layout = formLayout(form, productFromRecord(SAAS_PRODUCT));
    element.errors = errors;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function inputs(element: HTMLElement, kind: 'rate' | 'quantity') {
    return deepQueryAll<HTMLElement & { value: string; required: boolean }>(
        element,
        `[data-field$=".${kind}"]`,
    );
}

afterEach(cleanDocument);

describe('c-ra-dimension-pricing', () => {
    it('shows a rate per dimension with its unit', async () => {
        const element = await render(contract());
        expect(inputs(element, 'rate').map((r) => r.value)).toEqual(['12.5', '']);
        expect(inputs(element, 'quantity')).toHaveLength(0);
        expect(queryAll(element, 'tbody th').map((th) => th.textContent)).toEqual([
            'Seats',
            'Storage',
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows units granted instead of rates with a flexible payment schedule', async () => {
        const element = await render(contract({ flexiblePaymentSchedule: true }));
        expect(inputs(element, 'rate')).toHaveLength(0);
        expect(inputs(element, 'quantity')).toHaveLength(2);
        expect(deepQueryAll(element, '[data-field="zeroDollarPricing"]')).toHaveLength(0);
    });

    it('requires every rate of usage pricing, as the layout says', async () => {
        const element = await render(contract({ pricingModel: 'Usage', dimensions: [] }));
        expect(inputs(element, 'rate').map((r) => r.required)).toEqual([true]);
    });

    it('sends changes and blurs with the field path', async () => {
        const element = await render(contract());
        const changes: unknown[] = [];
        const blurs: unknown[] = [];
        element.addEventListener('fieldchange', (e) => changes.push((e as CustomEvent).detail));
        element.addEventListener('fieldblur', (e) => blurs.push((e as CustomEvent).detail));
        const storage = mustDeepQuery(element, '[data-field="dimensions.Storage.rate"]');
        change(storage, { value: '3.25' });
        storage.dispatchEvent(new CustomEvent('blur'));
        expect(changes).toEqual([{ field: 'dimensions.Storage.rate', value: '3.25' }]);
        expect(blurs).toEqual([{ field: 'dimensions.Storage.rate' }]);
    });

    it('shows each problem on its input, and one of the whole table under it', async () => {
        const element = await render(contract(), {
            dimensions: 'Enter a rate for at least one dimension.',
        });
        expect(mustQuery(element, '[data-id="dimensions-error"]').textContent?.trim()).toBe(
            'Enter a rate for at least one dimension.',
        );
        const seats = mustDeepQuery(element, '[data-field="dimensions.Seats.rate"]');
        const validity = jest.fn();
        Object.defineProperty(seats, 'setCustomValidity', { value: validity });
        element.errors = { 'dimensions.Seats.rate': 'Enter a price.' };
        await flushPromises();
        expect(validity).toHaveBeenLastCalledWith('Enter a price.');
    });
});
