import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { allows, unansweredChange } from 'c/raDomain';
import type { ChangeHistoryEntry, ResaleAuthorizationDetail } from 'c/raDomain';
import { changeActionLabel, formatLabel, reduceErrors, resendUnansweredChange } from 'c/raUi';
import { LABELS } from './labels';

const { messageLabel, sendAgainLabel, sentLabel } = LABELS;

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

    /** The change to send again, when the record allows it (nothing else is with AWS). */
    get change(): ChangeHistoryEntry | null {
        return this.detail && allows(this.detail, 'sendAgain')
            ? unansweredChange(this.detail)
            : null;
    }

    get message(): string {
        const action = this.change?.action;
        return action ? formatLabel(messageLabel, changeActionLabel(action)) : '';
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
