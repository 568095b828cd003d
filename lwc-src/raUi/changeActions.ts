import publishLabel from '@salesforce/label/c.RA_History_Publish';
import updateDraftLabel from '@salesforce/label/c.RA_History_UpdateDraft';
import restrictLabel from '@salesforce/label/c.RA_History_Restrict';
import pendingLabel from '@salesforce/label/c.RA_History_Pending';
import notSentLabel from '@salesforce/label/c.RA_History_NotSent';
import discardedLabel from '@salesforce/label/c.RA_History_Discarded';
import { isNeverSent } from 'c/raDomain';
import type { ChangeAction, ChangeHistoryEntry } from 'c/raDomain';

const ACTION_LABELS: Record<ChangeAction, string> = {
    PUBLISH: publishLabel,
    UPDATE_DRAFT: updateDraftLabel,
    RESTRICT: restrictLabel,
};

/** A change's action in the user's words (Publish, Deactivation, ...); unknown ones as they are. */
export function changeActionLabel(action: string): string {
    return ACTION_LABELS[action as ChangeAction] ?? action;
}

/**
 * A change's status in the user's words: a change never sent, one waiting for AWS's answer, one
 * discarded; a change set status as AWS names it otherwise.
 */
export function changeStatusLabel(
    entry: Pick<ChangeHistoryEntry, 'status' | 'changeSetId' | 'sentAt'>,
): string {
    if (entry.status === 'DISCARDED') {
        return discardedLabel;
    }
    if (entry.status === 'PENDING') {
        return isNeverSent(entry) ? notSentLabel : pendingLabel;
    }
    return entry.status;
}
