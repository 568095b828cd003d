import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'lwc';
import RaFormField from 'c/raFormField';
import { NAME_MAX_LENGTH, emptyFormState, formLayout } from 'c/raDomain';
import { change, cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

type FieldElement = HTMLElement & Record<string, unknown>;

async function render(props: Record<string, unknown>): Promise<FieldElement> {
    const element = createElement('c-ra-form-field', {
        is: RaFormField,
    }) as unknown as FieldElement;
    Object.assign(element, { label: 'A field', ...props });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-form-field', () => {
    it('takes whether it shows, is required and its length limit from the form layout', async () => {
        const layout = formLayout(emptyFormState(), null);
        const name = await render({ field: 'name', layout });
        const input = mustQuery<HTMLElement & { required: boolean; maxLength: number }>(
            name,
            '[data-field="name"]',
        );
        expect(input.required).toBe(true);
        expect(input.maxLength).toBe(NAME_MAX_LENGTH);
        await expect(name).toBeAccessible();

        const hidden = await render({ field: 'pricingModel', type: 'radio', layout });
        expect(query(hidden, '[data-field]')).toBeNull();
    });

    it('sends the value typed, or the state of a toggle, with its field path', async () => {
        const text = await render({ field: 'name' });
        const toggle = await render({ field: 'renewal.isRenewal', type: 'toggle' });
        const changes: unknown[] = [];
        document.body.addEventListener('fieldchange', (e) =>
            changes.push((e as CustomEvent).detail),
        );
        change(mustQuery(text, '[data-field]'), { value: 'Partner deal' });
        change(mustQuery(toggle, '[data-field]'), { checked: true });
        expect(changes).toEqual([
            { field: 'name', value: 'Partner deal' },
            { field: 'renewal.isRenewal', value: true },
        ]);
    });

    it('shows the message of its own field only, and leaves a message it already shows alone', async () => {
        const element = await render({ field: 'name' });
        const validity = jest.fn();
        Object.defineProperty(mustQuery(element, '[data-field]'), 'setCustomValidity', {
            value: validity,
        });
        element.errors = { description: 'Too long.' };
        element.errors = { name: 'Enter a name.', description: 'Too long.' };
        // No message before, none for the description: its input is not touched until its own.
        expect(validity.mock.calls).toEqual([['Enter a name.']]);
    });

    it('takes the focus once for each request that names its field', async () => {
        const element = await render({ field: 'name' });
        const focus = jest.fn();
        Object.defineProperty(mustQuery(element, '[data-field]'), 'focus', { value: focus });
        element.focusRequest = { field: 'description', token: 1 };
        await flushPromises();
        expect(focus).not.toHaveBeenCalled();
        element.focusRequest = { field: 'name', token: 2 };
        await flushPromises();
        element.focusRequest = { field: 'name', token: 2 };
        await flushPromises();
        expect(focus).toHaveBeenCalledTimes(1);
        element.focusRequest = { field: 'name', token: 3 };
        await flushPromises();
        expect(focus).toHaveBeenCalledTimes(2);
    });
});

describe('the templates', () => {
    it('leave whether an input is required and its length limit to the form layout', () => {
        const sourceDir = path.join(__dirname, '..', '..');
        const templates = fs
            .readdirSync(sourceDir, { withFileTypes: true, recursive: true })
            .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
            .map((entry) => path.join(entry.parentPath, entry.name));
        expect(templates.length).toBeGreaterThan(10);
        const hardCoded = templates.flatMap((file) =>
            [
                ...fs
                    .readFileSync(file, 'utf8')
                    .matchAll(/\s(required|max-length)(="[^{"]*")?[\s>]/g),
            ].map((match) => `${path.basename(file)}: ${match[0].trim()}`),
        );
        expect(hardCoded).toEqual([]);
    });
});

describe('dates and numbers in the user locale (en-US)', () => {
    it('shows a date as the locale writes it and reads it back, or ISO, as typed', async () => {
        const element = await render({ field: 'availability.expiryDate', type: 'date' });
        element.value = '2027-05-31';
        await flushPromises();
        const input = mustQuery<HTMLElement & { value: string }>(element, '[data-field]');
        expect(input.value).toBe('May 31, 2027');
        const sent: unknown[] = [];
        element.addEventListener('fieldchange', (e) => sent.push((e as CustomEvent).detail.value));
        change(input, { value: '2027-06-30' });
        change(input, { value: 'Jul 1, 2027' });
        change(input, { value: '7/2/2027' });
        expect(sent).toEqual(['2027-06-30', '2027-07-01', '2027-07-02']);
    });

    it('reads "1,000.00" as a thousand, and shows amounts with the locale separators', async () => {
        const element = await render({ field: 'dimensions.Seats.rate', type: 'decimal' });
        element.value = '12500.5';
        await flushPromises();
        const input = mustQuery<HTMLElement & { value: string }>(element, '[data-field]');
        expect(input.value).toBe('12,500.5');
        const sent: unknown[] = [];
        element.addEventListener('fieldchange', (e) => sent.push((e as CustomEvent).detail.value));
        change(input, { value: '1,000.00' });
        change(input, { value: '1,00' });
        expect(sent).toEqual(['1000.00', '1,00']);
    });
});
