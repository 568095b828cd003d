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

/** A product the seller can authorize for resale, as the product sync stores it. */
export const productSchema = z.object({
    productId: z.string().check(z.minLength(1), z.maxLength(50)),
    title: z.string(),
    productType: productTypeSchema,
    dimensions: z.array(productDimensionSchema),
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
    });
    return parsed.success ? parsed.data : null;
}
