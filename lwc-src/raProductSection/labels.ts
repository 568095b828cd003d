// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Picker_AccountPlaceholder from '@salesforce/label/c.RA_Picker_AccountPlaceholder';
import RA_Picker_Buyer from '@salesforce/label/c.RA_Picker_Buyer';
import RA_Picker_BuyerHelp from '@salesforce/label/c.RA_Picker_BuyerHelp';
import RA_ProductType_AMI from '@salesforce/label/c.RA_ProductType_AMI';
import RA_ProductType_Container from '@salesforce/label/c.RA_ProductType_Container';
import RA_ProductType_Data from '@salesforce/label/c.RA_ProductType_Data';
import RA_ProductType_ProfessionalServices from '@salesforce/label/c.RA_ProductType_ProfessionalServices';
import RA_ProductType_SaaS from '@salesforce/label/c.RA_ProductType_SaaS';
import RA_Wizard_BuyerAccounts from '@salesforce/label/c.RA_Wizard_BuyerAccounts';
import RA_Wizard_BuyerAccountsHelp from '@salesforce/label/c.RA_Wizard_BuyerAccountsHelp';
import RA_Wizard_NoProducts from '@salesforce/label/c.RA_Wizard_NoProducts';
import RA_Wizard_Product from '@salesforce/label/c.RA_Wizard_Product';
import RA_Wizard_ProductHelp from '@salesforce/label/c.RA_Wizard_ProductHelp';
import RA_Wizard_ProductOption from '@salesforce/label/c.RA_Wizard_ProductOption';
import RA_Wizard_ProductPlaceholder from '@salesforce/label/c.RA_Wizard_ProductPlaceholder';

/** The Custom Labels of raProductSection, in the user's language. */
export const LABELS = {
    noProducts: RA_Wizard_NoProducts,
    product: RA_Wizard_Product,
    productPlaceholder: RA_Wizard_ProductPlaceholder,
    productHelp: RA_Wizard_ProductHelp,
    buyerAccounts: RA_Wizard_BuyerAccounts,
    buyerAccountsHelp: RA_Wizard_BuyerAccountsHelp,
    buyerPicker: RA_Picker_Buyer,
    buyerPickerHelp: RA_Picker_BuyerHelp,
    accountPlaceholder: RA_Picker_AccountPlaceholder,
    productOption: RA_Wizard_ProductOption,
    productTypeSaaS: RA_ProductType_SaaS,
    productTypeAmi: RA_ProductType_AMI,
    productTypeContainer: RA_ProductType_Container,
    productTypeProfessionalServices: RA_ProductType_ProfessionalServices,
    productTypeData: RA_ProductType_Data,
};
