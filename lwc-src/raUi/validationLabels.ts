// Written by `npm run labels` from lwc-src/raDomain/validationMessages.ts; do not edit.
import type { ValidationCode } from 'c/raDomain';
import FormUnreadable from '@salesforce/label/c.RA_Validation_FormUnreadable';
import ProductRequired from '@salesforce/label/c.RA_Validation_ProductRequired';
import ProductNotFound from '@salesforce/label/c.RA_Validation_ProductNotFound';
import ProductNotResellable from '@salesforce/label/c.RA_Validation_ProductNotResellable';
import BuyerAccountInvalid from '@salesforce/label/c.RA_Validation_BuyerAccountInvalid';
import BuyerAccountsTooMany from '@salesforce/label/c.RA_Validation_BuyerAccountsTooMany';
import RenewalNeedsBuyer from '@salesforce/label/c.RA_Validation_RenewalNeedsBuyer';
import NameRequired from '@salesforce/label/c.RA_Validation_NameRequired';
import NameTooLong from '@salesforce/label/c.RA_Validation_NameTooLong';
import NameCharacters from '@salesforce/label/c.RA_Validation_NameCharacters';
import DescriptionTooLong from '@salesforce/label/c.RA_Validation_DescriptionTooLong';
import DescriptionCharacters from '@salesforce/label/c.RA_Validation_DescriptionCharacters';
import ResellerAccountRequired from '@salesforce/label/c.RA_Validation_ResellerAccountRequired';
import ResellerAccountInvalid from '@salesforce/label/c.RA_Validation_ResellerAccountInvalid';
import PricingModelUnsupported from '@salesforce/label/c.RA_Validation_PricingModelUnsupported';
import PaymentScheduleUnsupported from '@salesforce/label/c.RA_Validation_PaymentScheduleUnsupported';
import CurrencyUsdOnly from '@salesforce/label/c.RA_Validation_CurrencyUsdOnly';
import ContractDurationInvalid from '@salesforce/label/c.RA_Validation_ContractDurationInvalid';
import RateInvalid from '@salesforce/label/c.RA_Validation_RateInvalid';
import RateTooPrecise from '@salesforce/label/c.RA_Validation_RateTooPrecise';
import RateZeroNotEnabled from '@salesforce/label/c.RA_Validation_RateZeroNotEnabled';
import RateRequiredForUsage from '@salesforce/label/c.RA_Validation_RateRequiredForUsage';
import NoDimensionPriced from '@salesforce/label/c.RA_Validation_NoDimensionPriced';
import QuantityInvalid from '@salesforce/label/c.RA_Validation_QuantityInvalid';
import NoDimensionGranted from '@salesforce/label/c.RA_Validation_NoDimensionGranted';
import BuyerLegalTermsRequired from '@salesforce/label/c.RA_Validation_BuyerLegalTermsRequired';
import CustomEulaRequiredForProfessionalServices from '@salesforce/label/c.RA_Validation_CustomEulaRequiredForProfessionalServices';
import CustomEulaRequired from '@salesforce/label/c.RA_Validation_CustomEulaRequired';
import CustomEulaUploadAgain from '@salesforce/label/c.RA_Validation_CustomEulaUploadAgain';
import CustomResellerContractRequired from '@salesforce/label/c.RA_Validation_CustomResellerContractRequired';
import CustomResellerContractUploadAgain from '@salesforce/label/c.RA_Validation_CustomResellerContractUploadAgain';
import DocumentUrlInvalid from '@salesforce/label/c.RA_Validation_DocumentUrlInvalid';
import DateInvalid from '@salesforce/label/c.RA_Validation_DateInvalid';
import ExpiryDateNotFuture from '@salesforce/label/c.RA_Validation_ExpiryDateNotFuture';
import PaymentScheduleNeedsExpiry from '@salesforce/label/c.RA_Validation_PaymentScheduleNeedsExpiry';
import PaymentScheduleNeedsOneTimeUse from '@salesforce/label/c.RA_Validation_PaymentScheduleNeedsOneTimeUse';
import ExpiryAfterFirstPayment from '@salesforce/label/c.RA_Validation_ExpiryAfterFirstPayment';
import FutureStartUnsupported from '@salesforce/label/c.RA_Validation_FutureStartUnsupported';
import FutureStartNotFuture from '@salesforce/label/c.RA_Validation_FutureStartNotFuture';
import FutureStartTooFar from '@salesforce/label/c.RA_Validation_FutureStartTooFar';
import RenewalChannelRequired from '@salesforce/label/c.RA_Validation_RenewalChannelRequired';
import RenewalPricingModelRequired from '@salesforce/label/c.RA_Validation_RenewalPricingModelRequired';
import PaymentScheduleRequired from '@salesforce/label/c.RA_Validation_PaymentScheduleRequired';
import PaymentScheduleTooLong from '@salesforce/label/c.RA_Validation_PaymentScheduleTooLong';
import ChargeDateNotFuture from '@salesforce/label/c.RA_Validation_ChargeDateNotFuture';
import ChargeDateDuplicate from '@salesforce/label/c.RA_Validation_ChargeDateDuplicate';
import ChargeDateBeyondContract from '@salesforce/label/c.RA_Validation_ChargeDateBeyondContract';
import AmountInvalid from '@salesforce/label/c.RA_Validation_AmountInvalid';
import AmountTooPrecise from '@salesforce/label/c.RA_Validation_AmountTooPrecise';

/** The Custom Label of each validation message, in the user's language. */
export const VALIDATION_LABELS: Record<ValidationCode, string> = {
    FormUnreadable,
    ProductRequired,
    ProductNotFound,
    ProductNotResellable,
    BuyerAccountInvalid,
    BuyerAccountsTooMany,
    RenewalNeedsBuyer,
    NameRequired,
    NameTooLong,
    NameCharacters,
    DescriptionTooLong,
    DescriptionCharacters,
    ResellerAccountRequired,
    ResellerAccountInvalid,
    PricingModelUnsupported,
    PaymentScheduleUnsupported,
    CurrencyUsdOnly,
    ContractDurationInvalid,
    RateInvalid,
    RateTooPrecise,
    RateZeroNotEnabled,
    RateRequiredForUsage,
    NoDimensionPriced,
    QuantityInvalid,
    NoDimensionGranted,
    BuyerLegalTermsRequired,
    CustomEulaRequiredForProfessionalServices,
    CustomEulaRequired,
    CustomEulaUploadAgain,
    CustomResellerContractRequired,
    CustomResellerContractUploadAgain,
    DocumentUrlInvalid,
    DateInvalid,
    ExpiryDateNotFuture,
    PaymentScheduleNeedsExpiry,
    PaymentScheduleNeedsOneTimeUse,
    ExpiryAfterFirstPayment,
    FutureStartUnsupported,
    FutureStartNotFuture,
    FutureStartTooFar,
    RenewalChannelRequired,
    RenewalPricingModelRequired,
    PaymentScheduleRequired,
    PaymentScheduleTooLong,
    ChargeDateNotFuture,
    ChargeDateDuplicate,
    ChargeDateBeyondContract,
    AmountInvalid,
    AmountTooPrecise,
};
