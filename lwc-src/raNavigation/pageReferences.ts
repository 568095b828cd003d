/**
 * The app's pages as Lightning page references: the Resale Authorizations tab, the Expiring
 * Resale Authorizations tab, a resale authorization's record page and the wizard. Components
 * navigate to them with `NavigationMixin` (`Navigate` to go, `GenerateUrl` for a link's `href`),
 * so the platform owns the URLs: `/lightning/n/Resale_Authorizations`,
 * `/lightning/n/Expiring_Resale_Authorizations`, `/lightning/r/Resale_Authorization__c/<id>/view`
 * and `/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=edit&c__recordId=<id>` (a renewal:
 * `c__mode=clone&c__recordId=<id>&c__renew=1`).
 */

/** A Lightning page reference (lightning/navigation). */
export interface PageReference {
    type: string;
    attributes: Record<string, string>;
    state?: Record<string, string>;
}

/** The object whose records the app manages. */
export const RESALE_AUTHORIZATION_OBJECT = 'Resale_Authorization__c';
/** The custom tab of the list (`tabs/Resale_Authorizations.tab-meta.xml`). */
export const LIST_TAB = 'Resale_Authorizations';
/** The custom tab of the expiry radar (`tabs/Expiring_Resale_Authorizations.tab-meta.xml`). */
export const RADAR_TAB = 'Expiring_Resale_Authorizations';
/** The URL-addressable component that hosts the wizard (`lightning__UrlAddressable`). */
export const WIZARD_COMPONENT = 'c__resaleAuthorizationWizardPage';

export type WizardMode = 'create' | 'edit' | 'clone';

/** What the wizard opens on: a new resale authorization, or the draft to edit or clone. */
export interface WizardState {
    mode: WizardMode;
    recordId: string | null;
    /** A clone that renews its source (`c__renew=1`): set on renewals only. */
    renew?: true;
}

/** A Salesforce record id: 15 or 18 letters and digits. */
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function listPage(): PageReference {
    return { type: 'standard__navItemPage', attributes: { apiName: LIST_TAB } };
}

export function recordPage(
    recordId: string,
    objectApiName: string = RESALE_AUTHORIZATION_OBJECT,
): PageReference {
    return {
        type: 'standard__recordPage',
        attributes: {
            recordId,
            objectApiName,
            actionName: 'view',
        },
    };
}

/** The wizard, its mode and record in the URL (`c__` state) so Back, reload and links work. */
export function wizardPage(mode: WizardMode, recordId: string | null = null): PageReference {
    const state: Record<string, string> = { c__mode: mode };
    if (mode !== 'create' && recordId) {
        state.c__recordId = recordId;
    }
    return { type: 'standard__component', attributes: { componentName: WIZARD_COMPONENT }, state };
}

/** The expiry radar's tab. */
export function radarPage(): PageReference {
    return { type: 'standard__navItemPage', attributes: { apiName: RADAR_TAB } };
}

/** The wizard on a renewal of a resale authorization: a clone for the next period. */
export function renewalPage(recordId: string): PageReference {
    const page = wizardPage('clone', recordId);
    return { ...page, state: { ...page.state, c__renew: '1' } };
}

/** Whether a page reference is the wizard's page (whatever its state). */
export function isWizardPage(page: PageReference | null | undefined): page is PageReference {
    return (
        page?.type === 'standard__component' && page.attributes?.componentName === WIZARD_COMPONENT
    );
}

/**
 * The wizard's state in a page reference; null when the page asks for something the wizard
 * cannot open (an unknown mode, Edit or Clone without a record id, a malformed id).
 */
export function wizardStateOf(page: PageReference | null | undefined): WizardState | null {
    const state = page?.state ?? {};
    const mode = state.c__mode ?? 'create';
    const recordId = state.c__recordId ?? null;
    if (mode === 'create') {
        return { mode, recordId: null };
    }
    if ((mode === 'edit' || mode === 'clone') && recordId !== null && RECORD_ID.test(recordId)) {
        return mode === 'clone' && state.c__renew === '1'
            ? { mode, recordId, renew: true }
            : { mode, recordId };
    }
    return null;
}

/** Where the wizard leaves to: the record it edited or cloned, else the list. */
export function pageAfterWizard(state: WizardState | null, savedRecordId?: string): PageReference {
    if (savedRecordId) {
        return recordPage(savedRecordId);
    }
    return state?.recordId ? recordPage(state.recordId) : listPage();
}

/**
 * Whether a click on a link is a plain one, which the app handles by navigating in place; a
 * middle click, or one with a modifier key, is the browser's (new tab, new window).
 */
export function isPlainClick(event: MouseEvent): boolean {
    return (
        event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
    );
}
