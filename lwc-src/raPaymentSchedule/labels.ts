// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Payment_Add from '@salesforce/label/c.RA_Payment_Add';
import RA_Payment_Amount from '@salesforce/label/c.RA_Payment_Amount';
import RA_Payment_AmountOfRow from '@salesforce/label/c.RA_Payment_AmountOfRow';
import RA_Payment_Caption from '@salesforce/label/c.RA_Payment_Caption';
import RA_Payment_Date from '@salesforce/label/c.RA_Payment_Date';
import RA_Payment_DateOfRow from '@salesforce/label/c.RA_Payment_DateOfRow';
import RA_Payment_Empty from '@salesforce/label/c.RA_Payment_Empty';
import RA_Payment_Remove from '@salesforce/label/c.RA_Payment_Remove';
import RA_Payment_RemoveRow from '@salesforce/label/c.RA_Payment_RemoveRow';
import RA_Payment_Total from '@salesforce/label/c.RA_Payment_Total';
import RA_Wizard_DatesInUtc from '@salesforce/label/c.RA_Wizard_DatesInUtc';

/** The Custom Labels of raPaymentSchedule, in the user's language. */
export const LABELS = {
    dateOfRow: RA_Payment_DateOfRow,
    amountOfRow: RA_Payment_AmountOfRow,
    removeRow: RA_Payment_RemoveRow,
    datesInUtc: RA_Wizard_DatesInUtc,
    caption: RA_Payment_Caption,
    date: RA_Payment_Date,
    amount: RA_Payment_Amount,
    add: RA_Payment_Add,
    remove: RA_Payment_Remove,
    total: RA_Payment_Total,
    empty: RA_Payment_Empty,
};
