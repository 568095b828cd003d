// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Apex_ChangeInFlight from '@salesforce/label/c.RA_Apex_ChangeInFlight';
import RA_Section_ContractDuration from '@salesforce/label/c.RA_Section_ContractDuration';
import RA_Section_Details from '@salesforce/label/c.RA_Section_Details';
import RA_Section_Dimensions from '@salesforce/label/c.RA_Section_Dimensions';
import RA_Section_Duration from '@salesforce/label/c.RA_Section_Duration';
import RA_Section_LegalTerms from '@salesforce/label/c.RA_Section_LegalTerms';
import RA_Section_PaymentSchedule from '@salesforce/label/c.RA_Section_PaymentSchedule';
import RA_Section_Pricing from '@salesforce/label/c.RA_Section_Pricing';
import RA_Section_ProductsAndBuyers from '@salesforce/label/c.RA_Section_ProductsAndBuyers';
import RA_Section_Renewals from '@salesforce/label/c.RA_Section_Renewals';
import RA_Section_Review from '@salesforce/label/c.RA_Section_Review';
import RA_Wizard_AwsProblems from '@salesforce/label/c.RA_Wizard_AwsProblems';
import RA_Wizard_Back from '@salesforce/label/c.RA_Wizard_Back';
import RA_Wizard_Cancel from '@salesforce/label/c.RA_Wizard_Cancel';
import RA_Wizard_CloneNotice from '@salesforce/label/c.RA_Wizard_CloneNotice';
import RA_Wizard_DiscardAction from '@salesforce/label/c.RA_Wizard_DiscardAction';
import RA_Wizard_DiscardMessage from '@salesforce/label/c.RA_Wizard_DiscardMessage';
import RA_Wizard_DiscardTitle from '@salesforce/label/c.RA_Wizard_DiscardTitle';
import RA_Wizard_DraftSaved from '@salesforce/label/c.RA_Wizard_DraftSaved';
import RA_Wizard_FixProblemsOne from '@salesforce/label/c.RA_Wizard_FixProblemsOne';
import RA_Wizard_FixProblemsOther from '@salesforce/label/c.RA_Wizard_FixProblemsOther';
import RA_Wizard_KeepEditing from '@salesforce/label/c.RA_Wizard_KeepEditing';
import RA_Wizard_LoadFailed from '@salesforce/label/c.RA_Wizard_LoadFailed';
import RA_Wizard_Loading from '@salesforce/label/c.RA_Wizard_Loading';
import RA_Wizard_NotEditable from '@salesforce/label/c.RA_Wizard_NotEditable';
import RA_Wizard_PaymentNumber from '@salesforce/label/c.RA_Wizard_PaymentNumber';
import RA_Wizard_ProblemAt from '@salesforce/label/c.RA_Wizard_ProblemAt';
import RA_Wizard_Publish from '@salesforce/label/c.RA_Wizard_Publish';
import RA_Wizard_PublishFailed from '@salesforce/label/c.RA_Wizard_PublishFailed';
import RA_Wizard_PublishNeeds from '@salesforce/label/c.RA_Wizard_PublishNeeds';
import RA_Wizard_Published from '@salesforce/label/c.RA_Wizard_Published';
import RA_Wizard_RenewNotice from '@salesforce/label/c.RA_Wizard_RenewNotice';
import RA_Wizard_Review from '@salesforce/label/c.RA_Wizard_Review';
import RA_Wizard_SaveDraft from '@salesforce/label/c.RA_Wizard_SaveDraft';
import RA_Wizard_SaveFailed from '@salesforce/label/c.RA_Wizard_SaveFailed';
import RA_Wizard_Sending from '@salesforce/label/c.RA_Wizard_Sending';
import RA_Wizard_Steps from '@salesforce/label/c.RA_Wizard_Steps';
import RA_Wizard_TitleClone from '@salesforce/label/c.RA_Wizard_TitleClone';
import RA_Wizard_TitleCreate from '@salesforce/label/c.RA_Wizard_TitleCreate';
import RA_Wizard_TitleEdit from '@salesforce/label/c.RA_Wizard_TitleEdit';
import RA_Wizard_TitleRenew from '@salesforce/label/c.RA_Wizard_TitleRenew';
import RA_Wizard_Unreadable from '@salesforce/label/c.RA_Wizard_Unreadable';
import RA_Wizard_UploadDraftKept from '@salesforce/label/c.RA_Wizard_UploadDraftKept';
import RA_Wizard_UploadFailed from '@salesforce/label/c.RA_Wizard_UploadFailed';
/** The Custom Labels of resaleAuthorizationWizard, in the user's language. */
export const LABELS = {
    titleCreate: RA_Wizard_TitleCreate,
    titleEdit: RA_Wizard_TitleEdit,
    titleClone: RA_Wizard_TitleClone,
    titleRenew: RA_Wizard_TitleRenew,
    steps: RA_Wizard_Steps,
    sectionProductsAndBuyers: RA_Section_ProductsAndBuyers,
    sectionDetails: RA_Section_Details,
    sectionContractDuration: RA_Section_ContractDuration,
    sectionPricing: RA_Section_Pricing,
    sectionLegalTerms: RA_Section_LegalTerms,
    sectionDimensions: RA_Section_Dimensions,
    sectionDuration: RA_Section_Duration,
    sectionRenewals: RA_Section_Renewals,
    sectionPaymentSchedule: RA_Section_PaymentSchedule,
    sectionReview: RA_Section_Review,
    cancel: RA_Wizard_Cancel,
    saveDraft: RA_Wizard_SaveDraft,
    review: RA_Wizard_Review,
    back: RA_Wizard_Back,
    publish: RA_Wizard_Publish,
    sending: RA_Wizard_Sending,
    fixProblemsOne: RA_Wizard_FixProblemsOne,
    fixProblemsOther: RA_Wizard_FixProblemsOther,
    problemAt: RA_Wizard_ProblemAt,
    paymentNumber: RA_Wizard_PaymentNumber,
    publishNeeds: RA_Wizard_PublishNeeds,
    draftSaved: RA_Wizard_DraftSaved,
    published: RA_Wizard_Published,
    saveFailed: RA_Wizard_SaveFailed,
    publishFailed: RA_Wizard_PublishFailed,
    discardTitle: RA_Wizard_DiscardTitle,
    discardMessage: RA_Wizard_DiscardMessage,
    discardAction: RA_Wizard_DiscardAction,
    keepEditing: RA_Wizard_KeepEditing,
    cloneNotice: RA_Wizard_CloneNotice,
    renewNotice: RA_Wizard_RenewNotice,
    loadFailed: RA_Wizard_LoadFailed,
    unreadable: RA_Wizard_Unreadable,
    notEditable: RA_Wizard_NotEditable,
    changeWithAws: RA_Apex_ChangeInFlight,
    loading: RA_Wizard_Loading,
    awsProblems: RA_Wizard_AwsProblems,
    uploadFailed: RA_Wizard_UploadFailed,
    uploadDraftKept: RA_Wizard_UploadDraftKept,
};
