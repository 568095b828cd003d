/**
 * `ResaleAuthorizationController` in TypeScript, for the local app: the same contract
 * (lwc-src/raDomain/apexContract.ts) and the same rules as the Apex. A draft is stored before
 * any callout; a publish gets its ClientRequestToken stored before anything is sent, under the
 * record's lock, and a retry reuses it; what is sent is checked against the allowlist; AWS is
 * asked for a status at most once per resale authorization every 30 seconds.
 */
import { DescribeEntityCommand, ListEntitiesCommand } from '@aws-sdk/client-marketplace-catalog';
import type { DescribeEntityCommandOutput } from '@aws-sdk/client-marketplace-catalog';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type {
    CloneSource,
    DraftInput,
    ListResaleAuthorizationsParams,
    PreparedChangeSet,
    ProductRecord,
    RefreshResult,
    ResaleAuthorizationApi,
    ResaleAuthorizationDetail,
    ResaleAuthorizationPage,
    UploadedDocument,
} from '../../../lwc-src/raDomain/apexContract';
import { CATALOG } from '../../../lwc-src/raDomain/changeSet';
import type { Language } from '../pageLabels';
import { catalogFailureOf, LEGAL_DOCUMENTS_CREDENTIAL, userMessageOf } from './catalogErrors';
import {
    legalDocumentTypeRefusal,
    MAX_LEGAL_DOCUMENT_BYTES,
    MAX_LEGAL_DOCUMENT_MB,
} from '../../../lwc-src/raDomain/legalDocuments';
import { ChangeSetService } from './ChangeSetService';
import type { ContractDeps } from './contractDeps';
import { listPage } from './listQuery';
import { LocalApexError, messagesIn } from './messages';
import type { MessageFormatter } from './messages';
import { inTransaction } from './platform';
import type { Transaction } from './platform';
import {
    LOCAL_DRAFT,
    PUBLISHED_ENTITY_STATUSES,
    resolveDisplayStatus,
    toDetail,
    toRow,
} from './records';
import { StatusRefreshService } from './StatusRefreshService';
import type { StoredFile, StoredRecord } from './store';
const MAX_FORM_STATE_LENGTH = 131072;
const RESELLER_ACCOUNT = /^[0-9]{12}$/;
const DOCUMENT_KEY_PREFIX = 'resale-authorizations/';
const PRODUCT_PAGE_SIZE = 20;
const PRODUCT_ENTITY_TYPES: [string, string][] = [
    ['SaaSProduct', 'SaaS'],
    ['AmiProduct', 'AMI'],
    ['ContainerProduct', 'Container'],
    ['ProfessionalServicesProduct', 'ProfessionalServices'],
    ['DataProduct', 'Data'],
];

export type LocalContractDeps = ContractDeps;

export interface LocalResaleAuthorizationApi extends ResaleAuthorizationApi {
    /** What lightning-file-upload does in the org: store a file, return its document id. */
    saveUploadedFile(file: {
        fileName: string;
        contentType: string;
        bytes: Buffer;
    }): Promise<StoredFile>;
}

function iso(ms: number): string {
    return new Date(ms).toISOString();
}

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

function detailsOf(entity: DescribeEntityCommandOutput): Record<string, unknown> {
    const details: unknown =
        entity.DetailsDocument ?? (entity.Details ? JSON.parse(entity.Details) : null);
    return typeof details === 'object' && details !== null
        ? (details as Record<string, unknown>)
        : {};
}

function safeKeyPart(fileName: string): string {
    const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    return safe.trim() === '' ? 'document' : safe.slice(-200);
}

export function createLocalResaleAuthorizationApi(
    deps: LocalContractDeps,
    options: { language: Language },
): LocalResaleAuthorizationApi {
    const format: MessageFormatter = messagesIn(options.language);
    const { store } = deps;

    function existing(recordId: unknown): StoredRecord {
        const record = typeof recordId === 'string' ? store.record(recordId) : undefined;
        if (!record) {
            throw new LocalApexError(format('RA_Apex_NotFound'));
        }
        return record;
    }

    /** One Apex request: the record under its lock (`SELECT ... FOR UPDATE`), one commit. */
    function withLockedRecord<T>(
        recordId: unknown,
        task: (record: StoredRecord, transaction: Transaction) => Promise<T>,
    ): Promise<T> {
        existing(recordId);
        return inTransaction(deps, async (transaction) => {
            const record = await transaction.lockForUpdate(String(recordId));
            if (!record) {
                throw new LocalApexError(format('RA_Apex_NotFound'));
            }
            return task(record, transaction);
        });
    }

    const changeSets = new ChangeSetService(deps, format);
    const refreshes = new StatusRefreshService(deps, format);

    function detailOf(recordId: string): ResaleAuthorizationDetail {
        return toDetail(store, existing(recordId));
    }

    /** When the user may ask again: the window's end, or now when nothing holds it back. */
    function refreshResult(
        recordId: string,
        refreshed: boolean,
        claimId: string | null,
    ): RefreshResult {
        const detail = detailOf(recordId);
        return {
            detail,
            refreshed,
            claimId,
            nextRefreshAllowedAt: detail.nextRefreshAllowedAt ?? iso(deps.clock()),
        };
    }

    function checkDraft(draft: DraftInput | undefined): asserts draft is DraftInput {
        const missing: string[] = [];
        if (!draft || typeof draft !== 'object') {
            throw new LocalApexError(format('RA_Apex_DraftIncomplete', 'draft'));
        }
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
            throw new LocalApexError(format('RA_Apex_DraftIncomplete', missing.join(', ')));
        }
    }

    async function describeProduct(
        productType: string,
        summary: { EntityId?: string; Name?: string },
    ): Promise<ProductRecord> {
        const productId = summary.EntityId ?? '';
        const entity = await deps.catalog.send(
            new DescribeEntityCommand({ Catalog: CATALOG, EntityId: productId }),
        );
        const details = detailsOf(entity);
        const description = (details.Description ?? {}) as { ProductTitle?: unknown };
        const dimensions = Array.isArray(details.Dimensions)
            ? (details.Dimensions as Record<string, unknown>[])
            : [];
        return {
            productId,
            title: String(description.ProductTitle ?? summary.Name ?? productId).slice(0, 80),
            productType,
            dimensionsJson: JSON.stringify(
                dimensions.map((dimension) => ({
                    key: String(dimension.Key),
                    name: String(dimension.Name ?? dimension.Key),
                    unit: dimension.Unit === undefined ? '' : String(dimension.Unit),
                    type:
                        Array.isArray(dimension.Types) && dimension.Types.includes('Metered')
                            ? 'Metered'
                            : 'Entitled',
                })),
            ),
            lastSyncedAt: iso(deps.clock()),
        };
    }

    const api: LocalResaleAuthorizationApi = {
        async listResaleAuthorizations(
            params: ListResaleAuthorizationsParams,
        ): Promise<ResaleAuthorizationPage> {
            const page = listPage(store.allRecords(), params, format);
            return {
                rows: page.records.map(toRow),
                totalCount: page.totalCount,
                nextCursor: page.nextCursor,
            };
        },

        async getResaleAuthorization({ recordId }) {
            return detailOf(recordId);
        },

        async listProducts() {
            return store.allProducts();
        },

        async saveDraft({ draft }) {
            checkDraft(draft);
            const now = iso(deps.clock());
            const product = store.allProducts().find((p) => p.productId === draft.productId.trim());
            const fields = {
                authorizationName: draft.name.trim(),
                productId: draft.productId.trim(),
                productTitle: draft.productTitle || product?.title || null,
                resellerAccountId: draft.resellerAccountId?.trim() ?? '',
                expiryDate: draft.expiryDate || null,
                formStateJson: draft.formStateJson,
                description: descriptionOf(draft.formStateJson),
                lastModifiedAt: now,
            };
            if (draft.recordId) {
                await withLockedRecord(draft.recordId, async (record, transaction) => {
                    if (record.entityStatus && PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)) {
                        throw new LocalApexError(
                            format('RA_Apex_PublishedNotEditable', record.entityStatus),
                        );
                    }
                    transaction.updateRecord({
                        ...record,
                        ...fields,
                        displayStatus: resolveDisplayStatus(
                            record.entityStatus,
                            record.changeSetStatus,
                        ),
                    });
                });
                return detailOf(draft.recordId);
            }
            const record: StoredRecord = {
                id: store.newId('a01'),
                ...fields,
                displayStatus: LOCAL_DRAFT,
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
                createdByName: deps.userName,
                createdAt: now,
            };
            store.putRecord(record);
            store.save();
            return detailOf(record.id);
        },

        async prepareChangeSet({ recordId, action }): Promise<PreparedChangeSet> {
            existing(recordId);
            return inTransaction(deps, (transaction) =>
                changeSets.prepare(transaction, recordId, action),
            );
        },

        async sendChangeSet({ recordId, changeSetJson }) {
            existing(recordId);
            await inTransaction(deps, (transaction) =>
                changeSets.send(transaction, recordId, changeSetJson),
            );
            return detailOf(recordId);
        },

        async refreshStatus({ recordId }): Promise<RefreshResult> {
            existing(recordId);
            const { claimId } = await inTransaction(deps, (transaction) =>
                refreshes.claim(transaction, recordId),
            );
            return refreshResult(recordId, false, claimId);
        },

        async completeStatusRefresh({ recordId, claimId }): Promise<RefreshResult> {
            existing(recordId);
            const refreshed = await inTransaction(deps, (transaction) =>
                refreshes.refresh(transaction, String(claimId)),
            );
            return refreshResult(recordId, refreshed, null);
        },

        async getCloneSource({ recordId }): Promise<CloneSource> {
            const record = existing(recordId);
            const source: CloneSource = {
                formStateJson: record.formStateJson,
                entityDetailsJson: null,
            };
            if (record.entityId) {
                try {
                    const entity = await deps.catalog.send(
                        new DescribeEntityCommand({ Catalog: CATALOG, EntityId: record.entityId }),
                    );
                    source.entityDetailsJson = JSON.stringify(detailsOf(entity));
                } catch (error) {
                    // The stored form state is enough to clone; without it the user must know why.
                    if (!source.formStateJson) {
                        throw new LocalApexError(userMessageOf(catalogFailureOf(error), format));
                    }
                }
            }
            return source;
        },

        async uploadLegalDocument({ recordId, contentDocumentId }): Promise<UploadedDocument> {
            return withLockedRecord(recordId, async (record) => {
                if (!deps.legalDocumentsBucket) {
                    throw new LocalApexError(format('RA_Apex_LegalBucketMissing'));
                }
                const file = store.file(contentDocumentId);
                if (!file) {
                    throw new LocalApexError(format('RA_Apex_DocumentNotFound'));
                }
                const wrongType = legalDocumentTypeRefusal(file.stored.fileName);
                if (wrongType) {
                    throw new LocalApexError(format(wrongType.label, ...wrongType.params));
                }
                if (file.stored.size > MAX_LEGAL_DOCUMENT_BYTES) {
                    throw new LocalApexError(
                        format('RA_Apex_DocumentTooLarge', MAX_LEGAL_DOCUMENT_MB),
                    );
                }
                const key = `${DOCUMENT_KEY_PREFIX}${record.id}/${file.stored.documentId}/${safeKeyPart(file.stored.fileName)}`;
                try {
                    await deps.s3.send(
                        new PutObjectCommand({
                            Bucket: deps.legalDocumentsBucket,
                            Key: key,
                            Body: file.bytes,
                            ContentType: file.stored.contentType,
                        }),
                    );
                } catch (error) {
                    throw new LocalApexError(
                        userMessageOf(catalogFailureOf(error, LEGAL_DOCUMENTS_CREDENTIAL), format),
                    );
                }
                const region = await deps.s3.config.region();
                return {
                    url: `https://${deps.legalDocumentsBucket}.s3.${region}.amazonaws.com/${key}`,
                    fileName: file.stored.fileName,
                };
            });
        },

        async syncProducts(): Promise<number> {
            let stored = 0;
            try {
                for (const [entityType, productType] of PRODUCT_ENTITY_TYPES) {
                    let nextToken: string | undefined;
                    do {
                        const page = await deps.catalog.send(
                            new ListEntitiesCommand({
                                Catalog: CATALOG,
                                EntityType: entityType,
                                MaxResults: PRODUCT_PAGE_SIZE,
                                NextToken: nextToken,
                            }),
                        );
                        const products: ProductRecord[] = [];
                        for (const summary of page.EntitySummaryList ?? []) {
                            products.push(await describeProduct(productType, summary));
                        }
                        store.upsertProducts(products);
                        store.save();
                        stored += products.length;
                        nextToken = page.NextToken;
                    } while (nextToken);
                }
            } catch (error) {
                throw new LocalApexError(userMessageOf(catalogFailureOf(error), format));
            }
            return stored;
        },

        async saveUploadedFile(file) {
            return store.saveFile(file.fileName, file.contentType, file.bytes);
        },
    };
    return api;
}
