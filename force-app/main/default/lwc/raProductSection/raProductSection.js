import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
/** The wizard's first section: the product resold, and the buyers a renewal is for. */
export default class RaProductSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    @api
    products = [];
    /** Why the products could not be loaded, if they could not. */
    @api
    productsError = '';
    labels = LABELS;
    get productOptions() {
        return this.products.map((p) => ({ label: p.title, value: p.productId }));
    }
    get noProducts() {
        return !this.productsError && this.products.length === 0;
    }
}
