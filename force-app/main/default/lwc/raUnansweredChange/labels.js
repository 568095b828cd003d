// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Unanswered_Message from '@salesforce/label/c.RA_Unanswered_Message';
import RA_Unanswered_SendAgain from '@salesforce/label/c.RA_Unanswered_SendAgain';
import RA_Unanswered_Sent from '@salesforce/label/c.RA_Unanswered_Sent';
/** The Custom Labels of raUnansweredChange, in the user's language. */
export const LABELS = {
    messageLabel: RA_Unanswered_Message,
    sendAgainLabel: RA_Unanswered_SendAgain,
    sentLabel: RA_Unanswered_Sent,
};
