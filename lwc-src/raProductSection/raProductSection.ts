import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState, ProductRecord } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/** The wizard's first section: the product resold, and the buyers a renewal is for. */
export default class RaProductSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;
    @api products: ProductRecord[] = [];
    /** Why the products could not be loaded, if they could not. */
    @api productsError = '';

    readonly labels = LABELS;

    get productOptions(): { label: string; value: string }[] {
        return this.products.map((p) => ({ label: p.title, value: p.productId }));
    }

    get noProducts(): boolean {
        return !this.productsError && this.products.length === 0;
    }
}
