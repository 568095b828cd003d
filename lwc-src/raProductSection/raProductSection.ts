import { LightningElement, api } from 'lwc';
import { emptyFormState, resellableProductRecords } from 'c/raDomain';
import type { FormLayout, FormState, PickedAccount, ProductRecord, ProductType } from 'c/raDomain';
import { Memo, formatLabel } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/** A product to choose: its title, and a second line with its type and product ID. */
interface ProductOption {
    label: string;
    value: string;
    description: string;
}

const PRODUCT_TYPE_LABELS: Record<ProductType, string> = {
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
function productOptions(products: readonly ProductRecord[], chosenId: string): ProductOption[] {
    const offered = new Set(resellableProductRecords(products));
    return products
        .filter((p) => offered.has(p) || p.productId === chosenId)
        .map((p) => ({
            label: p.title,
            value: p.productId,
            description: formatLabel(
                LABELS.productOption,
                PRODUCT_TYPE_LABELS[p.productType as ProductType] ?? p.productType,
                p.productId,
            ),
        }));
}

/**
 * The wizard's first section: the product resold, and the buyers a renewal is for (typed, or
 * added from Accounts). An Account picked as a buyer bubbles to the wizard as `buyerpick`.
 */
export default class RaProductSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;
    @api products: ProductRecord[] = [];
    /** Why the products could not be loaded, if they could not. */
    @api productsError = '';

    readonly labels = LABELS;
    /** The same options while the products and the choice are (a keystroke elsewhere keeps them). */
    private readonly options = new Memo<ProductOption[]>();

    get productOptions(): ProductOption[] {
        const { products } = this;
        const { productId } = this.form;
        return this.options.get([products, productId], () => productOptions(products, productId));
    }

    get noProducts(): boolean {
        return !this.productsError && this.products.length === 0;
    }

    get showBuyerPicker(): boolean {
        return Boolean(this.layout?.fields.buyerAccountsText.visible);
    }

    /** An Account picked as a buyer: its AWS account id joins the buyers. */
    handleBuyerPick(event: CustomEvent<PickedAccount | null>): void {
        event.stopPropagation();
        if (event.detail) {
            this.dispatchEvent(
                new CustomEvent('buyerpick', {
                    detail: event.detail,
                    bubbles: true,
                    composed: true,
                }),
            );
        }
    }
}
