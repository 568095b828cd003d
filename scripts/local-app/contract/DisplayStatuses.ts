/**
 * `DisplayStatuses.cls` in TypeScript: the one status a user sees on a resale authorization.
 * The rule itself is the domain's (lwc-src/raDomain/status.ts), shared with the components.
 */
import {
    ENTITY_NOT_FOUND,
    FINAL_CHANGE_SET_STATUSES,
    isFinalChangeSetStatus,
    LOCAL_DRAFT,
    resolveDisplayStatus,
} from '../../../lwc-src/raDomain/status';
import { Iso8601 } from './Iso8601';
import type { StoredRecord } from './store';

/** The facts of a record its display status is made of. */
export type StatusFacts = Pick<
    StoredRecord,
    'entityStatus' | 'changeSetStatus' | 'expiryDate' | 'offerUsed' | 'entityNotFound'
>;

export class DisplayStatuses {
    static readonly LOCAL_DRAFT = LOCAL_DRAFT;
    static readonly ENTITY_NOT_FOUND = ENTITY_NOT_FOUND;
    static readonly PENDING = 'PENDING';
    static readonly PREPARING = 'PREPARING';
    static readonly SUCCEEDED = 'SUCCEEDED';
    static readonly FAILED = 'FAILED';
    /** A change row prepared, never sent, and discarded by the user. */
    static readonly DISCARDED = 'DISCARDED';
    static readonly FINAL_CHANGE_SET_STATUSES: ReadonlySet<string> = new Set(
        FINAL_CHANGE_SET_STATUSES,
    );
    static readonly PUBLISHED_ENTITY_STATUSES: ReadonlySet<string> = new Set([
        'Active',
        'Restricted',
    ]);

    static resolve(entityStatus: string | null, changeSetStatus: string | null): string {
        return resolveDisplayStatus({ entityStatus, changeSetStatus });
    }

    /** The status of a record's facts on a day (`YYYY-MM-DD`, UTC). */
    static resolveRecord(record: StatusFacts, today: string): string {
        return resolveDisplayStatus({ ...record, today });
    }

    /** Today in UTC, the date AWS compares availability end dates with. */
    static todayUtc(now: number): string {
        return Iso8601.format(now).slice(0, 10);
    }

    static isFinal(changeSetStatus: string | null): boolean {
        return isFinalChangeSetStatus(changeSetStatus);
    }

    /** Whether a record's latest change set is with AWS (sent, acknowledged, not final yet). */
    static isInFlight(record: {
        changeSetId: string | null;
        changeSetStatus: string | null;
    }): boolean {
        return record.changeSetId !== null && !DisplayStatuses.isFinal(record.changeSetStatus);
    }
}
