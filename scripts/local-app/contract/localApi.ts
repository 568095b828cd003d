/**
 * `ResaleAuthorizationController` in TypeScript, for the local app: the same contract
 * (lwc-src/raDomain/apexContract.ts) and the same rules as the Apex. A draft is stored before
 * any callout; a publish gets its ClientRequestToken stored before anything is sent, under the
 * record's lock, and a retry reuses it; what is sent is checked against the allowlist; AWS is
 * asked for a status at most once per resale authorization every 30 seconds.
 */
import { randomUUID } from 'node:crypto';
import {
    DescribeEntityCommand,
    ListEntitiesCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type {
    DescribeEntityCommandOutput,
    StartChangeSetCommandInput,
} from '@aws-sdk/client-marketplace-catalog';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type {
    ChangeAction,
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
import { changeTypesOf, checkAllowlist, parseChangeSet } from './allowlist';
import { catalogFailureOf, errorDetailsJson, isRetryable, userMessageOf } from './catalogErrors';
import type { KeyedMutex } from './keyedMutex';
import { listPage } from './listQuery';
import { LocalApexError, messagesIn } from './messages';
import type { MessageFormatter } from './messages';
import {
    FAILED,
    LOCAL_DRAFT,
    PENDING,
    PREPARING,
    PUBLISHED_ENTITY_STATUSES,
    isInFlight,
    resolveDisplayStatus,
    toDetail,
    toRow,
} from './records';
import { refreshWindowOver, syncRecord } from './statusSync';
import type { StatusSyncDeps } from './statusSync';
import type { StoredChange, StoredFile, StoredRecord } from './store';

export const ACTIONS: readonly ChangeAction[] = ['PUBLISH', 'UPDATE_DRAFT', 'RESTRICT'];
const MAX_FORM_STATE_LENGTH = 131072;
const RESELLER_ACCOUNT = /^[0-9]{12}$/;
/** What a legal document may weigh (the Apex's synchronous callout limit). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_KEY_PREFIX = 'resale-authorizations/';
const PRODUCT_PAGE_SIZE = 20;
const PRODUCT_ENTITY_TYPES: [string, string][] = [
    ['SaaSProduct', 'SaaS'],
    ['AmiProduct', 'AMI'],
    ['ContainerProduct', 'Container'],
    ['ProfessionalServicesProduct', 'ProfessionalServices'],
    ['DataProduct', 'Data'],
];

export interface LocalContractDeps extends StatusSyncDeps {
    s3: S3Client;
    legalDocumentsBucket: string;
    locks: KeyedMutex;
    userName: string;
}

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

    /** The record under its lock, as `SELECT ... FOR UPDATE`. */
    function withLockedRecord<T>(
        recordId: unknown,
        task: (record: StoredRecord) => Promise<T>,
    ): Promise<T> {
        existing(recordId);
        return deps.locks.run(String(recordId), () => task(existing(recordId)));
    }

    function detailOf(recordId: string): ResaleAuthorizationDetail {
        return toDetail(store, existing(recordId));
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
                return withLockedRecord(draft.recordId, async (record) => {
                    if (record.entityStatus && PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)) {
                        throw new LocalApexError(
                            format('RA_Apex_PublishedNotEditable', record.entityStatus),
                        );
                    }
                    store.putRecord({
                        ...record,
                        ...fields,
                        displayStatus: resolveDisplayStatus(
                            record.entityStatus,
                            record.changeSetStatus,
                        ),
                    });
                    store.save();
                    return detailOf(record.id);
                });
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
                createdByName: deps.userName,
                createdAt: now,
            };
            store.putRecord(record);
            store.save();
            return detailOf(record.id);
        },

        async prepareChangeSet({ recordId, action }): Promise<PreparedChangeSet> {
            if (!ACTIONS.includes(action)) {
                throw new LocalApexError(format('RA_Apex_UnknownAction', action));
            }
            return withLockedRecord(recordId, async (record) => {
                if (action === 'RESTRICT' && !record.entityId) {
                    throw new LocalApexError(format('RA_Apex_NotOnAws'));
                }
                if (
                    action !== 'RESTRICT' &&
                    record.entityStatus &&
                    PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)
                ) {
                    throw new LocalApexError(
                        format('RA_Apex_PublishedNotEditable', record.entityStatus),
                    );
                }
                let pending = store
                    .changesOf(record.id)
                    .find(
                        (c) =>
                            c.action === action && c.status === PENDING && c.changeSetId === null,
                    );
                if (!pending) {
                    pending = {
                        id: store.newId('a02'),
                        recordId: record.id,
                        action,
                        clientRequestToken: randomUUID(),
                        changeSetId: null,
                        status: PENDING,
                        errorDetails: null,
                        startedAt: iso(deps.clock()),
                        finishedAt: null,
                    } satisfies StoredChange;
                    store.addChange(pending);
                    store.putRecord({ ...record, clientRequestToken: pending.clientRequestToken });
                    store.save();
                }
                return {
                    recordId: record.id,
                    action,
                    clientRequestToken: pending.clientRequestToken,
                    entityId: record.entityId,
                };
            });
        },

        async sendChangeSet({ recordId, changeSetJson }) {
            const request = parseChangeSet(changeSetJson, format);
            return withLockedRecord(recordId, async (record) => {
                checkAllowlist(request, record.entityId, format);
                const token = request.ClientRequestToken;
                const pending =
                    typeof token === 'string'
                        ? store
                              .changesOf(record.id)
                              .find((c) => c.clientRequestToken === token && c.status === PENDING)
                        : undefined;
                if (!pending) {
                    throw new LocalApexError(format('RA_Apex_TokenMismatch'));
                }
                if (pending.action === 'RESTRICT') {
                    const other = changeTypesOf(request).find(
                        (type) => type !== 'RestrictResaleAuthorization',
                    );
                    if (other) {
                        throw new LocalApexError(format('RA_Apex_ChangeTypeNotAllowed', other));
                    }
                }
                const now = iso(deps.clock());
                let next: StoredRecord;
                try {
                    const answer = await deps.catalog.send(
                        new StartChangeSetCommand(request as unknown as StartChangeSetCommandInput),
                    );
                    const changeSetId = answer.ChangeSetId ?? null;
                    Object.assign(pending, { changeSetId, status: PREPARING, errorDetails: null });
                    next = {
                        ...record,
                        changeSetId,
                        changeSetStatus: PREPARING,
                        errorDetails: null,
                        displayStatus: resolveDisplayStatus(record.entityStatus, PREPARING),
                        lastModifiedAt: now,
                    };
                } catch (error) {
                    const failure = catalogFailureOf(error);
                    const details = errorDetailsJson(failure, format);
                    pending.errorDetails = details;
                    next = { ...record, errorDetails: details, lastModifiedAt: now };
                    if (!isRetryable(failure)) {
                        Object.assign(pending, { status: FAILED, finishedAt: now });
                        next = { ...next, changeSetStatus: FAILED, displayStatus: FAILED };
                    }
                }
                store.putRecord(next);
                store.save();
                return detailOf(record.id);
            });
        },

        async refreshStatus({ recordId }): Promise<RefreshResult> {
            return withLockedRecord(recordId, async (record) => {
                const now = deps.clock();
                const windowOver = refreshWindowOver(record, now);
                const refreshed = windowOver && isInFlight(record);
                if (refreshed) {
                    await syncRecord(deps, record, format);
                }
                const detail = detailOf(record.id);
                return {
                    detail,
                    refreshed,
                    nextRefreshAllowedAt:
                        windowOver && !refreshed
                            ? iso(now)
                            : (detail.nextRefreshAllowedAt ?? iso(now)),
                };
            });
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
                if (file.stored.size > MAX_DOCUMENT_BYTES) {
                    throw new LocalApexError(
                        format('RA_Apex_DocumentTooLarge', MAX_DOCUMENT_BYTES / (1024 * 1024)),
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
                    throw new LocalApexError(userMessageOf(catalogFailureOf(error), format));
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
