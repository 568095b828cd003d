// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Picker_AccountPlaceholder from '@salesforce/label/c.RA_Picker_AccountPlaceholder';
import RA_Picker_Opportunity from '@salesforce/label/c.RA_Picker_Opportunity';
import RA_Picker_OpportunityPlaceholder from '@salesforce/label/c.RA_Picker_OpportunityPlaceholder';
import RA_Picker_Reseller from '@salesforce/label/c.RA_Picker_Reseller';
import RA_Picker_ResellerHelp from '@salesforce/label/c.RA_Picker_ResellerHelp';
import RA_Wizard_Description from '@salesforce/label/c.RA_Wizard_Description';
import RA_Wizard_Name from '@salesforce/label/c.RA_Wizard_Name';
import RA_Wizard_Reseller from '@salesforce/label/c.RA_Wizard_Reseller';
import RA_Wizard_ResellerHelp from '@salesforce/label/c.RA_Wizard_ResellerHelp';
/** The Custom Labels of raDetailsSection, in the user's language. */
export const LABELS = {
    name: RA_Wizard_Name,
    description: RA_Wizard_Description,
    reseller: RA_Wizard_Reseller,
    resellerHelp: RA_Wizard_ResellerHelp,
    resellerPicker: RA_Picker_Reseller,
    resellerPickerHelp: RA_Picker_ResellerHelp,
    accountPlaceholder: RA_Picker_AccountPlaceholder,
    opportunity: RA_Picker_Opportunity,
    opportunityPlaceholder: RA_Picker_OpportunityPlaceholder,
};
