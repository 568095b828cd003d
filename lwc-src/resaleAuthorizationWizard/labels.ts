// The wizard's Custom Labels.
import titleCreate from '@salesforce/label/c.RA_Wizard_TitleCreate';
import titleEdit from '@salesforce/label/c.RA_Wizard_TitleEdit';
import titleClone from '@salesforce/label/c.RA_Wizard_TitleClone';
import titleRenew from '@salesforce/label/c.RA_Wizard_TitleRenew';
import steps from '@salesforce/label/c.RA_Wizard_Steps';
import sectionProductsAndBuyers from '@salesforce/label/c.RA_Section_ProductsAndBuyers';
import sectionDetails from '@salesforce/label/c.RA_Section_Details';
import sectionContractDuration from '@salesforce/label/c.RA_Section_ContractDuration';
import sectionPricing from '@salesforce/label/c.RA_Section_Pricing';
import sectionLegalTerms from '@salesforce/label/c.RA_Section_LegalTerms';
import sectionDimensions from '@salesforce/label/c.RA_Section_Dimensions';
import sectionDuration from '@salesforce/label/c.RA_Section_Duration';
import sectionRenewals from '@salesforce/label/c.RA_Section_Renewals';
import sectionPaymentSchedule from '@salesforce/label/c.RA_Section_PaymentSchedule';
import sectionReview from '@salesforce/label/c.RA_Section_Review';
import product from '@salesforce/label/c.RA_Wizard_Product';
import productPlaceholder from '@salesforce/label/c.RA_Wizard_ProductPlaceholder';
import productHelp from '@salesforce/label/c.RA_Wizard_ProductHelp';
import noProducts from '@salesforce/label/c.RA_Wizard_NoProducts';
import buyerAccounts from '@salesforce/label/c.RA_Wizard_BuyerAccounts';
import buyerAccountsHelp from '@salesforce/label/c.RA_Wizard_BuyerAccountsHelp';
import name from '@salesforce/label/c.RA_Wizard_Name';
import description from '@salesforce/label/c.RA_Wizard_Description';
import reseller from '@salesforce/label/c.RA_Wizard_Reseller';
import resellerHelp from '@salesforce/label/c.RA_Wizard_ResellerHelp';
import resellerPicker from '@salesforce/label/c.RA_Picker_Reseller';
import resellerPickerHelp from '@salesforce/label/c.RA_Picker_ResellerHelp';
import buyerPicker from '@salesforce/label/c.RA_Picker_Buyer';
import buyerPickerHelp from '@salesforce/label/c.RA_Picker_BuyerHelp';
import accountPlaceholder from '@salesforce/label/c.RA_Picker_AccountPlaceholder';
import opportunity from '@salesforce/label/c.RA_Picker_Opportunity';
import opportunityPlaceholder from '@salesforce/label/c.RA_Picker_OpportunityPlaceholder';
import durationKind from '@salesforce/label/c.RA_Wizard_DurationKind';
import durationStandard from '@salesforce/label/c.RA_Wizard_DurationStandard';
import durationCustom from '@salesforce/label/c.RA_Wizard_DurationCustom';
import standardDuration from '@salesforce/label/c.RA_Wizard_StandardDuration';
import duration1Month from '@salesforce/label/c.RA_Duration_1Month';
import duration12Months from '@salesforce/label/c.RA_Duration_12Months';
import duration24Months from '@salesforce/label/c.RA_Duration_24Months';
import duration36Months from '@salesforce/label/c.RA_Duration_36Months';
import customDuration from '@salesforce/label/c.RA_Wizard_CustomDuration';
import customUnit from '@salesforce/label/c.RA_Wizard_CustomUnit';
import unitMonths from '@salesforce/label/c.RA_Unit_Months';
import unitDays from '@salesforce/label/c.RA_Unit_Days';
import pricingModel from '@salesforce/label/c.RA_Wizard_PricingModel';
import pricingContract from '@salesforce/label/c.RA_Pricing_Contract';
import pricingUsage from '@salesforce/label/c.RA_Pricing_Usage';
import flexiblePaymentSchedule from '@salesforce/label/c.RA_Wizard_Fps';
import currency from '@salesforce/label/c.RA_Wizard_Currency';
import multipleDimensionSelection from '@salesforce/label/c.RA_Wizard_MultipleDimensionSelection';
import multipleDimensionSelectionHelp from '@salesforce/label/c.RA_Wizard_MultipleDimensionSelectionHelp';
import quantityConfiguration from '@salesforce/label/c.RA_Wizard_QuantityConfiguration';
import quantityConfigurationHelp from '@salesforce/label/c.RA_Wizard_QuantityConfigurationHelp';
import constraintAllowed from '@salesforce/label/c.RA_Constraint_Allowed';
import constraintDisallowed from '@salesforce/label/c.RA_Constraint_Disallowed';
import productOption from '@salesforce/label/c.RA_Wizard_ProductOption';
import productTypeSaaS from '@salesforce/label/c.RA_ProductType_SaaS';
import productTypeAmi from '@salesforce/label/c.RA_ProductType_AMI';
import productTypeContainer from '@salesforce/label/c.RA_ProductType_Container';
import productTypeProfessionalServices from '@salesforce/label/c.RA_ProductType_ProfessionalServices';
import productTypeData from '@salesforce/label/c.RA_ProductType_Data';
import netPayment from '@salesforce/label/c.RA_Wizard_NetPayment';
import netPaymentDefault from '@salesforce/label/c.RA_NetPayment_Default';
import netPaymentDays from '@salesforce/label/c.RA_NetPayment_Days';
import buyerTerms from '@salesforce/label/c.RA_Wizard_BuyerTerms';
import termsStandardEula from '@salesforce/label/c.RA_Terms_StandardEula';
import termsEnterpriseEula from '@salesforce/label/c.RA_Terms_EnterpriseEula';
import termsCustomEula from '@salesforce/label/c.RA_Terms_CustomEula';
import resellerTerms from '@salesforce/label/c.RA_Wizard_ResellerTerms';
import termsNoResellerContract from '@salesforce/label/c.RA_Terms_NoResellerContract';
import termsStandardResellerContract from '@salesforce/label/c.RA_Terms_StandardResellerContract';
import termsCustomResellerContract from '@salesforce/label/c.RA_Terms_CustomResellerContract';
import customEulaDocument from '@salesforce/label/c.RA_Wizard_CustomEulaDocument';
import customResellerDocument from '@salesforce/label/c.RA_Wizard_CustomResellerDocument';
import zeroDollar from '@salesforce/label/c.RA_Wizard_ZeroDollar';
import usage from '@salesforce/label/c.RA_Wizard_Usage';
import usageMulti from '@salesforce/label/c.RA_Usage_Multi';
import usageOneTime from '@salesforce/label/c.RA_Usage_OneTime';
import expiryDate from '@salesforce/label/c.RA_Wizard_ExpiryDate';
import futureStart from '@salesforce/label/c.RA_Wizard_FutureStart';
import futureStartDate from '@salesforce/label/c.RA_Wizard_FutureStartDate';
import datesInUtc from '@salesforce/label/c.RA_Wizard_DatesInUtc';
import isRenewal from '@salesforce/label/c.RA_Wizard_IsRenewal';
import acquisitionChannel from '@salesforce/label/c.RA_Wizard_AcquisitionChannel';
import channelAwsMarketplace from '@salesforce/label/c.RA_Channel_AwsMarketplace';
import channelExternal from '@salesforce/label/c.RA_Channel_External';
import renewalPricingModel from '@salesforce/label/c.RA_Wizard_RenewalPricingModel';
import renewalByol from '@salesforce/label/c.RA_Pricing_Byol';
import renewalFree from '@salesforce/label/c.RA_Pricing_Free';
import cancel from '@salesforce/label/c.RA_Wizard_Cancel';
import saveDraft from '@salesforce/label/c.RA_Wizard_SaveDraft';
import review from '@salesforce/label/c.RA_Wizard_Review';
import back from '@salesforce/label/c.RA_Wizard_Back';
import publish from '@salesforce/label/c.RA_Wizard_Publish';
import sending from '@salesforce/label/c.RA_Wizard_Sending';
import fixProblems from '@salesforce/label/c.RA_Wizard_FixProblems';
import draftSaved from '@salesforce/label/c.RA_Wizard_DraftSaved';
import published from '@salesforce/label/c.RA_Wizard_Published';
import saveFailed from '@salesforce/label/c.RA_Wizard_SaveFailed';
import publishFailed from '@salesforce/label/c.RA_Wizard_PublishFailed';
import discardTitle from '@salesforce/label/c.RA_Wizard_DiscardTitle';
import discardMessage from '@salesforce/label/c.RA_Wizard_DiscardMessage';
import cloneNotice from '@salesforce/label/c.RA_Wizard_CloneNotice';
import renewNotice from '@salesforce/label/c.RA_Wizard_RenewNotice';
import loadFailed from '@salesforce/label/c.RA_Wizard_LoadFailed';
import unreadable from '@salesforce/label/c.RA_Wizard_Unreadable';
import notEditable from '@salesforce/label/c.RA_Wizard_NotEditable';
import reviewIntro from '@salesforce/label/c.RA_Wizard_ReviewIntro';
import changes from '@salesforce/label/c.RA_Wizard_Changes';
import loading from '@salesforce/label/c.RA_Wizard_Loading';
import awsProblems from '@salesforce/label/c.RA_Wizard_AwsProblems';
import uploadFailed from '@salesforce/label/c.RA_Wizard_UploadFailed';
import uploadDraftKept from '@salesforce/label/c.RA_Wizard_UploadDraftKept';
import changeCreateResaleAuthorization from '@salesforce/label/c.RA_Change_CreateResaleAuthorization';
import changeUpdatePricingTerms from '@salesforce/label/c.RA_Change_UpdatePricingTerms';
import changeUpdatePaymentScheduleTerms from '@salesforce/label/c.RA_Change_UpdatePaymentScheduleTerms';
import changeUpdateLegalTerms from '@salesforce/label/c.RA_Change_UpdateLegalTerms';
import changeUpdateBuyerTargetingTerms from '@salesforce/label/c.RA_Change_UpdateBuyerTargetingTerms';
import changeUpdateAvailability from '@salesforce/label/c.RA_Change_UpdateAvailability';
import changeUpdateBuyerValidityTerms from '@salesforce/label/c.RA_Change_UpdateBuyerValidityTerms';
import changeUpdateNetPaymentTerms from '@salesforce/label/c.RA_Change_UpdateNetPaymentTerms';
import changeUpdateInformation from '@salesforce/label/c.RA_Change_UpdateInformation';
import changeReleaseResaleAuthorization from '@salesforce/label/c.RA_Change_ReleaseResaleAuthorization';
import changeRestrictResaleAuthorization from '@salesforce/label/c.RA_Change_RestrictResaleAuthorization';

export const LABELS = {
    titleCreate,
    titleEdit,
    titleClone,
    titleRenew,
    steps,
    sectionProductsAndBuyers,
    sectionDetails,
    sectionContractDuration,
    sectionPricing,
    sectionLegalTerms,
    sectionDimensions,
    sectionDuration,
    sectionRenewals,
    sectionPaymentSchedule,
    sectionReview,
    product,
    productPlaceholder,
    productHelp,
    noProducts,
    buyerAccounts,
    buyerAccountsHelp,
    name,
    description,
    reseller,
    resellerHelp,
    resellerPicker,
    resellerPickerHelp,
    buyerPicker,
    buyerPickerHelp,
    accountPlaceholder,
    opportunity,
    opportunityPlaceholder,
    durationKind,
    durationStandard,
    durationCustom,
    standardDuration,
    duration1Month,
    duration12Months,
    duration24Months,
    duration36Months,
    customDuration,
    customUnit,
    unitMonths,
    unitDays,
    pricingModel,
    pricingContract,
    pricingUsage,
    flexiblePaymentSchedule,
    currency,
    multipleDimensionSelection,
    multipleDimensionSelectionHelp,
    quantityConfiguration,
    quantityConfigurationHelp,
    constraintAllowed,
    constraintDisallowed,
    productOption,
    productTypeSaaS,
    productTypeAmi,
    productTypeContainer,
    productTypeProfessionalServices,
    productTypeData,
    netPayment,
    netPaymentDefault,
    netPaymentDays,
    buyerTerms,
    termsStandardEula,
    termsEnterpriseEula,
    termsCustomEula,
    resellerTerms,
    termsNoResellerContract,
    termsStandardResellerContract,
    termsCustomResellerContract,
    customEulaDocument,
    customResellerDocument,
    zeroDollar,
    usage,
    usageMulti,
    usageOneTime,
    expiryDate,
    futureStart,
    futureStartDate,
    datesInUtc,
    isRenewal,
    acquisitionChannel,
    channelAwsMarketplace,
    channelExternal,
    renewalPricingModel,
    renewalByol,
    renewalFree,
    cancel,
    saveDraft,
    review,
    back,
    publish,
    sending,
    fixProblems,
    draftSaved,
    published,
    saveFailed,
    publishFailed,
    discardTitle,
    discardMessage,
    cloneNotice,
    renewNotice,
    loadFailed,
    unreadable,
    notEditable,
    reviewIntro,
    changes,
    loading,
    awsProblems,
    uploadFailed,
    uploadDraftKept,
    changeCreateResaleAuthorization,
    changeUpdatePricingTerms,
    changeUpdatePaymentScheduleTerms,
    changeUpdateLegalTerms,
    changeUpdateBuyerTargetingTerms,
    changeUpdateAvailability,
    changeUpdateBuyerValidityTerms,
    changeUpdateNetPaymentTerms,
    changeUpdateInformation,
    changeReleaseResaleAuthorization,
    changeRestrictResaleAuthorization,
};
