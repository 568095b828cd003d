import {
    LIST_PLACE_KEY,
    isPlainClick,
    isWizardPage,
    listPage,
    pageAfterWizard,
    parseListPlace,
    readListPlace,
    recordPage,
    saveListPlace,
    wizardPage,
    wizardStateOf,
    radarPage,
    renewalPage,
} from 'c/raNavigation';
import type { ListPlace } from 'c/raNavigation';

const RECORD_ID = 'a01000000000001AAA';

const PLACE: ListPlace = {
    searchTerm: 'acme',
    statusFilter: 'Active',
    productFilter: 'prod-saas-analytics',
    sellerAccountFilter: 'Europe',
    sortedBy: 'name',
    sortedDirection: 'asc',
    rowCount: 100,
    scrollTop: 1500,
};

afterEach(() => {
    window.sessionStorage.clear();
});

describe('page references', () => {
    it('names the tab, the record page and the wizard as Lightning does', () => {
        expect(listPage()).toEqual({
            type: 'standard__navItemPage',
            attributes: { apiName: 'Resale_Authorizations' },
        });
        expect(recordPage(RECORD_ID)).toEqual({
            type: 'standard__recordPage',
            attributes: {
                recordId: RECORD_ID,
                objectApiName: 'Resale_Authorization__c',
                actionName: 'view',
            },
        });
        expect(wizardPage('edit', RECORD_ID)).toEqual({
            type: 'standard__component',
            attributes: { componentName: 'c__resaleAuthorizationWizardPage' },
            state: { c__mode: 'edit', c__recordId: RECORD_ID },
        });
        // A new one has no record in its address, whatever it is given.
        expect(wizardPage('create', RECORD_ID).state).toEqual({ c__mode: 'create' });
    });

    it('reads the wizard state back from its page reference', () => {
        for (const mode of ['edit', 'clone'] as const) {
            expect(wizardStateOf(wizardPage(mode, RECORD_ID))).toEqual({
                mode,
                recordId: RECORD_ID,
            });
        }
        expect(wizardStateOf(wizardPage('create'))).toEqual({ mode: 'create', recordId: null });
        // The bare address of the wizard opens a new resale authorization.
        expect(
            wizardStateOf({ type: 'standard__component', attributes: {}, state: undefined }),
        ).toEqual({ mode: 'create', recordId: null });
    });

    it('renews from the expiry radar’s tab: a clone whose address says it renews', () => {
        expect(radarPage()).toEqual({
            type: 'standard__navItemPage',
            attributes: { apiName: 'Expiring_Resale_Authorizations' },
        });
        expect(renewalPage(RECORD_ID)).toEqual({
            type: 'standard__component',
            attributes: { componentName: 'c__resaleAuthorizationWizardPage' },
            state: { c__mode: 'clone', c__recordId: RECORD_ID, c__renew: '1' },
        });
        expect(wizardStateOf(renewalPage(RECORD_ID))).toEqual({
            mode: 'clone',
            recordId: RECORD_ID,
            renew: true,
        });
        // Only a clone renews.
        const edit = wizardPage('edit', RECORD_ID);
        expect(wizardStateOf({ ...edit, state: { ...edit.state, c__renew: '1' } })).toEqual({
            mode: 'edit',
            recordId: RECORD_ID,
        });
    });

    it('refuses a wizard address it cannot open', () => {
        const page = (state: Record<string, string>) => ({ ...wizardPage('create'), state });
        expect(wizardStateOf(page({ c__mode: 'edit' }))).toBeNull();
        expect(wizardStateOf(page({ c__mode: 'clone', c__recordId: 'not an id' }))).toBeNull();
        expect(wizardStateOf(page({ c__mode: 'delete', c__recordId: RECORD_ID }))).toBeNull();
        expect(wizardStateOf(page({ c__mode: 'edit', c__recordId: 'a01000000000001' }))).toEqual({
            mode: 'edit',
            recordId: 'a01000000000001',
        });
    });

    it('tells the wizard page from any other page', () => {
        expect(isWizardPage(wizardPage('clone', RECORD_ID))).toBe(true);
        expect(isWizardPage(listPage())).toBe(false);
        expect(isWizardPage(recordPage(RECORD_ID))).toBe(false);
        expect(isWizardPage(undefined)).toBe(false);
    });

    it('leaves the wizard for the record saved, the record it opened, else the list', () => {
        const other = 'a01000000000002AAA';
        expect(pageAfterWizard({ mode: 'create', recordId: null }, other)).toEqual(
            recordPage(other),
        );
        expect(pageAfterWizard({ mode: 'edit', recordId: RECORD_ID })).toEqual(
            recordPage(RECORD_ID),
        );
        expect(pageAfterWizard({ mode: 'create', recordId: null })).toEqual(listPage());
        expect(pageAfterWizard(null)).toEqual(listPage());
    });

    it('follows a plain click in place and leaves the others to the browser', () => {
        const click = (init: MouseEventInit) => new MouseEvent('click', init);
        expect(isPlainClick(click({ button: 0 }))).toBe(true);
        expect(isPlainClick(click({ button: 1 }))).toBe(false);
        expect(isPlainClick(click({ button: 0, ctrlKey: true }))).toBe(false);
        expect(isPlainClick(click({ button: 0, metaKey: true }))).toBe(false);
        expect(isPlainClick(click({ button: 0, shiftKey: true }))).toBe(false);
    });
});

describe('the list place', () => {
    it('is kept in the session storage and read back', () => {
        expect(readListPlace()).toBeNull();
        saveListPlace(PLACE);
        expect(JSON.parse(window.sessionStorage.getItem(LIST_PLACE_KEY) ?? '')).toEqual(PLACE);
        expect(readListPlace()).toEqual(PLACE);
    });

    it('is nothing when what is stored is not a place', () => {
        expect(parseListPlace(null)).toBeNull();
        expect(parseListPlace('not json')).toBeNull();
        expect(parseListPlace('[]')).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, sortedBy: 'Name; DROP' }))).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, sortedDirection: 'up' }))).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, rowCount: -1 }))).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, scrollTop: 'far' }))).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, searchTerm: null }))).toBeNull();
        expect(parseListPlace(JSON.stringify({ ...PLACE, rowCount: 99.5 }))?.rowCount).toBe(99);
    });

    it('is lost, not an error, where the browser refuses the storage', () => {
        const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new Error('QuotaExceededError');
        });
        const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
            throw new Error('SecurityError');
        });
        try {
            expect(() => saveListPlace(PLACE)).not.toThrow();
            expect(readListPlace()).toBeNull();
        } finally {
            setItem.mockRestore();
            getItem.mockRestore();
        }
    });
});
