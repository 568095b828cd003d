// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Change_CreateResaleAuthorization from '@salesforce/label/c.RA_Change_CreateResaleAuthorization';
import RA_Change_ReleaseResaleAuthorization from '@salesforce/label/c.RA_Change_ReleaseResaleAuthorization';
import RA_Change_RestrictResaleAuthorization from '@salesforce/label/c.RA_Change_RestrictResaleAuthorization';
import RA_Change_UpdateAvailability from '@salesforce/label/c.RA_Change_UpdateAvailability';
import RA_Change_UpdateBuyerTargetingTerms from '@salesforce/label/c.RA_Change_UpdateBuyerTargetingTerms';
import RA_Change_UpdateBuyerValidityTerms from '@salesforce/label/c.RA_Change_UpdateBuyerValidityTerms';
import RA_Change_UpdateInformation from '@salesforce/label/c.RA_Change_UpdateInformation';
import RA_Change_UpdateLegalTerms from '@salesforce/label/c.RA_Change_UpdateLegalTerms';
import RA_Change_UpdateNetPaymentTerms from '@salesforce/label/c.RA_Change_UpdateNetPaymentTerms';
import RA_Change_UpdatePaymentScheduleTerms from '@salesforce/label/c.RA_Change_UpdatePaymentScheduleTerms';
import RA_Change_UpdatePricingTerms from '@salesforce/label/c.RA_Change_UpdatePricingTerms';
import RA_Wizard_Changes from '@salesforce/label/c.RA_Wizard_Changes';
import RA_Wizard_ReviewIntro from '@salesforce/label/c.RA_Wizard_ReviewIntro';
/** The Custom Labels of raReviewStep, in the user's language. */
export const LABELS = {
    intro: RA_Wizard_ReviewIntro,
    changes: RA_Wizard_Changes,
    changeCreateResaleAuthorization: RA_Change_CreateResaleAuthorization,
    changeUpdatePricingTerms: RA_Change_UpdatePricingTerms,
    changeUpdatePaymentScheduleTerms: RA_Change_UpdatePaymentScheduleTerms,
    changeUpdateLegalTerms: RA_Change_UpdateLegalTerms,
    changeUpdateBuyerTargetingTerms: RA_Change_UpdateBuyerTargetingTerms,
    changeUpdateAvailability: RA_Change_UpdateAvailability,
    changeUpdateBuyerValidityTerms: RA_Change_UpdateBuyerValidityTerms,
    changeUpdateNetPaymentTerms: RA_Change_UpdateNetPaymentTerms,
    changeUpdateInformation: RA_Change_UpdateInformation,
    changeReleaseResaleAuthorization: RA_Change_ReleaseResaleAuthorization,
    changeRestrictResaleAuthorization: RA_Change_RestrictResaleAuthorization,
};
