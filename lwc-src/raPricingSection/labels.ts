// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Constraint_Allowed from '@salesforce/label/c.RA_Constraint_Allowed';
import RA_Constraint_Disallowed from '@salesforce/label/c.RA_Constraint_Disallowed';
import RA_NetPayment_Days from '@salesforce/label/c.RA_NetPayment_Days';
import RA_NetPayment_Default from '@salesforce/label/c.RA_NetPayment_Default';
import RA_Pricing_Contract from '@salesforce/label/c.RA_Pricing_Contract';
import RA_Pricing_Usage from '@salesforce/label/c.RA_Pricing_Usage';
import RA_Wizard_Currency from '@salesforce/label/c.RA_Wizard_Currency';
import RA_Wizard_Fps from '@salesforce/label/c.RA_Wizard_Fps';
import RA_Wizard_MultipleDimensionSelection from '@salesforce/label/c.RA_Wizard_MultipleDimensionSelection';
import RA_Wizard_MultipleDimensionSelectionHelp from '@salesforce/label/c.RA_Wizard_MultipleDimensionSelectionHelp';
import RA_Wizard_NetPayment from '@salesforce/label/c.RA_Wizard_NetPayment';
import RA_Wizard_PricingModel from '@salesforce/label/c.RA_Wizard_PricingModel';
import RA_Wizard_QuantityConfiguration from '@salesforce/label/c.RA_Wizard_QuantityConfiguration';
import RA_Wizard_QuantityConfigurationHelp from '@salesforce/label/c.RA_Wizard_QuantityConfigurationHelp';

/** The Custom Labels of raPricingSection, in the user's language. */
export const LABELS = {
    pricingModel: RA_Wizard_PricingModel,
    pricingContract: RA_Pricing_Contract,
    pricingUsage: RA_Pricing_Usage,
    flexiblePaymentSchedule: RA_Wizard_Fps,
    currency: RA_Wizard_Currency,
    multipleDimensionSelection: RA_Wizard_MultipleDimensionSelection,
    multipleDimensionSelectionHelp: RA_Wizard_MultipleDimensionSelectionHelp,
    quantityConfiguration: RA_Wizard_QuantityConfiguration,
    quantityConfigurationHelp: RA_Wizard_QuantityConfigurationHelp,
    constraintAllowed: RA_Constraint_Allowed,
    constraintDisallowed: RA_Constraint_Disallowed,
    netPayment: RA_Wizard_NetPayment,
    netPaymentDefault: RA_NetPayment_Default,
    netPaymentDays: RA_NetPayment_Days,
};
