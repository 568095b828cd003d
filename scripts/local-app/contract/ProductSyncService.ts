/**
 * `ProductSyncService.cls` in TypeScript: one page of the seller's products (ListEntities, then
 * DescribeEntity for each: callouts first), stored in one upsert, and where the next page starts.
 */
import type { ProductRecord } from '../../../lwc-src/raDomain/apexContract';
import { CatalogApiClient } from './CatalogApiClient';
import type { ContractDeps } from './contractDeps';
import { Iso8601 } from './Iso8601';
import type { Transaction } from './platform';

export const PAGE_SIZE = 20;
export const ENTITY_TYPES = [
    'SaaSProduct',
    'AmiProduct',
    'ContainerProduct',
    'ProfessionalServicesProduct',
    'DataProduct',
] as const;
const PRODUCT_TYPES: Record<(typeof ENTITY_TYPES)[number], string> = {
    SaaSProduct: 'SaaS',
    AmiProduct: 'AMI',
    ContainerProduct: 'Container',
    ProfessionalServicesProduct: 'ProfessionalServices',
    DataProduct: 'Data',
};

export interface Position {
    entityTypeIndex: number;
    nextToken?: string;
}

export interface PageResult {
    storedCount: number;
    next: Position | null;
}

function nextPosition(current: Position, nextToken: string | undefined): Position | null {
    if (nextToken) {
        return { entityTypeIndex: current.entityTypeIndex, nextToken };
    }
    const entityTypeIndex = current.entityTypeIndex + 1;
    return entityTypeIndex < ENTITY_TYPES.length ? { entityTypeIndex } : null;
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

export class ProductSyncService {
    private readonly client: CatalogApiClient;

    constructor(deps: ContractDeps) {
        this.client = new CatalogApiClient(deps.catalog);
    }

    /**
     * The Apex checks the custom permission `Marketplace_Resale_Product_Sync`; the local app's
     * one user is its administrator and holds it.
     */
    static requireSyncPermission(): void {
        // Nothing to refuse locally: see above.
    }

    async syncPage(transaction: Transaction, position: Position): Promise<PageResult> {
        const entityType = ENTITY_TYPES[position.entityTypeIndex] ?? ENTITY_TYPES[0];
        const page = await transaction.callout(() =>
            this.client.listEntities(entityType, position.nextToken, PAGE_SIZE),
        );
        const now = Iso8601.format(transaction.now());
        const products: ProductRecord[] = [];
        for (const summary of (page.EntitySummaryList ?? []).slice(0, PAGE_SIZE)) {
            const productId = summary.EntityId ?? '';
            const entity = await transaction.callout(() => this.client.describeEntity(productId));
            const details = CatalogApiClient.detailsOf(entity);
            const description = (details.Description ?? {}) as { ProductTitle?: unknown };
            products.push({
                productId,
                title: String(description.ProductTitle ?? summary.Name ?? productId).slice(0, 80),
                productType: PRODUCT_TYPES[entityType],
                dimensionsJson: dimensionsJson(details.Dimensions),
                lastSyncedAt: now,
            });
        }
        transaction.upsertProducts(products);
        return { storedCount: products.length, next: nextPosition(position, page.NextToken) };
    }
}
