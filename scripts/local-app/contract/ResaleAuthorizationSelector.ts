/**
 * `ResaleAuthorizationSelector.cls` in TypeScript: every read of resale authorization records,
 * through the transaction (its own writes first; `lock*` take the record locks as `FOR UPDATE`).
 */
import { DisplayStatuses } from './DisplayStatuses';
import { isUnsetOrPast } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** A change set that AWS has not finished: PREPARING or APPLYING. */
export function isInFlight(record: StoredRecord): boolean {
    return DisplayStatuses.isInFlight(record);
}

export class ResaleAuthorizationSelector {
    constructor(
        private readonly transaction: Transaction,
        private readonly format: MessageFormatter,
    ) {}

    /** The record (its change rows are read with it by the mapper). */
    selectWithHistory(recordId: string): StoredRecord {
        return this.found(this.transaction.record(recordId));
    }

    async lockForUpdate(recordId: string): Promise<StoredRecord> {
        return this.found(await this.transaction.lockForUpdate(recordId));
    }

    async lockByIds(recordIds: Iterable<string>): Promise<StoredRecord[]> {
        const locked: StoredRecord[] = [];
        for (const recordId of recordIds) {
            const record = await this.transaction.lockForUpdate(recordId);
            if (record) {
                locked.push(record);
            }
        }
        return locked;
    }

    /** In flight, followed, out of their 30-second window and unclaimed; least recent first. */
    selectDueForStatusSync(now: number, maxRecords: number): StoredRecord[] {
        return this.transaction.store
            .allRecords()
            .filter(
                (record) =>
                    isInFlight(record) &&
                    !record.statusSyncStopped &&
                    isUnsetOrPast(record.nextRefreshAllowedAt, now) &&
                    isUnsetOrPast(record.statusClaimedUntil, now),
            )
            .sort((a, b) => (a.lastRefreshedAt ?? '').localeCompare(b.lastRefreshedAt ?? ''))
            .slice(0, maxRecords);
    }

    /** The records a claim still holds. */
    selectClaimed(claimId: string, now: number, maxRecords: number): StoredRecord[] {
        return this.transaction.store
            .allRecords()
            .filter(
                (record) =>
                    record.statusClaimId === claimId &&
                    !isUnsetOrPast(record.statusClaimedUntil, now),
            )
            .slice(0, maxRecords);
    }

    /** What a notification names and whom it goes to. */
    selectForNotices(recordIds: Iterable<string>): StoredRecord[] {
        return [...new Set(recordIds)].flatMap((recordId) => {
            const record = this.transaction.record(recordId);
            return record ? [record] : [];
        });
    }

    /**
     * Active on AWS, expiring between two dates (`yyyy-MM-dd`), owner not told of that date yet;
     * soonest first.
     */
    selectExpiringUnnotified(
        fromDate: string,
        untilDate: string,
        maxRecords: number,
    ): StoredRecord[] {
        return this.transaction.store
            .allRecords()
            .filter(
                (record) =>
                    record.entityStatus === 'Active' &&
                    record.expiryDate !== null &&
                    record.expiryDate >= fromDate &&
                    record.expiryDate <= untilDate &&
                    record.expiryNotifiedFor !== record.expiryDate,
            )
            .sort((a, b) => (a.expiryDate ?? '').localeCompare(b.expiryDate ?? ''))
            .slice(0, maxRecords);
    }

    anyInFlight(): boolean {
        return this.transaction.store
            .allRecords()
            .some((record) => isInFlight(record) && !record.statusSyncStopped);
    }

    private found(record: StoredRecord | undefined): StoredRecord {
        if (!record) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_NotFound'));
        }
        return record;
    }
}
