/**
 * Reading change set status from AWS and storing it (ChangeSetStatusSync.cls), at most once
 * per resale authorization every 30 seconds whoever asks: the window is checked and moved
 * under the record's lock, before the DescribeChangeSet call. The background loop is
 * StatusSyncJob: it follows change sets in flight until they reach a final state.
 */
import { DescribeChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import type {
    ChangeSummary,
    DescribeChangeSetCommandOutput,
    MarketplaceCatalogClient,
} from '@aws-sdk/client-marketplace-catalog';
import { CATALOG } from '../../../lwc-src/raDomain/changeSet';
import { catalogFailureOf, errorDetailsJson } from './catalogErrors';
import type { KeyedMutex } from './keyedMutex';
import type { MessageFormatter } from './messages';
import { isFinalChangeSetStatus, isInFlight, resolveDisplayStatus } from './records';
import type { StatusEvents } from './statusEvents';
import type { LocalStore, StoredRecord } from './store';

export const REFRESH_INTERVAL_MS = 30_000;
/** Records the background loop refreshes per pass, as the queueable job bounds its callouts. */
export const MAX_RECORDS_PER_SYNC = 10;

export interface StatusSyncDeps {
    store: LocalStore;
    catalog: MarketplaceCatalogClient;
    events: StatusEvents;
    locks: KeyedMutex;
    clock: () => number;
}

function iso(ms: number): string {
    return new Date(ms).toISOString();
}

export function refreshWindowOver(record: StoredRecord, now: number): boolean {
    return record.nextRefreshAllowedAt === null || Date.parse(record.nextRefreshAllowedAt) <= now;
}

function createdEntityId(changes: ChangeSummary[]): string | null {
    for (const change of changes) {
        const type = change.Entity?.Type ?? '';
        const identifier = change.Entity?.Identifier;
        if (type.startsWith('ResaleAuthorization') && identifier && !identifier.startsWith('$')) {
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

/**
 * Describes the record's change set and stores the answer. The caller holds the record's lock
 * and has checked that the window is over.
 */
export async function syncRecord(
    deps: StatusSyncDeps,
    record: StoredRecord,
    format: MessageFormatter,
): Promise<void> {
    const now = deps.clock();
    // The window moves before the call: a concurrent caller waiting on the lock sees it closed.
    const updated: StoredRecord = {
        ...record,
        lastRefreshedAt: iso(now),
        nextRefreshAllowedAt: iso(now + REFRESH_INTERVAL_MS),
    };
    let description: DescribeChangeSetCommandOutput;
    try {
        description = await deps.catalog.send(
            new DescribeChangeSetCommand({
                Catalog: CATALOG,
                ChangeSetId: record.changeSetId ?? '',
            }),
        );
    } catch (error) {
        deps.store.putRecord({
            ...updated,
            errorDetails: errorDetailsJson(catalogFailureOf(error), format),
        });
        deps.store.save();
        return;
    }
    const status = description.Status ?? record.changeSetStatus;
    const changes = description.ChangeSet ?? [];
    const entityId = record.entityId ?? createdEntityId(changes);
    const entityStatus =
        status === 'SUCCEEDED'
            ? entityStatusAfter(changes, record.entityStatus)
            : record.entityStatus;
    const errorDetails = status === 'FAILED' ? failureDetails(description, changes) : null;
    const next: StoredRecord = {
        ...updated,
        entityId,
        entityStatus,
        changeSetStatus: status,
        displayStatus: resolveDisplayStatus(entityStatus, status),
        errorDetails,
        lastModifiedAt: iso(now),
    };
    const change = record.changeSetId
        ? deps.store.changeByChangeSetId(record.id, record.changeSetId)
        : undefined;
    if (change) {
        change.status = status ?? change.status;
        change.errorDetails = errorDetails;
        if (isFinalChangeSetStatus(status) && change.finishedAt === null) {
            change.finishedAt = description.EndTime ?? iso(now);
        }
    }
    deps.store.putRecord(next);
    deps.store.save();
    if (
        next.displayStatus !== record.displayStatus ||
        next.changeSetStatus !== record.changeSetStatus
    ) {
        deps.events.publish({
            Record_Id__c: record.id,
            Display_Status__c: next.displayStatus,
            Change_Set_Status__c: next.changeSetStatus,
        });
    }
}

/** The background loop: every `intervalMs`, the records in flight whose window is over. */
export function startStatusSync(
    deps: StatusSyncDeps,
    format: MessageFormatter,
    options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): { stop(): Promise<void>; runOnce(): Promise<number> } {
    let running: Promise<number> | null = null;
    let stopped = false;

    async function pass(): Promise<number> {
        const due = deps.store
            .allRecords()
            .filter((record) => isInFlight(record) && refreshWindowOver(record, deps.clock()))
            .slice(0, MAX_RECORDS_PER_SYNC);
        let synced = 0;
        for (const candidate of due) {
            await deps.locks.run(candidate.id, async () => {
                // Checked again under the lock: someone may have refreshed it meanwhile.
                const record = deps.store.record(candidate.id);
                if (record && isInFlight(record) && refreshWindowOver(record, deps.clock())) {
                    await syncRecord(deps, record, format);
                    synced += 1;
                }
            });
        }
        return synced;
    }

    function runOnce(): Promise<number> {
        running ??= pass().finally(() => {
            running = null;
        });
        return running;
    }

    const timer = setInterval(() => {
        if (!stopped) {
            runOnce().catch((error: unknown) => options.onError?.(error));
        }
    }, options.intervalMs ?? 2000);
    timer.unref();
    return {
        runOnce,
        async stop() {
            stopped = true;
            clearInterval(timer);
            await running?.catch(() => undefined);
        },
    };
}
