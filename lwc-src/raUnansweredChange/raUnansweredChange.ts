import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { unansweredChange } from 'c/raDomain';
import type { ChangeAction, ChangeHistoryEntry, ResaleAuthorizationDetail } from 'c/raDomain';
import { formatLabel, reduceErrors, resendUnansweredChange } from 'c/raUi';
import messageLabel from '@salesforce/label/c.RA_Unanswered_Message';
import sendAgainLabel from '@salesforce/label/c.RA_Unanswered_SendAgain';
import sentLabel from '@salesforce/label/c.RA_Unanswered_Sent';
import publishLabel from '@salesforce/label/c.RA_History_Publish';
import updateDraftLabel from '@salesforce/label/c.RA_History_UpdateDraft';
import restrictLabel from '@salesforce/label/c.RA_History_Restrict';

const ACTION_LABELS: Record<ChangeAction, string> = {
    PUBLISH: publishLabel,
    UPDATE_DRAFT: updateDraftLabel,
    RESTRICT: restrictLabel,
};

/**
 * A change of the record that AWS has not answered (the page was left during a publish, or the
 * answer was lost): says so and offers to send it again, which sends the same frozen request.
 * Fires `sent` with the record as it then stands.
 */
export default class RaUnansweredChange extends LightningElement {
    @api detail: ResaleAuthorizationDetail | null = null;

    sending = false;
    errorMessage = '';

    get labels(): Record<string, string> {
        return { sendAgain: sendAgainLabel };
    }

    get change(): ChangeHistoryEntry | null {
        return unansweredChange(this.detail);
    }

    get message(): string {
        const action = this.change?.action;
        return action ? formatLabel(messageLabel, ACTION_LABELS[action] ?? action) : '';
    }

    async handleSendAgain(): Promise<void> {
        const change = this.change;
        if (!change || !this.detail || this.sending) {
            return;
        }
        this.sending = true;
        this.errorMessage = '';
        try {
            const detail = await resendUnansweredChange(this.detail.recordId, change.action);
            this.dispatchEvent(
                new ShowToastEvent({ title: sentLabel, message: '', variant: 'success' }),
            );
            this.dispatchEvent(new CustomEvent('sent', { detail }));
        } catch (error) {
            this.errorMessage = reduceErrors(error).join(' ');
        } finally {
            this.sending = false;
        }
    }
}
