/**
 * Valid forms for the simulator's seed products, built with the domain: what the benchmarks
 * publish. Dates are relative to today, as in the wizard.
 */
import { emptyFormState } from '../../lwc-src/raDomain/raDomain';
import type { FormState, Product } from '../../lwc-src/raDomain/raDomain';
import { SECOND_SELLER, SEED_PRODUCTS } from '../catalog-simulator/seed';

export function isoDate(daysFromToday: number): string {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + daysFromToday);
    return date.toISOString().slice(0, 10);
}

/** A seed product of either seller as the domain sees it (what the product sync would store). */
export function seedProduct(productId: string): Product {
    const record = [...SEED_PRODUCTS, ...SECOND_SELLER.products].find(
        (product) => product.entityId === productId,
    );
    if (!record) {
        throw new Error(`No seed product ${productId}`);
    }
    return {
        productId: record.entityId,
        title: record.title,
        productType: 'SaaS',
        dimensions: record.dimensions.map((dimension) => ({
            key: dimension.Key,
            name: dimension.Name,
            unit: dimension.Unit,
            type: dimension.Types.includes('Metered') ? 'Metered' : 'Entitled',
        })),
    };
}

/** A 12-month contract for the entitled dimensions of a seed product (Analytics Cloud's two). */
export function contractForm(
    name: string,
    resellerAccountId = '111122223333',
    productId = 'prod-saas-analytics',
): FormState {
    const product = seedProduct(productId);
    return {
        ...emptyFormState(product.productId),
        name,
        resellerAccountId,
        pricingModel: 'Contract',
        dimensions: product.dimensions
            .filter((dimension) => dimension.type === 'Entitled')
            .map((dimension) => ({ key: dimension.key, rate: '100.00', quantity: '' })),
        buyerLegalTerms: { type: 'StandardEula', document: null },
        resellerLegalTerms: { type: 'StandardResellerContract', document: null },
        availability: { usage: 'multiUse', expiryDate: isoDate(365) },
    };
}
