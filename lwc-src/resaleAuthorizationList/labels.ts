// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Action_Clone from '@salesforce/label/c.RA_Action_Clone';
import RA_Action_Deactivate from '@salesforce/label/c.RA_Action_Deactivate';
import RA_Action_Delete from '@salesforce/label/c.RA_Action_Delete';
import RA_Action_Edit from '@salesforce/label/c.RA_Action_Edit';
import RA_Action_Failed from '@salesforce/label/c.RA_Action_Failed';
import RA_Action_Refresh from '@salesforce/label/c.RA_Action_Refresh';
import RA_Action_View from '@salesforce/label/c.RA_Action_View';
import RA_Deactivate_Sent from '@salesforce/label/c.RA_Deactivate_Sent';
import RA_Delete_Done from '@salesforce/label/c.RA_Delete_Done';
import RA_Field_ExpiryDate from '@salesforce/label/c.RA_Field_ExpiryDate';
import RA_Field_LastModified from '@salesforce/label/c.RA_Field_LastModified';
import RA_Field_Name from '@salesforce/label/c.RA_Field_Name';
import RA_Field_Product from '@salesforce/label/c.RA_Field_Product';
import RA_Field_ResellerAccount from '@salesforce/label/c.RA_Field_ResellerAccount';
import RA_Field_SellerAccount from '@salesforce/label/c.RA_Field_SellerAccount';
import RA_Field_Status from '@salesforce/label/c.RA_Field_Status';
import RA_List_All from '@salesforce/label/c.RA_List_All';
import RA_List_Count from '@salesforce/label/c.RA_List_Count';
import RA_List_Empty from '@salesforce/label/c.RA_List_Empty';
import RA_List_EmptyFiltered from '@salesforce/label/c.RA_List_EmptyFiltered';
import RA_List_LoadError from '@salesforce/label/c.RA_List_LoadError';
import RA_List_New from '@salesforce/label/c.RA_List_New';
import RA_List_ProductFilter from '@salesforce/label/c.RA_List_ProductFilter';
import RA_List_Retry from '@salesforce/label/c.RA_List_Retry';
import RA_List_Search from '@salesforce/label/c.RA_List_Search';
import RA_List_SearchPlaceholder from '@salesforce/label/c.RA_List_SearchPlaceholder';
import RA_List_StatusFilter from '@salesforce/label/c.RA_List_StatusFilter';
import RA_List_Title from '@salesforce/label/c.RA_List_Title';
import RA_Status_Active from '@salesforce/label/c.RA_Status_Active';
import RA_Status_Applying from '@salesforce/label/c.RA_Status_Applying';
import RA_Status_Draft from '@salesforce/label/c.RA_Status_Draft';
import RA_Status_Expired from '@salesforce/label/c.RA_Status_Expired';
import RA_Status_Failed from '@salesforce/label/c.RA_Status_Failed';
import RA_Status_LocalDraft from '@salesforce/label/c.RA_Status_LocalDraft';
import RA_Status_NotFound from '@salesforce/label/c.RA_Status_NotFound';
import RA_Status_Preparing from '@salesforce/label/c.RA_Status_Preparing';
import RA_Status_Restricted from '@salesforce/label/c.RA_Status_Restricted';
import RA_Status_Used from '@salesforce/label/c.RA_Status_Used';

/** The Custom Labels of resaleAuthorizationList, in the user's language. */
export const LABELS = {
    titleLabel: RA_List_Title,
    newLabel: RA_List_New,
    searchLabel: RA_List_Search,
    searchPlaceholderLabel: RA_List_SearchPlaceholder,
    statusFilterLabel: RA_List_StatusFilter,
    productFilterLabel: RA_List_ProductFilter,
    allLabel: RA_List_All,
    emptyLabel: RA_List_Empty,
    emptyFilteredLabel: RA_List_EmptyFiltered,
    loadErrorLabel: RA_List_LoadError,
    retryLabel: RA_List_Retry,
    countLabel: RA_List_Count,
    columnNameLabel: RA_Field_Name,
    columnProductLabel: RA_Field_Product,
    columnResellerLabel: RA_Field_ResellerAccount,
    sellerAccountLabel: RA_Field_SellerAccount,
    columnStatusLabel: RA_Field_Status,
    columnExpiryLabel: RA_Field_ExpiryDate,
    columnModifiedLabel: RA_Field_LastModified,
    actionViewLabel: RA_Action_View,
    actionEditLabel: RA_Action_Edit,
    actionCloneLabel: RA_Action_Clone,
    actionDeactivateLabel: RA_Action_Deactivate,
    actionRefreshLabel: RA_Action_Refresh,
    actionDeleteLabel: RA_Action_Delete,
    deletedLabel: RA_Delete_Done,
    deactivatedLabel: RA_Deactivate_Sent,
    actionFailedLabel: RA_Action_Failed,
    statusLocalDraftLabel: RA_Status_LocalDraft,
    statusDraftLabel: RA_Status_Draft,
    statusActiveLabel: RA_Status_Active,
    statusRestrictedLabel: RA_Status_Restricted,
    statusExpiredLabel: RA_Status_Expired,
    statusUsedLabel: RA_Status_Used,
    statusNotFoundLabel: RA_Status_NotFound,
    statusPreparingLabel: RA_Status_Preparing,
    statusApplyingLabel: RA_Status_Applying,
    statusFailedLabel: RA_Status_Failed,
};
