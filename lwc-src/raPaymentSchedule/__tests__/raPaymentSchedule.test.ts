import { createElement } from 'lwc';
import RaPaymentSchedule from 'c/raPaymentSchedule';
import { emptyFormState, formLayout, productFromRecord } from 'c/raDomain';
import type { PaymentRow } from 'c/raDomain';
import { SAAS_PRODUCT } from '../../test/fixtures/products';
import {
    cleanDocument,
    change,
    deepQueryAll,
    flushPromises,
    mustDeepQuery,
    mustQuery,
    query,
    queryAll,
} from '../../test/dom';

/** A contract of SaaS_PRODUCT paid with these payments. */
function scheduleForm(rows: PaymentRow[]) {
    return {
        ...emptyFormState(SAAS_PRODUCT.productId),
        flexiblePaymentSchedule: true,
        paymentSchedule: rows,
    };
}

async function render(rows: PaymentRow[], errors: Record<string, string> = {}) {
    const element = createElement('c-ra-payment-schedule', {
        is: RaPaymentSchedule,
    }) as unknown as HTMLElement & Record<string, unknown>;
    const form = scheduleForm(rows);
    element.rows = form.paymentSchedule;
    element.currencyCode = form.currencyCode;
    element.layout = formLayout(form, productFromRecord(SAAS_PRODUCT));
    element.errors = errors;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-payment-schedule', () => {
    it('shows one row per payment and the exact total', async () => {
        const element = await render([
            { chargeDate: '2027-01-01', amount: '100' },
            { chargeDate: '2027-02-01', amount: '50.5' },
        ]);
        expect(queryAll(element, 'tbody tr')).toHaveLength(2);
        expect(mustQuery(element, '[data-id="total"]').textContent).toBe('150.50 USD');
        await expect(element).toBeAccessible();
    });

    it('says the schedule is empty and offers to add a row', async () => {
        const element = await render([]);
        expect(query(element, 'p:not([data-id])')?.textContent).toBe('c.RA_Payment_Empty');
        const add = jest.fn();
        element.addEventListener('paymentadd', add);
        mustQuery(element, '[data-id="add-payment"]').click();
        expect(add).toHaveBeenCalledTimes(1);
    });

    it('sends edits with the row in the field path, and removals by row index', async () => {
        const element = await render([
            { chargeDate: '', amount: '' },
            { chargeDate: '', amount: '' },
        ]);
        const events: unknown[] = [];
        element.addEventListener('fieldchange', (e) => events.push((e as CustomEvent).detail));
        element.addEventListener('paymentremove', (e) => events.push((e as CustomEvent).detail));
        change(mustDeepQuery(element, '[data-field="paymentSchedule.1.chargeDate"]'), {
            value: '2027-03-01',
        });
        change(mustDeepQuery(element, '[data-field="paymentSchedule.0.amount"]'), {
            value: '9.99',
        });
        mustQuery(element, 'tr[data-row="1"] lightning-button-icon').click();
        expect(events).toEqual([
            { field: 'paymentSchedule.1.chargeDate', value: '2027-03-01' },
            { field: 'paymentSchedule.0.amount', value: '9.99' },
            { index: 1 },
        ]);
    });

    it('stops adding rows at the limit the layout gives', async () => {
        const element = await render(
            Array.from({ length: 60 }, () => ({ chargeDate: '', amount: '' })),
        );
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="add-payment"]')
                .disabled,
        ).toBe(true);
    });

    it('shows a problem of the whole schedule under it, and each row problem on its input', async () => {
        const element = await render([{ chargeDate: '', amount: '' }], {
            paymentSchedule: 'Add at least one payment.',
            'paymentSchedule.0.amount': 'Enter the amount.',
        });
        expect(mustQuery(element, '[data-id="payment-schedule-error"]').textContent?.trim()).toBe(
            'Add at least one payment.',
        );
        const amount = mustDeepQuery(element, '[data-field="paymentSchedule.0.amount"]');
        expect(amount.dataset.fieldError).toBe('Enter the amount.');
        const validity = jest.fn();
        Object.defineProperty(amount, 'setCustomValidity', { value: validity });
        element.errors = { 'paymentSchedule.0.amount': 'Enter an amount above zero.' };
        await flushPromises();
        expect(validity).toHaveBeenLastCalledWith('Enter an amount above zero.');
        expect(deepQueryAll(element, '[data-id="payment-schedule-error"]')).toHaveLength(0);
    });
});
