// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Payment_Add from '@salesforce/label/c.RA_Payment_Add';
import RA_Payment_Amount from '@salesforce/label/c.RA_Payment_Amount';
import RA_Payment_Caption from '@salesforce/label/c.RA_Payment_Caption';
import RA_Payment_Date from '@salesforce/label/c.RA_Payment_Date';
import RA_Payment_Empty from '@salesforce/label/c.RA_Payment_Empty';
import RA_Payment_Remove from '@salesforce/label/c.RA_Payment_Remove';
import RA_Payment_Total from '@salesforce/label/c.RA_Payment_Total';
import RA_Section_PaymentSchedule from '@salesforce/label/c.RA_Section_PaymentSchedule';
import RA_Wizard_DatesInUtc from '@salesforce/label/c.RA_Wizard_DatesInUtc';
/** The Custom Labels of raPaymentSchedule, in the user's language. */
export const LABELS = {
    section: RA_Section_PaymentSchedule,
    datesInUtc: RA_Wizard_DatesInUtc,
    caption: RA_Payment_Caption,
    date: RA_Payment_Date,
    amount: RA_Payment_Amount,
    add: RA_Payment_Add,
    remove: RA_Payment_Remove,
    total: RA_Payment_Total,
    empty: RA_Payment_Empty,
};
