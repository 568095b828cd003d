import { createElement } from 'lwc';
import RaDimensionPricing from 'c/raDimensionPricing';
import type { DimensionLayout } from 'c/raDomain';
import { cleanDocument, change, flushPromises, mustQuery, queryAll } from '../../test/dom';

const shown = { visible: true, required: true };
const hidden = { visible: false, required: false };

function layout(rate: boolean, quantity: boolean): DimensionLayout[] {
    return [
        {
            dimension: { key: 'Seats', name: 'Seats', unit: 'Users', type: 'Entitled' },
            rate: rate ? shown : hidden,
            quantity: quantity ? shown : hidden,
        },
        {
            dimension: { key: 'Storage', name: 'Storage', unit: 'TB', type: 'Entitled' },
            rate: rate ? shown : hidden,
            quantity: quantity ? shown : hidden,
        },
    ];
}

async function render(dimensions: DimensionLayout[], errors: Record<string, string> = {}) {
    const element = createElement('c-ra-dimension-pricing', {
        is: RaDimensionPricing,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.dimensions = dimensions;
    element.values = [{ key: 'Seats', rate: '12.5', quantity: '' }];
    element.errors = errors;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-dimension-pricing', () => {
    it('shows a rate per dimension with its unit', async () => {
        const element = await render(layout(true, false));
        const rates = queryAll<HTMLElement & { value: string }>(element, '[data-kind="rate"]');
        expect(rates.map((r) => r.value)).toEqual(['12.5', '']);
        expect(queryAll(element, '[data-kind="quantity"]')).toHaveLength(0);
        expect(queryAll(element, 'tbody th').map((th) => th.textContent)).toEqual([
            'Seats',
            'Storage',
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows units granted instead of rates with a flexible payment schedule', async () => {
        const element = await render(layout(false, true));
        expect(queryAll(element, '[data-kind="rate"]')).toHaveLength(0);
        expect(queryAll(element, '[data-kind="quantity"]')).toHaveLength(2);
    });

    it('reports changes and blurs with the field path', async () => {
        const element = await render(layout(true, false));
        const changes: unknown[] = [];
        const blurs: unknown[] = [];
        element.addEventListener('dimensionchange', (e) => changes.push((e as CustomEvent).detail));
        element.addEventListener('fieldblur', (e) => blurs.push((e as CustomEvent).detail));
        const storage = mustQuery(element, '[data-key="Storage"][data-kind="rate"]');
        change(storage, { value: '3.25' });
        storage.dispatchEvent(new CustomEvent('blur'));
        expect(changes).toEqual([{ key: 'Storage', field: 'rate', value: '3.25' }]);
        expect(blurs).toEqual([{ field: 'dimensions.Storage.rate' }]);
    });

    it('shows each problem on its input', async () => {
        const element = await render(layout(true, false));
        const seats = mustQuery(element, '[data-key="Seats"][data-kind="rate"]');
        const validity = jest.fn();
        Object.defineProperty(seats, 'setCustomValidity', { value: validity });
        element.errors = { 'dimensions.Seats.rate': 'Enter a price.' };
        await flushPromises();
        expect(validity).toHaveBeenLastCalledWith('Enter a price.');
    });
});
