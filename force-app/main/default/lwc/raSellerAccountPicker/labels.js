// The seller account picker's Custom Labels.
import label from '@salesforce/label/c.RA_Field_SellerAccount';
import help from '@salesforce/label/c.RA_SellerAccount_Help';
import placeholder from '@salesforce/label/c.RA_SellerAccount_Placeholder';
import loadFailed from '@salesforce/label/c.RA_SellerAccount_LoadFailed';
export const LABELS = { label, help, placeholder, loadFailed };
