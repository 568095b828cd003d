// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Payment_Add from '@salesforce/label/c.RA_Payment_Add';
import RA_Payment_Amount from '@salesforce/label/c.RA_Payment_Amount';
import RA_Payment_Caption from '@salesforce/label/c.RA_Payment_Caption';
import RA_Payment_Date from '@salesforce/label/c.RA_Payment_Date';
import RA_Payment_Empty from '@salesforce/label/c.RA_Payment_Empty';
import RA_Payment_Remove from '@salesforce/label/c.RA_Payment_Remove';
import RA_Payment_Total from '@salesforce/label/c.RA_Payment_Total';

/** The Custom Labels of raPaymentSchedule, in the user's language. */
export const LABELS = {
    dateLabel: RA_Payment_Date,
    amountLabel: RA_Payment_Amount,
    addLabel: RA_Payment_Add,
    removeLabel: RA_Payment_Remove,
    totalLabel: RA_Payment_Total,
    captionLabel: RA_Payment_Caption,
    emptyLabel: RA_Payment_Empty,
};
