/**
 * `ChangeSetStatusSync.cls` in TypeScript: describes the change sets of records claimed by one
 * claim id, then stores what AWS answered. Callouts come first and writes after, in one
 * transaction; the claim (a committed write of an earlier transaction) is what keeps two
 * callers from describing one change set within the 30-second window, not a lock.
 */
import { DescribeChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import type {
    ChangeSummary,
    DescribeChangeSetCommandOutput,
} from '@aws-sdk/client-marketplace-catalog';
import { CATALOG } from '../../../lwc-src/raDomain/changeSet';
import { catalogFailureOf, errorDetailsJson, isRetryable } from './CatalogApiException';
import type { CatalogFailure } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { isFinalChangeSetStatus, resolveDisplayStatus } from './ResaleAuthorizationMapper';
import type { MessageFormatter } from './UserMessages';
import type { Transaction } from './platform';
import type { StoredRecord } from './store';

/** At most one DescribeChangeSet per resale authorization in this many seconds. */
export const REFRESH_INTERVAL_SECONDS = 30;
/** How long a claim lets its holder describe the change set. */
export const CLAIM_SECONDS = 60;
/** Records one run describes: the callouts of one transaction stay bounded. */
export const MAX_RECORDS_PER_SYNC = 10;
const ENTITY_TYPE_PREFIX = 'ResaleAuthorization';

function iso(ms: number): string {
    return new Date(ms).toISOString();
}

export function isInFlight(record: StoredRecord): boolean {
    return record.changeSetId !== null && !isFinalChangeSetStatus(record.changeSetStatus);
}

export function refreshWindowOver(record: StoredRecord, now: number): boolean {
    return record.nextRefreshAllowedAt === null || Date.parse(record.nextRefreshAllowedAt) <= now;
}

export function claimLive(record: StoredRecord, now: number): boolean {
    return record.statusClaimedUntil !== null && Date.parse(record.statusClaimedUntil) > now;
}

/** Whether a claim may be taken on the record now (by a user's refresh or the job). */
export function claimable(record: StoredRecord, now: number): boolean {
    return isInFlight(record) && refreshWindowOver(record, now) && !claimLive(record, now);
}

/**
 * Takes the claim: its holder may describe until `now + CLAIM_SECONDS`. The window is pushed
 * past the claim and a full interval more, so even a holder that dies after its callout leaves
 * 30 seconds before the next; a holder that writes its answer sets the window from its callout.
 */
export function withClaim(record: StoredRecord, claimId: string, now: number): StoredRecord {
    return {
        ...record,
        statusClaimId: claimId,
        statusClaimedUntil: iso(now + CLAIM_SECONDS * 1000),
        nextRefreshAllowedAt: iso(now + (CLAIM_SECONDS + REFRESH_INTERVAL_SECONDS) * 1000),
        statusSyncStopped: false,
    };
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

type Answer = { description: DescribeChangeSetCommandOutput } | { failure: CatalogFailure };

export class ChangeSetStatusSync {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    /**
     * Describes each record still claimed by `claimId` (callouts first), then stores the
     * answers and releases the claims.
     * @returns how many records were described
     */
    async sync(transaction: Transaction, claimId: string): Promise<number> {
        const now = transaction.now();
        const claimed = transaction.store
            .allRecords()
            .filter((record) => record.statusClaimId === claimId && claimLive(record, now))
            .slice(0, MAX_RECORDS_PER_SYNC);
        const answers = new Map<string, Answer>();
        for (const record of claimed) {
            try {
                const description = await transaction.callout(() =>
                    this.deps.catalog.send(
                        new DescribeChangeSetCommand({
                            Catalog: CATALOG,
                            ChangeSetId: record.changeSetId ?? '',
                        }),
                    ),
                );
                answers.set(record.id, { description });
            } catch (error) {
                answers.set(record.id, { failure: catalogFailureOf(error) });
            }
        }
        for (const record of claimed) {
            const answer = answers.get(record.id);
            const current = await transaction.lockForUpdate(record.id);
            if (answer && current) {
                this.store(transaction, current, answer, claimId, now);
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
    ): void {
        const released: StoredRecord = {
            ...record,
            lastRefreshedAt: iso(now),
            nextRefreshAllowedAt: iso(now + REFRESH_INTERVAL_SECONDS * 1000),
            ...(record.statusClaimId === claimId
                ? { statusClaimId: null, statusClaimedUntil: null }
                : {}),
        };
        if ('failure' in answer) {
            transaction.updateRecord({
                ...released,
                errorDetails: errorDetailsJson(answer.failure, this.format),
                // AWS will not describe it however often we ask: stop until a user retries.
                statusSyncStopped: !isRetryable(answer.failure),
            });
            return;
        }
        const { description } = answer;
        const status = description.Status ?? record.changeSetStatus;
        const changes = description.ChangeSet ?? [];
        const entityId = record.entityId ?? createdEntityId(changes);
        const entityStatus =
            status === 'SUCCEEDED'
                ? entityStatusAfter(changes, record.entityStatus)
                : record.entityStatus;
        const errorDetails = status === 'FAILED' ? failureDetails(description, changes) : null;
        const next: StoredRecord = {
            ...released,
            entityId,
            entityStatus,
            changeSetStatus: status,
            displayStatus: resolveDisplayStatus(entityStatus, status),
            errorDetails,
            statusSyncStopped: false,
            lastModifiedAt: iso(now),
        };
        transaction.updateRecord(next);
        const change = transaction
            .changesOf(record.id)
            .find((row) => row.changeSetId !== null && row.changeSetId === record.changeSetId);
        if (change) {
            transaction.upsertChange({
                ...change,
                status: status ?? change.status,
                errorDetails,
                finishedAt:
                    isFinalChangeSetStatus(status) && change.finishedAt === null
                        ? (description.EndTime ?? iso(now))
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
