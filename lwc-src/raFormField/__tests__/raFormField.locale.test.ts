import { createElement } from 'lwc';
import RaFormField from 'c/raFormField';
import { change, cleanDocument, flushPromises, mustQuery } from '../../test/dom';

// A user whose Salesforce locale is French (France).
jest.mock('@salesforce/i18n/locale', () => ({ default: 'fr-FR' }), { virtual: true });

type FieldElement = HTMLElement & Record<string, unknown>;

async function render(props: Record<string, unknown>): Promise<FieldElement> {
    const element = createElement('c-ra-form-field', {
        is: RaFormField,
    }) as unknown as FieldElement;
    Object.assign(element, { label: 'Un champ', ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** Types into the field, as a user does, and leaves it: what it sent, and what it then shows. */
async function type(
    element: FieldElement,
    text: string,
): Promise<{ sent: unknown; shown: unknown }> {
    const sent: unknown[] = [];
    element.addEventListener('fieldchange', (e) => sent.push((e as CustomEvent).detail.value));
    const input = mustQuery<HTMLElement & { value: string }>(element, '[data-field]');
    change(input, { value: text });
    await flushPromises();
    expect(input.value).toBe(text);
    input.dispatchEvent(new CustomEvent('blur'));
    element.value = sent[sent.length - 1];
    await flushPromises();
    return { sent: sent[sent.length - 1], shown: input.value };
}

afterEach(cleanDocument);

describe('c-ra-form-field in a French locale', () => {
    it('reads dates as French writes them, and ISO as typed', async () => {
        const date = await render({ field: 'availability.expiryDate', type: 'date' });
        expect(await type(date, '31/05/2027')).toEqual({
            sent: '2027-05-31',
            shown: '31 mai 2027',
        });
        expect(await type(date, '2027-05-31')).toEqual({
            sent: '2027-05-31',
            shown: '31 mai 2027',
        });
        expect(await type(date, '31 déc. 2027')).toEqual({
            sent: '2027-12-31',
            shown: '31 déc. 2027',
        });
    });

    it('keeps a date it cannot read as typed, so that nothing is emptied', async () => {
        const date = await render({ field: 'availability.expiryDate', type: 'date' });
        expect(await type(date, '31/02/2027')).toEqual({ sent: '31/02/2027', shown: '31/02/2027' });
    });

    it('reads amounts as French writes them', async () => {
        const amount = await render({ field: 'paymentSchedule.0.amount', type: 'decimal' });
        expect(await type(amount, '1 000,50')).toEqual({ sent: '1000.50', shown: '1\u202f000,50' });
        expect(await type(amount, '2500.5')).toEqual({ sent: '2500.5', shown: '2\u202f500,5' });
    });
});
