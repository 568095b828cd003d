// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Detail_Back from '@salesforce/label/c.RA_Detail_Back';
import RA_WizardPage_BadAddress from '@salesforce/label/c.RA_WizardPage_BadAddress';

/** The Custom Labels of resaleAuthorizationWizardPage, in the user's language. */
export const LABELS = {
    badAddress: RA_WizardPage_BadAddress,
    back: RA_Detail_Back,
};
