// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Field_SellerAccount from '@salesforce/label/c.RA_Field_SellerAccount';
import RA_SellerAccount_Help from '@salesforce/label/c.RA_SellerAccount_Help';
import RA_SellerAccount_LoadFailed from '@salesforce/label/c.RA_SellerAccount_LoadFailed';
import RA_SellerAccount_Placeholder from '@salesforce/label/c.RA_SellerAccount_Placeholder';

/** The Custom Labels of raSellerAccountPicker, in the user's language. */
export const LABELS = {
    label: RA_Field_SellerAccount,
    help: RA_SellerAccount_Help,
    placeholder: RA_SellerAccount_Placeholder,
    loadFailed: RA_SellerAccount_LoadFailed,
};
