import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState, PickedAccount } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/**
 * The resale authorization's name and description, and the reseller it authorizes (picked from
 * an Account, or typed), and the Opportunity it is for. A pick bubbles to the wizard as
 * `resellerpick` (the Account, or null when cleared) and `opportunitychange` `{ recordId }`.
 */
export default class RaDetailsSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;

    /** The Account the reseller was picked from, for its picker. */
    get resellerAccountRecordId(): string | null {
        return this.form.resellerAccountRecordId || null;
    }

    get opportunityRecordId(): string | null {
        return this.form.opportunityRecordId || null;
    }

    handleResellerPick(event: CustomEvent<PickedAccount | null>): void {
        event.stopPropagation();
        this.tell('resellerpick', event.detail);
    }

    handleOpportunityChange(event: CustomEvent<{ recordId?: string | null }>): void {
        event.stopPropagation();
        this.tell('opportunitychange', { recordId: event.detail.recordId ?? null });
    }

    private tell(name: string, detail: unknown): void {
        this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
}
