// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Usage_Multi from '@salesforce/label/c.RA_Usage_Multi';
import RA_Usage_OneTime from '@salesforce/label/c.RA_Usage_OneTime';
import RA_Wizard_DatesInUtc from '@salesforce/label/c.RA_Wizard_DatesInUtc';
import RA_Wizard_ExpiryDate from '@salesforce/label/c.RA_Wizard_ExpiryDate';
import RA_Wizard_FutureStart from '@salesforce/label/c.RA_Wizard_FutureStart';
import RA_Wizard_FutureStartDate from '@salesforce/label/c.RA_Wizard_FutureStartDate';
import RA_Wizard_Usage from '@salesforce/label/c.RA_Wizard_Usage';

/** The Custom Labels of raAvailabilitySection, in the user's language. */
export const LABELS = {
    usage: RA_Wizard_Usage,
    usageMulti: RA_Usage_Multi,
    usageOneTime: RA_Usage_OneTime,
    expiryDate: RA_Wizard_ExpiryDate,
    futureStart: RA_Wizard_FutureStart,
    futureStartDate: RA_Wizard_FutureStartDate,
    datesInUtc: RA_Wizard_DatesInUtc,
};
