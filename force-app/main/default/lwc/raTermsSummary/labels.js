// The terms summary's own Custom Labels (option names come from the wizard's).
import buyers from '@salesforce/label/c.RA_Summary_Buyers';
import anyBuyer from '@salesforce/label/c.RA_Summary_AnyBuyer';
import pricing from '@salesforce/label/c.RA_Summary_Pricing';
import contractFor from '@salesforce/label/c.RA_Summary_ContractFor';
import usagePricing from '@salesforce/label/c.RA_Summary_UsagePricing';
import prices from '@salesforce/label/c.RA_Summary_Prices';
import pricePer from '@salesforce/label/c.RA_Summary_PricePer';
import unitsGranted from '@salesforce/label/c.RA_Summary_UnitsGranted';
import notPriced from '@salesforce/label/c.RA_Summary_NotPriced';
import zeroAllowed from '@salesforce/label/c.RA_Summary_ZeroAllowed';
import constraint from '@salesforce/label/c.RA_Summary_Constraint';
import payments from '@salesforce/label/c.RA_Summary_Payments';
import payment from '@salesforce/label/c.RA_Summary_Payment';
import paymentTotal from '@salesforce/label/c.RA_Summary_PaymentTotal';
import netPayment from '@salesforce/label/c.RA_Summary_NetPayment';
import buyerTerms from '@salesforce/label/c.RA_Summary_BuyerTerms';
import resellerTerms from '@salesforce/label/c.RA_Summary_ResellerTerms';
import document from '@salesforce/label/c.RA_Summary_Document';
import uploadAgain from '@salesforce/label/c.RA_Summary_UploadAgain';
import availability from '@salesforce/label/c.RA_Summary_Availability';
import expires from '@salesforce/label/c.RA_Summary_Expires';
import noExpiry from '@salesforce/label/c.RA_Summary_NoExpiry';
import futureStart from '@salesforce/label/c.RA_Summary_FutureStart';
import futureStartUntil from '@salesforce/label/c.RA_Summary_FutureStartUntil';
import renewal from '@salesforce/label/c.RA_Summary_Renewal';
import renewalOf from '@salesforce/label/c.RA_Summary_RenewalOf';
import notRenewal from '@salesforce/label/c.RA_Summary_NotRenewal';
import notSet from '@salesforce/label/c.RA_Summary_NotSet';
export const LABELS = {
    buyers,
    anyBuyer,
    pricing,
    contractFor,
    usagePricing,
    prices,
    pricePer,
    unitsGranted,
    notPriced,
    zeroAllowed,
    constraint,
    payments,
    payment,
    paymentTotal,
    netPayment,
    buyerTerms,
    resellerTerms,
    document,
    uploadAgain,
    availability,
    expires,
    noExpiry,
    futureStart,
    futureStartUntil,
    renewal,
    renewalOf,
    notRenewal,
    notSet,
};
