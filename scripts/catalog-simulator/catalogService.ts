import { createHash, randomBytes } from 'node:crypto';
import { applyChangeSet } from './applyChangeSet';
import type { SimulatorClock } from './clock';
import { isoTimestamp } from './clock';
import {
    describeProduct,
    describeResaleAuthorization,
    entityArn,
    productSummary,
    resaleAuthorizationSummary,
} from './describe';
import { ApiError, validationError } from './errors';
import { idMap, lookUp } from './idMap';
import type { ChangeSetRecord, Json, SimulatorState } from './model';
import { CATALOG, RESALE_AUTHORIZATION_TYPE, isResoldByAws } from './model';
import { parseStartChangeSet } from './requestValidation';
import { documentKeyOfUrl } from './s3';

export interface LifecycleDelays {
    /** Time in PREPARING, then in APPLYING, in milliseconds. */
    preparingMs: number;
    applyingMs: number;
}

const FINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
const PRODUCT_ENTITY_TYPES = [
    'SaaSProduct',
    'AmiProduct',
    'ContainerProduct',
    'ProfessionalServicesProduct',
    'DataProduct',
];

/** Keys in a stable order, so a retried request has the same fingerprint. */
function canonicalJson(value: unknown): string {
    if (Array.isArray(value)) {
        return `[${value.map(canonicalJson).join(',')}]`;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value as Json).sort(([a], [b]) => a.localeCompare(b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

const isObject = (value: unknown): value is Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value);

function page<T>(
    items: T[],
    maxResults: unknown,
    nextToken: unknown,
    limit: number,
): { items: T[]; nextToken?: string } {
    const size = maxResults === undefined ? limit : Number(maxResults);
    if (!Number.isInteger(size) || size < 1 || size > limit) {
        throw validationError(`MaxResults: must be between 1 and ${limit}`);
    }
    let start = 0;
    if (nextToken !== undefined) {
        start = Number(Buffer.from(String(nextToken), 'base64url').toString('utf8'));
        if (!Number.isInteger(start) || start < 0) {
            throw validationError('NextToken: is not a token this service gave');
        }
    }
    const slice = items.slice(start, start + size);
    const next =
        start + size < items.length
            ? Buffer.from(String(start + size)).toString('base64url')
            : undefined;
    return next ? { items: slice, nextToken: next } : { items: slice };
}

/**
 * The Catalog API operations on the simulator's state. Every change is saved (through `persist`)
 * before the operation returns, so what a client was told survives a crash.
 */
export class CatalogService {
    private readonly timers = new Map<string, NodeJS.Timeout>();
    /** Change sets not yet final: the only ones that can hold an entity (kept apart for speed). */
    private readonly unfinished = new Set<string>();
    /** Told of each change set that reaches a final state (AWS publishes it to EventBridge). */
    onChangeSetFinished: ((record: ChangeSetRecord, arn: string) => void) | null = null;

    constructor(
        readonly state: SimulatorState,
        private readonly persist: () => void,
        private readonly clock: SimulatorClock,
        readonly delays: LifecycleDelays,
    ) {
        for (const record of Object.values(state.changeSets)) {
            if (!FINAL.has(record.status)) {
                this.unfinished.add(record.id);
            }
        }
    }

    private changeSetArn(id: string): string {
        return `arn:aws:aws-marketplace:us-east-1:${this.state.sellerAccountId}:AWSMarketplace/ChangeSet/${id}`;
    }

    private requireCatalog(catalog: unknown): void {
        if (catalog !== CATALOG) {
            throw validationError(`Catalog: must be ${CATALOG}`);
        }
    }

    /** The entity type of a product AWS resells; null for one it does not, or does not know. */
    private productType(productId: string): string | null {
        const product = this.state.products.find((p) => p.entityId === productId);
        return product && isResoldByAws(product) ? product.entityType : null;
    }

    startChangeSet(body: unknown): Json {
        const token =
            isObject(body) && typeof body.ClientRequestToken === 'string'
                ? body.ClientRequestToken
                : undefined;
        const fingerprint = createHash('sha256').update(canonicalJson(body)).digest('hex');
        const tokenChangeSetId = token === undefined ? undefined : lookUp(this.state.tokens, token);
        if (tokenChangeSetId !== undefined) {
            const existing = lookUp(this.state.changeSets, tokenChangeSetId);
            if (existing && existing.requestFingerprint !== fingerprint) {
                throw validationError(
                    'ClientRequestToken: was already used with a different request',
                );
            }
            if (existing) {
                return { ChangeSetId: existing.id, ChangeSetArn: this.changeSetArn(existing.id) };
            }
        }
        const request = parseStartChangeSet(
            body,
            { today: this.clock.today(), productType: (id) => this.productType(id) },
            (entityId) => {
                const entity = lookUp(this.state.entities, entityId);
                return entity
                    ? (this.state.products.find((p) => p.entityId === entity.productId)
                          ?.entityType ?? null)
                    : undefined;
            },
        );
        const entityIds = [
            ...new Set(
                request.changes
                    .map((c) => c.Entity.Identifier)
                    .filter((id): id is string => Boolean(id) && !String(id).startsWith('$')),
            ),
        ];
        for (const unfinishedId of this.unfinished) {
            const changeSet = lookUp(this.state.changeSets, unfinishedId);
            const busy = changeSet?.entityIds.find((id) => entityIds.includes(id));
            if (changeSet && busy) {
                throw new ApiError(
                    'ResourceInUseException',
                    `Entity ${busy} is already part of change set ${changeSet.id}, which has not finished`,
                );
            }
        }
        const id = randomBytes(13).toString('hex').slice(0, 25);
        const record: ChangeSetRecord = {
            id,
            ...(request.name ? { name: request.name } : {}),
            intent: 'APPLY',
            status: 'PREPARING',
            startTime: isoTimestamp(this.clock.now()),
            changes: request.changes.map((c) => ({ ...c, ErrorDetailList: [] })),
            entityIds,
            ...(token ? { clientRequestToken: token } : {}),
            requestFingerprint: fingerprint,
        };
        this.state.changeSets[id] = record;
        this.unfinished.add(id);
        if (token) {
            this.state.tokens[token] = id;
        }
        this.schedule(record, 'PREPARING');
        this.persist();
        return { ChangeSetId: id, ChangeSetArn: this.changeSetArn(id) };
    }

    /** Moves a change set on; with zero delays, straight to its final state. */
    private schedule(record: ChangeSetRecord, from: 'PREPARING' | 'APPLYING'): void {
        const delay = from === 'PREPARING' ? this.delays.preparingMs : this.delays.applyingMs;
        if (delay <= 0) {
            this.step(record);
            return;
        }
        record.nextStepAt = Date.now() + delay;
        this.arm(record);
    }

    private arm(record: ChangeSetRecord): void {
        const wait = Math.max(0, (record.nextStepAt ?? Date.now()) - Date.now());
        const timer = setTimeout(() => {
            this.timers.delete(record.id);
            this.step(record);
            this.persist();
        }, wait);
        timer.unref();
        this.timers.set(record.id, timer);
    }

    private step(record: ChangeSetRecord): void {
        if (record.status === 'PREPARING') {
            record.status = 'APPLYING';
            this.schedule(record, 'APPLYING');
        } else if (record.status === 'APPLYING') {
            this.finish(record);
        }
    }

    private finish(record: ChangeSetRecord): void {
        this.conclude(record);
        this.onChangeSetFinished?.(record, this.changeSetArn(record.id));
    }

    private conclude(record: ChangeSetRecord): void {
        this.unfinished.delete(record.id);
        delete record.nextStepAt;
        record.endTime = isoTimestamp(this.clock.now());
        const result = applyChangeSet(record, {
            today: this.clock.today(),
            now: isoTimestamp(this.clock.now()),
            sellerAccountId: this.state.sellerAccountId,
            product: (id) => this.state.products.find((p) => p.entityId === id),
            entity: (id) => lookUp(this.state.entities, id),
            documentExists: (url) => {
                const key = documentKeyOfUrl(url);
                return key !== null && lookUp(this.state.s3, key) !== undefined;
            },
        });
        if (result.errors.length > 0) {
            for (const error of result.errors) {
                record.changes[error.changeIndex]?.ErrorDetailList.push({
                    ErrorCode: error.code,
                    ErrorMessage: error.message,
                });
            }
            record.status = 'FAILED';
            record.failureCode = 'CLIENT_ERROR';
            record.failureDescription = `${result.errors.length} change(s) failed validation: ${result.errors.map((e) => e.code).join(', ')}`;
            return;
        }
        record.status = 'SUCCEEDED';
        result.identifiers.forEach((id, index) => {
            const change = record.changes[index];
            if (change) {
                change.Entity = { ...change.Entity, Identifier: id };
            }
        });
        for (const [id, entity] of result.entities) {
            this.state.entities[id] = entity;
        }
        record.entityIds = [...new Set(result.identifiers)];
    }

    /** After a restart: change sets in flight go on from where they were. */
    resumePending(): void {
        for (const record of Object.values(this.state.changeSets)) {
            if (!FINAL.has(record.status)) {
                if (record.nextStepAt === undefined) {
                    this.step(record);
                } else {
                    this.arm(record);
                }
            }
        }
    }

    stopTimers(): void {
        for (const timer of this.timers.values()) {
            clearTimeout(timer);
        }
        this.timers.clear();
    }

    private changeSetOf(query: URLSearchParams): ChangeSetRecord {
        this.requireCatalog(query.get('catalog'));
        const id = query.get('changeSetId') ?? '';
        const record = lookUp(this.state.changeSets, id);
        if (!record) {
            throw new ApiError('ResourceNotFoundException', `Change set ${id} does not exist`);
        }
        return record;
    }

    describeChangeSet(query: URLSearchParams): Json {
        const record = this.changeSetOf(query);
        return {
            ChangeSetId: record.id,
            ChangeSetArn: this.changeSetArn(record.id),
            ...(record.name ? { ChangeSetName: record.name } : {}),
            Intent: record.intent,
            StartTime: record.startTime,
            ...(record.endTime ? { EndTime: record.endTime } : {}),
            Status: record.status,
            ...(record.failureCode
                ? { FailureCode: record.failureCode, FailureDescription: record.failureDescription }
                : {}),
            ChangeSet: record.changes.map((change) => ({
                ChangeType: change.ChangeType,
                Entity: change.Entity,
                ...(change.sentAsString
                    ? { Details: JSON.stringify(change.DetailsDocument) }
                    : { DetailsDocument: change.DetailsDocument }),
                ErrorDetailList: change.ErrorDetailList,
                ...(change.ChangeName ? { ChangeName: change.ChangeName } : {}),
            })),
        };
    }

    cancelChangeSet(query: URLSearchParams): Json {
        const record = this.changeSetOf(query);
        if (record.status === 'APPLYING') {
            throw new ApiError(
                'ResourceInUseException',
                `Change set ${record.id} is being applied and can no longer be cancelled`,
            );
        }
        if (record.status !== 'PREPARING') {
            throw validationError(
                `Change set ${record.id} has finished (${record.status}) and cannot be cancelled`,
            );
        }
        clearTimeout(this.timers.get(record.id));
        this.timers.delete(record.id);
        delete record.nextStepAt;
        record.status = 'CANCELLED';
        this.unfinished.delete(record.id);
        record.endTime = isoTimestamp(this.clock.now());
        this.persist();
        this.onChangeSetFinished?.(record, this.changeSetArn(record.id));
        return { ChangeSetId: record.id, ChangeSetArn: this.changeSetArn(record.id) };
    }

    listChangeSets(body: unknown): Json {
        const request = isObject(body) ? body : {};
        this.requireCatalog(request.Catalog);
        let records = Object.values(this.state.changeSets);
        for (const filter of Array.isArray(request.FilterList)
            ? (request.FilterList as Json[])
            : []) {
            const values = Array.isArray(filter.ValueList) ? filter.ValueList.map(String) : [];
            const first = values[0] ?? '';
            switch (filter.Name) {
                case 'EntityId':
                    records = records.filter((r) => r.entityIds.some((id) => values.includes(id)));
                    break;
                case 'ChangeSetName':
                    records = records.filter(
                        (r) => r.name !== undefined && values.includes(r.name),
                    );
                    break;
                case 'Status':
                    records = records.filter((r) => values.includes(r.status));
                    break;
                case 'AfterStartTime':
                    records = records.filter((r) => r.startTime >= first);
                    break;
                case 'BeforeStartTime':
                    records = records.filter((r) => r.startTime <= first);
                    break;
                case 'AfterEndTime':
                    records = records.filter((r) => (r.endTime ?? '') >= first);
                    break;
                case 'BeforeEndTime':
                    records = records.filter((r) => r.endTime !== undefined && r.endTime <= first);
                    break;
                default:
                    throw validationError(
                        `FilterList.Name: ${String(filter.Name)} is not a change set filter`,
                    );
            }
        }
        const sort = isObject(request.Sort) ? request.Sort : {};
        const sortBy = String(sort.SortBy ?? 'StartTime');
        const field = (r: ChangeSetRecord): string =>
            sortBy === 'EndTime'
                ? (r.endTime ?? '')
                : sortBy === 'Name'
                  ? (r.name ?? '')
                  : sortBy === 'ChangeSetId'
                    ? r.id
                    : r.startTime;
        records.sort((a, b) => field(a).localeCompare(field(b)) || a.id.localeCompare(b.id));
        if (sort.SortOrder !== 'ASCENDING') {
            records.reverse();
        }
        const { items, nextToken } = page(records, request.MaxResults, request.NextToken, 20);
        return {
            ChangeSetSummaryList: items.map((r) => ({
                ChangeSetId: r.id,
                ChangeSetArn: this.changeSetArn(r.id),
                ...(r.name ? { ChangeSetName: r.name } : {}),
                StartTime: r.startTime,
                ...(r.endTime ? { EndTime: r.endTime } : {}),
                Status: r.status,
                EntityIdList: r.entityIds,
                ...(r.failureCode ? { FailureCode: r.failureCode } : {}),
            })),
            ...(nextToken ? { NextToken: nextToken } : {}),
        };
    }

    private entityDetail(entityId: string): Json {
        const ra = lookUp(this.state.entities, entityId);
        if (ra) {
            return {
                EntityType: RESALE_AUTHORIZATION_TYPE,
                EntityIdentifier: `${ra.entityId}@${ra.revision}`,
                EntityArn: entityArn(this.state, 'ResaleAuthorization', ra.entityId),
                LastModifiedDate: ra.lastModifiedDate,
                DetailsDocument: describeResaleAuthorization(this.state, ra),
            };
        }
        const product = this.state.products.find((p) => p.entityId === entityId);
        if (product) {
            return {
                EntityType: `${product.entityType}@1.0`,
                EntityIdentifier: `${product.entityId}@1`,
                EntityArn: entityArn(this.state, product.entityType, product.entityId),
                LastModifiedDate: product.lastModifiedDate,
                DetailsDocument: describeProduct(product),
            };
        }
        throw new ApiError('ResourceNotFoundException', `Entity ${entityId} does not exist`);
    }

    describeEntity(query: URLSearchParams): Json {
        this.requireCatalog(query.get('catalog'));
        const detail = this.entityDetail(query.get('entityId') ?? '');
        return { ...detail, Details: JSON.stringify(detail.DetailsDocument) };
    }

    batchDescribeEntities(body: unknown): Json {
        const request = isObject(body) ? body : {};
        const list = Array.isArray(request.EntityRequestList)
            ? (request.EntityRequestList as Json[])
            : [];
        if (list.length < 1 || list.length > 20) {
            throw validationError('EntityRequestList: must have 1 to 20 entities');
        }
        const details = idMap<Json>();
        const errors = idMap<Json>();
        for (const entry of list) {
            const id = String(entry.EntityId ?? '');
            if (entry.Catalog !== CATALOG) {
                errors[id] = {
                    ErrorCode: 'ValidationException',
                    ErrorMessage: `Catalog: must be ${CATALOG}`,
                };
                continue;
            }
            try {
                details[id] = this.entityDetail(id);
            } catch (error) {
                errors[id] = {
                    ErrorCode: error instanceof ApiError ? error.type : 'InternalServiceException',
                    ErrorMessage: error instanceof Error ? error.message : String(error),
                };
            }
        }
        return { EntityDetails: details, Errors: errors };
    }

    listEntities(body: unknown): Json {
        const request = isObject(body) ? body : {};
        this.requireCatalog(request.Catalog);
        const entityType = String(request.EntityType ?? '');
        const ownership = request.OwnershipType ?? 'SELF';
        if (ownership !== 'SELF' && ownership !== 'SHARED') {
            throw validationError('OwnershipType: must be SELF or SHARED');
        }
        if (entityType === 'ResaleAuthorization') {
            return this.listResaleAuthorizations(request, ownership);
        }
        if (!PRODUCT_ENTITY_TYPES.includes(entityType)) {
            throw validationError(`EntityType: ${entityType} is not supported`);
        }
        const products =
            ownership === 'SELF'
                ? this.state.products.filter((p) => p.entityType === entityType)
                : [];
        const { items, nextToken } = page(products, request.MaxResults, request.NextToken, 50);
        return {
            EntitySummaryList: items.map((p) => productSummary(this.state, p)),
            ...(nextToken ? { NextToken: nextToken } : {}),
        };
    }

    private listResaleAuthorizations(request: Json, ownership: unknown): Json {
        let summaries = Object.values(this.state.entities)
            .filter((ra) =>
                ownership === 'SELF' ? true : ra.resellerAccountId === this.state.sellerAccountId,
            )
            .map((ra) => resaleAuthorizationSummary(this.state, ra));
        const summaryField = (summary: Json, name: string): string => {
            const inner = summary.ResaleAuthorizationSummary as Json;
            if (name === 'EntityId' || name === 'LastModifiedDate') {
                return String(summary[name] ?? '');
            }
            return String(lookUp(inner, name) ?? '');
        };
        const typeFilters =
            isObject(request.EntityTypeFilters) &&
            isObject(request.EntityTypeFilters.ResaleAuthorizationFilters)
                ? request.EntityTypeFilters.ResaleAuthorizationFilters
                : {};
        for (const [name, raw] of Object.entries(typeFilters)) {
            const filter = isObject(raw) ? raw : {};
            if (Array.isArray(filter.ValueList)) {
                const values = filter.ValueList.map(String);
                summaries = summaries.filter((s) => values.includes(summaryField(s, name)));
            }
            if (typeof filter.WildCardValue === 'string') {
                const needle = filter.WildCardValue.toLowerCase();
                summaries = summaries.filter((s) =>
                    summaryField(s, name).toLowerCase().includes(needle),
                );
            }
            if (isObject(filter.DateRange)) {
                const { AfterValue, BeforeValue } = filter.DateRange;
                summaries = summaries.filter((s) => {
                    const value = summaryField(s, name);
                    return (
                        value !== '' &&
                        (AfterValue === undefined || value >= String(AfterValue)) &&
                        (BeforeValue === undefined || value <= String(BeforeValue))
                    );
                });
            }
        }
        const sort =
            isObject(request.EntityTypeSort) &&
            isObject(request.EntityTypeSort.ResaleAuthorizationSort)
                ? request.EntityTypeSort.ResaleAuthorizationSort
                : isObject(request.Sort)
                  ? request.Sort
                  : {};
        const sortBy = String(sort.SortBy ?? 'LastModifiedDate');
        summaries.sort(
            (a, b) =>
                summaryField(a, sortBy).localeCompare(summaryField(b, sortBy)) ||
                String(a.EntityId).localeCompare(String(b.EntityId)),
        );
        if ((sort.SortOrder ?? (sort.SortBy ? 'ASCENDING' : 'DESCENDING')) === 'DESCENDING') {
            summaries.reverse();
        }
        const { items, nextToken } = page(summaries, request.MaxResults, request.NextToken, 50);
        return { EntitySummaryList: items, ...(nextToken ? { NextToken: nextToken } : {}) };
    }

    /**
     * What the reseller's own account does when it makes a channel partner private offer from a
     * resale authorization (CreateOfferUsingResaleAuthorization, a change set of the reseller,
     * not the seller's): only from an active one still available, and once for a one-time one.
     * The resale authorization counts the offer and is modified.
     */
    createOffer(resaleAuthorizationId: string): Json {
        const ra = lookUp(this.state.entities, resaleAuthorizationId);
        if (!ra) {
            throw new ApiError(
                'ResourceNotFoundException',
                `Entity ${resaleAuthorizationId} does not exist`,
            );
        }
        const end = ra.availability?.AvailabilityEndDate;
        if (ra.status !== 'Active' || (end !== undefined && end < this.clock.today())) {
            throw validationError(
                `ResaleAuthorizationId: ${resaleAuthorizationId} is ${end !== undefined && end < this.clock.today() ? 'expired' : ra.status}`,
            );
        }
        if (ra.availability?.OffersMaxQuantity === 1 && (ra.offersCreated ?? 0) >= 1) {
            throw validationError(
                `ResaleAuthorizationId: ${resaleAuthorizationId} is one-time and already used`,
            );
        }
        ra.offersCreated = (ra.offersCreated ?? 0) + 1;
        ra.revision += 1;
        ra.lastModifiedDate = isoTimestamp(this.clock.now());
        this.persist();
        return { OfferId: `offer-${ra.entityId.slice(-8)}${ra.offersCreated}` };
    }

    /** Takes a resale authorization away, as if AWS no longer had it (for tests). */
    removeEntity(entityId: string): Json {
        if (!lookUp(this.state.entities, entityId)) {
            throw new ApiError('ResourceNotFoundException', `Entity ${entityId} does not exist`);
        }
        this.state.entities = idMap(
            Object.entries(this.state.entities).filter(([id]) => id !== entityId),
        );
        this.persist();
        return { removed: entityId };
    }
}
