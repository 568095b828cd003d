// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Wizard_BuyerAccounts from '@salesforce/label/c.RA_Wizard_BuyerAccounts';
import RA_Wizard_BuyerAccountsHelp from '@salesforce/label/c.RA_Wizard_BuyerAccountsHelp';
import RA_Wizard_NoProducts from '@salesforce/label/c.RA_Wizard_NoProducts';
import RA_Wizard_Product from '@salesforce/label/c.RA_Wizard_Product';
import RA_Wizard_ProductHelp from '@salesforce/label/c.RA_Wizard_ProductHelp';
import RA_Wizard_ProductPlaceholder from '@salesforce/label/c.RA_Wizard_ProductPlaceholder';
/** The Custom Labels of raProductSection, in the user's language. */
export const LABELS = {
    noProducts: RA_Wizard_NoProducts,
    product: RA_Wizard_Product,
    productPlaceholder: RA_Wizard_ProductPlaceholder,
    productHelp: RA_Wizard_ProductHelp,
    buyerAccounts: RA_Wizard_BuyerAccounts,
    buyerAccountsHelp: RA_Wizard_BuyerAccountsHelp,
};
