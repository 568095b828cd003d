/** Display statuses (DisplayStatuses.cls) and the DTOs the components receive (the mapper). */
import type {
    ChangeHistoryEntry,
    ResaleAuthorizationDetail,
    ResaleAuthorizationRow,
} from '../../../lwc-src/raDomain/apexContract';
import type { LocalStore, StoredRecord } from './store';

export const LOCAL_DRAFT = 'LOCAL_DRAFT';
export const PENDING = 'PENDING';
export const PREPARING = 'PREPARING';
export const FAILED = 'FAILED';
export const SUCCEEDED = 'SUCCEEDED';
export const PUBLISHED_ENTITY_STATUSES = new Set(['Active', 'Restricted']);
const FINAL_CHANGE_SET_STATUSES = new Set(['SUCCEEDED', 'CANCELLED', 'FAILED']);

/** The change set while in flight, failed or cancelled, else the entity's status. */
export function resolveDisplayStatus(
    entityStatus: string | null,
    changeSetStatus: string | null,
): string {
    if (changeSetStatus && changeSetStatus !== SUCCEEDED) {
        return changeSetStatus;
    }
    if (entityStatus) {
        return entityStatus;
    }
    return changeSetStatus === SUCCEEDED ? 'Draft' : LOCAL_DRAFT;
}

export function isFinalChangeSetStatus(status: string | null): boolean {
    return status !== null && FINAL_CHANGE_SET_STATUSES.has(status);
}

export function isInFlight(record: StoredRecord): boolean {
    return record.changeSetId !== null && !isFinalChangeSetStatus(record.changeSetStatus);
}

export function toRow(record: StoredRecord): ResaleAuthorizationRow {
    return {
        recordId: record.id,
        name: record.authorizationName,
        productId: record.productId,
        productTitle: record.productTitle,
        resellerAccountId: record.resellerAccountId,
        displayStatus: record.displayStatus,
        entityStatus: record.entityStatus,
        entityId: record.entityId,
        changeSetId: record.changeSetId,
        changeSetStatus: record.changeSetStatus,
        expiryDate: record.expiryDate,
        lastModifiedDate: record.lastModifiedAt,
    };
}

export function toDetail(store: LocalStore, record: StoredRecord): ResaleAuthorizationDetail {
    const history: ChangeHistoryEntry[] = store
        .changesOf(record.id)
        .map(({ id: _id, sendClaimedUntil: _claim, ...entry }) => entry);
    return {
        ...toRow(record),
        description: record.description,
        formStateJson: record.formStateJson,
        errorDetails: record.errorDetails,
        lastRefreshedAt: record.lastRefreshedAt,
        nextRefreshAllowedAt: record.nextRefreshAllowedAt,
        createdByName: record.createdByName,
        history,
    };
}
