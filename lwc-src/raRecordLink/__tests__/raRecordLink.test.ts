import { createElement } from 'lwc';
import RaRecordLink from 'c/raRecordLink';
import { recordPage } from 'c/raNavigation';
import { cleanDocument, flushPromises, mustQuery } from '../../test/dom';
import { navigations, resetNavigations } from '../../test/jest-mocks/lightning/navigation';

const RECORD_ID = 'a01000000000001AAA';

async function render(recordId = RECORD_ID) {
    const element = createElement('c-ra-record-link', { is: RaRecordLink }) as HTMLElement & {
        recordId: string;
        label: string;
    };
    element.recordId = recordId;
    element.label = 'Partner deal';
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function anchor(element: HTMLElement): HTMLAnchorElement {
    return mustQuery<HTMLAnchorElement>(element, 'a');
}

afterEach(() => {
    cleanDocument();
    resetNavigations();
});

describe('c-ra-record-link', () => {
    it('is a link to the record page with its real address', async () => {
        const element = await render();
        expect(anchor(element).textContent).toBe('Partner deal');
        expect(anchor(element).getAttribute('href')).toBe(
            `/lightning/r/Resale_Authorization__c/${RECORD_ID}/view`,
        );
        await expect(element).toBeAccessible();
    });

    it('follows a plain click in place', async () => {
        const element = await render();
        const click = new MouseEvent('click', { button: 0, bubbles: true, cancelable: true });
        anchor(element).dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(navigations()).toEqual([{ page: recordPage(RECORD_ID), replace: false }]);
    });

    it('leaves a middle click or Ctrl+click to the browser (a new tab)', async () => {
        const element = await render();
        for (const init of [
            { button: 1 },
            { button: 0, ctrlKey: true },
            { button: 0, metaKey: true },
        ]) {
            const click = new MouseEvent('click', { ...init, bubbles: true, cancelable: true });
            anchor(element).dispatchEvent(click);
            expect(click.defaultPrevented).toBe(false);
        }
        expect(navigations()).toEqual([]);
    });

    it('links to the new record when the row changes', async () => {
        const element = await render();
        element.recordId = 'a01000000000002AAA';
        await flushPromises();
        expect(anchor(element).getAttribute('href')).toBe(
            '/lightning/r/Resale_Authorization__c/a01000000000002AAA/view',
        );
    });
});
