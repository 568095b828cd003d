import publishLabel from '@salesforce/label/c.RA_History_Publish';
import updateDraftLabel from '@salesforce/label/c.RA_History_UpdateDraft';
import restrictLabel from '@salesforce/label/c.RA_History_Restrict';
import type { ChangeAction } from 'c/raDomain';

const ACTION_LABELS: Record<ChangeAction, string> = {
    PUBLISH: publishLabel,
    UPDATE_DRAFT: updateDraftLabel,
    RESTRICT: restrictLabel,
};

/** A change's action in the user's words (Publish, Deactivation, ...); unknown ones as they are. */
export function changeActionLabel(action: string): string {
    return ACTION_LABELS[action as ChangeAction] ?? action;
}
