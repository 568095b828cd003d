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

    it('shows the message of its own field only', async () => {
        const element = await render({ field: 'name' });
        const validity = jest.fn();
        Object.defineProperty(mustQuery(element, '[data-field]'), 'setCustomValidity', {
            value: validity,
        });
        element.errors = { description: 'Too long.' };
        element.errors = { name: 'Enter a name.', description: 'Too long.' };
        expect(validity.mock.calls).toEqual([[''], ['Enter a name.']]);
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
