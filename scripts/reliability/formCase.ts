import type { FormState } from '../../lwc-src/raDomain/formState';
import type { Product } from '../../lwc-src/raDomain/product';

/** The product and the day a form is filled in. */
export interface FuzzContext {
    product: Product;
    /** YYYY-MM-DD, for the form's validation and the simulator alike. */
    today: string;
    /** Every product of the catalogue, for forms that name another one. */
    products: readonly Product[];
}

/** One generated form and how it is submitted. */
export interface FormCase {
    product: Product;
    today: string;
    /** `publish` validates everything release needs; `draft` only what a draft needs. */
    purpose: 'publish' | 'draft';
    /** A Draft resale authorization the form completes, or null to create one. */
    entityId: string | null;
    form: FormState;
    /** The perturbations applied to a coherent form, by name (empty: coherent as built). */
    mutations: string[];
}
