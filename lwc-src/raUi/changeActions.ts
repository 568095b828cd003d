import { LABELS } from './labels';
import type { ChangeAction } from 'c/raDomain';

const { publishLabel, updateDraftLabel, restrictLabel } = LABELS;

const ACTION_LABELS: Record<ChangeAction, string> = {
    PUBLISH: publishLabel,
    UPDATE_DRAFT: updateDraftLabel,
    RESTRICT: restrictLabel,
};

/** A change's action in the user's words (Publish, Deactivation, ...); unknown ones as they are. */
export function changeActionLabel(action: string): string {
    return ACTION_LABELS[action as ChangeAction] ?? action;
}
