/**
 * `RecordActions.cls` in TypeScript: which actions a resale authorization allows, each from the
 * server's own guard (the prepare and the discard of ChangeSetService, the delete of
 * ResaleAuthorizationService). The components decide the same with the domain's
 * `allowedActions`; the contract vectors' `recordActions` cases hold the three to the same
 * answers.
 */
import { RECORD_ACTIONS } from '../../../lwc-src/raDomain/recordActions';
import { ChangeSetService } from './ChangeSetService';
import { DisplayStatuses } from './DisplayStatuses';
import { ResaleAuthorizationService } from './ResaleAuthorizationService';
import type { StoredChange, StoredRecord } from './store';

type ActionRecord = Pick<
    StoredRecord,
    'entityId' | 'entityStatus' | 'changeSetId' | 'changeSetStatus'
>;
/** A change row as far as the actions depend on it (its action as stored, any text). */
type ActionChange = Pick<StoredChange, 'status' | 'changeSetId' | 'sentAt' | 'sendClaimedUntil'> & {
    action: string;
};

export class RecordActions {
    /** Every action, in the order the screens offer them (the domain's, which names them). */
    static readonly ALL = RECORD_ACTIONS;

    static allowed(record: ActionRecord, changes: readonly ActionChange[]): string[] {
        const unansweredChange =
            changes.find(
                (change) =>
                    change.status === DisplayStatuses.PENDING && !change.changeSetId?.trim(),
            ) ?? null;
        const unanswered = unansweredChange?.action ?? null;
        const published = DisplayStatuses.PUBLISHED_ENTITY_STATUSES.has(record.entityStatus ?? '');
        const withAws = DisplayStatuses.isInFlight(record);
        const allowed = new Set<string>(['clone']);
        // saveDraft refuses released terms, and other terms while a change set is with AWS.
        if (!published && !withAws) {
            allowed.add('edit');
        }
        if (ChangeSetService.prepareRefusal(record, 'PUBLISH', unanswered) === null) {
            allowed.add('publish');
        }
        if (
            record.entityStatus === 'Active' &&
            ChangeSetService.prepareRefusal(record, 'RESTRICT', unanswered) === null
        ) {
            allowed.add('deactivate');
        }
        if (record.changeSetId?.trim()) {
            allowed.add('refresh');
        }
        // As ResaleAuthorizationChangeSelector counts them: all but discarded changes.
        const knownToAws = changes.filter(
            (change) => change.status !== DisplayStatuses.DISCARDED,
        ).length;
        if (ResaleAuthorizationService.deleteRefusal(record, knownToAws) === null) {
            allowed.add('delete');
        }
        if (
            unanswered !== null &&
            ChangeSetService.prepareRefusal(record, unanswered, unanswered) === null
        ) {
            allowed.add('sendAgain');
        }
        if (unansweredChange && ChangeSetService.discardRefusal(unansweredChange) === null) {
            allowed.add('discard');
        }
        return RecordActions.ALL.filter((action) => allowed.has(action));
    }
}
