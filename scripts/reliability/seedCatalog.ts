import { PRODUCT_ENTITY_TYPES, productTypeSchema } from '../../lwc-src/raDomain/product';
import type { Product, ProductType } from '../../lwc-src/raDomain/product';
import type { ProductRecord } from '../catalog-simulator/model';
import {
    SEED_DOCUMENTS,
    SEED_PRODUCTS,
    SEED_RESALE_AUTHORIZATIONS,
    SELLER_ACCOUNT_ID,
} from '../catalog-simulator/seed';

/**
 * What the form is fuzzed against: the simulator's seed seen through the domain's types, so
 * the dimensions of every generated form are those the simulator knows.
 */

function productTypeOf(entityType: string): ProductType | null {
    return (
        productTypeSchema.options.find((type) => PRODUCT_ENTITY_TYPES[type] === entityType) ?? null
    );
}

function toProduct(record: ProductRecord): Product | null {
    const productType = productTypeOf(record.entityType);
    return productType
        ? {
              productId: record.entityId,
              title: record.title,
              productType,
              dimensions: record.dimensions.map((d) => ({
                  key: d.Key,
                  name: d.Name,
                  unit: d.Unit,
                  type: d.Types.includes('Metered') ? 'Metered' : 'Entitled',
              })),
          }
        : null;
}

/**
 * The seed products a resale authorization can be made for. A product still in Draft is left
 * out: the form knows products only by type and dimensions, and the Catalog API refuses to
 * resell a draft product whatever the form says.
 */
export const FUZZ_PRODUCTS: readonly Product[] = SEED_PRODUCTS.filter(
    (record) => record.visibility !== 'Draft',
)
    .map(toProduct)
    .filter((product): product is Product => product !== null);

/** Draft resale authorizations of the seed, by product: a form can complete one of them. */
export const DRAFT_ENTITIES_BY_PRODUCT: ReadonlyMap<string, readonly string[]> = new Map(
    FUZZ_PRODUCTS.map((product) => [
        product.productId,
        SEED_RESALE_AUTHORIZATIONS.filter(
            (ra) => ra.status === 'Draft' && ra.productId === product.productId,
        ).map((ra) => ra.entityId),
    ]),
);

/**
 * Custom legal document links as an upload would give them, to documents the simulator's S3
 * holds (virtual-hosted and path-style). Which documents exist is outside the form's reach.
 */
export const DOCUMENT_URLS: readonly string[] = SEED_DOCUMENTS.flatMap((key) => {
    const [bucket, ...rest] = key.split('/');
    const objectKey = rest.join('/');
    return [
        `https://${bucket ?? ''}.s3.amazonaws.com/${objectKey}`,
        `https://s3.us-east-1.amazonaws.com/${key}`,
    ];
});

/**
 * The seller itself cannot be its own reseller (`INVALID_RESELLER_ACCOUNT`), which the form
 * cannot know: generated reseller accounts avoid it.
 */
export const SELLER_ACCOUNT = SELLER_ACCOUNT_ID;
