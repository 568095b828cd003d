// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Status_Active from '@salesforce/label/c.RA_Status_Active';
import RA_Status_Applying from '@salesforce/label/c.RA_Status_Applying';
import RA_Status_AssistivePrefix from '@salesforce/label/c.RA_Status_AssistivePrefix';
import RA_Status_Cancelled from '@salesforce/label/c.RA_Status_Cancelled';
import RA_Status_Draft from '@salesforce/label/c.RA_Status_Draft';
import RA_Status_Expired from '@salesforce/label/c.RA_Status_Expired';
import RA_Status_Failed from '@salesforce/label/c.RA_Status_Failed';
import RA_Status_LocalDraft from '@salesforce/label/c.RA_Status_LocalDraft';
import RA_Status_NotFound from '@salesforce/label/c.RA_Status_NotFound';
import RA_Status_Preparing from '@salesforce/label/c.RA_Status_Preparing';
import RA_Status_Restricted from '@salesforce/label/c.RA_Status_Restricted';
import RA_Status_Unknown from '@salesforce/label/c.RA_Status_Unknown';
import RA_Status_Used from '@salesforce/label/c.RA_Status_Used';

/** The Custom Labels of raStatusBadge, in the user's language. */
export const LABELS = {
    statusLabelPrefix: RA_Status_AssistivePrefix,
    localDraftLabel: RA_Status_LocalDraft,
    draftLabel: RA_Status_Draft,
    activeLabel: RA_Status_Active,
    restrictedLabel: RA_Status_Restricted,
    expiredLabel: RA_Status_Expired,
    usedLabel: RA_Status_Used,
    notFoundLabel: RA_Status_NotFound,
    preparingLabel: RA_Status_Preparing,
    applyingLabel: RA_Status_Applying,
    failedLabel: RA_Status_Failed,
    cancelledLabel: RA_Status_Cancelled,
    unknownLabel: RA_Status_Unknown,
};
