// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Aws_Errors from '@salesforce/label/c.RA_Aws_Errors';
import RA_ChangeSet_Progress from '@salesforce/label/c.RA_ChangeSet_Progress';
import RA_ChangeSet_Succeeded from '@salesforce/label/c.RA_ChangeSet_Succeeded';
import RA_Refresh_Failed from '@salesforce/label/c.RA_Refresh_Failed';
import RA_Refresh_Last from '@salesforce/label/c.RA_Refresh_Last';
import RA_Refresh_NotYet from '@salesforce/label/c.RA_Refresh_NotYet';
import RA_Refresh_Status from '@salesforce/label/c.RA_Refresh_Status';
import RA_Refresh_Wait from '@salesforce/label/c.RA_Refresh_Wait';
import RA_Status_Applying from '@salesforce/label/c.RA_Status_Applying';
import RA_Status_Preparing from '@salesforce/label/c.RA_Status_Preparing';
/** The Custom Labels of resaleAuthorizationStatus, in the user's language. */
export const LABELS = {
    refreshLabel: RA_Refresh_Status,
    refreshWaitLabel: RA_Refresh_Wait,
    refreshFailedLabel: RA_Refresh_Failed,
    notRefreshedLabel: RA_Refresh_NotYet,
    awsErrorsLabel: RA_Aws_Errors,
    progressLabel: RA_ChangeSet_Progress,
    preparingLabel: RA_Status_Preparing,
    applyingLabel: RA_Status_Applying,
    succeededLabel: RA_ChangeSet_Succeeded,
    lastRefreshedLabel: RA_Refresh_Last,
};
