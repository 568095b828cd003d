import { LightningElement, api } from 'lwc';
import { emptyFormState, resellableProductRecords } from 'c/raDomain';
import { Memo, formatLabel } from 'c/raUi';
import { LABELS } from './labels';
const PRODUCT_TYPE_LABELS = {
    SaaS: LABELS.productTypeSaaS,
    AMI: LABELS.productTypeAmi,
    Container: LABELS.productTypeContainer,
    ProfessionalServices: LABELS.productTypeProfessionalServices,
    Data: LABELS.productTypeData,
};
/**
 * The products to choose from: those AWS resells, each with its type and product ID, and the
 * one already chosen (so that a product AWS no longer resells shows with its problem).
 */
function productOptions(products, chosenId) {
    const offered = new Set(resellableProductRecords(products));
    return products
        .filter((p) => offered.has(p) || p.productId === chosenId)
        .map((p) => ({
        label: p.title,
        value: p.productId,
        description: formatLabel(LABELS.productOption, PRODUCT_TYPE_LABELS[p.productType] ?? p.productType, p.productId),
    }));
}
/**
 * The wizard's first section: the product resold, and the buyers a renewal is for (typed, or
 * added from Accounts). An Account picked as a buyer bubbles to the wizard as `buyerpick`.
 */
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
    /** The same options while the products and the choice are (a keystroke elsewhere keeps them). */
    options = new Memo();
    get productOptions() {
        const { products } = this;
        const { productId } = this.form;
        return this.options.get([products, productId], () => productOptions(products, productId));
    }
    get noProducts() {
        return !this.productsError && this.products.length === 0;
    }
    get showBuyerPicker() {
        return Boolean(this.layout?.fields.buyerAccountsText.visible);
    }
    /** An Account picked as a buyer: its AWS account id joins the buyers. */
    handleBuyerPick(event) {
        event.stopPropagation();
        if (event.detail) {
            this.dispatchEvent(new CustomEvent('buyerpick', {
                detail: event.detail,
                bubbles: true,
                composed: true,
            }));
        }
    }
}
