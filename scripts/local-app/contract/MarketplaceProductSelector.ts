/** `MarketplaceProductSelector.cls` in TypeScript: reads of the synced Marketplace products. */
import type { ProductRecord } from '../../../lwc-src/raDomain/apexContract';
import type { LocalStore } from './store';

export class MarketplaceProductSelector {
    constructor(private readonly store: LocalStore) {}

    selectAll(): ProductRecord[] {
        return this.store.allProducts();
    }

    selectByProductId(productId: string): ProductRecord | null {
        return this.store.allProducts().find((product) => product.productId === productId) ?? null;
    }
}
