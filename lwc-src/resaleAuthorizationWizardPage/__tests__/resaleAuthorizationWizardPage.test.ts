import { createElement } from 'lwc';
import ResaleAuthorizationWizardPage from 'c/resaleAuthorizationWizardPage';
import { listPage, recordPage, renewalPage, wizardPage } from 'c/raNavigation';
import type { PageReference } from 'c/raNavigation';
import { cleanDocument, flushPromises, mustQuery, query, queryAll } from '../../test/dom';
import {
    CurrentPageReference,
    navigations,
    resetNavigations,
} from '../../test/jest-mocks/lightning/navigation';

// The wizard itself has tests of its own: here a stand-in that holds what it was given.
jest.mock('c/resaleAuthorizationWizard', () =>
    jest.requireActual('../../test/jest-mocks/resaleAuthorizationWizard/resaleAuthorizationWizard'),
);

const RECORD_ID = 'a01000000000001AAA';
const pageAdapter = CurrentPageReference as unknown as { emit: (page: PageReference) => void };

type Wizard = HTMLElement & { mode: string; recordId: string | null; renew: boolean };

async function render(page: PageReference) {
    const element = createElement('c-resale-authorization-wizard-page', {
        is: ResaleAuthorizationWizardPage,
    });
    document.body.appendChild(element);
    pageAdapter.emit(page);
    await flushPromises();
    return element;
}

function wizard(element: HTMLElement): Wizard {
    return mustQuery<Wizard>(element, 'c-resale-authorization-wizard');
}

afterEach(() => {
    cleanDocument();
    resetNavigations();
});

describe('c-resale-authorization-wizard-page', () => {
    it('opens the wizard on what its address says', async () => {
        const element = await render(wizardPage('edit', RECORD_ID));
        expect([wizard(element).mode, wizard(element).recordId]).toEqual(['edit', RECORD_ID]);
        cleanDocument();
        const created = await render(wizardPage('create'));
        expect([wizard(created).mode, wizard(created).recordId]).toEqual(['create', null]);
        await expect(created).toBeAccessible();
    });

    it('opens the wizard on a renewal when the address says so, and a new one for a plain clone', async () => {
        const element = await render(renewalPage(RECORD_ID));
        const renewal = wizard(element);
        expect([renewal.mode, renewal.recordId, renewal.renew]).toEqual(['clone', RECORD_ID, true]);
        pageAdapter.emit(wizardPage('clone', RECORD_ID));
        await flushPromises();
        expect(wizard(element)).not.toBe(renewal);
        expect(wizard(element).renew).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('opens a new wizard when the address names another draft', async () => {
        const element = await render(wizardPage('edit', RECORD_ID));
        const first = wizard(element);
        pageAdapter.emit(wizardPage('clone', RECORD_ID));
        await flushPromises();
        expect(wizard(element)).not.toBe(first);
        expect(wizard(element).mode).toBe('clone');
    });

    it('keeps its wizard while the next page arrives', async () => {
        const element = await render(wizardPage('edit', RECORD_ID));
        const first = wizard(element);
        pageAdapter.emit(listPage());
        await flushPromises();
        expect(queryAll(element, 'c-resale-authorization-wizard')).toEqual([first]);
    });

    it('says so when the address does not say what to open, and offers the list', async () => {
        const element = await render({ ...wizardPage('create'), state: { c__mode: 'edit' } });
        expect(query(element, 'c-resale-authorization-wizard')).toBeNull();
        expect(mustQuery(element, '[data-id="bad-address"]').textContent).toContain(
            'c.RA_WizardPage_BadAddress',
        );
        await expect(element).toBeAccessible();
        mustQuery(element, '[data-id="back"]').click();
        expect(navigations()).toEqual([{ page: listPage(), replace: true }]);
    });

    it('names the draft a new wizard saved, in place, and goes on with the same wizard', async () => {
        const element = await render(wizardPage('create'));
        const first = wizard(element);
        // An upload saved the draft: a reload or Back must open it, not make a second one.
        first.dispatchEvent(new CustomEvent('draftcreated', { detail: { recordId: RECORD_ID } }));
        expect(navigations()).toEqual([{ page: wizardPage('edit', RECORD_ID), replace: true }]);
        pageAdapter.emit(wizardPage('edit', RECORD_ID));
        await flushPromises();
        expect(queryAll(element, 'c-resale-authorization-wizard')).toEqual([first]);
        expect([first.mode, first.recordId]).toEqual(['create', null]);
        // Cancelled: the draft saved for the upload is deleted, and the list takes its place.
        first.dispatchEvent(new CustomEvent('close'));
        expect(navigations().at(-1)).toEqual({ page: listPage(), replace: true });
    });

    it('names the draft a clone saved, and goes back to the source when cancelled', async () => {
        const cloneId = 'a01000000000002AAA';
        const element = await render(wizardPage('clone', RECORD_ID));
        const first = wizard(element);
        first.dispatchEvent(new CustomEvent('draftcreated', { detail: { recordId: cloneId } }));
        pageAdapter.emit(wizardPage('edit', cloneId));
        await flushPromises();
        expect(wizard(element)).toBe(first);
        first.dispatchEvent(new CustomEvent('close'));
        expect(navigations()).toEqual([
            { page: wizardPage('edit', cloneId), replace: true },
            { page: recordPage(RECORD_ID), replace: true },
        ]);
        // A reload of that address opens the draft itself.
        cleanDocument();
        const reloaded = await render(wizardPage('edit', cloneId));
        expect([wizard(reloaded).mode, wizard(reloaded).recordId]).toEqual(['edit', cloneId]);
    });

    it('gives its place in the history to the record saved, or to where it came from', async () => {
        const element = await render(wizardPage('create'));
        wizard(element).dispatchEvent(
            new CustomEvent('saved', { detail: { recordId: RECORD_ID } }),
        );
        cleanDocument();
        const edited = await render(wizardPage('edit', RECORD_ID));
        wizard(edited).dispatchEvent(new CustomEvent('close'));
        cleanDocument();
        const cancelled = await render(wizardPage('create'));
        wizard(cancelled).dispatchEvent(new CustomEvent('close'));
        expect(navigations()).toEqual([
            { page: recordPage(RECORD_ID), replace: true },
            { page: recordPage(RECORD_ID), replace: true },
            { page: listPage(), replace: true },
        ]);
    });
});
