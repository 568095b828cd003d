/**
 * Every problem `validate` can return lands where the user sees it: on the field the form shows
 * for it, and in the list of problems Review shows. The codes come from the validation messages
 * (the source of truth): a new code needs a form that has it here, or the test fails to compile.
 */
import { createElement } from 'lwc';
import ResaleAuthorizationWizard from 'c/resaleAuthorizationWizard';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import {
    VALIDATION_MESSAGES,
    emptyFormState,
    formLayout,
    isFieldShown,
    productFromRecord,
    validate,
    validationLabelName,
} from 'c/raDomain';
import type { FormState, ProductRecord, ValidationCode } from 'c/raDomain';
import { todayIsoDate } from 'c/raUi';
import {
    AMI_PRODUCT,
    PRODUCTS,
    PS_PRODUCT,
    SAAS_PRODUCT,
    detailOf,
    inDays,
} from '../../test/fixtures/products';
import { cleanDocument, deepQueryAll, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listProducts',
    () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    { virtual: true },
);

// Each problem of the list is "where: what": the English of that label, to read the message.
jest.mock('@salesforce/label/c.RA_Wizard_ProblemAt', () => ({ default: '{0}: {1}' }), {
    virtual: true,
});

/** A contract product that has no flexible payment schedule. */
const CONTAINER_PRODUCT: ProductRecord = {
    productId: 'prod-container-feed',
    title: 'Acme Feed Container',
    productType: 'Container',
    visibility: 'Public',
    dimensionsJson: JSON.stringify([
        { key: 'Feed', name: 'Daily feed', unit: 'Units', type: 'Entitled' },
    ]),
    lastSyncedAt: null,
};
/** A product AWS does not resell: not public or limited. */
const RESTRICTED_PRODUCT: ProductRecord = {
    ...SAAS_PRODUCT,
    productId: 'prod-saas-beta',
    title: 'Acme Analytics Beta',
    visibility: 'Restricted',
};
const ALL_PRODUCTS = [...PRODUCTS, CONTAINER_PRODUCT, RESTRICTED_PRODUCT];

/** A contract for SAAS_PRODUCT that may be published as it is. */
function contract(overrides: Partial<FormState> = {}): FormState {
    return {
        ...emptyFormState(SAAS_PRODUCT.productId),
        name: 'Partner deal',
        resellerAccountId: '111122223333',
        buyerLegalTerms: { type: 'StandardEula', document: null },
        dimensions: [{ key: 'Seats', rate: '10', quantity: '' }],
        availability: { usage: 'multiUse', expiryDate: inDays(90) },
        ...overrides,
    };
}

/** The same contract paid with a flexible payment schedule. */
function scheduled(overrides: Partial<FormState> = {}): FormState {
    return contract({
        flexiblePaymentSchedule: true,
        dimensions: [{ key: 'Seats', rate: '', quantity: '10' }],
        availability: { usage: 'oneTime', expiryDate: inDays(5) },
        paymentSchedule: [{ chargeDate: inDays(10), amount: '100' }],
        ...overrides,
    });
}

const legalDocument = (mustUploadAgain: boolean, url = '') => ({
    url,
    fileName: 'terms.pdf',
    mustUploadAgain,
});
const renewal = (overrides: Partial<FormState['renewal']>) =>
    contract({
        buyerAccountsText: '444455556666',
        renewal: {
            isRenewal: true,
            acquisitionChannel: 'AwsMarketplace',
            pricingModel: 'Contract',
            ...overrides,
        },
    });

/** A stored form with each problem: `null` for the one no form state can have. */
const FORMS: Record<ValidationCode, FormState | null> = {
    FormUnreadable: null,
    ProductRequired: contract({ productId: '' }),
    ProductNotFound: contract({ productId: 'prod-withdrawn' }),
    ProductNotResellable: contract({ productId: RESTRICTED_PRODUCT.productId }),
    BuyerAccountInvalid: contract({ buyerAccountsText: '12345' }),
    BuyerAccountsTooMany: contract({
        buyerAccountsText: Array.from({ length: 26 }, (_, i) => `1000000000${10 + i}`).join(', '),
    }),
    RenewalNeedsBuyer: { ...renewal({}), buyerAccountsText: '' },
    NameRequired: contract({ name: '' }),
    NameTooLong: contract({ name: 'A'.repeat(101) }),
    NameCharacters: contract({ name: 'Partner-deal!' }),
    DescriptionTooLong: contract({ description: 'a'.repeat(256) }),
    DescriptionCharacters: contract({ description: 'For @partners' }),
    ResellerAccountRequired: contract({ resellerAccountId: '' }),
    ResellerAccountInvalid: contract({ resellerAccountId: '1234' }),
    PricingModelUnsupported: contract({
        productId: AMI_PRODUCT.productId,
        dimensions: [{ key: 't3.medium', rate: '1', quantity: '' }],
    }),
    PaymentScheduleUnsupported: contract({
        productId: CONTAINER_PRODUCT.productId,
        flexiblePaymentSchedule: true,
        dimensions: [{ key: 'Feed', rate: '10', quantity: '' }],
    }),
    CurrencyUsdOnly: contract({
        pricingModel: 'Usage',
        currencyCode: 'EUR',
        dimensions: [{ key: 'ApiCalls', rate: '0.01', quantity: '' }],
    }),
    ContractDurationInvalid: contract({
        contractDuration: {
            kind: 'custom',
            standard: 'P12M',
            customValue: 'ten',
            customUnit: 'Months',
        },
    }),
    RateInvalid: contract({ dimensions: [{ key: 'Seats', rate: 'ten', quantity: '' }] }),
    RateTooPrecise: contract({ dimensions: [{ key: 'Seats', rate: '1.1234567', quantity: '' }] }),
    RateZeroNotEnabled: contract({ dimensions: [{ key: 'Seats', rate: '0', quantity: '' }] }),
    RateRequiredForUsage: contract({
        productId: AMI_PRODUCT.productId,
        pricingModel: 'Usage',
        dimensions: [],
    }),
    NoDimensionPriced: contract({ dimensions: [] }),
    QuantityInvalid: scheduled({ dimensions: [{ key: 'Seats', rate: '', quantity: 'many' }] }),
    NoDimensionGranted: scheduled({ dimensions: [] }),
    BuyerLegalTermsRequired: contract({ buyerLegalTerms: { type: '', document: null } }),
    CustomEulaRequired: contract({ buyerLegalTerms: { type: 'CustomEula', document: null } }),
    CustomEulaRequiredForProfessionalServices: contract({
        productId: PS_PRODUCT.productId,
        dimensions: [{ key: 'Workshop', rate: '100', quantity: '' }],
    }),
    CustomEulaUploadAgain: contract({
        buyerLegalTerms: { type: 'CustomEula', document: legalDocument(true) },
    }),
    CustomResellerContractRequired: contract({
        resellerLegalTerms: { type: 'CustomResellerContract', document: null },
    }),
    CustomResellerContractUploadAgain: contract({
        resellerLegalTerms: { type: 'CustomResellerContract', document: legalDocument(true) },
    }),
    DocumentUrlInvalid: contract({
        buyerLegalTerms: {
            type: 'CustomEula',
            document: legalDocument(false, 'ftp://bucket/terms'),
        },
    }),
    DateInvalid: contract({ availability: { usage: 'multiUse', expiryDate: 'next spring' } }),
    ExpiryDateNotFuture: contract({ availability: { usage: 'multiUse', expiryDate: inDays(-1) } }),
    PaymentScheduleNeedsExpiry: scheduled({ availability: { usage: 'oneTime', expiryDate: '' } }),
    PaymentScheduleNeedsOneTimeUse: scheduled({
        availability: { usage: 'multiUse', expiryDate: inDays(5) },
    }),
    ExpiryAfterFirstPayment: scheduled({
        availability: { usage: 'oneTime', expiryDate: inDays(20) },
    }),
    FutureStartUnsupported: contract({
        productId: PS_PRODUCT.productId,
        dimensions: [{ key: 'Workshop', rate: '100', quantity: '' }],
        futureStart: { enabled: true, maximumAgreementStartDate: inDays(30) },
    }),
    FutureStartNotFuture: contract({
        futureStart: { enabled: true, maximumAgreementStartDate: inDays(-1) },
    }),
    FutureStartTooFar: contract({
        futureStart: { enabled: true, maximumAgreementStartDate: inDays(4 * 366) },
    }),
    RenewalChannelRequired: renewal({ acquisitionChannel: '' }),
    RenewalPricingModelRequired: renewal({ pricingModel: '' }),
    PaymentScheduleRequired: scheduled({ paymentSchedule: [] }),
    PaymentScheduleTooLong: scheduled({
        paymentSchedule: Array.from({ length: 61 }, (_, i) => ({
            chargeDate: inDays(10 + i),
            amount: '1',
        })),
    }),
    ChargeDateNotFuture: scheduled({ paymentSchedule: [{ chargeDate: inDays(-1), amount: '1' }] }),
    ChargeDateDuplicate: scheduled({
        paymentSchedule: [
            { chargeDate: inDays(10), amount: '1' },
            { chargeDate: inDays(10), amount: '2' },
        ],
    }),
    ChargeDateBeyondContract: scheduled({
        paymentSchedule: [{ chargeDate: inDays(800), amount: '1' }],
    }),
    AmountInvalid: scheduled({ paymentSchedule: [{ chargeDate: inDays(10), amount: 'lots' }] }),
    AmountTooPrecise: scheduled({
        paymentSchedule: [{ chargeDate: inDays(10), amount: '1.1234567' }],
    }),
};

const getMock = getResaleAuthorization as unknown as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };

async function openStored(formStateJson: string): Promise<HTMLElement> {
    getMock.mockResolvedValue(detailOf({ formStateJson }));
    const element = createElement('c-resale-authorization-wizard', {
        is: ResaleAuthorizationWizard,
    }) as HTMLElement & { mode: string; recordId: string };
    element.mode = 'edit';
    element.recordId = detailOf().recordId;
    document.body.appendChild(element);
    productsAdapter.emit(ALL_PRODUCTS);
    await flushPromises();
    return element;
}

/** What the form shows on a field, or under a table, for its path. */
function shownOn(element: HTMLElement, field: string): string | undefined {
    if (field === 'dimensions' || field === 'paymentSchedule') {
        const id = field === 'dimensions' ? 'dimensions-error' : 'payment-schedule-error';
        return deepQueryAll(element, `[data-id="${id}"]`)[0]?.textContent?.trim();
    }
    const holder = deepQueryAll<
        HTMLElement & { field: string; errors?: Record<string, string>; error?: string }
    >(element, 'c-ra-form-field, c-ra-legal-document').find(
        (candidate) => candidate.field === field,
    );
    return holder?.errors?.[field] ?? holder?.error;
}

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-resale-authorization-wizard: every problem is shown', () => {
    it('has a form for every validation code', () => {
        expect(Object.keys(FORMS).sort()).toEqual(Object.keys(VALIDATION_MESSAGES).sort());
    });

    it('FormUnreadable: a form it cannot read is never edited, and it says so', async () => {
        const element = await openStored('{"version":1}');
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_Wizard_Unreadable',
        );
    });

    const codes = (Object.keys(VALIDATION_MESSAGES) as ValidationCode[]).filter(
        (code) => FORMS[code] !== null,
    );

    it.each(codes)('%s', async (code) => {
        const form = FORMS[code] ?? emptyFormState();
        const product = productFromRecord(ALL_PRODUCTS.find((p) => p.productId === form.productId));
        const problems = validate(form, product, todayIsoDate());
        const problem = problems.find((p) => p.code === code);
        expect(problem).toBeDefined();

        const element = await openStored(JSON.stringify(form));
        mustQuery(element, '[data-id="review"]').click();
        await flushPromises();

        const label = `c.${validationLabelName(code)}`;
        const listed = Array.from(
            mustQuery(element, '[data-id="problem-summary"]').querySelectorAll('li'),
        ).map((li) => li.textContent ?? '');
        expect(listed).toHaveLength(problems.length);
        expect(listed.some((text) => text.includes(label))).toBe(true);
        expect(query(element, '[data-id="problem-summary"]')?.textContent).toContain(
            problems.length === 1 ? 'c.RA_Wizard_FixProblemsOne' : 'c.RA_Wizard_FixProblemsOther',
        );
        // On its field too, when the form shows one: the first problem of a field shows there.
        const field = problem?.field ?? '';
        const onScreen = isFieldShown(formLayout(form, product), field);
        const first = problems.find((p) => p.field === field);
        expect(onScreen ? shownOn(element, field) : null).toBe(
            onScreen ? `c.${validationLabelName(first?.code ?? code)}` : null,
        );
    });
});
