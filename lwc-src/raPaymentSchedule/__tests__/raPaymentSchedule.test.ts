import { createElement } from 'lwc';
import RaPaymentSchedule from 'c/raPaymentSchedule';
import { cleanDocument, change, flushPromises, mustQuery, query, queryAll } from '../../test/dom';

async function render(rows: { chargeDate: string; amount: string }[], total = '0.00') {
    const element = createElement('c-ra-payment-schedule', {
        is: RaPaymentSchedule,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.rows = rows;
    element.total = total;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-payment-schedule', () => {
    it('shows one row per payment and the total', async () => {
        const element = await render(
            [
                { chargeDate: '2027-01-01', amount: '100' },
                { chargeDate: '2027-02-01', amount: '50.5' },
            ],
            '150.50',
        );
        expect(queryAll(element, 'tbody tr')).toHaveLength(2);
        expect(mustQuery(element, '[data-id="total"]').textContent).toBe('150.50 USD');
        await expect(element).toBeAccessible();
    });

    it('says the schedule is empty and offers to add a row', async () => {
        const element = await render([]);
        expect(query(element, 'p')?.textContent).toBe('c.RA_Payment_Empty');
        const add = jest.fn();
        element.addEventListener('paymentadd', add);
        mustQuery(element, '[data-id="add-payment"]').click();
        expect(add).toHaveBeenCalledTimes(1);
    });

    it('reports edits and removals by row index', async () => {
        const element = await render([
            { chargeDate: '', amount: '' },
            { chargeDate: '', amount: '' },
        ]);
        const events: unknown[] = [];
        element.addEventListener('paymentchange', (e) => events.push((e as CustomEvent).detail));
        element.addEventListener('paymentremove', (e) => events.push((e as CustomEvent).detail));
        change(mustQuery(element, '[data-field="paymentSchedule.1.chargeDate"]'), {
            value: '2027-03-01',
        });
        change(mustQuery(element, '[data-field="paymentSchedule.0.amount"]'), { value: '9.99' });
        mustQuery(element, 'tr[data-row="1"] lightning-button-icon').click();
        expect(events).toEqual([
            { index: 1, field: 'chargeDate', value: '2027-03-01' },
            { index: 0, field: 'amount', value: '9.99' },
            { index: 1 },
        ]);
    });

    it('stops adding rows at the limit', async () => {
        const element = await render(
            Array.from({ length: 60 }, () => ({ chargeDate: '', amount: '' })),
        );
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="add-payment"]')
                .disabled,
        ).toBe(true);
    });
});
