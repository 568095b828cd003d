// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Action_Clone from '@salesforce/label/c.RA_Action_Clone';
import RA_Action_Deactivate from '@salesforce/label/c.RA_Action_Deactivate';
import RA_Action_Delete from '@salesforce/label/c.RA_Action_Delete';
import RA_Action_Edit from '@salesforce/label/c.RA_Action_Edit';
import RA_Action_Failed from '@salesforce/label/c.RA_Action_Failed';
import RA_Deactivate_Sent from '@salesforce/label/c.RA_Deactivate_Sent';
import RA_Delete_Done from '@salesforce/label/c.RA_Delete_Done';
import RA_Detail_Back from '@salesforce/label/c.RA_Detail_Back';
import RA_Detail_CreatedBy from '@salesforce/label/c.RA_Detail_CreatedBy';
import RA_Detail_Description from '@salesforce/label/c.RA_Detail_Description';
import RA_Detail_DocumentOf from '@salesforce/label/c.RA_Detail_DocumentOf';
import RA_Detail_Documents from '@salesforce/label/c.RA_Detail_Documents';
import RA_Detail_EntityId from '@salesforce/label/c.RA_Detail_EntityId';
import RA_Detail_History from '@salesforce/label/c.RA_Detail_History';
import RA_Detail_HistoryAction from '@salesforce/label/c.RA_Detail_HistoryAction';
import RA_Detail_HistoryChangeSet from '@salesforce/label/c.RA_Detail_HistoryChangeSet';
import RA_Detail_HistoryEmpty from '@salesforce/label/c.RA_Detail_HistoryEmpty';
import RA_Detail_HistoryErrors from '@salesforce/label/c.RA_Detail_HistoryErrors';
import RA_Detail_HistoryFinished from '@salesforce/label/c.RA_Detail_HistoryFinished';
import RA_Detail_HistoryStarted from '@salesforce/label/c.RA_Detail_HistoryStarted';
import RA_Detail_HistoryStatus from '@salesforce/label/c.RA_Detail_HistoryStatus';
import RA_Detail_LastSynced from '@salesforce/label/c.RA_Detail_LastSynced';
import RA_Detail_NewTab from '@salesforce/label/c.RA_Detail_NewTab';
import RA_Detail_NoTerms from '@salesforce/label/c.RA_Detail_NoTerms';
import RA_Detail_NotFoundOnAws from '@salesforce/label/c.RA_Detail_NotFoundOnAws';
import RA_Detail_OpenInPortal from '@salesforce/label/c.RA_Detail_OpenInPortal';
import RA_Detail_PublishNeeds from '@salesforce/label/c.RA_Detail_PublishNeeds';
import RA_Detail_StatusTitle from '@salesforce/label/c.RA_Detail_StatusTitle';
import RA_Detail_Terms from '@salesforce/label/c.RA_Detail_Terms';
import RA_Field_ExpiryDate from '@salesforce/label/c.RA_Field_ExpiryDate';
import RA_Field_LastModified from '@salesforce/label/c.RA_Field_LastModified';
import RA_Field_Product from '@salesforce/label/c.RA_Field_Product';
import RA_Field_ResellerAccount from '@salesforce/label/c.RA_Field_ResellerAccount';
import RA_Field_SellerAccount from '@salesforce/label/c.RA_Field_SellerAccount';
import RA_List_Loading from '@salesforce/label/c.RA_List_Loading';
import RA_Picker_Opportunity from '@salesforce/label/c.RA_Picker_Opportunity';
import RA_Terms_CustomEula from '@salesforce/label/c.RA_Terms_CustomEula';
import RA_Terms_CustomResellerContract from '@salesforce/label/c.RA_Terms_CustomResellerContract';
import RA_Wizard_LoadFailed from '@salesforce/label/c.RA_Wizard_LoadFailed';

/** The Custom Labels of resaleAuthorizationDetail, in the user's language. */
export const LABELS = {
    back: RA_Detail_Back,
    terms: RA_Detail_Terms,
    history: RA_Detail_History,
    historyEmpty: RA_Detail_HistoryEmpty,
    historyAction: RA_Detail_HistoryAction,
    historyStatus: RA_Detail_HistoryStatus,
    historyChangeSet: RA_Detail_HistoryChangeSet,
    historyStarted: RA_Detail_HistoryStarted,
    historyFinished: RA_Detail_HistoryFinished,
    historyErrors: RA_Detail_HistoryErrors,
    entityId: RA_Detail_EntityId,
    createdBy: RA_Detail_CreatedBy,
    statusTitle: RA_Detail_StatusTitle,
    description: RA_Detail_Description,
    noTerms: RA_Detail_NoTerms,
    lastSynced: RA_Detail_LastSynced,
    notFoundOnAws: RA_Detail_NotFoundOnAws,
    publishNeeds: RA_Detail_PublishNeeds,
    documents: RA_Detail_Documents,
    documentOf: RA_Detail_DocumentOf,
    openInPortal: RA_Detail_OpenInPortal,
    newTab: RA_Detail_NewTab,
    customEula: RA_Terms_CustomEula,
    customResellerContract: RA_Terms_CustomResellerContract,
    productLabel: RA_Field_Product,
    resellerLabel: RA_Field_ResellerAccount,
    sellerAccountLabel: RA_Field_SellerAccount,
    opportunity: RA_Picker_Opportunity,
    expiryLabel: RA_Field_ExpiryDate,
    modifiedLabel: RA_Field_LastModified,
    editLabel: RA_Action_Edit,
    cloneLabel: RA_Action_Clone,
    deactivateLabel: RA_Action_Deactivate,
    deactivatedLabel: RA_Deactivate_Sent,
    deleteLabel: RA_Action_Delete,
    deletedLabel: RA_Delete_Done,
    actionFailedLabel: RA_Action_Failed,
    loadFailedLabel: RA_Wizard_LoadFailed,
    loadingLabel: RA_List_Loading,
};
