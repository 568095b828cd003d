// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_ProductSync_Button from '@salesforce/label/c.RA_ProductSync_Button';
import RA_ProductSync_Done from '@salesforce/label/c.RA_ProductSync_Done';
import RA_ProductSync_Failed from '@salesforce/label/c.RA_ProductSync_Failed';
import RA_ProductSync_FailedAccount from '@salesforce/label/c.RA_ProductSync_FailedAccount';
import RA_ProductSync_Running from '@salesforce/label/c.RA_ProductSync_Running';

/** The Custom Labels of raProductSync, in the user's language. */
export const LABELS = {
    button: RA_ProductSync_Button,
    running: RA_ProductSync_Running,
    done: RA_ProductSync_Done,
    failed: RA_ProductSync_Failed,
    failedAccount: RA_ProductSync_FailedAccount,
};
