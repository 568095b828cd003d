/**
 * `ResaleAuthorizationService.cls` in TypeScript: the list, a record, the products, saving a
 * draft (stored before any callout) and what a clone starts from.
 */
import type {
    CloneSource,
    DraftInput,
    ProductRecord,
    ResaleAuthorizationDetail,
    ResaleAuthorizationPage,
} from '../../../lwc-src/raDomain/apexContract';
import { CatalogApiClient } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601 } from './Iso8601';
import { MarketplaceProductSelector } from './MarketplaceProductSelector';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { ResaleAuthorizationListQuery } from './ResaleAuthorizationListQuery';
import { ResaleAuthorizationMapper } from './ResaleAuthorizationMapper';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import type { StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** Form_State_Json__c holds at most this many characters. */
const MAX_FORM_STATE_LENGTH = 131072;
const RESELLER_ACCOUNT = /^[0-9]{12}$/;

function isJsonObject(text: string): boolean {
    try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
        return false;
    }
}

function descriptionOf(formStateJson: string): string | null {
    const { description } = JSON.parse(formStateJson) as { description?: unknown };
    return typeof description === 'string' && description.trim() !== ''
        ? description.slice(0, 255)
        : null;
}

export class ResaleAuthorizationService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    listPage(query: ResaleAuthorizationListQuery): ResaleAuthorizationPage {
        return query.run();
    }

    getDetail(transaction: Transaction, recordId: string): ResaleAuthorizationDetail {
        const record = new ResaleAuthorizationSelector(transaction, this.format).selectWithHistory(
            recordId,
        );
        return ResaleAuthorizationMapper.toDetail(record, transaction.changesOf(recordId));
    }

    listProducts(): ProductRecord[] {
        return new MarketplaceProductSelector(this.deps.store)
            .selectAll()
            .map(ResaleAuthorizationMapper.toProductRecord);
    }

    async saveDraft(
        transaction: Transaction,
        draft: DraftInput | undefined,
    ): Promise<ResaleAuthorizationDetail> {
        this.validate(draft);
        const now = Iso8601.format(transaction.now());
        let existing: StoredRecord | null = null;
        if (draft.recordId) {
            existing = await new ResaleAuthorizationSelector(
                transaction,
                this.format,
            ).lockForUpdate(draft.recordId);
            if (
                existing.entityStatus &&
                DisplayStatuses.PUBLISHED_ENTITY_STATUSES.has(existing.entityStatus)
            ) {
                throw new ResaleAuthorizationException(
                    this.format('RA_Apex_PublishedNotEditable', existing.entityStatus),
                );
            }
        }
        const product = new MarketplaceProductSelector(this.deps.store).selectByProductId(
            draft.productId.trim(),
        );
        const fields = {
            authorizationName: draft.name.trim(),
            productId: draft.productId.trim(),
            productTitle: draft.productTitle || product?.title || null,
            resellerAccountId: draft.resellerAccountId?.trim() ?? '',
            expiryDate: Iso8601.parseDate(draft.expiryDate),
            formStateJson: draft.formStateJson,
            description: descriptionOf(draft.formStateJson),
            lastModifiedAt: now,
        };
        const record: StoredRecord = existing
            ? { ...existing, ...fields }
            : {
                  id: transaction.store.newId('a01'),
                  ...fields,
                  displayStatus: DisplayStatuses.LOCAL_DRAFT,
                  entityId: null,
                  entityStatus: null,
                  changeSetId: null,
                  changeSetStatus: null,
                  clientRequestToken: null,
                  errorDetails: null,
                  lastRefreshedAt: null,
                  nextRefreshAllowedAt: null,
                  statusClaimId: null,
                  statusClaimedUntil: null,
                  statusSyncStopped: false,
                  createdByName: this.deps.userName,
                  createdAt: now,
              };
        transaction.updateRecord(record);
        return this.getDetail(transaction, record.id);
    }

    async getCloneSource(transaction: Transaction, recordId: string): Promise<CloneSource> {
        const record = new ResaleAuthorizationSelector(transaction, this.format).selectWithHistory(
            recordId,
        );
        const source: CloneSource = {
            formStateJson: record.formStateJson,
            entityDetailsJson: null,
        };
        if (record.entityId) {
            const entityId = record.entityId;
            try {
                const entity = await transaction.callout(() =>
                    new CatalogApiClient(this.deps.catalog).describeEntity(entityId),
                );
                source.entityDetailsJson = JSON.stringify(CatalogApiClient.detailsOf(entity));
            } catch (error) {
                // The stored form state is enough to clone; without it the user must know why.
                if (!(error instanceof CatalogApiException) || !source.formStateJson) {
                    throw error;
                }
            }
        }
        return source;
    }

    private validate(draft: DraftInput | undefined): asserts draft is DraftInput {
        if (!draft || typeof draft !== 'object') {
            throw new ResaleAuthorizationException(this.format('RA_Apex_DraftIncomplete', 'draft'));
        }
        const missing: string[] = [];
        if (!draft.name?.trim()) {
            missing.push('name');
        }
        if (!draft.productId?.trim()) {
            missing.push('productId');
        }
        if (
            draft.resellerAccountId?.trim() &&
            !RESELLER_ACCOUNT.test(draft.resellerAccountId.trim())
        ) {
            missing.push('resellerAccountId');
        }
        if (
            typeof draft.formStateJson !== 'string' ||
            draft.formStateJson.length > MAX_FORM_STATE_LENGTH ||
            !isJsonObject(draft.formStateJson)
        ) {
            missing.push('formStateJson');
        }
        if (missing.length > 0) {
            throw new ResaleAuthorizationException(
                this.format('RA_Apex_DraftIncomplete', missing.join(', ')),
            );
        }
    }
}
