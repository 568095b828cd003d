// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_NetPayment_Days from '@salesforce/label/c.RA_NetPayment_Days';
import RA_NetPayment_Default from '@salesforce/label/c.RA_NetPayment_Default';
import RA_Pricing_Contract from '@salesforce/label/c.RA_Pricing_Contract';
import RA_Pricing_Usage from '@salesforce/label/c.RA_Pricing_Usage';
import RA_Wizard_Currency from '@salesforce/label/c.RA_Wizard_Currency';
import RA_Wizard_Fps from '@salesforce/label/c.RA_Wizard_Fps';
import RA_Wizard_NetPayment from '@salesforce/label/c.RA_Wizard_NetPayment';
import RA_Wizard_PricingModel from '@salesforce/label/c.RA_Wizard_PricingModel';

/** The Custom Labels of raPricingSection, in the user's language. */
export const LABELS = {
    pricingModel: RA_Wizard_PricingModel,
    pricingContract: RA_Pricing_Contract,
    pricingUsage: RA_Pricing_Usage,
    flexiblePaymentSchedule: RA_Wizard_Fps,
    currency: RA_Wizard_Currency,
    netPayment: RA_Wizard_NetPayment,
    netPaymentDefault: RA_NetPayment_Default,
    netPaymentDays: RA_NetPayment_Days,
};
