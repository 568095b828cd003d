// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Constraint_Allowed from '@salesforce/label/c.RA_Constraint_Allowed';
import RA_Constraint_Disallowed from '@salesforce/label/c.RA_Constraint_Disallowed';
import RA_Detail_Description from '@salesforce/label/c.RA_Detail_Description';
import RA_Field_Name from '@salesforce/label/c.RA_Field_Name';
import RA_Field_Product from '@salesforce/label/c.RA_Field_Product';
import RA_Field_ResellerAccount from '@salesforce/label/c.RA_Field_ResellerAccount';
import RA_NetPayment_Days from '@salesforce/label/c.RA_NetPayment_Days';
import RA_NetPayment_Default from '@salesforce/label/c.RA_NetPayment_Default';
import RA_Pricing_Byol from '@salesforce/label/c.RA_Pricing_Byol';
import RA_Pricing_Contract from '@salesforce/label/c.RA_Pricing_Contract';
import RA_Pricing_Free from '@salesforce/label/c.RA_Pricing_Free';
import RA_Pricing_Usage from '@salesforce/label/c.RA_Pricing_Usage';
import RA_Summary_AnyBuyer from '@salesforce/label/c.RA_Summary_AnyBuyer';
import RA_Summary_Availability from '@salesforce/label/c.RA_Summary_Availability';
import RA_Summary_BuyerTerms from '@salesforce/label/c.RA_Summary_BuyerTerms';
import RA_Summary_Buyers from '@salesforce/label/c.RA_Summary_Buyers';
import RA_Summary_Constraint from '@salesforce/label/c.RA_Summary_Constraint';
import RA_Summary_ContractFor from '@salesforce/label/c.RA_Summary_ContractFor';
import RA_Summary_Document from '@salesforce/label/c.RA_Summary_Document';
import RA_Summary_Expires from '@salesforce/label/c.RA_Summary_Expires';
import RA_Summary_FutureStart from '@salesforce/label/c.RA_Summary_FutureStart';
import RA_Summary_FutureStartUntil from '@salesforce/label/c.RA_Summary_FutureStartUntil';
import RA_Summary_NetPayment from '@salesforce/label/c.RA_Summary_NetPayment';
import RA_Summary_NoExpiry from '@salesforce/label/c.RA_Summary_NoExpiry';
import RA_Summary_NotPriced from '@salesforce/label/c.RA_Summary_NotPriced';
import RA_Summary_NotRenewal from '@salesforce/label/c.RA_Summary_NotRenewal';
import RA_Summary_NotSet from '@salesforce/label/c.RA_Summary_NotSet';
import RA_Summary_Payment from '@salesforce/label/c.RA_Summary_Payment';
import RA_Summary_PaymentTotal from '@salesforce/label/c.RA_Summary_PaymentTotal';
import RA_Summary_Payments from '@salesforce/label/c.RA_Summary_Payments';
import RA_Summary_PricePer from '@salesforce/label/c.RA_Summary_PricePer';
import RA_Summary_Prices from '@salesforce/label/c.RA_Summary_Prices';
import RA_Summary_Pricing from '@salesforce/label/c.RA_Summary_Pricing';
import RA_Summary_Renewal from '@salesforce/label/c.RA_Summary_Renewal';
import RA_Summary_RenewalOfAws from '@salesforce/label/c.RA_Summary_RenewalOfAws';
import RA_Summary_RenewalOfExternal from '@salesforce/label/c.RA_Summary_RenewalOfExternal';
import RA_Summary_ResellerTerms from '@salesforce/label/c.RA_Summary_ResellerTerms';
import RA_Summary_UnitsGranted from '@salesforce/label/c.RA_Summary_UnitsGranted';
import RA_Summary_UploadAgain from '@salesforce/label/c.RA_Summary_UploadAgain';
import RA_Summary_UsagePricing from '@salesforce/label/c.RA_Summary_UsagePricing';
import RA_Summary_ZeroAllowed from '@salesforce/label/c.RA_Summary_ZeroAllowed';
import RA_Terms_CustomEula from '@salesforce/label/c.RA_Terms_CustomEula';
import RA_Terms_CustomResellerContract from '@salesforce/label/c.RA_Terms_CustomResellerContract';
import RA_Terms_EnterpriseEula from '@salesforce/label/c.RA_Terms_EnterpriseEula';
import RA_Terms_NoResellerContract from '@salesforce/label/c.RA_Terms_NoResellerContract';
import RA_Terms_StandardEula from '@salesforce/label/c.RA_Terms_StandardEula';
import RA_Terms_StandardResellerContract from '@salesforce/label/c.RA_Terms_StandardResellerContract';
import RA_Usage_Multi from '@salesforce/label/c.RA_Usage_Multi';
import RA_Usage_OneTime from '@salesforce/label/c.RA_Usage_OneTime';
import RA_Wizard_MultipleDimensionSelection from '@salesforce/label/c.RA_Wizard_MultipleDimensionSelection';
import RA_Wizard_QuantityConfiguration from '@salesforce/label/c.RA_Wizard_QuantityConfiguration';
/** The Custom Labels of raTermsSummary, in the user's language. */
export const LABELS = {
    buyers: RA_Summary_Buyers,
    anyBuyer: RA_Summary_AnyBuyer,
    pricing: RA_Summary_Pricing,
    contractFor: RA_Summary_ContractFor,
    usagePricing: RA_Summary_UsagePricing,
    prices: RA_Summary_Prices,
    pricePer: RA_Summary_PricePer,
    unitsGranted: RA_Summary_UnitsGranted,
    notPriced: RA_Summary_NotPriced,
    zeroAllowed: RA_Summary_ZeroAllowed,
    constraint: RA_Summary_Constraint,
    payments: RA_Summary_Payments,
    payment: RA_Summary_Payment,
    paymentTotal: RA_Summary_PaymentTotal,
    netPayment: RA_Summary_NetPayment,
    buyerTerms: RA_Summary_BuyerTerms,
    resellerTerms: RA_Summary_ResellerTerms,
    document: RA_Summary_Document,
    uploadAgain: RA_Summary_UploadAgain,
    availability: RA_Summary_Availability,
    expires: RA_Summary_Expires,
    noExpiry: RA_Summary_NoExpiry,
    futureStart: RA_Summary_FutureStart,
    futureStartUntil: RA_Summary_FutureStartUntil,
    renewal: RA_Summary_Renewal,
    renewalOfAws: RA_Summary_RenewalOfAws,
    renewalOfExternal: RA_Summary_RenewalOfExternal,
    notRenewal: RA_Summary_NotRenewal,
    notSet: RA_Summary_NotSet,
    productLabel: RA_Field_Product,
    nameLabel: RA_Field_Name,
    resellerLabel: RA_Field_ResellerAccount,
    descriptionLabel: RA_Detail_Description,
    standardEulaLabel: RA_Terms_StandardEula,
    enterpriseEulaLabel: RA_Terms_EnterpriseEula,
    customEulaLabel: RA_Terms_CustomEula,
    noResellerContractLabel: RA_Terms_NoResellerContract,
    standardResellerLabel: RA_Terms_StandardResellerContract,
    customResellerLabel: RA_Terms_CustomResellerContract,
    multiUseLabel: RA_Usage_Multi,
    oneTimeLabel: RA_Usage_OneTime,
    netPaymentDefaultLabel: RA_NetPayment_Default,
    netPaymentDaysLabel: RA_NetPayment_Days,
    contractLabel: RA_Pricing_Contract,
    usageLabel: RA_Pricing_Usage,
    byolLabel: RA_Pricing_Byol,
    freeLabel: RA_Pricing_Free,
    multipleDimensionSelectionLabel: RA_Wizard_MultipleDimensionSelection,
    quantityConfigurationLabel: RA_Wizard_QuantityConfiguration,
    constraintAllowedLabel: RA_Constraint_Allowed,
    constraintDisallowedLabel: RA_Constraint_Disallowed,
};
