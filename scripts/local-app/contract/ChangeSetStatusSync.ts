/**
 * `ChangeSetStatusSync.cls` in TypeScript: describes the change sets of records claimed by one
 * claim id, then stores what AWS answered. Callouts come first and writes after, in one
 * transaction; the claim (a committed write of an earlier transaction) is what keeps two
 * callers from describing one change set within the 30-second window, not a lock.
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
const ENTITY_TYPE_PREFIX = 'ResaleAuthorization';

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

export class ChangeSetStatusSync {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
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
        for (const current of await selector.lockByIds(answers.keys())) {
            const answer = answers.get(current.id);
            if (answer) {
                this.store(transaction, current, answer, claimId, now, {
                    changeRows,
                    describedEntity: describedEntities.get(current.id) ?? null,
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
        },
    ): void {
        const { changeRows, describedEntity } = described;
        const released: StoredRecord = {
            ...record,
            lastRefreshedAt: Iso8601.format(now),
            nextRefreshAllowedAt: Iso8601.format(now + REFRESH_INTERVAL_SECONDS * 1000),
            ...(record.statusClaimId === claimId
                ? { statusClaimId: null, statusClaimedUntil: null }
                : {}),
        };
        if ('failure' in answer) {
            transaction.updateRecord({
                ...released,
                errorDetails: answer.failure.errorDetailsJson(this.format),
                // AWS will not describe it however often we ask: stop until a user retries.
                statusSyncStopped: !answer.failure.isRetryable(),
            });
            return;
        }
        const { description } = answer;
        const status = description.Status ?? record.changeSetStatus;
        const changes = description.ChangeSet ?? [];
        const entityId = record.entityId ?? createdEntityId(changes);
        const errorDetails = status === 'FAILED' ? failureDetails(description, changes) : null;
        const answered: StoredRecord = {
            ...released,
            entityId,
            changeSetStatus: status,
            errorDetails,
            statusSyncStopped: false,
            lastModifiedAt: Iso8601.format(now),
        };
        let next: StoredRecord;
        if (status === 'SUCCEEDED' && describedEntity && entityId) {
            // A change set of ours succeeded: the entity's status and terms as AWS has them.
            next = DescribedEntities.apply(answered, status, entityId, describedEntity, now);
        } else {
            const entityStatus =
                status === 'SUCCEEDED'
                    ? entityStatusAfter(changes, record.entityStatus)
                    : record.entityStatus;
            next = {
                ...answered,
                entityStatus,
                displayStatus: DisplayStatuses.resolveRecord(
                    { ...answered, entityStatus },
                    DisplayStatuses.todayUtc(now),
                ),
            };
        }
        transaction.updateRecord(next);
        const change = record.changeSetId ? changeRows.get(record.changeSetId) : undefined;
        if (change) {
            transaction.upsertChange({
                ...change,
                status: status ?? change.status,
                errorDetails,
                finishedAt:
                    DisplayStatuses.isFinal(status) && change.finishedAt === null
                        ? (description.EndTime ?? Iso8601.format(now))
                        : change.finishedAt,
            });
        }
        if (
            next.displayStatus !== record.displayStatus ||
            next.changeSetStatus !== record.changeSetStatus
        ) {
            transaction.onCommit(() =>
                this.deps.events.publish({
                    Record_Id__c: record.id,
                    Display_Status__c: next.displayStatus,
                    Change_Set_Status__c: next.changeSetStatus,
                }),
            );
        }
    }
}
