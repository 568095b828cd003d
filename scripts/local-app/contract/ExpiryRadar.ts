/**
 * `ExpiryRadar.cls` in TypeScript: the expiry radar (the resale authorizations shown Active that
 * expire within a window of days, and the one-time ones used up within it) and the rules behind
 * it, which the daily expiry notice shares. The rules are the domain's (`lwc-src/raDomain/expiry.ts`),
 * as the components read them; the contract vectors `expiryRadar` hold the Apex to the same.
 */
import type { ExpiryRadarRow, ExpiryRadarView } from '../../../lwc-src/raDomain/apexContract';
import { addDays } from '../../../lwc-src/raDomain/dates';
import {
    daysLeft,
    daysLeftLabel,
    expiresWithin,
    isExpiring,
    isRecentlyUsed,
    MAX_RADAR_DAYS,
} from '../../../lwc-src/raDomain/expiry';
import type { DaysLeftLabel } from '../../../lwc-src/raDomain/expiry';
import type { ContractDeps } from './contractDeps';
import { ExpiryNoticeJob } from './ExpiryNoticeJob';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { ResaleAuthorizationMapper } from './ResaleAuthorizationMapper';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import type { Accounts } from './SellerAccounts';
import type { StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** The largest window, in days. */
export const MAX_DAYS = MAX_RADAR_DAYS;
/** Rows of each list; more are told, not shown. */
export const MAX_ROWS = 200;

export class ExpiryRadar {
    constructor(
        private readonly deps: Pick<ContractDeps, 'expiryNoticeDays'> & Accounts,
        private readonly format: MessageFormatter,
    ) {}

    /** The radar as of a day (`yyyy-MM-dd`, UTC); null days: the org's expiry notice days. */
    load(transaction: Transaction, requestedDays: number | null, today: string): ExpiryRadarView {
        const days = this.windowDays(requestedDays);
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const expiring = records.selectExpiring(
            today,
            addDays(today, days),
            MAX_ROWS + 1,
            this.deps,
        );
        const used = records.selectUsedSince(
            `${addDays(today, -days)}T00:00:00.000Z`,
            MAX_ROWS + 1,
            this.deps,
        );
        const rows = (selected: StoredRecord[], keep: (record: StoredRecord) => boolean) =>
            selected
                .filter(keep)
                .slice(0, MAX_ROWS)
                .map((record) => ExpiryRadar.toRow(record, today, this.deps));
        return {
            today,
            days,
            noticeDays: ExpiryNoticeJob.noticeDays(this.deps),
            maxRows: MAX_ROWS,
            expiring: rows(expiring, (record) =>
                ExpiryRadar.isExpiring(record.displayStatus, record.expiryDate, today, days),
            ),
            recentlyUsed: rows(used, (record) =>
                ExpiryRadar.isRecentlyUsed(
                    record.displayStatus,
                    record.entityLastModified,
                    today,
                    days,
                ),
            ),
            moreExpiring: expiring.length > MAX_ROWS,
            moreRecentlyUsed: used.length > MAX_ROWS,
        };
    }

    /** The window the radar shows: the days asked for (1 to 365), else the notice days. */
    windowDays(requested: number | null | undefined): number {
        if (requested === null || requested === undefined) {
            return ExpiryNoticeJob.noticeDays(this.deps);
        }
        if (!Number.isInteger(requested) || requested < 1 || requested > MAX_DAYS) {
            throw new ResaleAuthorizationException(
                this.format('RA_Apex_InvalidRadarDays', MAX_DAYS),
            );
        }
        return requested;
    }

    static expiresWithin(expiryDate: string | null, today: string, days: number): boolean {
        return expiresWithin(expiryDate, today, days);
    }

    static isExpiring(
        displayStatus: string | null,
        expiryDate: string | null,
        today: string,
        days: number,
    ): boolean {
        return isExpiring(displayStatus, expiryDate, today, days);
    }

    static isRecentlyUsed(
        displayStatus: string | null,
        usedAt: string | null,
        today: string,
        days: number,
    ): boolean {
        return isRecentlyUsed(displayStatus, usedAt, today, days);
    }

    static daysLeft(expiryDate: string, today: string): number {
        return daysLeft(expiryDate, today);
    }

    static daysLeftLabel(days: number): DaysLeftLabel {
        return daysLeftLabel(days);
    }

    private static toRow(record: StoredRecord, today: string, accounts: Accounts): ExpiryRadarRow {
        return {
            ...ResaleAuthorizationMapper.toRow(record, accounts),
            daysLeft: record.expiryDate === null ? null : daysLeft(record.expiryDate, today),
            lastModifiedOnAws: record.entityLastModified,
        };
    }
}
