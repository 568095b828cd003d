import { isNeverSent } from 'c/raDomain';
import type { ChangeAction, ChangeHistoryEntry } from 'c/raDomain';
import { LABELS } from './labels';

const {
    publishLabel,
    updateDraftLabel,
    restrictLabel,
    pendingLabel,
    notSentLabel,
    discardedLabel,
    preparingLabel,
    applyingLabel,
    succeededLabel,
    failedLabel,
    cancelledLabel,
} = LABELS;

const ACTION_LABELS: Record<ChangeAction, string> = {
    PUBLISH: publishLabel,
    UPDATE_DRAFT: updateDraftLabel,
    RESTRICT: restrictLabel,
};

/** A change's action in the user's words (Publish, Deactivation, ...); unknown ones as they are. */
export function changeActionLabel(action: string): string {
    return ACTION_LABELS[action as ChangeAction] ?? action;
}

/** The statuses of a change set, in the user's words. */
const STATUS_LABELS: Record<string, string> = {
    PREPARING: preparingLabel,
    APPLYING: applyingLabel,
    SUCCEEDED: succeededLabel,
    FAILED: failedLabel,
    CANCELLED: cancelledLabel,
};

/**
 * A change's status in the user's words: a change never sent (Not sent), one waiting for AWS's
 * answer (Waiting for AWS), one discarded, then its change set's (Succeeded, Failed...); unknown
 * ones as they are.
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
    return STATUS_LABELS[entry.status] ?? entry.status;
}
