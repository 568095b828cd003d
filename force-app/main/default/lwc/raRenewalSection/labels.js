// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Channel_AwsMarketplace from '@salesforce/label/c.RA_Channel_AwsMarketplace';
import RA_Channel_External from '@salesforce/label/c.RA_Channel_External';
import RA_Pricing_Byol from '@salesforce/label/c.RA_Pricing_Byol';
import RA_Pricing_Contract from '@salesforce/label/c.RA_Pricing_Contract';
import RA_Pricing_Free from '@salesforce/label/c.RA_Pricing_Free';
import RA_Pricing_Usage from '@salesforce/label/c.RA_Pricing_Usage';
import RA_Wizard_AcquisitionChannel from '@salesforce/label/c.RA_Wizard_AcquisitionChannel';
import RA_Wizard_IsRenewal from '@salesforce/label/c.RA_Wizard_IsRenewal';
import RA_Wizard_RenewalPricingModel from '@salesforce/label/c.RA_Wizard_RenewalPricingModel';
/** The Custom Labels of raRenewalSection, in the user's language. */
export const LABELS = {
    isRenewal: RA_Wizard_IsRenewal,
    acquisitionChannel: RA_Wizard_AcquisitionChannel,
    channelAwsMarketplace: RA_Channel_AwsMarketplace,
    channelExternal: RA_Channel_External,
    renewalPricingModel: RA_Wizard_RenewalPricingModel,
    pricingContract: RA_Pricing_Contract,
    pricingUsage: RA_Pricing_Usage,
    pricingByol: RA_Pricing_Byol,
    pricingFree: RA_Pricing_Free,
};
