// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_ChangeSet_Succeeded from '@salesforce/label/c.RA_ChangeSet_Succeeded';
import RA_Confirm_Cancel from '@salesforce/label/c.RA_Confirm_Cancel';
import RA_Deactivate_Action from '@salesforce/label/c.RA_Deactivate_Action';
import RA_Deactivate_Confirm from '@salesforce/label/c.RA_Deactivate_Confirm';
import RA_Deactivate_Title from '@salesforce/label/c.RA_Deactivate_Title';
import RA_Delete_Action from '@salesforce/label/c.RA_Delete_Action';
import RA_Delete_Confirm from '@salesforce/label/c.RA_Delete_Confirm';
import RA_Delete_Title from '@salesforce/label/c.RA_Delete_Title';
import RA_Discard_Action from '@salesforce/label/c.RA_Discard_Action';
import RA_Discard_Confirm from '@salesforce/label/c.RA_Discard_Confirm';
import RA_Discard_Title from '@salesforce/label/c.RA_Discard_Title';
import RA_Duration_DaysOne from '@salesforce/label/c.RA_Duration_DaysOne';
import RA_Duration_DaysOther from '@salesforce/label/c.RA_Duration_DaysOther';
import RA_Duration_MonthsOne from '@salesforce/label/c.RA_Duration_MonthsOne';
import RA_Duration_MonthsOther from '@salesforce/label/c.RA_Duration_MonthsOther';
import RA_Error_NotPublished from '@salesforce/label/c.RA_Error_NotPublished';
import RA_History_Discarded from '@salesforce/label/c.RA_History_Discarded';
import RA_History_NotSent from '@salesforce/label/c.RA_History_NotSent';
import RA_History_Pending from '@salesforce/label/c.RA_History_Pending';
import RA_History_Publish from '@salesforce/label/c.RA_History_Publish';
import RA_History_Restrict from '@salesforce/label/c.RA_History_Restrict';
import RA_History_UpdateDraft from '@salesforce/label/c.RA_History_UpdateDraft';
import RA_Status_Applying from '@salesforce/label/c.RA_Status_Applying';
import RA_Status_Cancelled from '@salesforce/label/c.RA_Status_Cancelled';
import RA_Status_Failed from '@salesforce/label/c.RA_Status_Failed';
import RA_Status_Preparing from '@salesforce/label/c.RA_Status_Preparing';
import RA_Unit_GB_One from '@salesforce/label/c.RA_Unit_GB_One';
import RA_Unit_GB_Other from '@salesforce/label/c.RA_Unit_GB_Other';
import RA_Unit_Gbps_One from '@salesforce/label/c.RA_Unit_Gbps_One';
import RA_Unit_Gbps_Other from '@salesforce/label/c.RA_Unit_Gbps_Other';
import RA_Unit_Hosts_One from '@salesforce/label/c.RA_Unit_Hosts_One';
import RA_Unit_Hosts_Other from '@salesforce/label/c.RA_Unit_Hosts_Other';
import RA_Unit_Hrs_One from '@salesforce/label/c.RA_Unit_Hrs_One';
import RA_Unit_Hrs_Other from '@salesforce/label/c.RA_Unit_Hrs_Other';
import RA_Unit_MB_One from '@salesforce/label/c.RA_Unit_MB_One';
import RA_Unit_MB_Other from '@salesforce/label/c.RA_Unit_MB_Other';
import RA_Unit_Mbps_One from '@salesforce/label/c.RA_Unit_Mbps_One';
import RA_Unit_Mbps_Other from '@salesforce/label/c.RA_Unit_Mbps_Other';
import RA_Unit_Requests_One from '@salesforce/label/c.RA_Unit_Requests_One';
import RA_Unit_Requests_Other from '@salesforce/label/c.RA_Unit_Requests_Other';
import RA_Unit_TB_One from '@salesforce/label/c.RA_Unit_TB_One';
import RA_Unit_TB_Other from '@salesforce/label/c.RA_Unit_TB_Other';
import RA_Unit_Units_One from '@salesforce/label/c.RA_Unit_Units_One';
import RA_Unit_Units_Other from '@salesforce/label/c.RA_Unit_Units_Other';
import RA_Unit_Users_One from '@salesforce/label/c.RA_Unit_Users_One';
import RA_Unit_Users_Other from '@salesforce/label/c.RA_Unit_Users_Other';

/** The Custom Labels of raUi, in the user's language. */
export const LABELS = {
    notPublishedLabel: RA_Error_NotPublished,
    deactivateTitleLabel: RA_Deactivate_Title,
    deactivateConfirmLabel: RA_Deactivate_Confirm,
    deleteTitleLabel: RA_Delete_Title,
    deleteConfirmLabel: RA_Delete_Confirm,
    deleteActionLabel: RA_Delete_Action,
    deactivateActionLabel: RA_Deactivate_Action,
    discardTitleLabel: RA_Discard_Title,
    discardConfirmLabel: RA_Discard_Confirm,
    discardActionLabel: RA_Discard_Action,
    cancelLabel: RA_Confirm_Cancel,
    publishLabel: RA_History_Publish,
    updateDraftLabel: RA_History_UpdateDraft,
    restrictLabel: RA_History_Restrict,
    pendingLabel: RA_History_Pending,
    notSentLabel: RA_History_NotSent,
    discardedLabel: RA_History_Discarded,
    preparingLabel: RA_Status_Preparing,
    applyingLabel: RA_Status_Applying,
    succeededLabel: RA_ChangeSet_Succeeded,
    failedLabel: RA_Status_Failed,
    cancelledLabel: RA_Status_Cancelled,
    unitUnitsOne: RA_Unit_Units_One,
    unitUnitsOther: RA_Unit_Units_Other,
    unitHrsOne: RA_Unit_Hrs_One,
    unitHrsOther: RA_Unit_Hrs_Other,
    unitUsersOne: RA_Unit_Users_One,
    unitUsersOther: RA_Unit_Users_Other,
    unitHostsOne: RA_Unit_Hosts_One,
    unitHostsOther: RA_Unit_Hosts_Other,
    unitRequestsOne: RA_Unit_Requests_One,
    unitRequestsOther: RA_Unit_Requests_Other,
    unitGBOne: RA_Unit_GB_One,
    unitGBOther: RA_Unit_GB_Other,
    unitMBOne: RA_Unit_MB_One,
    unitMBOther: RA_Unit_MB_Other,
    unitTBOne: RA_Unit_TB_One,
    unitTBOther: RA_Unit_TB_Other,
    unitGbpsOne: RA_Unit_Gbps_One,
    unitGbpsOther: RA_Unit_Gbps_Other,
    unitMbpsOne: RA_Unit_Mbps_One,
    unitMbpsOther: RA_Unit_Mbps_Other,
    monthsOne: RA_Duration_MonthsOne,
    monthsOther: RA_Duration_MonthsOther,
    daysOne: RA_Duration_DaysOne,
    daysOther: RA_Duration_DaysOther,
};
