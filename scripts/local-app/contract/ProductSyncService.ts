/**
 * `ProductSyncService.cls` in TypeScript: the product sync, one page per transaction (callouts
 * first, then the writes). `start` reads the first page and records the sync, `syncNext` (from
 * ProductSyncJob) reads the next pages and counts them in, `progress` tells where it stands.
 * Every product is stored with its visibility; data products are not listed (AWS does not
 * resell them, docs/product-rules.md). A sync reads one seller account's catalog, and its
 * products are stored as that account's.
 */
import type { ProductRecord, ProductSyncProgress } from '../../../lwc-src/raDomain/apexContract';
import { isResellable } from '../../../lwc-src/raDomain/product';
import { CatalogApiClient } from './CatalogApiClient';
import type { ContractDeps } from './contractDeps';
import { Iso8601 } from './Iso8601';
import type { Transaction } from './platform';
import { ProductSyncJob } from './ProductSyncJob';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { SellerAccounts } from './SellerAccounts';
import type { StoredProductSync } from './store';
import type { MessageFormatter } from './UserMessages';

export const PAGE_SIZE = 20;
/** The product entity types of the types AWS resells (the Seller Guide's channel partner page). */
export const ENTITY_TYPES = [
    'SaaSProduct',
    'AmiProduct',
    'ContainerProduct',
    'ProfessionalServicesProduct',
] as const;
const PRODUCT_TYPES: Record<(typeof ENTITY_TYPES)[number], string> = {
    SaaSProduct: 'SaaS',
    AmiProduct: 'AMI',
    ContainerProduct: 'Container',
    ProfessionalServicesProduct: 'ProfessionalServices',
};
const ERROR_MESSAGE_LENGTH = 1000;

export interface Position {
    /** The seller account whose catalog is read; absent: the default one. */
    sellerAccount?: string;
    entityTypeIndex: number;
    nextToken?: string;
}

export interface PageResult {
    products: ProductRecord[];
    resellableCount: number;
    notResellableCount: number;
    next: Position | null;
}

function nextPosition(current: Position, nextToken: string | undefined): Position | null {
    const { sellerAccount } = current;
    if (nextToken) {
        return { sellerAccount, entityTypeIndex: current.entityTypeIndex, nextToken };
    }
    const entityTypeIndex = current.entityTypeIndex + 1;
    return entityTypeIndex < ENTITY_TYPES.length ? { sellerAccount, entityTypeIndex } : null;
}

/** `[{key, name, unit, type: 'Entitled' | 'Metered'}]`, as lwc-src/raDomain/product.ts reads it. */
function dimensionsJson(dimensions: unknown): string {
    const list = Array.isArray(dimensions) ? (dimensions as Record<string, unknown>[]) : [];
    return JSON.stringify(
        list.map((dimension) => ({
            key: String(dimension.Key),
            name: String(dimension.Name ?? dimension.Key),
            unit:
                dimension.Unit === undefined || dimension.Unit === null
                    ? ''
                    : String(dimension.Unit),
            type:
                Array.isArray(dimension.Types) && dimension.Types.includes('Metered')
                    ? 'Metered'
                    : 'Entitled',
        })),
    );
}

const asObject = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {};

/** The summary's Visibility, else its `<Type>Summary`'s, else the described Description's. */
function visibilityOf(
    entityType: string,
    summary: Record<string, unknown>,
    description: Record<string, unknown>,
): string | null {
    const candidates = [
        summary.Visibility,
        asObject(summary[`${entityType}Summary`]).Visibility,
        description.Visibility,
    ];
    const found = candidates.find(
        (candidate): candidate is string => typeof candidate === 'string' && candidate !== '',
    );
    return found ? found.slice(0, 20) : null;
}

function toProgress(sync: StoredProductSync): ProductSyncProgress {
    return {
        syncId: sync.id,
        status: sync.status,
        resellableCount: sync.resellableCount,
        notResellableCount: sync.notResellableCount,
        errorMessage: sync.errorMessage,
        startedAt: sync.startedAt,
        finishedAt: sync.finishedAt,
        sellerAccount: SellerAccounts.accountOf(sync.sellerAccount),
    };
}

export class ProductSyncService {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
    }

    /**
     * The Apex checks the custom permission `Marketplace_Resale_Product_Sync`; the local app's
     * one user is its administrator and holds it.
     */
    static requireSyncPermission(): void {
        // Nothing to refuse locally: see above.
    }

    /** Whether AWS resells a product of this type and visibility (the domain's rule). */
    static isResellable(productType: string, visibility: string | null): boolean {
        return isResellable(productType, visibility);
    }

    /**
     * Reads and stores the first page of a seller account's products (one the user may use),
     * records the sync, and queues the next page.
     */
    async start(
        transaction: Transaction,
        sellerAccount: string | null,
    ): Promise<ProductSyncProgress> {
        const startedAt = Iso8601.format(transaction.now());
        const account = SellerAccounts.requireUsable(this.deps, this.format, sellerAccount);
        const page = await this.readPage(transaction, {
            sellerAccount: account.developerName,
            entityTypeIndex: 0,
        });
        const sync: StoredProductSync = {
            id: transaction.store.newId('a03'),
            sellerAccount: account.developerName,
            status: 'Running',
            startedAt,
            finishedAt: null,
            resellableCount: 0,
            notResellableCount: 0,
            errorMessage: null,
        };
        const counted = ProductSyncService.countIn(transaction, sync, page);
        transaction.upsertProducts(page.products);
        transaction.upsertProductSync(counted);
        if (page.next) {
            ProductSyncJob.enqueue(this.deps, page.next, counted.id);
        }
        return toProgress(counted);
    }

    /** Reads and stores one more page of a running sync, and counts it in. */
    async syncNext(
        transaction: Transaction,
        syncId: string,
        position: Position,
    ): Promise<Position | null> {
        const page = await this.readPage(transaction, position);
        const sync = this.selectSync(transaction, syncId);
        transaction.upsertProducts(page.products);
        transaction.upsertProductSync(ProductSyncService.countIn(transaction, sync, page));
        return page.next;
    }

    /** Marks a running sync as stopped, with the reason the administrator is shown. */
    static fail(
        transaction: Transaction,
        syncId: string,
        message: string,
        format: MessageFormatter,
    ): void {
        const sync = transaction.productSync(syncId);
        if (!sync || sync.status !== 'Running') {
            return;
        }
        transaction.upsertProductSync({
            ...sync,
            status: 'Failed',
            finishedAt: Iso8601.format(transaction.now()),
            errorMessage: (message || format('RA_Apex_Unexpected')).slice(0, ERROR_MESSAGE_LENGTH),
        });
    }

    /** Where a sync stands. */
    progress(transaction: Transaction, syncId: string): ProductSyncProgress {
        return toProgress(this.selectSync(transaction, syncId));
    }

    /** Reads one page of products: at most 1 + PAGE_SIZE callouts, no write. */
    async readPage(transaction: Transaction, position: Position): Promise<PageResult> {
        const entityType = ENTITY_TYPES[position.entityTypeIndex] ?? ENTITY_TYPES[0];
        const account = this.client.forAccount(position.sellerAccount);
        const page = await transaction.callout(() =>
            account.listEntities(entityType, position.nextToken, PAGE_SIZE),
        );
        const summaries = page.EntitySummaryList ?? [];
        if (summaries.length > PAGE_SIZE) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_Unexpected'));
        }
        const now = Iso8601.format(transaction.now());
        const result: PageResult = {
            products: [],
            resellableCount: 0,
            notResellableCount: 0,
            next: nextPosition(position, page.NextToken),
        };
        for (const summary of summaries) {
            const productId = summary.EntityId ?? '';
            const entity = await transaction.callout(() => account.describeEntity(productId));
            const details = CatalogApiClient.detailsOf(entity);
            const description = asObject(details.Description);
            const product: ProductRecord = {
                productId,
                title: String(description.ProductTitle ?? summary.Name ?? productId).slice(0, 80),
                productType: PRODUCT_TYPES[entityType],
                visibility: visibilityOf(entityType, asObject(summary), description),
                dimensionsJson: dimensionsJson(details.Dimensions),
                lastSyncedAt: now,
                sellerAccount: SellerAccounts.accountOf(position.sellerAccount),
            };
            result.products.push(product);
            if (ProductSyncService.isResellable(product.productType, product.visibility)) {
                result.resellableCount += 1;
            } else {
                result.notResellableCount += 1;
            }
        }
        return result;
    }

    private static countIn(
        transaction: Transaction,
        sync: StoredProductSync,
        page: PageResult,
    ): StoredProductSync {
        const done = page.next === null;
        return {
            ...sync,
            resellableCount: sync.resellableCount + page.resellableCount,
            notResellableCount: sync.notResellableCount + page.notResellableCount,
            status: done ? 'Completed' : sync.status,
            finishedAt: done ? Iso8601.format(transaction.now()) : sync.finishedAt,
        };
    }

    private selectSync(transaction: Transaction, syncId: string): StoredProductSync {
        const sync = transaction.productSync(syncId);
        if (!sync) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_ProductSyncNotFound'));
        }
        return sync;
    }
}
