import * as z from './zod';
import type { ProductRecord } from './apexContract';

export const productTypeSchema = z.enum([
    'SaaS',
    'AMI',
    'Container',
    'ProfessionalServices',
    'Data',
]);
export type ProductType = z.infer<typeof productTypeSchema>;

export const pricingModelSchema = z.enum(['Contract', 'Usage']);
export type PricingModel = z.infer<typeof pricingModelSchema>;

/** `Entitled` dimensions are bought up front (contract); `Metered` ones are billed on usage. */
export const dimensionTypeSchema = z.enum(['Entitled', 'Metered']);
export type DimensionType = z.infer<typeof dimensionTypeSchema>;

export const productDimensionSchema = z.object({
    key: z.string().check(z.minLength(1), z.maxLength(60)),
    name: z.string(),
    unit: z.string(),
    type: dimensionTypeSchema,
});
export type ProductDimension = z.infer<typeof productDimensionSchema>;

/**
 * A product of the seller, as the product sync stores it. `visibility` is the product's
 * visibility on AWS Marketplace (`Public`, `Limited`, `Restricted`, `Draft`); absent when not
 * known (a product typed by hand in a form file).
 */
export const productSchema = z.object({
    productId: z.string().check(z.minLength(1), z.maxLength(50)),
    title: z.string(),
    productType: productTypeSchema,
    dimensions: z.array(productDimensionSchema),
    visibility: z.optional(z.string()),
});
export type Product = z.infer<typeof productSchema>;

/** The Catalog API entity type of each product type (`ListEntities` / `DescribeEntity`). */
export const PRODUCT_ENTITY_TYPES: Record<ProductType, string> = {
    SaaS: 'SaaSProduct',
    AMI: 'AmiProduct',
    Container: 'ContainerProduct',
    ProfessionalServices: 'ProfessionalServicesProduct',
    Data: 'DataProduct',
};

/**
 * The product types a resale authorization can be made for: the AWS Marketplace Seller Guide,
 * "Creating a selling authorization for an AWS Marketplace Channel Partner as an ISV"
 * (docs.aws.amazon.com/marketplace/latest/userguide/channel-partner-isv-info.html), lists AMI,
 * container, SaaS and professional services products; data products are not among them (see
 * docs/product-rules.md).
 */
export const RESELLABLE_PRODUCT_TYPES: readonly ProductType[] = [
    'SaaS',
    'AMI',
    'Container',
    'ProfessionalServices',
];

/**
 * The visibilities of a product AWS resells: released resale authorizations need a product
 * that is "active, limited or public" (`INCOMPATIBLE_PRODUCT`), and `CreateResaleAuthorization`
 * refuses a draft product. `Restricted` (unpublished, kept for existing buyers) and `Draft` are
 * not resold.
 */
export const RESELLABLE_VISIBILITIES: readonly string[] = ['Public', 'Limited'];

/**
 * Whether AWS resells a product of this type and visibility. An unknown visibility (`null`,
 * `undefined`: not given) does not stop a product; a known one must be public or limited.
 */
export function isResellable(productType: string, visibility: string | null | undefined): boolean {
    return (
        RESELLABLE_PRODUCT_TYPES.some((type) => type === productType) &&
        (visibility === null ||
            visibility === undefined ||
            RESELLABLE_VISIBILITIES.includes(visibility))
    );
}

/**
 * Professional services are resold with a custom EULA only: the Seller Guide's channel partner
 * page says "Only custom EULAs are supported for professional services sellers".
 */
export function requiresCustomEula(product: Product): boolean {
    return product.productType === 'ProfessionalServices';
}

/** Pricing models a product supports: contract with entitled dimensions, usage with metered. */
export function pricingModelsOf(product: Product): PricingModel[] {
    const models: PricingModel[] = [];
    if (product.dimensions.some((d) => d.type === 'Entitled')) {
        models.push('Contract');
    }
    if (product.dimensions.some((d) => d.type === 'Metered')) {
        models.push('Usage');
    }
    return models;
}

/** The dimensions priced under a pricing model. */
export function dimensionsFor(product: Product, pricingModel: PricingModel): ProductDimension[] {
    const type: DimensionType = pricingModel === 'Contract' ? 'Entitled' : 'Metered';
    return product.dimensions.filter((d) => d.type === type);
}

/** Flexible payment schedules exist for SaaS and Professional Services contracts. */
export function supportsFlexiblePaymentSchedule(product: Product): boolean {
    return product.productType === 'SaaS' || product.productType === 'ProfessionalServices';
}

/** Future-dated agreements (`UpdateBuyerValidityTerms`) are for SaaS products only. */
export function supportsFutureStart(product: Product): boolean {
    return product.productType === 'SaaS';
}

/**
 * The product model of a stored product record; null when the record cannot be read (the
 * product is then not offered rather than shown half broken).
 */
export function productFromRecord(record: ProductRecord | null | undefined): Product | null {
    if (!record) {
        return null;
    }
    let dimensions: unknown;
    try {
        dimensions = JSON.parse(record.dimensionsJson);
    } catch {
        return null;
    }
    const parsed = z.safeParse(productSchema, {
        productId: record.productId,
        title: record.title,
        productType: record.productType,
        dimensions,
        ...(record.visibility ? { visibility: record.visibility } : {}),
    });
    return parsed.success ? parsed.data : null;
}

/** The stored products a new resale authorization may be made for, as the product picker offers them. */
export function resellableProductRecords(records: readonly ProductRecord[]): ProductRecord[] {
    return records.filter((record) => isResellable(record.productType, record.visibility));
}
