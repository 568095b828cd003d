import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
/**
 * The resale authorization's name and description, and the reseller it authorizes (picked from
 * an Account, or typed), and the Opportunity it is for. A pick bubbles to the wizard as
 * `resellerpick` (the Account, or null when cleared) and `opportunitychange` `{ recordId }`.
 */
export default class RaDetailsSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
    /** The Account the reseller was picked from, for its picker. */
    get resellerAccountRecordId() {
        return this.form.resellerAccountRecordId || null;
    }
    get opportunityRecordId() {
        return this.form.opportunityRecordId || null;
    }
    handleResellerPick(event) {
        event.stopPropagation();
        this.tell('resellerpick', event.detail);
    }
    handleOpportunityChange(event) {
        event.stopPropagation();
        this.tell('opportunitychange', { recordId: event.detail.recordId ?? null });
    }
    tell(name, detail) {
        this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
}
