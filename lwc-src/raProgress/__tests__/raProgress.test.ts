import { createElement } from 'lwc';
import RaProgress from 'c/raProgress';
import { cleanDocument, flushPromises, queryAll } from '../../test/dom';

const STEPS = [
    { id: 'details', label: 'Details', complete: true },
    { id: 'pricing', label: 'Pricing', complete: false },
    { id: 'review', label: 'Review', complete: false },
];

async function render(current = 'pricing') {
    const element = createElement('c-ra-progress', { is: RaProgress }) as unknown as HTMLElement &
        Record<string, unknown>;
    Object.assign(element, { steps: STEPS, current, label: 'Steps' });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function buttons(element: HTMLElement): HTMLButtonElement[] {
    return queryAll<HTMLButtonElement>(element, 'button');
}

function press(element: HTMLElement, key: string): void {
    buttons(element)[0]?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

afterEach(cleanDocument);

describe('c-ra-progress', () => {
    it('names every step with its state, and marks the current one', async () => {
        const element = await render();
        expect(buttons(element).map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
            'Details, c.RA_Progress_Complete',
            'Pricing, c.RA_Progress_Incomplete',
            'Review, c.RA_Progress_Incomplete',
        ]);
        expect(buttons(element).map((b) => b.getAttribute('aria-current'))).toEqual([
            null,
            'step',
            null,
        ]);
        await expect(element).toBeAccessible();
    });

    it('is one Tab stop, the current step, and the arrow keys move between steps', async () => {
        const element = await render();
        expect(buttons(element).map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
        press(element, 'ArrowRight');
        await flushPromises();
        expect(buttons(element).map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
        expect(element.shadowRoot?.activeElement).toBe(buttons(element)[2]);
        press(element, 'ArrowRight');
        await flushPromises();
        expect(buttons(element).map((b) => b.tabIndex)).toEqual([0, -1, -1]);
        press(element, 'End');
        await flushPromises();
        expect(buttons(element).map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
        press(element, 'Home');
        press(element, 'ArrowLeft');
        await flushPromises();
        expect(buttons(element).map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    });

    it('opens the step chosen', async () => {
        const element = await render();
        const chosen: unknown[] = [];
        element.addEventListener('stepselect', (e) => chosen.push((e as CustomEvent).detail));
        buttons(element)[0]?.click();
        expect(chosen).toEqual([{ step: 'details' }]);
    });
});
