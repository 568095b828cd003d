/** `ResaleAuthorizationMapper.cls` in TypeScript: stored records to the DTOs the components receive. */
import type {
    ChangeHistoryEntry,
    ProductRecord,
    RelatedRecord,
    ResaleAuthorizationDetail,
    ResaleAuthorizationRow,
} from '../../../lwc-src/raDomain/apexContract';
import type { RecordWithRelated } from './ResaleAuthorizationSelector';
import { SellerAccounts } from './SellerAccounts';
import type { Accounts } from './SellerAccounts';
import type { StoredChange, StoredRecord } from './store';

/** A lookup the user may follow: null when empty or when its record is not visible. */
function relatedRecord(recordId: string | null, name: string | null): RelatedRecord | null {
    return recordId && name ? { recordId, name } : null;
}

export class ResaleAuthorizationMapper {
    static toRow(record: StoredRecord, accounts: Accounts): ResaleAuthorizationRow {
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
            sellerAccount: SellerAccounts.accountOf(record.sellerAccount),
            sellerAccountLabel: SellerAccounts.labelOf(accounts, record.sellerAccount),
        };
    }

    /** The record with its change rows, newest first. */
    static toDetail(
        record: RecordWithRelated,
        changes: StoredChange[],
        accounts: Accounts,
    ): ResaleAuthorizationDetail {
        return {
            ...ResaleAuthorizationMapper.toRow(record, accounts),
            description: record.description,
            formStateJson: record.formStateJson,
            errorDetails: record.errorDetails,
            lastRefreshedAt: record.lastRefreshedAt,
            nextRefreshAllowedAt: record.nextRefreshAllowedAt,
            nextAutoRefreshAt: record.nextAutoRefreshAt,
            createdByName: record.createdByName,
            lastSyncedAt: record.lastSyncedAt,
            entityNotFound: record.entityNotFound,
            resellerAccount: relatedRecord(record.resellerAccount, record.resellerAccountName),
            opportunity: relatedRecord(record.opportunity, record.opportunityName),
            history: changes.map(ResaleAuthorizationMapper.toHistoryEntry),
        };
    }

    static toHistoryEntry(change: StoredChange): ChangeHistoryEntry {
        return {
            recordId: change.recordId,
            action: change.action,
            clientRequestToken: change.clientRequestToken,
            changeSetId: change.changeSetId,
            status: change.status,
            errorDetails: change.errorDetails,
            startedAt: change.startedAt,
            sentAt: change.sentAt,
            finishedAt: change.finishedAt,
        };
    }

    static toProductRecord(product: ProductRecord): ProductRecord {
        return { ...product, sellerAccount: SellerAccounts.accountOf(product.sellerAccount) };
    }
}
