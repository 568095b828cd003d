import {
    PRODUCT_ENTITY_TYPES,
    isResellable,
    productTypeSchema,
} from '../../lwc-src/raDomain/product';
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
              visibility: record.visibility,
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
 * The seed products a resale authorization can be made for: those AWS resells (a product still
 * in Draft, or a data product, is refused whatever the form says, and the wizard does not offer
 * it).
 */
export const FUZZ_PRODUCTS: readonly Product[] = SEED_PRODUCTS.map(toProduct).filter(
    (product): product is Product =>
        product !== null && isResellable(product.productType, product.visibility),
);

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
