/**
 * One resale authorization shown by several components of a page (the record page hosts the
 * status and the record view side by side): when one of them changes the record or sees it
 * change, it says so on a Lightning message channel and the others read the record again.
 * A service module (no template).
 */
import RECORD_CHANGED from '@salesforce/messageChannel/Resale_Authorization_Changed__c';
import { publish, subscribe, unsubscribe } from 'lightning/messageService';
import type { MessageContextValue, MessageSubscription } from 'lightning/messageService';

/** What the channel carries (its `lightningMessageFields`). */
export interface RecordChangedMessage {
    recordId: string;
    /** Who said it: a component does not read the record again for its own news. */
    sender: string;
}

let senders = 0;

/** A name for one component instance on the channel. */
export function newSender(): string {
    senders += 1;
    return `sender-${senders}`;
}

export function publishRecordChanged(
    context: MessageContextValue | undefined,
    recordId: string,
    sender: string,
): void {
    const message: RecordChangedMessage = { recordId, sender };
    publish(context, RECORD_CHANGED, { ...message });
}

/** Calls `onChange` when another component says the record `recordId()` changed. */
export function subscribeToRecordChanges(
    context: MessageContextValue | undefined,
    recordId: () => string | null | undefined,
    sender: string,
    onChange: () => void,
): MessageSubscription | null {
    const subscription = subscribe<RecordChangedMessage>(context, RECORD_CHANGED, (message) => {
        if (message?.sender !== sender && message?.recordId && message.recordId === recordId()) {
            onChange();
        }
    });
    return subscription ?? null;
}

export function unsubscribeFromRecordChanges(subscription: MessageSubscription | null): void {
    if (subscription) {
        unsubscribe(subscription);
    }
}
