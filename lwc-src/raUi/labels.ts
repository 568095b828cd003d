// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Deactivate_Confirm from '@salesforce/label/c.RA_Deactivate_Confirm';
import RA_Deactivate_Title from '@salesforce/label/c.RA_Deactivate_Title';
import RA_Delete_Confirm from '@salesforce/label/c.RA_Delete_Confirm';
import RA_Delete_Title from '@salesforce/label/c.RA_Delete_Title';
import RA_Error_NotPublished from '@salesforce/label/c.RA_Error_NotPublished';
import RA_History_Publish from '@salesforce/label/c.RA_History_Publish';
import RA_History_Restrict from '@salesforce/label/c.RA_History_Restrict';
import RA_History_UpdateDraft from '@salesforce/label/c.RA_History_UpdateDraft';

/** The Custom Labels of raUi, in the user's language. */
export const LABELS = {
    notPublishedLabel: RA_Error_NotPublished,
    deactivateTitleLabel: RA_Deactivate_Title,
    deactivateConfirmLabel: RA_Deactivate_Confirm,
    deleteTitleLabel: RA_Delete_Title,
    deleteConfirmLabel: RA_Delete_Confirm,
    publishLabel: RA_History_Publish,
    updateDraftLabel: RA_History_UpdateDraft,
    restrictLabel: RA_History_Restrict,
};
