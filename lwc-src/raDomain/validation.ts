import { AWS_ACCOUNT_ID, MAX_BUYER_ACCOUNTS, parseBuyerAccounts } from './buyerAccounts';
import { addIsoDuration, addMonths, isIsoDate } from './dates';
import { decimalPlaces, isDecimal, isZeroDecimal } from './decimal';
import { allowedCurrencies, formLayout, usesFlexiblePaymentSchedule } from './dynamicFields';
import type { FieldLayout } from './dynamicFields';
import { MAX_CUSTOM_DURATION, contractDurationOf, parseFormState } from './formState';
import type { FormState, LegalDocument } from './formState';
import {
    isResellable,
    pricingModelsOf,
    requiresCustomEula,
    supportsFlexiblePaymentSchedule,
    supportsFutureStart,
} from './product';
import type { Product } from './product';
import {
    DESCRIPTION_MAX_LENGTH,
    MAX_FUTURE_START_YEARS,
    MAX_GRANT_QUANTITY,
    MAX_PAYMENTS,
    MAX_UPFRONT_DECIMALS,
    MAX_USAGE_DECIMALS,
    NAME_MAX_LENGTH,
} from './limits';
import { VALIDATION_MESSAGES, formatMessage } from './validationMessages';
import type { ValidationCode } from './validationMessages';

/** One thing the user must fix, on the field (path in the form state) where it is fixed. */
export interface ValidationProblem {
    field: string;
    code: ValidationCode;
    /** English text; components show the `RA_Validation_<code>` label instead. */
    message: string;
    params: string[];
}

export interface ValidateOptions {
    /**
     * `publish` (default) checks everything AWS needs to release the resale authorization;
     * `draft` skips what only release requires (legal terms, prices, payments), so an
     * incomplete resale authorization can be kept as a draft on AWS.
     */
    purpose?: 'publish' | 'draft';
}

// Open question 1 of the API reference: letters, digits and spaces in names (Create allows
// them; UpdateInformation's stricter pattern only applies to what the mapping sends there).
const NAME_CHARACTERS = /^[A-Za-z0-9 ]*$/;
const DESCRIPTION_CHARACTERS = /^[A-Za-z0-9\s]*$/;
const WHOLE_NUMBER = /^\d+$/;

class Problems {
    readonly list: ValidationProblem[] = [];

    add(field: string, code: ValidationCode, params: readonly (string | number)[] = []): void {
        const text = params.map(String);
        this.list.push({
            field,
            code,
            message: formatMessage(VALIDATION_MESSAGES[code].en, text),
            params: text,
        });
    }
}

function checkProductAndBuyers(form: FormState, product: Product | null, problems: Problems): void {
    if (!form.productId.trim()) {
        problems.add('productId', 'ProductRequired');
    } else if (!product || product.productId !== form.productId) {
        problems.add('productId', 'ProductNotFound');
    } else if (!isResellable(product.productType, product.visibility)) {
        problems.add('productId', 'ProductNotResellable');
    }
    const buyers = parseBuyerAccounts(form.buyerAccountsText);
    if (buyers.invalid.length > 0) {
        problems.add('buyerAccountsText', 'BuyerAccountInvalid', [buyers.invalid.join(', ')]);
    }
    if (buyers.accounts.length > MAX_BUYER_ACCOUNTS) {
        problems.add('buyerAccountsText', 'BuyerAccountsTooMany', [
            MAX_BUYER_ACCOUNTS,
            buyers.accounts.length,
        ]);
    }
    if (form.renewal.isRenewal && buyers.accounts.length === 0 && buyers.invalid.length === 0) {
        problems.add('buyerAccountsText', 'RenewalNeedsBuyer');
    }
}

function checkDetails(form: FormState, problems: Problems): void {
    const name = form.name.trim();
    if (!name) {
        problems.add('name', 'NameRequired');
    } else if (name.length > NAME_MAX_LENGTH) {
        problems.add('name', 'NameTooLong', [NAME_MAX_LENGTH]);
    } else if (!NAME_CHARACTERS.test(name)) {
        problems.add('name', 'NameCharacters');
    }
    const description = form.description.trim();
    if (description.length > DESCRIPTION_MAX_LENGTH) {
        problems.add('description', 'DescriptionTooLong', [DESCRIPTION_MAX_LENGTH]);
    } else if (!DESCRIPTION_CHARACTERS.test(description)) {
        problems.add('description', 'DescriptionCharacters');
    }
    const reseller = form.resellerAccountId.trim();
    if (!reseller) {
        problems.add('resellerAccountId', 'ResellerAccountRequired');
    } else if (!AWS_ACCOUNT_ID.test(reseller)) {
        problems.add('resellerAccountId', 'ResellerAccountInvalid');
    }
}

function checkPricing(form: FormState, product: Product, problems: Problems): void {
    if (!pricingModelsOf(product).includes(form.pricingModel)) {
        problems.add('pricingModel', 'PricingModelUnsupported', [form.pricingModel]);
        return;
    }
    if (
        form.flexiblePaymentSchedule &&
        form.pricingModel === 'Contract' &&
        !supportsFlexiblePaymentSchedule(product)
    ) {
        problems.add('flexiblePaymentSchedule', 'PaymentScheduleUnsupported');
    }
    if (!allowedCurrencies(form, product).includes(form.currencyCode)) {
        problems.add('currencyCode', 'CurrencyUsdOnly');
    }
    if (form.pricingModel === 'Contract' && contractDurationOf(form) === '') {
        problems.add('contractDuration.customValue', 'ContractDurationInvalid', [
            MAX_CUSTOM_DURATION,
        ]);
    }
}

function checkDimensions(
    form: FormState,
    product: Product,
    publishing: boolean,
    problems: Problems,
): void {
    const layout = formLayout(form, product);
    const fps = usesFlexiblePaymentSchedule(form, product);
    const maxDecimals = form.pricingModel === 'Usage' ? MAX_USAGE_DECIMALS : MAX_UPFRONT_DECIMALS;
    const rateOf = (key: string): string =>
        form.dimensions.find((d) => d.key === key)?.rate.trim() ?? '';
    // A usage rate card must price every metered dimension whenever it is sent (the API refuses
    // a partial one with INVALID_RATE_CARD): a draft may leave them all empty, not some.
    const ratesRequired =
        publishing || layout.dimensions.some(({ dimension }) => rateOf(dimension.key) !== '');
    let priced = 0;
    for (const { dimension, rate, quantity } of layout.dimensions) {
        const price = form.dimensions.find((d) => d.key === dimension.key);
        const field = `dimensions.${dimension.key}`;
        if (fps && quantity.visible) {
            const units = price?.quantity.trim() ?? '';
            if (units !== '') {
                if (
                    !WHOLE_NUMBER.test(units) ||
                    Number(units) < 1 ||
                    Number(units) > MAX_GRANT_QUANTITY
                ) {
                    problems.add(`${field}.quantity`, 'QuantityInvalid', [MAX_GRANT_QUANTITY]);
                } else {
                    priced += 1;
                }
            }
            continue;
        }
        checkRate(
            price?.rate.trim() ?? '',
            rate,
            `${field}.rate`,
            { form, maxDecimals, ratesRequired },
            problems,
        );
        if (isDecimal(price?.rate.trim() ?? '')) {
            priced += 1;
        }
    }
    if (publishing && layout.dimensions.length > 0 && priced === 0) {
        problems.add('dimensions', fps ? 'NoDimensionGranted' : 'NoDimensionPriced');
    }
}

function checkRate(
    rate: string,
    layout: FieldLayout,
    field: string,
    context: { form: FormState; maxDecimals: number; ratesRequired: boolean },
    problems: Problems,
): void {
    if (rate === '') {
        if (layout.required && context.ratesRequired) {
            problems.add(field, 'RateRequiredForUsage');
        }
    } else if (!isDecimal(rate)) {
        problems.add(field, 'RateInvalid');
    } else if (decimalPlaces(rate) > context.maxDecimals) {
        problems.add(field, 'RateTooPrecise', [context.maxDecimals]);
    } else if (isZeroDecimal(rate) && !context.form.zeroDollarPricing) {
        problems.add(field, 'RateZeroNotEnabled');
    }
}

function checkDocument(
    document: LegalDocument | null,
    field: string,
    codes: { missing: ValidationCode; uploadAgain: ValidationCode },
    problems: Problems,
): void {
    if (!document || document.url.trim() === '') {
        problems.add(field, document?.mustUploadAgain ? codes.uploadAgain : codes.missing);
    } else if (document.mustUploadAgain) {
        problems.add(field, codes.uploadAgain);
    } else if (!/^https:\/\/[^\s/]+\/\S+$/.test(document.url.trim())) {
        problems.add(field, 'DocumentUrlInvalid');
    }
}

function checkLegalTerms(
    form: FormState,
    product: Product,
    publishing: boolean,
    problems: Problems,
): void {
    const type = form.buyerLegalTerms.type;
    if (requiresCustomEula(product) && type !== 'CustomEula' && (type !== '' || publishing)) {
        problems.add('buyerLegalTerms.type', 'CustomEulaRequiredForProfessionalServices');
    } else if (type === '') {
        if (publishing) {
            problems.add('buyerLegalTerms.type', 'BuyerLegalTermsRequired');
        }
    } else if (type === 'CustomEula') {
        checkDocument(
            form.buyerLegalTerms.document,
            'buyerLegalTerms.document',
            {
                missing: 'CustomEulaRequired',
                uploadAgain: 'CustomEulaUploadAgain',
            },
            problems,
        );
    }
    if (form.resellerLegalTerms.type === 'CustomResellerContract') {
        checkDocument(
            form.resellerLegalTerms.document,
            'resellerLegalTerms.document',
            {
                missing: 'CustomResellerContractRequired',
                uploadAgain: 'CustomResellerContractUploadAgain',
            },
            problems,
        );
    }
}

function checkAvailability(
    form: FormState,
    product: Product,
    today: string,
    problems: Problems,
): void {
    const expiry = form.availability.expiryDate.trim();
    if (expiry !== '') {
        if (!isIsoDate(expiry)) {
            problems.add('availability.expiryDate', 'DateInvalid', [today]);
        } else if (expiry <= today) {
            problems.add('availability.expiryDate', 'ExpiryDateNotFuture', [today]);
        }
    }
    if (form.futureStart.enabled) {
        const latestStart = form.futureStart.maximumAgreementStartDate.trim();
        const limit = addMonths(today, 12 * MAX_FUTURE_START_YEARS);
        if (!supportsFutureStart(product)) {
            problems.add('futureStart.enabled', 'FutureStartUnsupported');
        } else if (!isIsoDate(latestStart)) {
            problems.add('futureStart.maximumAgreementStartDate', 'DateInvalid', [today]);
        } else if (latestStart <= today) {
            problems.add('futureStart.maximumAgreementStartDate', 'FutureStartNotFuture', [today]);
        } else if (latestStart > limit) {
            problems.add('futureStart.maximumAgreementStartDate', 'FutureStartTooFar', [
                limit,
                today,
            ]);
        }
    }
}

function checkPaymentSchedule(
    form: FormState,
    product: Product,
    today: string,
    publishing: boolean,
    problems: Problems,
): void {
    if (!usesFlexiblePaymentSchedule(form, product)) {
        return;
    }
    const expiry = form.availability.expiryDate.trim();
    if (form.availability.usage !== 'oneTime') {
        problems.add('availability.usage', 'PaymentScheduleNeedsOneTimeUse');
    }
    if (expiry === '') {
        problems.add('availability.expiryDate', 'PaymentScheduleNeedsExpiry');
    }
    const rows = form.paymentSchedule;
    if (rows.length === 0) {
        if (publishing) {
            problems.add('paymentSchedule', 'PaymentScheduleRequired');
        }
        return;
    }
    if (rows.length > MAX_PAYMENTS) {
        problems.add('paymentSchedule', 'PaymentScheduleTooLong', [MAX_PAYMENTS]);
    }
    const validExpiry = isIsoDate(expiry) ? expiry : null;
    const duration = contractDurationOf(form);
    const lastAllowed = validExpiry && duration ? addIsoDuration(validExpiry, duration) : null;
    const seen = new Set<string>();
    const dates: string[] = [];
    rows.forEach((row, index) => {
        const field = `paymentSchedule.${index}`;
        const date = row.chargeDate.trim();
        if (!isIsoDate(date)) {
            problems.add(`${field}.chargeDate`, 'DateInvalid', [today]);
        } else if (date <= today) {
            problems.add(`${field}.chargeDate`, 'ChargeDateNotFuture', [today]);
        } else if (seen.has(date)) {
            problems.add(`${field}.chargeDate`, 'ChargeDateDuplicate', [date]);
        } else {
            seen.add(date);
            dates.push(date);
            if (lastAllowed && date > lastAllowed) {
                problems.add(`${field}.chargeDate`, 'ChargeDateBeyondContract', [lastAllowed]);
            }
        }
        const amount = row.amount.trim();
        if (!isDecimal(amount)) {
            problems.add(`${field}.amount`, 'AmountInvalid');
        } else if (decimalPlaces(amount) > MAX_UPFRONT_DECIMALS) {
            // The schedule carries the upfront price (open question 5 of the API reference).
            problems.add(`${field}.amount`, 'AmountTooPrecise', [MAX_UPFRONT_DECIMALS]);
        }
    });
    const firstCharge = [...dates].sort()[0];
    if (validExpiry && firstCharge && validExpiry >= firstCharge) {
        problems.add('availability.expiryDate', 'ExpiryAfterFirstPayment', [firstCharge]);
    }
}

function checkRenewal(form: FormState, problems: Problems): void {
    if (!form.renewal.isRenewal) {
        return;
    }
    if (form.renewal.acquisitionChannel === '') {
        problems.add('renewal.acquisitionChannel', 'RenewalChannelRequired');
    }
    if (form.renewal.pricingModel === '') {
        problems.add('renewal.pricingModel', 'RenewalPricingModelRequired');
    }
}

/**
 * Every problem with a form state for a product, checked as the Catalog API would before and
 * while applying the change set. `today` is the UTC date `YYYY-MM-DD`, the one the Catalog API
 * compares dates with (messages about dates after today show it). Never throws: anything that is not a
 * form state is reported as unreadable.
 */
export function validate(
    input: unknown,
    product: Product | null,
    today: string,
    options: ValidateOptions = {},
): ValidationProblem[] {
    const problems = new Problems();
    const form = parseFormState(input);
    if (!form) {
        problems.add('form', 'FormUnreadable');
        return problems.list;
    }
    const publishing = (options.purpose ?? 'publish') === 'publish';
    checkProductAndBuyers(form, product, problems);
    checkDetails(form, problems);
    checkRenewal(form, problems);
    if (!product || product.productId !== form.productId) {
        return problems.list;
    }
    checkPricing(form, product, problems);
    checkDimensions(form, product, publishing, problems);
    checkLegalTerms(form, product, publishing, problems);
    checkAvailability(form, product, today, problems);
    checkPaymentSchedule(form, product, today, publishing, problems);
    return problems.list;
}

/** The problems of one field (and of the fields under it, for a row or a section). */
export function problemsOf(
    problems: readonly ValidationProblem[],
    field: string,
): ValidationProblem[] {
    return problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
}

/**
 * What keeps a form from being kept as a draft in Salesforce: what its record cannot store (a
 * name over NAME_MAX_LENGTH, a reseller account that is not 12 digits) or cannot be found by (no
 * name, no product). Everything else may be incomplete in a draft; `validate` says what
 * publishing will need. The server refuses the same (`draftRefusals` of
 * ResaleAuthorizationService, compared by the contract vectors' `draftCheck` cases).
 */
export const DRAFT_REFUSAL_CODES: readonly ValidationCode[] = [
    'FormUnreadable',
    'ProductRequired',
    'NameRequired',
    'NameTooLong',
    'ResellerAccountInvalid',
];

/** The problems that keep a form from being saved as a draft (see DRAFT_REFUSAL_CODES). */
export function draftProblems(input: unknown): ValidationProblem[] {
    return validate(input, null, '').filter((problem) =>
        DRAFT_REFUSAL_CODES.includes(problem.code),
    );
}
