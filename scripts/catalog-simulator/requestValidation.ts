import { ApiError, validationError } from './errors';
import type { Json } from './model';
import { CATALOG, RESALE_AUTHORIZATION_TYPE } from './model';

/**
 * The synchronous rules of StartChangeSet for resale authorizations: the request is refused
 * with 422 ValidationException naming the field, before anything is recorded. Written from the
 * API reference as the server side, independently of the app's form validation.
 */

const ACCOUNT = /^\d{12}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DURATION = /^P(\d+[YMWD])+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const CREATE_NAME = /^[A-Za-z0-9 ]+$/;
const UPDATE_NAME = /^[A-Za-z0-9]*$/;
const DESCRIPTION = /^[A-Za-z0-9\s]*$/;
const CHANGE_SET_NAME = /^[\w\s+=.:@-]+$/;
const TOKEN = /^[!-~]+$/;
const REFERENCE = /^\$([A-Za-z0-9_]+)\.Entity\.Identifier$/;
const NET_PAYMENT_PERIODS = ['P15D', 'P30D', 'P45D', 'P60D', 'P90D', 'P120D'];
const UPFRONT_CURRENCIES = ['USD', 'AUD', 'EUR', 'GBP', 'JPY'];

export const CHANGE_TYPES = [
    'CreateResaleAuthorization',
    'UpdateBuyerTargetingTerms',
    'UpdateAvailability',
    'UpdateBuyerValidityTerms',
    'UpdateLegalTerms',
    'UpdatePricingTerms',
    'UpdatePaymentScheduleTerms',
    'UpdateNetPaymentTerms',
    'UpdateInformation',
    'ReleaseResaleAuthorization',
    'RestrictResaleAuthorization',
] as const;

export interface ParsedChange {
    ChangeType: string;
    ChangeName?: string;
    Entity: { Type: string; Identifier?: string };
    DetailsDocument: Json;
    sentAsString: boolean;
}

export interface ParsedRequest {
    changes: ParsedChange[];
    name?: string;
    token?: string;
}

/** What the rules need to know about the world: dates and products. */
export interface ValidationContext {
    today: string;
    /** Product entity type (`SaaSProduct`...) of a product id, or null if unknown. */
    productType(productId: string): string | null;
}

const isObject = (value: unknown): value is Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value);

class Checker {
    constructor(readonly path: string) {}

    at(child: string | number): Checker {
        return new Checker(
            typeof child === 'number' ? `${this.path}[${child}]` : `${this.path}.${child}`,
        );
    }

    fail(message: string): never {
        throw validationError(`${this.path}: ${message}`);
    }

    object(value: unknown, allowed: string[], required: string[] = []): Json {
        if (!isObject(value)) {
            this.fail('must be an object');
        }
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key)) {
                this.at(key).fail('is not a known property');
            }
        }
        for (const key of required) {
            if (value[key] === undefined) {
                this.at(key).fail('is required');
            }
        }
        return value;
    }

    array(value: unknown, min: number, max: number): unknown[] {
        if (!Array.isArray(value)) {
            this.fail('must be a list');
        }
        if (value.length < min) {
            this.fail(min === 1 ? 'must not be empty' : `must have at least ${min} items`);
        }
        if (value.length > max) {
            this.fail(`must have at most ${max} items`);
        }
        return value;
    }

    string(
        value: unknown,
        rule: { min?: number; max?: number; pattern?: RegExp; oneOf?: string[]; describe?: string },
    ): string {
        if (typeof value !== 'string') {
            this.fail('must be a string');
        }
        if (rule.min !== undefined && value.length < rule.min) {
            this.fail(
                rule.min === 1 ? 'must not be empty' : `must have at least ${rule.min} characters`,
            );
        }
        if (rule.max !== undefined && value.length > rule.max) {
            this.fail(`must have at most ${rule.max} characters`);
        }
        if (rule.pattern && !rule.pattern.test(value)) {
            this.fail(rule.describe ?? `must match ${rule.pattern.source}`);
        }
        if (rule.oneOf && !rule.oneOf.includes(value)) {
            this.fail(`must be one of ${rule.oneOf.join(', ')}`);
        }
        return value;
    }

    futureDate(value: unknown, today: string): string {
        const date = this.string(value, {
            pattern: ISO_DATE,
            describe: 'must be an ISO 8601 date (YYYY-MM-DD)',
        });
        // Date.parse rolls 2027-02-30 over to March: compare the date it reads with the one sent.
        const parsed = new Date(`${date}T00:00:00Z`);
        if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
            this.fail('must be a real date');
        }
        if (date <= today) {
            this.fail('must be in the future');
        }
        return date;
    }

    price(value: unknown, maxDecimals: number): void {
        const price = this.string(value, {
            pattern: DECIMAL,
            describe: 'must be a non-negative decimal number',
        });
        if ((price.split('.')[1] ?? '').length > maxDecimals) {
            this.fail(`must have at most ${maxDecimals} decimal places`);
        }
    }

    wholeNumber(value: unknown, min: number, max?: number): number {
        // JSON numbers, and numeric strings as some published samples send them.
        const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof number !== 'number' || !Number.isInteger(number) || number < min) {
            this.fail(`must be a whole number of at least ${min}`);
        }
        if (max !== undefined && number > max) {
            this.fail(`must be at most ${max}`);
        }
        return number;
    }
}

function termsOfType(
    check: Checker,
    details: Json,
    type: string,
    count: { min: number; max: number },
): Json[] {
    const terms = check.at('Terms').array(details.Terms, count.min, count.max);
    return terms.map((term, index) => {
        const termCheck = check.at('Terms').at(index);
        if (!isObject(term) || term.Type !== type) {
            return termCheck.at('Type').fail(`must be ${type}`);
        }
        return term;
    });
}

function checkCreate(check: Checker, details: Json, context: ValidationContext): void {
    check.object(
        details,
        ['ProductId', 'Name', 'Description', 'ResellerAccountId', 'BulkRequestId'],
        ['ProductId', 'Name', 'ResellerAccountId'],
    );
    const productId = check.at('ProductId').string(details.ProductId, { min: 1, max: 50 });
    check.at('Name').string(details.Name, {
        min: 1,
        max: 100,
        pattern: CREATE_NAME,
        describe: 'must have only letters, digits and spaces',
    });
    if (details.Description !== undefined) {
        check.at('Description').string(details.Description, {
            min: 1,
            max: 255,
            pattern: DESCRIPTION,
            describe: 'must have only letters, digits and spaces',
        });
    }
    check.at('ResellerAccountId').string(details.ResellerAccountId, {
        pattern: ACCOUNT,
        describe: 'must be a 12-digit AWS account ID',
    });
    if (details.BulkRequestId !== undefined) {
        check.at('BulkRequestId').string(details.BulkRequestId, {
            min: 1,
            max: 50,
            pattern: /^[0-9a-fA-F-]{1,50}$/,
            describe: 'must be a UUID',
        });
    }
    if (context.productType(productId) === null) {
        throw new ApiError(
            'ResourceNotFoundException',
            `${check.at('ProductId').path}: product ${productId} does not exist or cannot be resold`,
        );
    }
}

function checkBuyerTargeting(check: Checker, details: Json): void {
    check.object(details, ['Terms']);
    if (details.Terms === undefined) {
        return;
    }
    const [term] = termsOfType(check, details, 'BuyerTargetingTerm', { min: 1, max: 1 });
    const termCheck = check.at('Terms').at(0);
    termCheck.object(term, ['Type', 'PositiveTargeting'], ['PositiveTargeting']);
    const positive = termCheck
        .at('PositiveTargeting')
        .object(term?.PositiveTargeting, ['BuyerAccounts']);
    if (Object.keys(positive).length === 0) {
        termCheck.at('PositiveTargeting').fail('must not be empty');
    }
    if (positive.BuyerAccounts !== undefined) {
        const accounts = termCheck
            .at('PositiveTargeting')
            .at('BuyerAccounts')
            .array(positive.BuyerAccounts, 1, 25);
        accounts.forEach((account, index) =>
            termCheck.at('PositiveTargeting').at('BuyerAccounts').at(index).string(account, {
                pattern: ACCOUNT,
                describe: 'must be a 12-digit AWS account ID',
            }),
        );
    }
}

function checkAvailability(check: Checker, details: Json, context: ValidationContext): void {
    check.object(details, ['AvailabilityEndDate', 'OffersMaxQuantity']);
    if (details.AvailabilityEndDate === undefined && details.OffersMaxQuantity === undefined) {
        check.fail('must have AvailabilityEndDate or OffersMaxQuantity');
    }
    if (details.AvailabilityEndDate !== undefined) {
        check.at('AvailabilityEndDate').futureDate(details.AvailabilityEndDate, context.today);
    }
    if (details.OffersMaxQuantity !== undefined) {
        check.at('OffersMaxQuantity').wholeNumber(details.OffersMaxQuantity, 1, 1);
    }
}

function checkBuyerValidity(check: Checker, details: Json, context: ValidationContext): void {
    check.object(details, ['Terms'], ['Terms']);
    const [term] = termsOfType(check, details, 'BuyerValidityTerm', { min: 1, max: 1 });
    const termCheck = check.at('Terms').at(0);
    termCheck.object(term, ['Type', 'MaximumAgreementStartDate'], ['MaximumAgreementStartDate']);
    const date = termCheck
        .at('MaximumAgreementStartDate')
        .futureDate(term?.MaximumAgreementStartDate, context.today);
    const limit = new Date(`${context.today}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 3);
    if (date > limit.toISOString().slice(0, 10)) {
        termCheck.at('MaximumAgreementStartDate').fail('must be at most 3 years from now');
    }
}

function checkDocuments(check: Checker, term: Json, types: string[], customTypes: string[]): void {
    check.object(term, ['Type', 'Documents'], ['Documents']);
    const documents = check.at('Documents').array(term.Documents, 1, 10);
    documents.forEach((document, index) => {
        const docCheck = check.at('Documents').at(index);
        const doc = docCheck.object(document, ['Type', 'Url', 'Version'], ['Type']);
        const type = docCheck.at('Type').string(doc.Type, { oneOf: types });
        if (customTypes.includes(type)) {
            const url = docCheck.at('Url').string(doc.Url, { min: 1, max: 2048 });
            if (!/^https?:\/\/[^\s/]+\/\S*$/.test(url)) {
                docCheck.at('Url').fail('must be a valid URL');
            }
        } else if (doc.Url !== undefined && type !== 'StandardResellerContract') {
            docCheck.at('Url').fail(`must not be given for ${type}`);
        }
    });
}

function checkLegal(check: Checker, details: Json): void {
    check.object(details, ['Terms'], ['Terms']);
    const terms = check.at('Terms').array(details.Terms, 1, 2);
    const seen = new Set<string>();
    terms.forEach((term, index) => {
        const termCheck = check.at('Terms').at(index);
        const value = termCheck.object(term, ['Type', 'Documents'], ['Type']);
        const type = termCheck
            .at('Type')
            .string(value.Type, { oneOf: ['BuyerLegalTerm', 'ResaleLegalTerm'] });
        if (seen.has(type)) {
            termCheck.at('Type').fail(`${type} must appear only once`);
        }
        seen.add(type);
        if (type === 'BuyerLegalTerm') {
            checkDocuments(
                termCheck,
                value,
                ['StandardEula', 'EnterpriseEula', 'CustomEula'],
                ['CustomEula'],
            );
        } else {
            checkDocuments(
                termCheck,
                value,
                ['StandardResellerContract', 'CustomResellerContract'],
                ['CustomResellerContract'],
            );
        }
    });
    if (!seen.has('BuyerLegalTerm')) {
        check.at('Terms').fail('must contain a BuyerLegalTerm');
    }
}

function checkRateCard(check: Checker, rateCard: unknown, maxDecimals: number): void {
    const rates = check.array(rateCard, 1, 100);
    rates.forEach((rate, index) => {
        const rateCheck = check.at(index);
        const value = rateCheck.object(rate, ['DimensionKey', 'Price'], ['DimensionKey', 'Price']);
        rateCheck.at('DimensionKey').string(value.DimensionKey, { min: 1, max: 60 });
        rateCheck.at('Price').price(value.Price, maxDecimals);
    });
}

function checkPricing(check: Checker, details: Json): void {
    check.object(details, ['PricingModel', 'Terms'], ['PricingModel', 'Terms']);
    check.at('PricingModel').string(details.PricingModel, { oneOf: ['Contract', 'Usage'] });
    const terms = check.at('Terms').array(details.Terms, 1, 3);
    const seen = new Set<string>();
    terms.forEach((term, index) => {
        const termCheck = check.at('Terms').at(index);
        const value = termCheck.object(
            term,
            ['Type', 'CurrencyCode', 'RateCards', 'Price', 'Duration', 'Grants', 'Validity'],
            ['Type'],
        );
        const type = termCheck.at('Type').string(value.Type, {
            oneOf: [
                'ResaleConfigurableUpfrontPricingTerm',
                'ResaleFixedUpfrontPricingTerm',
                'ResaleUsageBasedPricingTerm',
            ],
        });
        if (seen.has(type)) {
            termCheck.at('Type').fail(`${type} must appear only once`);
        }
        seen.add(type);
        if (type === 'ResaleConfigurableUpfrontPricingTerm') {
            termCheck.object(
                value,
                ['Type', 'CurrencyCode', 'RateCards'],
                ['CurrencyCode', 'RateCards'],
            );
            termCheck.at('CurrencyCode').string(value.CurrencyCode, { oneOf: UPFRONT_CURRENCIES });
            termCheck
                .at('RateCards')
                .array(value.RateCards, 1, 10)
                .forEach((card, cardIndex) => {
                    const cardCheck = termCheck.at('RateCards').at(cardIndex);
                    const rateCard = cardCheck.object(
                        card,
                        ['Selector', 'RateCard', 'Constraints'],
                        ['Selector', 'RateCard'],
                    );
                    const selector = cardCheck
                        .at('Selector')
                        .object(rateCard.Selector, ['Type', 'Value'], ['Type', 'Value']);
                    cardCheck
                        .at('Selector')
                        .at('Type')
                        .string(selector.Type, { oneOf: ['Duration'] });
                    cardCheck.at('Selector').at('Value').string(selector.Value, {
                        pattern: ISO_DURATION,
                        describe: 'must be an ISO 8601 duration such as P12M',
                    });
                    checkRateCard(cardCheck.at('RateCard'), rateCard.RateCard, 6);
                    if (rateCard.Constraints !== undefined) {
                        const constraints = cardCheck
                            .at('Constraints')
                            .object(rateCard.Constraints, [
                                'MultipleDimensionSelection',
                                'QuantityConfiguration',
                            ]);
                        for (const key of Object.keys(constraints)) {
                            cardCheck
                                .at('Constraints')
                                .at(key)
                                .string(constraints[key], { oneOf: ['Allowed', 'Disallowed'] });
                        }
                    }
                });
        } else if (type === 'ResaleFixedUpfrontPricingTerm') {
            termCheck.object(
                value,
                ['Type', 'CurrencyCode', 'Price', 'Duration', 'Grants'],
                ['CurrencyCode', 'Price', 'Duration', 'Grants'],
            );
            termCheck.at('CurrencyCode').string(value.CurrencyCode, { oneOf: UPFRONT_CURRENCIES });
            termCheck.at('Price').price(value.Price, 6);
            termCheck.at('Duration').string(value.Duration, {
                pattern: ISO_DURATION,
                describe: 'must be an ISO 8601 duration such as P12M',
            });
            termCheck
                .at('Grants')
                .array(value.Grants, 1, 100)
                .forEach((grant, grantIndex) => {
                    const grantCheck = termCheck.at('Grants').at(grantIndex);
                    const g = grantCheck.object(
                        grant,
                        ['DimensionKey', 'MaxQuantity'],
                        ['DimensionKey'],
                    );
                    grantCheck.at('DimensionKey').string(g.DimensionKey, { min: 1, max: 60 });
                    if (g.MaxQuantity !== undefined) {
                        grantCheck.at('MaxQuantity').wholeNumber(g.MaxQuantity, 1);
                    }
                });
        } else {
            termCheck.object(
                value,
                ['Type', 'CurrencyCode', 'RateCards', 'Validity'],
                ['CurrencyCode', 'RateCards'],
            );
            termCheck.at('CurrencyCode').string(value.CurrencyCode, { oneOf: ['USD'] });
            termCheck
                .at('RateCards')
                .array(value.RateCards, 1, 1)
                .forEach((card, cardIndex) => {
                    const cardCheck = termCheck.at('RateCards').at(cardIndex);
                    const rateCard = cardCheck.object(card, ['RateCard'], ['RateCard']);
                    checkRateCard(cardCheck.at('RateCard'), rateCard.RateCard, 8);
                });
        }
    });
}

function checkPaymentSchedule(
    check: Checker,
    details: Json,
    context: ValidationContext,
    productType: string | null,
): void {
    if (
        productType !== null &&
        !['SaaSProduct', 'ProfessionalServicesProduct'].includes(productType)
    ) {
        check.fail(`Not supported for ${productType} product`);
    }
    check.object(details, ['Terms'], ['Terms']);
    const [term] = termsOfType(check, details, 'ResalePaymentScheduleTerm', { min: 1, max: 1 });
    const termCheck = check.at('Terms').at(0);
    termCheck.object(term, ['Type', 'CurrencyCode', 'Schedule'], ['CurrencyCode', 'Schedule']);
    termCheck.at('CurrencyCode').string(term?.CurrencyCode, { oneOf: ['USD'] });
    termCheck
        .at('Schedule')
        .array(term?.Schedule, 1, 60)
        .forEach((row, index) => {
            const rowCheck = termCheck.at('Schedule').at(index);
            const value = rowCheck.object(
                row,
                ['ChargeDate', 'ChargeAmount'],
                ['ChargeDate', 'ChargeAmount'],
            );
            rowCheck.at('ChargeDate').futureDate(value.ChargeDate, context.today);
            rowCheck.at('ChargeAmount').price(value.ChargeAmount, 6);
        });
}

function checkNetPayment(check: Checker, details: Json): void {
    check.object(details, ['Terms'], ['Terms']);
    const terms = check.at('Terms').array(details.Terms, 0, 1);
    terms.forEach((term, index) => {
        const termCheck = check.at('Terms').at(index);
        const value = termCheck.object(
            term,
            ['Type', 'PaymentDuePeriod'],
            ['Type', 'PaymentDuePeriod'],
        );
        termCheck.at('Type').string(value.Type, { oneOf: ['ResaleNetPaymentTerm'] });
        termCheck
            .at('PaymentDuePeriod')
            .string(value.PaymentDuePeriod, { oneOf: NET_PAYMENT_PERIODS });
    });
}

function checkInformation(check: Checker, details: Json): void {
    check.object(details, ['Name', 'Description', 'PreExistingBuyerAgreement']);
    if (details.Name !== undefined) {
        check.at('Name').string(details.Name, {
            min: 1,
            max: 100,
            pattern: UPDATE_NAME,
            describe: 'must have only letters and digits',
        });
    }
    if (details.Description !== undefined) {
        check.at('Description').string(details.Description, {
            min: 1,
            max: 255,
            pattern: DESCRIPTION,
            describe: 'must have only letters, digits and spaces',
        });
    }
    if (details.PreExistingBuyerAgreement !== undefined) {
        const agreement = check
            .at('PreExistingBuyerAgreement')
            .object(
                details.PreExistingBuyerAgreement,
                ['AcquisitionChannel', 'PricingModel'],
                ['AcquisitionChannel', 'PricingModel'],
            );
        check
            .at('PreExistingBuyerAgreement')
            .at('AcquisitionChannel')
            .string(agreement.AcquisitionChannel, { oneOf: ['External', 'AwsMarketplace'] });
        check
            .at('PreExistingBuyerAgreement')
            .at('PricingModel')
            .string(agreement.PricingModel, { oneOf: ['Contract', 'Usage', 'BYOL', 'Free'] });
    }
}

function readDetails(check: Checker, change: Json): { details: Json; sentAsString: boolean } {
    if (change.Details !== undefined && change.DetailsDocument !== undefined) {
        check.fail('must have Details or DetailsDocument, not both');
    }
    if (change.DetailsDocument !== undefined) {
        return {
            details: check
                .at('DetailsDocument')
                .object(
                    change.DetailsDocument,
                    Object.keys(isObject(change.DetailsDocument) ? change.DetailsDocument : {}),
                ),
            sentAsString: false,
        };
    }
    const text = check.at('Details').string(change.Details, { min: 2, max: 16384 });
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        check.at('Details').fail('must be a JSON object');
    }
    if (!isObject(parsed)) {
        return check.at('Details').fail('must be a JSON object');
    }
    return { details: parsed, sentAsString: true };
}

/** Checks a StartChangeSet request body; throws ApiError on the first rule it breaks. */
export function parseStartChangeSet(
    body: unknown,
    context: ValidationContext,
    entityProductType: (entityId: string) => string | null | undefined,
): ParsedRequest {
    const root = new Checker('StartChangeSetRequest');
    const request = root.object(
        body,
        ['Catalog', 'ChangeSet', 'ChangeSetName', 'ClientRequestToken', 'ChangeSetTags', 'Intent'],
        ['Catalog', 'ChangeSet'],
    );
    root.at('Catalog').string(request.Catalog, { oneOf: [CATALOG] });
    const name =
        request.ChangeSetName === undefined
            ? undefined
            : root
                  .at('ChangeSetName')
                  .string(request.ChangeSetName, { min: 1, max: 100, pattern: CHANGE_SET_NAME });
    const token =
        request.ClientRequestToken === undefined
            ? undefined
            : root.at('ClientRequestToken').string(request.ClientRequestToken, {
                  min: 1,
                  max: 64,
                  pattern: TOKEN,
                  describe: 'must be 1 to 64 printable ASCII characters',
              });
    if (request.Intent !== undefined) {
        const intent = root.at('Intent').string(request.Intent, { oneOf: ['APPLY', 'VALIDATE'] });
        // The service model: VALIDATE "is currently available for adding versions to
        // single-AMI products", so not for a resale authorization.
        if (intent === 'VALIDATE') {
            root.at('Intent').fail(
                'VALIDATE is only available for adding versions to single-AMI products; a resale authorization change set is applied (APPLY)',
            );
        }
    }
    const rawChanges = root.at('ChangeSet').array(request.ChangeSet, 1, 20);
    const createdNames = new Map<string, string>();
    const changes = rawChanges.map((raw, index): ParsedChange => {
        const check = root.at('ChangeSet').at(index);
        const change = check.object(
            raw,
            ['ChangeType', 'Entity', 'Details', 'DetailsDocument', 'ChangeName', 'EntityTags'],
            ['ChangeType', 'Entity'],
        );
        const changeType = check.at('ChangeType').string(change.ChangeType, { min: 1, max: 255 });
        const entity = check.at('Entity').object(change.Entity, ['Type', 'Identifier'], ['Type']);
        const entityType = check.at('Entity').at('Type').string(entity.Type, { min: 1, max: 255 });
        if (entityType !== RESALE_AUTHORIZATION_TYPE) {
            throw new ApiError(
                'ResourceNotSupportedException',
                `${check.at('Entity').at('Type').path}: ${entityType} is not supported here; use ${RESALE_AUTHORIZATION_TYPE}`,
            );
        }
        if (!(CHANGE_TYPES as readonly string[]).includes(changeType)) {
            check
                .at('ChangeType')
                .fail(`${changeType} is not a change type of ${RESALE_AUTHORIZATION_TYPE}`);
        }
        const changeName =
            change.ChangeName === undefined
                ? undefined
                : check
                      .at('ChangeName')
                      .string(change.ChangeName, { min: 1, max: 72, pattern: /^[A-Za-z0-9_]+$/ });
        const { details, sentAsString } = readDetails(check, change);
        const detailsCheck = check.at(sentAsString ? 'Details' : 'DetailsDocument');
        const identifier =
            entity.Identifier === undefined
                ? undefined
                : check
                      .at('Entity')
                      .at('Identifier')
                      .string(entity.Identifier, { min: 1, max: 255 });
        let productType: string | null = null;
        if (changeType === 'CreateResaleAuthorization') {
            if (identifier !== undefined) {
                check
                    .at('Entity')
                    .at('Identifier')
                    .fail('must not be given when creating an entity');
            }
            checkCreate(detailsCheck, details, context);
            productType = context.productType(String(details.ProductId));
            if (changeName) {
                createdNames.set(changeName, productType ?? '');
            }
        } else {
            if (identifier === undefined) {
                return check.at('Entity').at('Identifier').fail('is required');
            }
            const reference = REFERENCE.exec(identifier);
            if (reference) {
                if (!createdNames.has(reference[1] ?? '')) {
                    check
                        .at('Entity')
                        .at('Identifier')
                        .fail(
                            `refers to ${reference[1]}, which no earlier change in this change set creates`,
                        );
                }
                productType = createdNames.get(reference[1] ?? '') || null;
            } else {
                const known = entityProductType(identifier);
                if (known === undefined) {
                    throw new ApiError(
                        'ResourceNotFoundException',
                        `${check.at('Entity').at('Identifier').path}: entity ${identifier} does not exist`,
                    );
                }
                productType = known;
            }
        }
        switch (changeType) {
            case 'UpdateBuyerTargetingTerms':
                checkBuyerTargeting(detailsCheck, details);
                break;
            case 'UpdateAvailability':
                checkAvailability(detailsCheck, details, context);
                break;
            case 'UpdateBuyerValidityTerms':
                checkBuyerValidity(detailsCheck, details, context);
                break;
            case 'UpdateLegalTerms':
                checkLegal(detailsCheck, details);
                break;
            case 'UpdatePricingTerms':
                checkPricing(detailsCheck, details);
                break;
            case 'UpdatePaymentScheduleTerms':
                checkPaymentSchedule(detailsCheck, details, context, productType);
                break;
            case 'UpdateNetPaymentTerms':
                checkNetPayment(detailsCheck, details);
                break;
            case 'UpdateInformation':
                checkInformation(detailsCheck, details);
                break;
            case 'ReleaseResaleAuthorization':
            case 'RestrictResaleAuthorization':
                detailsCheck.object(details, []);
                break;
            default:
                break;
        }
        return {
            ChangeType: changeType,
            ...(changeName ? { ChangeName: changeName } : {}),
            Entity:
                identifier === undefined
                    ? { Type: entityType }
                    : { Type: entityType, Identifier: identifier },
            DetailsDocument: details,
            sentAsString,
        };
    });
    return { changes, name, token };
}
