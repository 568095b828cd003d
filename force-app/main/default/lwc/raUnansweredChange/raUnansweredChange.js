import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { allows, isNeverSent, unansweredChange } from 'c/raDomain';
import { changeActionLabel, confirmDiscard, discardUnsentChange, formatLabel, reduceErrors, resendUnansweredChange, } from 'c/raUi';
import { LABELS } from './labels';
const { messageLabel, sendAgainLabel, sentLabel, notSentMessageLabel, sendLabel, discardLabel, discardedLabel, } = LABELS;
/**
 * A change of the record that AWS has not answered. Never sent (the page was left between
 * preparing and sending): says nothing was made on AWS and offers Send or Discard. Sent and
 * not answered (the answer was lost): says it may or may not have been made and offers Send
 * again, which sends the same frozen request. Fires `sent` or `discarded` with the record as it
 * then stands.
 */
export default class RaUnansweredChange extends LightningElement {
    @api
    detail = null;
    busy = false;
    errorMessage = '';
    get labels() {
        return { discard: discardLabel };
    }
    /** The change to send or discard, when the record allows either (nothing else is with AWS). */
    get change() {
        const detail = this.detail;
        return detail && (allows(detail, 'sendAgain') || allows(detail, 'discard'))
            ? unansweredChange(detail)
            : null;
    }
    get canSend() {
        return this.detail !== null && allows(this.detail, 'sendAgain');
    }
    get neverSent() {
        return this.change !== null && isNeverSent(this.change);
    }
    /** A change never sent may be discarded: AWS cannot have it. */
    get canDiscard() {
        return this.detail !== null && allows(this.detail, 'discard');
    }
    get sendLabel() {
        return this.neverSent ? sendLabel : sendAgainLabel;
    }
    get message() {
        const action = this.change?.action;
        if (!action) {
            return '';
        }
        return formatLabel(this.neverSent ? notSentMessageLabel : messageLabel, changeActionLabel(action));
    }
    async handleSend() {
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
    async handleDiscard() {
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
    async run(work) {
        if (this.busy) {
            return;
        }
        this.busy = true;
        this.errorMessage = '';
        try {
            await work();
        }
        catch (error) {
            this.errorMessage = reduceErrors(error).join(' ');
        }
        finally {
            this.busy = false;
        }
    }
    toast(title) {
        this.dispatchEvent(new ShowToastEvent({ title, message: '', variant: 'success' }));
    }
}
