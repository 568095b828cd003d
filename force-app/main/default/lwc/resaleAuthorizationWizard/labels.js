// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Change_CreateResaleAuthorization from '@salesforce/label/c.RA_Change_CreateResaleAuthorization';
import RA_Change_ReleaseResaleAuthorization from '@salesforce/label/c.RA_Change_ReleaseResaleAuthorization';
import RA_Change_RestrictResaleAuthorization from '@salesforce/label/c.RA_Change_RestrictResaleAuthorization';
import RA_Change_UpdateAvailability from '@salesforce/label/c.RA_Change_UpdateAvailability';
import RA_Change_UpdateBuyerTargetingTerms from '@salesforce/label/c.RA_Change_UpdateBuyerTargetingTerms';
import RA_Change_UpdateBuyerValidityTerms from '@salesforce/label/c.RA_Change_UpdateBuyerValidityTerms';
import RA_Change_UpdateInformation from '@salesforce/label/c.RA_Change_UpdateInformation';
import RA_Change_UpdateLegalTerms from '@salesforce/label/c.RA_Change_UpdateLegalTerms';
import RA_Change_UpdateNetPaymentTerms from '@salesforce/label/c.RA_Change_UpdateNetPaymentTerms';
import RA_Change_UpdatePaymentScheduleTerms from '@salesforce/label/c.RA_Change_UpdatePaymentScheduleTerms';
import RA_Change_UpdatePricingTerms from '@salesforce/label/c.RA_Change_UpdatePricingTerms';
import RA_Channel_AwsMarketplace from '@salesforce/label/c.RA_Channel_AwsMarketplace';
import RA_Channel_External from '@salesforce/label/c.RA_Channel_External';
import RA_Duration_12Months from '@salesforce/label/c.RA_Duration_12Months';
import RA_Duration_1Month from '@salesforce/label/c.RA_Duration_1Month';
import RA_Duration_24Months from '@salesforce/label/c.RA_Duration_24Months';
import RA_Duration_36Months from '@salesforce/label/c.RA_Duration_36Months';
import RA_NetPayment_Days from '@salesforce/label/c.RA_NetPayment_Days';
import RA_NetPayment_Default from '@salesforce/label/c.RA_NetPayment_Default';
import RA_Pricing_Byol from '@salesforce/label/c.RA_Pricing_Byol';
import RA_Pricing_Contract from '@salesforce/label/c.RA_Pricing_Contract';
import RA_Pricing_Free from '@salesforce/label/c.RA_Pricing_Free';
import RA_Pricing_Usage from '@salesforce/label/c.RA_Pricing_Usage';
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
import RA_Terms_CustomEula from '@salesforce/label/c.RA_Terms_CustomEula';
import RA_Terms_CustomResellerContract from '@salesforce/label/c.RA_Terms_CustomResellerContract';
import RA_Terms_EnterpriseEula from '@salesforce/label/c.RA_Terms_EnterpriseEula';
import RA_Terms_NoResellerContract from '@salesforce/label/c.RA_Terms_NoResellerContract';
import RA_Terms_StandardEula from '@salesforce/label/c.RA_Terms_StandardEula';
import RA_Terms_StandardResellerContract from '@salesforce/label/c.RA_Terms_StandardResellerContract';
import RA_Unit_Days from '@salesforce/label/c.RA_Unit_Days';
import RA_Unit_Months from '@salesforce/label/c.RA_Unit_Months';
import RA_Usage_Multi from '@salesforce/label/c.RA_Usage_Multi';
import RA_Usage_OneTime from '@salesforce/label/c.RA_Usage_OneTime';
import RA_Wizard_AcquisitionChannel from '@salesforce/label/c.RA_Wizard_AcquisitionChannel';
import RA_Wizard_AwsProblems from '@salesforce/label/c.RA_Wizard_AwsProblems';
import RA_Wizard_Back from '@salesforce/label/c.RA_Wizard_Back';
import RA_Wizard_BuyerAccounts from '@salesforce/label/c.RA_Wizard_BuyerAccounts';
import RA_Wizard_BuyerAccountsHelp from '@salesforce/label/c.RA_Wizard_BuyerAccountsHelp';
import RA_Wizard_BuyerTerms from '@salesforce/label/c.RA_Wizard_BuyerTerms';
import RA_Wizard_Cancel from '@salesforce/label/c.RA_Wizard_Cancel';
import RA_Wizard_Changes from '@salesforce/label/c.RA_Wizard_Changes';
import RA_Wizard_CloneNotice from '@salesforce/label/c.RA_Wizard_CloneNotice';
import RA_Wizard_Currency from '@salesforce/label/c.RA_Wizard_Currency';
import RA_Wizard_CustomDuration from '@salesforce/label/c.RA_Wizard_CustomDuration';
import RA_Wizard_CustomEulaDocument from '@salesforce/label/c.RA_Wizard_CustomEulaDocument';
import RA_Wizard_CustomResellerDocument from '@salesforce/label/c.RA_Wizard_CustomResellerDocument';
import RA_Wizard_CustomUnit from '@salesforce/label/c.RA_Wizard_CustomUnit';
import RA_Wizard_DatesInUtc from '@salesforce/label/c.RA_Wizard_DatesInUtc';
import RA_Wizard_Description from '@salesforce/label/c.RA_Wizard_Description';
import RA_Wizard_DiscardMessage from '@salesforce/label/c.RA_Wizard_DiscardMessage';
import RA_Wizard_DiscardTitle from '@salesforce/label/c.RA_Wizard_DiscardTitle';
import RA_Wizard_DraftSaved from '@salesforce/label/c.RA_Wizard_DraftSaved';
import RA_Wizard_DurationCustom from '@salesforce/label/c.RA_Wizard_DurationCustom';
import RA_Wizard_DurationKind from '@salesforce/label/c.RA_Wizard_DurationKind';
import RA_Wizard_DurationStandard from '@salesforce/label/c.RA_Wizard_DurationStandard';
import RA_Wizard_ExpiryDate from '@salesforce/label/c.RA_Wizard_ExpiryDate';
import RA_Wizard_FixProblems from '@salesforce/label/c.RA_Wizard_FixProblems';
import RA_Wizard_Fps from '@salesforce/label/c.RA_Wizard_Fps';
import RA_Wizard_FutureStart from '@salesforce/label/c.RA_Wizard_FutureStart';
import RA_Wizard_FutureStartDate from '@salesforce/label/c.RA_Wizard_FutureStartDate';
import RA_Wizard_IsRenewal from '@salesforce/label/c.RA_Wizard_IsRenewal';
import RA_Wizard_LoadFailed from '@salesforce/label/c.RA_Wizard_LoadFailed';
import RA_Wizard_Loading from '@salesforce/label/c.RA_Wizard_Loading';
import RA_Wizard_Name from '@salesforce/label/c.RA_Wizard_Name';
import RA_Wizard_NetPayment from '@salesforce/label/c.RA_Wizard_NetPayment';
import RA_Wizard_NoProducts from '@salesforce/label/c.RA_Wizard_NoProducts';
import RA_Wizard_NotEditable from '@salesforce/label/c.RA_Wizard_NotEditable';
import RA_Wizard_PricingModel from '@salesforce/label/c.RA_Wizard_PricingModel';
import RA_Wizard_Product from '@salesforce/label/c.RA_Wizard_Product';
import RA_Wizard_ProductHelp from '@salesforce/label/c.RA_Wizard_ProductHelp';
import RA_Wizard_ProductPlaceholder from '@salesforce/label/c.RA_Wizard_ProductPlaceholder';
import RA_Wizard_Publish from '@salesforce/label/c.RA_Wizard_Publish';
import RA_Wizard_PublishFailed from '@salesforce/label/c.RA_Wizard_PublishFailed';
import RA_Wizard_Published from '@salesforce/label/c.RA_Wizard_Published';
import RA_Wizard_RenewalPricingModel from '@salesforce/label/c.RA_Wizard_RenewalPricingModel';
import RA_Wizard_Reseller from '@salesforce/label/c.RA_Wizard_Reseller';
import RA_Wizard_ResellerHelp from '@salesforce/label/c.RA_Wizard_ResellerHelp';
import RA_Wizard_ResellerTerms from '@salesforce/label/c.RA_Wizard_ResellerTerms';
import RA_Wizard_Review from '@salesforce/label/c.RA_Wizard_Review';
import RA_Wizard_ReviewIntro from '@salesforce/label/c.RA_Wizard_ReviewIntro';
import RA_Wizard_SaveDraft from '@salesforce/label/c.RA_Wizard_SaveDraft';
import RA_Wizard_SaveFailed from '@salesforce/label/c.RA_Wizard_SaveFailed';
import RA_Wizard_Sending from '@salesforce/label/c.RA_Wizard_Sending';
import RA_Wizard_StandardDuration from '@salesforce/label/c.RA_Wizard_StandardDuration';
import RA_Wizard_Steps from '@salesforce/label/c.RA_Wizard_Steps';
import RA_Wizard_TitleClone from '@salesforce/label/c.RA_Wizard_TitleClone';
import RA_Wizard_TitleCreate from '@salesforce/label/c.RA_Wizard_TitleCreate';
import RA_Wizard_TitleEdit from '@salesforce/label/c.RA_Wizard_TitleEdit';
import RA_Wizard_Unreadable from '@salesforce/label/c.RA_Wizard_Unreadable';
import RA_Wizard_UploadDraftKept from '@salesforce/label/c.RA_Wizard_UploadDraftKept';
import RA_Wizard_UploadFailed from '@salesforce/label/c.RA_Wizard_UploadFailed';
import RA_Wizard_Usage from '@salesforce/label/c.RA_Wizard_Usage';
import RA_Wizard_ZeroDollar from '@salesforce/label/c.RA_Wizard_ZeroDollar';
/** The Custom Labels of resaleAuthorizationWizard, in the user's language. */
export const LABELS = {
    titleCreate: RA_Wizard_TitleCreate,
    titleEdit: RA_Wizard_TitleEdit,
    titleClone: RA_Wizard_TitleClone,
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
    product: RA_Wizard_Product,
    productPlaceholder: RA_Wizard_ProductPlaceholder,
    productHelp: RA_Wizard_ProductHelp,
    noProducts: RA_Wizard_NoProducts,
    buyerAccounts: RA_Wizard_BuyerAccounts,
    buyerAccountsHelp: RA_Wizard_BuyerAccountsHelp,
    name: RA_Wizard_Name,
    description: RA_Wizard_Description,
    reseller: RA_Wizard_Reseller,
    resellerHelp: RA_Wizard_ResellerHelp,
    durationKind: RA_Wizard_DurationKind,
    durationStandard: RA_Wizard_DurationStandard,
    durationCustom: RA_Wizard_DurationCustom,
    standardDuration: RA_Wizard_StandardDuration,
    duration1Month: RA_Duration_1Month,
    duration12Months: RA_Duration_12Months,
    duration24Months: RA_Duration_24Months,
    duration36Months: RA_Duration_36Months,
    customDuration: RA_Wizard_CustomDuration,
    customUnit: RA_Wizard_CustomUnit,
    unitMonths: RA_Unit_Months,
    unitDays: RA_Unit_Days,
    pricingModel: RA_Wizard_PricingModel,
    pricingContract: RA_Pricing_Contract,
    pricingUsage: RA_Pricing_Usage,
    flexiblePaymentSchedule: RA_Wizard_Fps,
    currency: RA_Wizard_Currency,
    netPayment: RA_Wizard_NetPayment,
    netPaymentDefault: RA_NetPayment_Default,
    netPaymentDays: RA_NetPayment_Days,
    buyerTerms: RA_Wizard_BuyerTerms,
    termsStandardEula: RA_Terms_StandardEula,
    termsEnterpriseEula: RA_Terms_EnterpriseEula,
    termsCustomEula: RA_Terms_CustomEula,
    resellerTerms: RA_Wizard_ResellerTerms,
    termsNoResellerContract: RA_Terms_NoResellerContract,
    termsStandardResellerContract: RA_Terms_StandardResellerContract,
    termsCustomResellerContract: RA_Terms_CustomResellerContract,
    customEulaDocument: RA_Wizard_CustomEulaDocument,
    customResellerDocument: RA_Wizard_CustomResellerDocument,
    zeroDollar: RA_Wizard_ZeroDollar,
    usage: RA_Wizard_Usage,
    usageMulti: RA_Usage_Multi,
    usageOneTime: RA_Usage_OneTime,
    expiryDate: RA_Wizard_ExpiryDate,
    futureStart: RA_Wizard_FutureStart,
    futureStartDate: RA_Wizard_FutureStartDate,
    datesInUtc: RA_Wizard_DatesInUtc,
    isRenewal: RA_Wizard_IsRenewal,
    acquisitionChannel: RA_Wizard_AcquisitionChannel,
    channelAwsMarketplace: RA_Channel_AwsMarketplace,
    channelExternal: RA_Channel_External,
    renewalPricingModel: RA_Wizard_RenewalPricingModel,
    renewalByol: RA_Pricing_Byol,
    renewalFree: RA_Pricing_Free,
    cancel: RA_Wizard_Cancel,
    saveDraft: RA_Wizard_SaveDraft,
    review: RA_Wizard_Review,
    back: RA_Wizard_Back,
    publish: RA_Wizard_Publish,
    sending: RA_Wizard_Sending,
    fixProblems: RA_Wizard_FixProblems,
    draftSaved: RA_Wizard_DraftSaved,
    published: RA_Wizard_Published,
    saveFailed: RA_Wizard_SaveFailed,
    publishFailed: RA_Wizard_PublishFailed,
    discardTitle: RA_Wizard_DiscardTitle,
    discardMessage: RA_Wizard_DiscardMessage,
    cloneNotice: RA_Wizard_CloneNotice,
    loadFailed: RA_Wizard_LoadFailed,
    unreadable: RA_Wizard_Unreadable,
    notEditable: RA_Wizard_NotEditable,
    reviewIntro: RA_Wizard_ReviewIntro,
    changes: RA_Wizard_Changes,
    loading: RA_Wizard_Loading,
    awsProblems: RA_Wizard_AwsProblems,
    uploadFailed: RA_Wizard_UploadFailed,
    uploadDraftKept: RA_Wizard_UploadDraftKept,
    changeCreateResaleAuthorization: RA_Change_CreateResaleAuthorization,
    changeUpdatePricingTerms: RA_Change_UpdatePricingTerms,
    changeUpdatePaymentScheduleTerms: RA_Change_UpdatePaymentScheduleTerms,
    changeUpdateLegalTerms: RA_Change_UpdateLegalTerms,
    changeUpdateBuyerTargetingTerms: RA_Change_UpdateBuyerTargetingTerms,
    changeUpdateAvailability: RA_Change_UpdateAvailability,
    changeUpdateBuyerValidityTerms: RA_Change_UpdateBuyerValidityTerms,
    changeUpdateNetPaymentTerms: RA_Change_UpdateNetPaymentTerms,
    changeUpdateInformation: RA_Change_UpdateInformation,
    changeReleaseResaleAuthorization: RA_Change_ReleaseResaleAuthorization,
    changeRestrictResaleAuthorization: RA_Change_RestrictResaleAuthorization,
};
