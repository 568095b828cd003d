import { isNeverSent, mayBeKnownToAws } from './changesUnderWay';
import { isFinalChangeSetStatus } from './status';

/** What a user may do with a resale authorization, in the order the screens offer them. */
export const RECORD_ACTIONS = [
    'edit',
    'publish',
    'clone',
    'deactivate',
    'refresh',
    'delete',
    'sendAgain',
    'discard',
] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

/** A change row of the record, as far as its actions depend on it. */
export interface ActionableChange {
    action: string;
    status: string;
    changeSetId: string | null;
    /** When a send first asked AWS; null while the change was never sent. */
    sentAt: string | null;
}

/** What says which actions a resale authorization allows. */
export interface ActionableRecord {
    entityId: string | null;
    entityStatus: string | null;
    changeSetId: string | null;
    changeSetStatus: string | null;
    /** Its change rows, when known: the record view has them, a list row does not. */
    history?: readonly ActionableChange[];
}

const PUBLISHED_ENTITY_STATUSES: readonly string[] = ['Active', 'Restricted'];

function isBlank(value: string | null | undefined): boolean {
    return !value || value.trim() === '';
}

/** Active or Restricted on AWS: its terms are AWS's, a clone changes them. */
export function isReleasedOnAws(record: Pick<ActionableRecord, 'entityStatus'>): boolean {
    return PUBLISHED_ENTITY_STATUSES.includes(record.entityStatus ?? '');
}

/** The change AWS has not answered: prepared, PENDING, with no change set id. */
function unansweredChangeOf(record: ActionableRecord): ActionableChange | null {
    return (
        (record.history ?? []).find(
            (entry) => entry.status === 'PENDING' && isBlank(entry.changeSetId),
        ) ?? null
    );
}

/**
 * Which actions a resale authorization allows, for the list, the record view, its status and the
 * wizard alike; the server enforces the same rules (`RecordActions.allowed` in Apex and in the
 * local twin, compared by the contract vectors' `recordActions` cases):
 * - **edit** (open the draft in the wizard) and **publish**: not Active or Restricted on AWS, and
 *   no change set with AWS (PREPARING, APPLYING); publish also not while another action's change
 *   has no answer;
 * - **deactivate**: Active on AWS, no change set with AWS, no other action's change unanswered;
 * - **clone**: always;
 * - **delete**: a draft AWS never heard of: no entity, no change set, no change row but one
 *   discarded before it was sent (a change row of any other status may have reached AWS). A list
 *   row carries no change rows: a draft whose publish was prepared and not answered is offered
 *   Delete there, and refused by the server;
 * - **refresh** (the status from AWS): a change set was sent;
 * - **sendAgain** (Send, for a change never sent): a change AWS has not answered, and nothing
 *   else with AWS;
 * - **discard**: a change prepared and never sent (no send ever claimed it, so AWS cannot have
 *   it); the server decides under the record's lock (`discardRefusal`).
 */
export function allowedActions(record: ActionableRecord): RecordAction[] {
    const published = isReleasedOnAws(record);
    const withAws = !isBlank(record.changeSetId) && !isFinalChangeSetStatus(record.changeSetStatus);
    const unansweredChange = unansweredChangeOf(record);
    const unanswered = unansweredChange ? unansweredChange.action : null;
    // What the server's prepare accepts for an action (prepareRefusal in Apex).
    const mayPrepare = (action: string): boolean =>
        (action === 'RESTRICT' ? !isBlank(record.entityId) : !published) &&
        !withAws &&
        (unanswered === null || unanswered === action);
    const allowed: Record<RecordAction, boolean> = {
        edit: !published && !withAws,
        publish: mayPrepare('PUBLISH'),
        clone: true,
        deactivate: record.entityStatus === 'Active' && mayPrepare('RESTRICT'),
        refresh: !isBlank(record.changeSetId),
        delete:
            isBlank(record.entityId) &&
            isBlank(record.entityStatus) &&
            isBlank(record.changeSetId) &&
            isBlank(record.changeSetStatus) &&
            (record.history ?? []).filter(mayBeKnownToAws).length === 0,
        sendAgain: unanswered !== null && mayPrepare(unanswered),
        discard: unansweredChange !== null && isNeverSent(unansweredChange),
    };
    return RECORD_ACTIONS.filter((action) => allowed[action]);
}

/** Whether a record allows an action (see `allowedActions`). */
export function allows(record: ActionableRecord, action: RecordAction): boolean {
    return allowedActions(record).includes(action);
}
