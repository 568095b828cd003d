import { LABELS } from './labels';
import type { ChangeAction } from 'c/raDomain';

const {
    publishLabel,
    updateDraftLabel,
    restrictLabel,
    pendingLabel,
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

/** A change's status: waiting for AWS (PENDING), then its change set's. */
const STATUS_LABELS: Record<string, string> = {
    PENDING: pendingLabel,
    PREPARING: preparingLabel,
    APPLYING: applyingLabel,
    SUCCEEDED: succeededLabel,
    FAILED: failedLabel,
    CANCELLED: cancelledLabel,
};

/** A change's status in the user's words (Waiting for AWS, Succeeded, ...); unknown ones as they are. */
export function changeStatusLabel(status: string): string {
    return STATUS_LABELS[status] ?? status;
}
