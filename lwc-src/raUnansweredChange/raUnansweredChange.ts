import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { isNeverSent, unansweredChange } from 'c/raDomain';
import type { ChangeHistoryEntry, ResaleAuthorizationDetail } from 'c/raDomain';
import {
    changeActionLabel,
    confirmDiscard,
    discardUnsentChange,
    formatLabel,
    reduceErrors,
    resendUnansweredChange,
} from 'c/raUi';
import messageLabel from '@salesforce/label/c.RA_Unanswered_Message';
import sendAgainLabel from '@salesforce/label/c.RA_Unanswered_SendAgain';
import sentLabel from '@salesforce/label/c.RA_Unanswered_Sent';
import notSentMessageLabel from '@salesforce/label/c.RA_NotSent_Message';
import sendLabel from '@salesforce/label/c.RA_NotSent_Send';
import discardLabel from '@salesforce/label/c.RA_NotSent_Discard';
import discardedLabel from '@salesforce/label/c.RA_NotSent_Discarded';

/**
 * A change of the record that AWS has not answered. Never sent (the page was left between
 * preparing and sending): says nothing was made on AWS and offers Send or Discard. Sent and
 * not answered (the answer was lost): says it may or may not have been made and offers Send
 * again, which sends the same frozen request. Fires `sent` or `discarded` with the record as it
 * then stands.
 */
export default class RaUnansweredChange extends LightningElement {
    @api detail: ResaleAuthorizationDetail | null = null;

    busy = false;
    errorMessage = '';

    get labels(): Record<string, string> {
        return { discard: discardLabel };
    }

    get change(): ChangeHistoryEntry | null {
        return unansweredChange(this.detail);
    }

    get neverSent(): boolean {
        return this.change !== null && isNeverSent(this.change);
    }

    get sendLabel(): string {
        return this.neverSent ? sendLabel : sendAgainLabel;
    }

    get message(): string {
        const action = this.change?.action;
        if (!action) {
            return '';
        }
        return formatLabel(
            this.neverSent ? notSentMessageLabel : messageLabel,
            changeActionLabel(action),
        );
    }

    async handleSend(): Promise<void> {
        const change = this.change;
        const detail = this.detail;
        if (!change || !detail) {
            return;
        }
        await this.run(async () => {
            const sent = await resendUnansweredChange(detail.recordId, change.action);
            this.toast(sentLabel);
            this.dispatchEvent(new CustomEvent('sent', { detail: sent }));
        });
    }

    async handleDiscard(): Promise<void> {
        const change = this.change;
        const detail = this.detail;
        if (!change || !detail || !(await confirmDiscard(changeActionLabel(change.action)))) {
            return;
        }
        await this.run(async () => {
            const discarded = await discardUnsentChange(detail.recordId, change.clientRequestToken);
            this.toast(discardedLabel);
            this.dispatchEvent(new CustomEvent('discarded', { detail: discarded }));
        });
    }

    private async run(work: () => Promise<void>): Promise<void> {
        if (this.busy) {
            return;
        }
        this.busy = true;
        this.errorMessage = '';
        try {
            await work();
        } catch (error) {
            this.errorMessage = reduceErrors(error).join(' ');
        } finally {
            this.busy = false;
        }
    }

    private toast(title: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, message: '', variant: 'success' }));
    }
}
