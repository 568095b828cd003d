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
import type { Accounts } from './SellerAccounts';

/** A change set that AWS has not finished: PREPARING or APPLYING. */
export function isInFlight(record: StoredRecord): boolean {
    return DisplayStatuses.isInFlight(record);
}

/** A record with the names of the records its lookups point to, as a relationship query reads them. */
export type RecordWithRelated = StoredRecord & {
    resellerAccountName: string | null;
    opportunityName: string | null;
};

/** Shown Active, with an expiry date between two dates (`yyyy-MM-dd`, both kept). */
function isActiveExpiringBetween(
    record: StoredRecord,
    fromDate: string,
    untilDate: string,
): boolean {
    return (
        record.displayStatus === 'Active' &&
        record.expiryDate !== null &&
        record.expiryDate >= fromDate &&
        record.expiryDate <= untilDate
    );
}

/** Soonest expiry first, then by name. */
function byExpiryThenName(a: StoredRecord, b: StoredRecord): number {
    return (
        (a.expiryDate ?? '').localeCompare(b.expiryDate ?? '') ||
        a.authorizationName.localeCompare(b.authorizationName)
    );
}

export class ResaleAuthorizationSelector {
    constructor(
        private readonly transaction: Transaction,
        private readonly format: MessageFormatter,
    ) {}

    /** The record and its lookups' names (its change rows are read with it by the mapper). */
    selectWithHistory(recordId: string): RecordWithRelated {
        const record = this.found(this.transaction.record(recordId));
        const store = this.transaction.store;
        return {
            ...record,
            resellerAccountName: record.resellerAccount
                ? (store.account(record.resellerAccount)?.name ?? null)
                : null,
            opportunityName: record.opportunity
                ? (store.opportunity(record.opportunity)?.name ?? null)
                : null,
        };
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

    /**
     * In flight, followed, out of their 30-second window, their automatic refresh due (later
     * while AWS's change set events arrive) and unclaimed; least recent first.
     */
    selectDueForStatusSync(now: number, maxRecords: number): StoredRecord[] {
        return this.transaction.store
            .allRecords()
            .filter(
                (record) =>
                    isInFlight(record) &&
                    !record.statusSyncStopped &&
                    isUnsetOrPast(record.nextRefreshAllowedAt, now) &&
                    isUnsetOrPast(record.nextAutoRefreshAt, now) &&
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
     * Shown Active, expiring between two dates (`yyyy-MM-dd`), owner not told of that date yet;
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
                    isActiveExpiringBetween(record, fromDate, untilDate) &&
                    record.expiryNotifiedFor !== record.expiryDate,
            )
            .sort(byExpiryThenName)
            .slice(0, maxRecords);
    }

    /**
     * The expiry radar's: shown Active, expiring between two dates, in the seller accounts the
     * user may use; soonest first.
     */
    selectExpiring(
        fromDate: string,
        untilDate: string,
        maxRecords: number,
        accounts: Accounts,
    ): StoredRecord[] {
        return this.radarRecords(accounts, (record) =>
            isActiveExpiringBetween(record, fromDate, untilDate),
        )
            .sort(byExpiryThenName)
            .slice(0, maxRecords);
    }

    /** The expiry radar's: shown Used, changed on AWS since a time (ISO 8601); latest first. */
    selectUsedSince(since: string, maxRecords: number, accounts: Accounts): StoredRecord[] {
        const from = Date.parse(since);
        const changedAt = (record: StoredRecord): number =>
            Iso8601.parseDateTime(record.entityLastModified) ?? Number.NEGATIVE_INFINITY;
        return this.radarRecords(
            accounts,
            (record) => record.displayStatus === 'Used' && changedAt(record) >= from,
        )
            .sort(
                (a, b) =>
                    changedAt(b) - changedAt(a) ||
                    a.authorizationName.localeCompare(b.authorizationName),
            )
            .slice(0, maxRecords);
    }

    /** A radar list: the records it keeps, in the seller accounts the user may use. */
    private radarRecords(
        accounts: Accounts,
        keep: (record: StoredRecord) => boolean,
    ): StoredRecord[] {
        const ofAccounts = SellerAccounts.recordsOf(SellerAccounts.usableNames(accounts));
        return this.transaction.store
            .allRecords()
            .filter((record) => keep(record) && ofAccounts(record));
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
