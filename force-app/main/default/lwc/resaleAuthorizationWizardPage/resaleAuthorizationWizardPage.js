import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import { isWizardPage, listPage, pageAfterWizard, wizardPage, wizardStateOf } from 'c/raNavigation';
import { LABELS } from './labels';
/**
 * The wizard at its own address (`lightning__UrlAddressable`): what it opens on is the page
 * state (`c__mode` create, edit or clone, and `c__recordId`), so Back, a reload and a shared link
 * open the same draft; a clone with `c__renew=1` is a renewal. Once a new wizard (or a clone) saved its draft and stays open (a legal
 * document's upload, a publish AWS refused), the address becomes that draft's edit in place, so
 * that a reload or Back opens it rather than a second one; the wizard open goes on. When the
 * user is done the page it came for takes the wizard's place in the history: the record saved
 * or edited, else the list.
 */
export default class ResaleAuthorizationWizardPage extends NavigationMixin(LightningElement) {
    /** What the page state asks for; undefined until the page reference arrives. */
    state;
    /** The wizard shown, as it was opened (its key changes only when another one opens). */
    opened = null;
    /** The draft the open wizard saved, whose address the page now has. */
    savedByWizard = null;
    labels = LABELS;
    /**
     * The page state. The page the user goes to next may reach this component before it leaves
     * the page: that page's reference is not the wizard's, and changes nothing.
     */
    @wire(CurrentPageReference)
    wiredPage(page) {
        if (!isWizardPage(page)) {
            return;
        }
        const state = wizardStateOf(page);
        this.state = state;
        if (state?.mode === 'edit' &&
            this.opened !== null &&
            state.recordId === this.savedByWizard) {
            // The address of the draft the open wizard saved: the same wizard goes on.
            return;
        }
        this.savedByWizard = null;
        this.opened = state
            ? { key: `${state.mode}:${state.recordId ?? ''}:${state.renew === true}`, ...state }
            : null;
    }
    /**
     * The wizard, keyed by what it opens: another mode or record in the same page makes a new
     * wizard, never one that keeps the previous draft's terms.
     */
    get wizards() {
        return this.opened ? [{ ...this.opened, renew: this.opened.renew === true }] : [];
    }
    get badAddress() {
        return this.state === null;
    }
    /** The open wizard saved a new draft: the address names it from now on (in place). */
    handleDraftCreated(event) {
        const recordId = event.detail.recordId;
        if (!this.opened || this.opened.mode === 'edit') {
            return;
        }
        this.savedByWizard = recordId;
        this[NavigationMixin.Navigate](wizardPage('edit', recordId), true);
    }
    handleSaved(event) {
        this.leave(pageAfterWizard(this.opened, event.detail.recordId));
    }
    /** Closed: where it was opened from (a draft saved only for an upload is gone by then). */
    handleClose() {
        this.leave(pageAfterWizard(this.opened));
    }
    handleBack() {
        this.leave(listPage());
    }
    leave(page) {
        this[NavigationMixin.Navigate](page, true);
    }
}
