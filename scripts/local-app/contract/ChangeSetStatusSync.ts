/**
 * `ChangeSetStatusSync.cls` in TypeScript: describes the change sets of records claimed by one
 * claim id, then stores what AWS answered. Callouts come first and writes after, in one
 * transaction; the claim (a committed write of an earlier transaction) is what keeps two
 * callers from describing one change set within the 30-second window, not a lock. `applyAnswer`
 * is the one place an answer is stored, a DescribeChangeSet answer or the one AWS's change set
 * event stands for (`ChangeSetEvents`); `answerOutcome` keeps late and repeated answers from
 * changing anything, and `nextAutoRefreshAt` is the rhythm of the automatic refresh.
 */
import type {
    ChangeSummary,
    DescribeChangeSetCommandOutput,
    DescribeEntityCommandOutput,
} from '@aws-sdk/client-marketplace-catalog';
import { CatalogApiClient } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { DescribedEntities } from './DescribedEntities';
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601, isUnsetOrPast } from './Iso8601';
import type { StatusEventPayload } from '../../../lwc-src/raDomain/apexContract';
import type { Transaction } from './platform';
import { isInFlight, ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import type { StoredChange, StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** At most one DescribeChangeSet per resale authorization in this many seconds. */
export const REFRESH_INTERVAL_SECONDS = 30;
/** How long a claim lets its holder describe the change set. */
export const CLAIM_SECONDS = 60;
/** Records one run describes: the callouts of one transaction stay bounded. */
export const MAX_RECORDS_PER_SYNC = 10;
/**
 * While AWS's change set events arrive, the automatic refresh (the status job, an open status
 * component) reads a change set in flight at most this often: the event brings its end.
 */
export const EVENTS_FALLBACK_SECONDS = 300;
/** AWS's events count as arriving when one brought a change's status in this many days. */
export const EVENTS_RECENT_DAYS = 7;
const ENTITY_TYPE_PREFIX = 'ResaleAuthorization';
const DAY_MS = 86_400_000;

/** What an answer about a change set may do to its record (`answerOutcome`). */
export type AnswerOutcome = 'APPLY' | 'DUPLICATE' | 'STALE';

/** What storing an answer writes: the record, its change row, and the status event to publish. */
export interface StoredAnswer {
    record: StoredRecord;
    change: StoredChange | null;
    event: StatusEventPayload | null;
}

/** The entity of a change set that succeeded, or null when it did not (or made none). */
function succeededEntityId(record: StoredRecord, answer: Answer | undefined): string | null {
    if (!answer || !('description' in answer) || answer.description.Status !== 'SUCCEEDED') {
        return null;
    }
    return record.entityId ?? createdEntityId(answer.description.ChangeSet ?? []);
}

function createdEntityId(changes: ChangeSummary[]): string | null {
    for (const change of changes) {
        const type = change.Entity?.Type ?? '';
        const identifier = change.Entity?.Identifier;
        if (type.startsWith(ENTITY_TYPE_PREFIX) && identifier && !identifier.startsWith('$')) {
            return identifier.split('@')[0] ?? identifier;
        }
    }
    return null;
}

function entityStatusAfter(changes: ChangeSummary[], previous: string | null): string {
    const types = new Set(changes.map((change) => change.ChangeType));
    if (types.has('RestrictResaleAuthorization')) {
        return 'Restricted';
    }
    if (types.has('ReleaseResaleAuthorization')) {
        return 'Active';
    }
    return previous ?? 'Draft';
}

function failureDetails(
    description: DescribeChangeSetCommandOutput,
    changes: ChangeSummary[],
): string {
    const errors = changes.flatMap((change) =>
        (change.ErrorDetailList ?? []).map((detail) => ({
            ...detail,
            ...(change.ChangeName ? { ChangeName: change.ChangeName } : {}),
        })),
    );
    return JSON.stringify(
        errors.length > 0
            ? errors
            : [
                  {
                      ErrorCode: description.FailureCode,
                      ErrorMessage: description.FailureDescription,
                  },
              ],
    );
}

type Answer = { description: DescribeChangeSetCommandOutput } | { failure: CatalogApiException };

/** The status of a change set after an answer, and its record's entity status and display. */
function answeredRecord(
    record: StoredRecord,
    base: StoredRecord,
    description: DescribeChangeSetCommandOutput,
    describedEntity: DescribeEntityCommandOutput | null,
    now: number,
): { next: StoredRecord; status: string | null; errorDetails: string | null } {
    const status = description.Status ?? record.changeSetStatus;
    const changes = description.ChangeSet ?? [];
    const entityId = record.entityId ?? createdEntityId(changes);
    const errorDetails = status === 'FAILED' ? failureDetails(description, changes) : null;
    const answered: StoredRecord = {
        ...base,
        entityId,
        changeSetStatus: status,
        errorDetails,
        statusSyncStopped: false,
        lastModifiedAt: Iso8601.format(now),
    };
    if (status === 'SUCCEEDED' && describedEntity && entityId) {
        // A change set of ours succeeded: the entity's status and terms as AWS has them.
        return {
            next: DescribedEntities.apply(answered, status, entityId, describedEntity, now),
            status,
            errorDetails,
        };
    }
    const entityStatus =
        status === 'SUCCEEDED'
            ? entityStatusAfter(changes, record.entityStatus)
            : record.entityStatus;
    return {
        next: {
            ...answered,
            entityStatus,
            displayStatus: DisplayStatuses.resolveRecord(
                { ...answered, entityStatus },
                DisplayStatuses.todayUtc(now),
            ),
        },
        status,
        errorDetails,
    };
}

export class ChangeSetStatusSync {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
    }

    /**
     * What an answer about a change set (a DescribeChangeSet answer, or AWS's change set event)
     * may do to the record that sent it (contract vectors `changeSetEvents`): a final status is
     * final, and an answer about an older change set never overwrites a newer one.
     */
    static answerOutcome(
        record: Pick<StoredRecord, 'changeSetId' | 'changeSetStatus'>,
        changeSetId: string | null,
    ): AnswerOutcome {
        if (record.changeSetId !== changeSetId) {
            return 'STALE';
        }
        return DisplayStatuses.isFinal(record.changeSetStatus) ? 'DUPLICATE' : 'APPLY';
    }

    /**
     * When the automatic refresh may next read a change set in flight, the one rule of its rhythm
     * (contract vectors `autoRefresh`): null, the 30-second window alone, unless AWS's change set
     * events arrive (one brought a status in the last EVENTS_RECENT_DAYS), then
     * EVENTS_FALLBACK_SECONDS from now. A user's Refresh status keeps the 30-second window.
     */
    static nextAutoRefreshAt(now: number, lastEventAt: string | null): string | null {
        const eventsArrive =
            lastEventAt !== null && Date.parse(lastEventAt) > now - EVENTS_RECENT_DAYS * DAY_MS;
        return eventsArrive ? Iso8601.format(now + EVENTS_FALLBACK_SECONDS * 1000) : null;
    }

    /** `nextAutoRefreshAt`, with when an event last brought a change's status. */
    static nextAutoRefreshFromNow(transaction: Transaction, now: number): string | null {
        return ChangeSetStatusSync.nextAutoRefreshAt(
            now,
            new ResaleAuthorizationChangeSelector(transaction).latestEventReceivedSince(
                now - EVENTS_RECENT_DAYS * DAY_MS,
            ),
        );
    }

    /** The resale authorization a change set's changes name (a create's, once it succeeded). */
    static createdEntityId(changes: ChangeSummary[]): string | null {
        return createdEntityId(changes);
    }

    /**
     * Stores what AWS answered about the record's change set, the one place a DescribeChangeSet
     * answer (the status sync) and a change set event (`ChangeSetEvents`) are stored: the status,
     * the entity id after a create, the entity's status and terms after a success (else the
     * status its changes give), the AWS errors after a failure, the change row's status and end.
     * @param record the record as it is now
     * @param base the record with what the caller writes besides (refresh times, claim)
     */
    static applyAnswer(
        record: StoredRecord,
        base: StoredRecord,
        changeRow: StoredChange | null,
        description: DescribeChangeSetCommandOutput,
        describedEntity: DescribeEntityCommandOutput | null,
        now: number,
    ): StoredAnswer {
        const { next, status, errorDetails } = answeredRecord(
            record,
            base,
            description,
            describedEntity,
            now,
        );
        const change = changeRow && {
            ...changeRow,
            status: status ?? changeRow.status,
            errorDetails,
            finishedAt:
                DisplayStatuses.isFinal(status) && changeRow.finishedAt === null
                    ? (description.EndTime ?? Iso8601.format(now))
                    : changeRow.finishedAt,
        };
        const changed =
            next.displayStatus !== record.displayStatus ||
            next.changeSetStatus !== record.changeSetStatus;
        return {
            record: next,
            change,
            event: changed
                ? {
                      Record_Id__c: record.id,
                      Display_Status__c: next.displayStatus,
                      Change_Set_Status__c: next.changeSetStatus,
                  }
                : null,
        };
    }

    /** Whether a claim may be taken on the record now (by a user's refresh or the job). */
    static isClaimable(record: StoredRecord, now: number): boolean {
        return (
            isInFlight(record) &&
            isUnsetOrPast(record.nextRefreshAllowedAt, now) &&
            isUnsetOrPast(record.statusClaimedUntil, now)
        );
    }

    /**
     * Takes the claim on each record still claimable, under its lock: its holder may describe
     * until `now + CLAIM_SECONDS`. The window is pushed past the claim and a full interval more,
     * so even a holder that dies after its callout leaves 30 seconds before the next; a holder
     * that writes its answer sets the window from its callout.
     * @returns the ids of the records claimed
     */
    async claim(
        transaction: Transaction,
        recordIds: Iterable<string>,
        claimId: string,
        now: number,
    ): Promise<Set<string>> {
        const claimed = new Set<string>();
        const selector = new ResaleAuthorizationSelector(transaction, this.format);
        for (const record of await selector.lockByIds(recordIds)) {
            if (ChangeSetStatusSync.isClaimable(record, now)) {
                claimed.add(record.id);
                transaction.updateRecord({
                    ...record,
                    statusClaimId: claimId,
                    statusClaimedUntil: Iso8601.format(now + CLAIM_SECONDS * 1000),
                    nextRefreshAllowedAt: Iso8601.format(
                        now + (CLAIM_SECONDS + REFRESH_INTERVAL_SECONDS) * 1000,
                    ),
                    statusSyncStopped: false,
                });
            }
        }
        return claimed;
    }

    /**
     * Describes each record still claimed by `claimId` (callouts first), then stores the
     * answers and releases the claims.
     * @returns how many records were described
     */
    async sync(transaction: Transaction, claimId: string): Promise<number> {
        const now = transaction.now();
        const selector = new ResaleAuthorizationSelector(transaction, this.format);
        const claimed = selector.selectClaimed(claimId, now, MAX_RECORDS_PER_SYNC);
        const answers = new Map<string, Answer>();
        for (const record of claimed) {
            try {
                const description = await transaction.callout(() =>
                    this.client
                        .forAccount(record.sellerAccount)
                        .describeChangeSet(record.changeSetId ?? ''),
                );
                answers.set(record.id, { description });
            } catch (error) {
                answers.set(record.id, { failure: CatalogApiException.of(error) });
            }
        }
        // After a change set succeeded, the entity's status and terms as AWS has them.
        const describedEntities = new Map<string, DescribeEntityCommandOutput>();
        for (const record of claimed) {
            const entityId = succeededEntityId(record, answers.get(record.id));
            if (entityId) {
                try {
                    describedEntities.set(
                        record.id,
                        await transaction.callout(() =>
                            this.client.forAccount(record.sellerAccount).describeEntity(entityId),
                        ),
                    );
                } catch (error) {
                    // The changes of the change set still tell what the status became.
                    if (!(error instanceof CatalogApiException)) {
                        throw error;
                    }
                }
            }
        }
        const changeRows = new ResaleAuthorizationChangeSelector(transaction).selectByChangeSetIds(
            answers.keys(),
            new Set(claimed.map((record) => record.changeSetId ?? '')),
        );
        const described = new Map(claimed.map((record) => [record.id, record.changeSetId]));
        const nextAutoRefreshAt = ChangeSetStatusSync.nextAutoRefreshFromNow(transaction, now);
        for (const current of await selector.lockByIds(answers.keys())) {
            const answer = answers.get(current.id);
            if (answer) {
                this.store(transaction, current, answer, claimId, now, {
                    changeRows,
                    describedEntity: describedEntities.get(current.id) ?? null,
                    describedChangeSetId: described.get(current.id) ?? null,
                    nextAutoRefreshAt,
                });
            }
        }
        return claimed.length;
    }

    private store(
        transaction: Transaction,
        record: StoredRecord,
        answer: Answer,
        claimId: string,
        now: number,
        described: {
            changeRows: Map<string, StoredChange>;
            describedEntity: DescribeEntityCommandOutput | null;
            describedChangeSetId: string | null;
            nextAutoRefreshAt: string | null;
        },
    ): void {
        const { changeRows, describedEntity } = described;
        const released: StoredRecord = {
            ...record,
            lastRefreshedAt: Iso8601.format(now),
            nextRefreshAllowedAt: Iso8601.format(now + REFRESH_INTERVAL_SECONDS * 1000),
            nextAutoRefreshAt: described.nextAutoRefreshAt,
            ...(record.statusClaimId === claimId
                ? { statusClaimId: null, statusClaimedUntil: null }
                : {}),
        };
        if (ChangeSetStatusSync.answerOutcome(record, described.describedChangeSetId) !== 'APPLY') {
            // AWS's event stored the end of that change set meanwhile, or a newer one began.
            transaction.updateRecord({ ...released, nextAutoRefreshAt: record.nextAutoRefreshAt });
            return;
        }
        if ('failure' in answer) {
            transaction.updateRecord({
                ...released,
                errorDetails: answer.failure.errorDetailsJson(this.format),
                // AWS will not describe it however often we ask: stop until a user retries.
                statusSyncStopped: !answer.failure.isRetryable(),
            });
            return;
        }
        const changeRow = record.changeSetId ? changeRows.get(record.changeSetId) : undefined;
        const stored = ChangeSetStatusSync.applyAnswer(
            record,
            released,
            changeRow ?? null,
            answer.description,
            describedEntity,
            now,
        );
        writeAnswer(transaction, this.deps, stored);
    }
}

/** Writes a stored answer: the record, its change row, and the status event after commit. */
export function writeAnswer(
    transaction: Transaction,
    deps: ContractDeps,
    stored: StoredAnswer,
): void {
    transaction.updateRecord(stored.record);
    if (stored.change) {
        transaction.upsertChange(stored.change);
    }
    const { event } = stored;
    if (event) {
        transaction.onCommit(() => deps.events.publish(event));
    }
}
