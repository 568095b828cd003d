import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import { isWizardPage, listPage, pageAfterWizard, wizardStateOf } from 'c/raNavigation';
import type { PageReference, WizardState } from 'c/raNavigation';
import { LABELS } from './labels';

/**
 * The wizard at its own address (`lightning__UrlAddressable`): what it opens on is the page
 * state (`c__mode` create, edit or clone, and `c__recordId`), so Back, a reload and a shared link
 * open the same draft. When the user is done the page it came for takes the wizard's place in
 * the history: the record saved or edited, else the list.
 */
export default class ResaleAuthorizationWizardPage extends NavigationMixin(LightningElement) {
    /** What the page state asks for; undefined until the page reference arrives. */
    state: WizardState | null | undefined;

    readonly labels = LABELS;

    /**
     * The page state. The page the user goes to next may reach this component before it leaves
     * the page: that page's reference is not the wizard's, and changes nothing.
     */
    @wire(CurrentPageReference)
    wiredPage(page: PageReference | undefined): void {
        if (isWizardPage(page)) {
            this.state = wizardStateOf(page);
        }
    }

    /**
     * The wizard, keyed by what it opens: another mode or record in the same page makes a new
     * wizard, never one that keeps the previous draft's terms.
     */
    get wizards(): { key: string; mode: string; recordId: string | null }[] {
        const state = this.state;
        return state ? [{ key: `${state.mode}:${state.recordId ?? ''}`, ...state }] : [];
    }

    get badAddress(): boolean {
        return this.state === null;
    }

    handleSaved(event: CustomEvent<{ recordId: string }>): void {
        this.leave(pageAfterWizard(this.state ?? null, event.detail.recordId));
    }

    handleClose(): void {
        this.leave(pageAfterWizard(this.state ?? null));
    }

    handleBack(): void {
        this.leave(listPage());
    }

    private leave(page: PageReference): void {
        this[NavigationMixin.Navigate](page, true);
    }
}
