/**
 * `ResaleAuthorizationSelector.cls` in TypeScript: every read of resale authorization records,
 * through the transaction (its own writes first; `lock*` take the record locks as `FOR UPDATE`).
 */
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601, isUnsetOrPast } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';
import { SellerAccounts } from './SellerAccounts';

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

    /** The records of these AWS entities. */
    selectByEntityIds(entityIds: Iterable<string>): StoredRecord[] {
        const wanted = new Set(entityIds);
        return this.transaction.store
            .allRecords()
            .filter((record) => record.entityId !== null && wanted.has(record.entityId));
    }

    /**
     * Records of these products not linked to an entity yet, with a change under way (in flight,
     * or prepared and not answered): that change may have created an entity AWS lists.
     */
    selectAwaitingEntity(productIds: Iterable<string>): StoredRecord[] {
        const wanted = new Set(productIds);
        const unlinked = this.transaction.store
            .allRecords()
            .filter((record) => record.entityId === null && wanted.has(record.productId));
        const unanswered = new ResaleAuthorizationChangeSelector(
            this.transaction,
        ).selectUnansweredRecordIds(unlinked.map((record) => record.id));
        return unlinked.filter((record) => isInFlight(record) || unanswered.has(record.id));
    }

    /**
     * Records of a seller account, of an entity AWS still has, that were not read from AWS since
     * `syncedBefore`, in id order after `afterId`: what the sync reads again in case AWS changed
     * it unseen (or lost it).
     */
    selectForReview(
        sellerAccount: string | null | undefined,
        syncedBefore: number,
        afterId: string | null,
        maxRecords: number,
    ): StoredRecord[] {
        const ofAccount = SellerAccounts.recordsOf(
            new Set([SellerAccounts.accountOf(sellerAccount)]),
        );
        return this.inIdOrderAfter(afterId, maxRecords, (record) => {
            const synced = Iso8601.parseDateTime(record.lastSyncedAt);
            return (
                ofAccount(record) &&
                record.entityId !== null &&
                !record.entityNotFound &&
                (synced === null || synced < syncedBefore)
            );
        });
    }

    /**
     * Records of a seller account shown Active whose availability ended before `today`, in id
     * order after `afterId`.
     */
    selectActiveEndedBefore(
        sellerAccount: string | null | undefined,
        today: string,
        afterId: string | null,
        maxRecords: number,
    ): StoredRecord[] {
        const ofAccount = SellerAccounts.recordsOf(
            new Set([SellerAccounts.accountOf(sellerAccount)]),
        );
        return this.inIdOrderAfter(
            afterId,
            maxRecords,
            (record) =>
                ofAccount(record) &&
                record.displayStatus === 'Active' &&
                record.expiryDate !== null &&
                record.expiryDate < today,
        );
    }

    private inIdOrderAfter(
        afterId: string | null,
        maxRecords: number,
        keep: (record: StoredRecord) => boolean,
    ): StoredRecord[] {
        return this.transaction.store
            .allRecords()
            .filter((record) => (afterId === null || record.id > afterId) && keep(record))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .slice(0, maxRecords);
    }
}
