// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_NotSent_Discard from '@salesforce/label/c.RA_NotSent_Discard';
import RA_NotSent_Discarded from '@salesforce/label/c.RA_NotSent_Discarded';
import RA_NotSent_Message from '@salesforce/label/c.RA_NotSent_Message';
import RA_NotSent_Send from '@salesforce/label/c.RA_NotSent_Send';
import RA_Unanswered_Message from '@salesforce/label/c.RA_Unanswered_Message';
import RA_Unanswered_SendAgain from '@salesforce/label/c.RA_Unanswered_SendAgain';
import RA_Unanswered_Sent from '@salesforce/label/c.RA_Unanswered_Sent';

/** The Custom Labels of raUnansweredChange, in the user's language. */
export const LABELS = {
    messageLabel: RA_Unanswered_Message,
    sendAgainLabel: RA_Unanswered_SendAgain,
    sentLabel: RA_Unanswered_Sent,
    notSentMessageLabel: RA_NotSent_Message,
    sendLabel: RA_NotSent_Send,
    discardLabel: RA_NotSent_Discard,
    discardedLabel: RA_NotSent_Discarded,
};
