/**
 * `DisplayStatuses.cls` in TypeScript: the one status a user sees on a resale authorization.
 * The rule itself is the domain's (lwc-src/raDomain/status.ts), shared with the components.
 */
import {
    FINAL_CHANGE_SET_STATUSES,
    isFinalChangeSetStatus,
    LOCAL_DRAFT,
    resolveDisplayStatus,
} from '../../../lwc-src/raDomain/status';

export class DisplayStatuses {
    static readonly LOCAL_DRAFT = LOCAL_DRAFT;
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
