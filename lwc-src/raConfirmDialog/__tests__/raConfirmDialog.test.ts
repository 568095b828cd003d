import { createElement } from 'lwc';
import RaConfirmDialog, { CONFIRMED } from 'c/raConfirmDialog';
import { cleanDocument, flushPromises, mustQuery } from '../../test/dom';

type DialogElement = HTMLElement & Record<string, unknown>;

async function render(): Promise<DialogElement> {
    const element = createElement('c-ra-confirm-dialog', {
        is: RaConfirmDialog,
    }) as unknown as DialogElement;
    Object.assign(element, {
        label: 'Delete draft',
        message: 'Delete the draft “Partner deal”?',
        confirmLabel: 'Delete draft',
        cancelLabel: 'Cancel',
        destructive: true,
    });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

/** What the dialog closed with, when a button is clicked. */
function closedWith(element: DialogElement, button: string): unknown[] {
    const results: unknown[] = [];
    element.addEventListener('close', (event) => results.push((event as CustomEvent).detail));
    mustQuery(element, `[data-id="${button}"]`).click();
    return results;
}

afterEach(cleanDocument);

describe('c-ra-confirm-dialog', () => {
    it('asks the question with buttons that name what they do', async () => {
        const element = await render();
        expect(
            mustQuery<HTMLElement & { label: string }>(element, 'lightning-modal-header').label,
        ).toBe('Delete draft');
        expect(mustQuery(element, '[data-id="confirm-message"]').textContent).toBe(
            'Delete the draft “Partner deal”?',
        );
        const action = mustQuery<HTMLElement & { label: string; variant: string }>(
            element,
            '[data-id="confirm-action"]',
        );
        expect([action.label, action.variant]).toEqual(['Delete draft', 'destructive']);
        expect(
            mustQuery<HTMLElement & { label: string }>(element, '[data-id="confirm-cancel"]').label,
        ).toBe('Cancel');
        await expect(element).toBeAccessible();
    });

    it('confirms only with the action button', async () => {
        expect(closedWith(await render(), 'confirm-action')).toEqual([CONFIRMED]);
        cleanDocument();
        expect(closedWith(await render(), 'confirm-cancel')).toEqual(['cancel']);
    });
});
