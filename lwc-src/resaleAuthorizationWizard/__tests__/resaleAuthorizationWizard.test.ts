import { createElement } from 'lwc';
import { formatDate } from 'c/raUi';
import RaConfirmDialog from 'c/raConfirmDialog';
import ResaleAuthorizationWizard from 'c/resaleAuthorizationWizard';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import getCloneSource from '@salesforce/apex/ResaleAuthorizationController.getCloneSource';
import uploadLegalDocument from '@salesforce/apex/ResaleAuthorizationController.uploadLegalDocument';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import { emptyFormState } from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import {
    AMI_PRODUCT,
    PRODUCTS,
    PS_PRODUCT,
    SAAS_PRODUCT,
    detailOf,
    inDays,
} from '../../test/fixtures/products';
import {
    change,
    cleanDocument,
    deepQueryAll,
    flushPromises,
    mustDeepQuery,
    mustQuery,
    query,
    queryAll,
} from '../../test/dom';
import { useUtcOffset } from '../../test/timeZone';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listProducts',
    () => {
        // jest.mock factories run before imports: the lwc-recipes way to build a wire adapter.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.saveDraft',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.sendChangeSet',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getCloneSource',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.uploadLegalDocument',
    () => ({ default: jest.fn() }),
    {
        virtual: true,
    },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.deleteDraft',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock('c/raConfirmDialog', () => ({
    __esModule: true,
    CONFIRMED: 'confirm',
    default: { open: jest.fn() },
}));
jest.mock('@salesforce/label/c.RA_Wizard_ProductOption', () => ({ default: '{0} · {1}' }), {
    virtual: true,
});
// The English texts of the labels about dates, so that the tests read the day they name.
jest.mock(
    '@salesforce/label/c.RA_Validation_ExpiryDateNotFuture',
    () => ({
        default: jest.requireActual<{
            VALIDATION_MESSAGES: { ExpiryDateNotFuture: { en: string } };
        }>('../../raDomain/validationMessages').VALIDATION_MESSAGES.ExpiryDateNotFuture.en,
    }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Wizard_ProblemAt',
    () => ({
        default: jest.requireActual<{ UI_LABELS: Record<string, { en: string }> }>(
            '../../../scripts/labels/uiLabels',
        ).UI_LABELS.RA_Wizard_ProblemAt?.en,
    }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Payment_DateOfRow',
    () => ({
        default: jest.requireActual<{ UI_LABELS: Record<string, { en: string }> }>(
            '../../../scripts/labels/uiLabels',
        ).UI_LABELS.RA_Payment_DateOfRow?.en,
    }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Payment_AmountOfRow',
    () => ({
        default: jest.requireActual<{ UI_LABELS: Record<string, { en: string }> }>(
            '../../../scripts/labels/uiLabels',
        ).UI_LABELS.RA_Payment_AmountOfRow?.en,
    }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Wizard_SaveFailed',
    () => ({
        default: jest.requireActual<{ UI_LABELS: Record<string, { en: string }> }>(
            '../../../scripts/labels/uiLabels',
        ).UI_LABELS.RA_Wizard_SaveFailed?.en,
    }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Wizard_DatesInUtc',
    () => ({
        default: jest.requireActual<{ UI_LABELS: Record<string, { en: string }> }>(
            '../../../scripts/labels/uiLabels',
        ).UI_LABELS.RA_Wizard_DatesInUtc?.en,
    }),
    { virtual: true },
);

type Mocked<T> = jest.MockedFunction<T extends (...args: never[]) => unknown ? T : never>;
const saveDraftMock = saveDraft as unknown as Mocked<typeof saveDraft>;
const prepareMock = prepareChangeSet as unknown as Mocked<typeof prepareChangeSet>;
const sendMock = sendChangeSet as unknown as Mocked<typeof sendChangeSet>;
const getMock = getResaleAuthorization as unknown as Mocked<typeof getResaleAuthorization>;
const cloneSourceMock = getCloneSource as unknown as Mocked<typeof getCloneSource>;
const uploadMock = uploadLegalDocument as unknown as Mocked<typeof uploadLegalDocument>;
const deleteMock = deleteDraft as unknown as Mocked<typeof deleteDraft>;
const confirmMock = RaConfirmDialog.open as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };

type WizardElement = HTMLElement & { mode?: string; recordId?: string | null; renew?: boolean };

async function renderWizard(mode = 'create', recordId: string | null = null, renew = false) {
    const element = createElement('c-resale-authorization-wizard', {
        is: ResaleAuthorizationWizard,
    }) as WizardElement;
    element.mode = mode;
    element.recordId = recordId;
    element.renew = renew;
    document.body.appendChild(element);
    productsAdapter.emit(PRODUCTS);
    await flushPromises();
    return element;
}

function field(element: WizardElement, name: string): HTMLElement & Record<string, unknown> {
    return mustDeepQuery(element, `[data-field="${name}"]`);
}

function hasField(element: WizardElement, name: string): boolean {
    return deepQueryAll(element, `[data-field="${name}"]`).length > 0;
}

async function set(element: WizardElement, name: string, value: string | boolean) {
    change(field(element, name), typeof value === 'boolean' ? { checked: value } : { value });
    await flushPromises();
}

function visibleSections(element: WizardElement): string[] {
    return queryAll(element, 'section[data-section]').map((s) => s.dataset.section ?? '');
}

/** The dimensions whose price (or units) the form asks for. */
function pricedDimensions(element: WizardElement): string[] {
    return deepQueryAll(element, '[data-field^="dimensions."]').map((input) =>
        (input.dataset.field ?? '').replace(/^dimensions\.|\.(rate|quantity)$/g, ''),
    );
}

async function click(element: WizardElement, id: string) {
    mustQuery(element, `[data-id="${id}"]`).click();
    await flushPromises();
}

/** A SaaS contract at 12 months with one priced dimension and the standard contract. */
async function fillValidContract(element: WizardElement) {
    await set(element, 'productId', SAAS_PRODUCT.productId);
    await set(element, 'name', 'Acme Analytics for Partner');
    await set(element, 'resellerAccountId', '111122223333');
    await set(element, 'buyerLegalTerms.type', 'StandardEula');
    await set(element, 'dimensions.Seats.rate', '25.50');
    await set(element, 'availability.expiryDate', inDays(90));
}

/** Salesforce has a custom EULA: the upload component says so, as it does after an upload. */
function uploadDocument(element: WizardElement): void {
    mustDeepQuery(element, 'c-ra-legal-document').dispatchEvent(
        new CustomEvent('documentupload', {
            detail: { field: 'buyerLegalTerms.document', contentDocumentId: '069000000000001' },
            bubbles: true,
            composed: true,
        }),
    );
}

/** The problems the wizard lists, in order. */
function listedProblems(element: WizardElement): string[] {
    return queryAll(element, '[data-id="problem-summary"] li').map((li) => li.textContent ?? '');
}

function spyValidity(target: HTMLElement): jest.Mock {
    const spy = jest.fn();
    Object.defineProperty(target, 'setCustomValidity', { value: spy, configurable: true });
    return spy;
}

/** The message a field shows now ('' when none): the last one set on it. */
function shownMessage(target: HTMLElement): string | undefined {
    return target.dataset.fieldError;
}

beforeEach(() => {
    saveDraftMock.mockResolvedValue(detailOf());
    prepareMock.mockResolvedValue({
        recordId: detailOf().recordId,
        action: 'PUBLISH',
        clientRequestToken: 'token-0001',
        entityId: null,
    });
    sendMock.mockResolvedValue(
        detailOf({ displayStatus: 'PREPARING', changeSetStatus: 'PREPARING' }),
    );
});

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-resale-authorization-wizard: dynamic fields', () => {
    it('shows only the product and the details until a product is chosen', async () => {
        const element = await renderWizard();
        expect(visibleSections(element)).toEqual(['productsAndBuyers', 'details']);
        await expect(element).toBeAccessible();
    });

    it('shows contract sections for a SaaS product, and the payment schedule with FPS on', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        expect(visibleSections(element)).toEqual([
            'productsAndBuyers',
            'details',
            'contractDuration',
            'pricing',
            'legalTerms',
            'dimensions',
            'duration',
            'renewals',
        ]);
        expect(pricedDimensions(element)).toEqual(['Seats', 'Storage']);
        expect(hasField(element, 'futureStart.enabled')).toBe(true);
        await set(element, 'flexiblePaymentSchedule', true);
        expect(visibleSections(element)).toContain('paymentSchedule');
        expect(hasField(element, 'zeroDollarPricing')).toBe(false);
        expect(hasField(element, 'currencyCode')).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('switches the dimensions to the metered ones with usage pricing', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'pricingModel', 'Usage');
        expect(visibleSections(element)).not.toContain('contractDuration');
        expect(pricedDimensions(element)).toEqual(['ApiCalls']);
    });

    it('offers only usage pricing and no future start for an AMI product', async () => {
        const element = await renderWizard();
        await set(element, 'productId', AMI_PRODUCT.productId);
        expect(visibleSections(element)).not.toContain('contractDuration');
        expect(field(element, 'pricingModel').options).toEqual([
            { label: 'c.RA_Pricing_Usage', value: 'Usage' },
        ]);
        expect(hasField(element, 'futureStart.enabled')).toBe(false);
        expect(hasField(element, 'flexiblePaymentSchedule')).toBe(false);
    });

    it('offers the flexible payment schedule for professional services, without future start', async () => {
        const element = await renderWizard();
        await set(element, 'productId', PS_PRODUCT.productId);
        expect(hasField(element, 'flexiblePaymentSchedule')).toBe(true);
        expect(hasField(element, 'futureStart.enabled')).toBe(false);
    });

    it('offers the products AWS resells, each with its type and product ID', async () => {
        const element = await renderWizard();
        const beta = { ...SAAS_PRODUCT, productId: 'prod-saas-beta', visibility: 'Draft' };
        const data = { ...SAAS_PRODUCT, productId: 'prod-data-market', productType: 'Data' };
        productsAdapter.emit([...PRODUCTS, beta, data]);
        await flushPromises();
        const options = field(element, 'productId').options as {
            label: string;
            value: string;
            description: string;
        }[];
        expect(options.map((o) => o.value)).toEqual(PRODUCTS.map((p) => p.productId));
        expect(options[0]).toEqual({
            label: SAAS_PRODUCT.title,
            value: SAAS_PRODUCT.productId,
            description: `c.RA_ProductType_SaaS · ${SAAS_PRODUCT.productId}`,
        });
        expect(options[2]?.description).toBe(
            `c.RA_ProductType_ProfessionalServices · ${PS_PRODUCT.productId}`,
        );
        await expect(element).toBeAccessible();
    });

    it('shows the product of a draft that AWS no longer resells, with its problem on the field', async () => {
        const beta = { ...SAAS_PRODUCT, productId: 'prod-saas-beta', visibility: 'Restricted' };
        getMock.mockResolvedValue(
            detailOf({
                formStateJson: JSON.stringify({
                    ...emptyFormState('prod-saas-beta'),
                    name: 'Partner deal',
                    resellerAccountId: '111122223333',
                }),
            }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        productsAdapter.emit([...PRODUCTS, beta]);
        await flushPromises();
        const options = field(element, 'productId').options as { value: string }[];
        expect(options.map((o) => o.value)).toContain('prod-saas-beta');
        const validity = spyValidity(field(element, 'productId'));
        await click(element, 'review');
        expect(validity).toHaveBeenLastCalledWith('c.RA_Validation_ProductNotResellable');
    });

    it('asks for a custom duration, the renewal details and the buyers only when chosen', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        expect(hasField(element, 'contractDuration.customValue')).toBe(false);
        await set(element, 'contractDuration.kind', 'custom');
        expect(hasField(element, 'contractDuration.customValue')).toBe(true);
        expect(hasField(element, 'contractDuration.standard')).toBe(false);
        expect(hasField(element, 'renewal.acquisitionChannel')).toBe(false);
        await set(element, 'renewal.isRenewal', true);
        expect(hasField(element, 'renewal.acquisitionChannel')).toBe(true);
        expect(hasField(element, 'buyerAccountsText')).toBe(true);
    });

    it('shows the document upload only for a custom EULA or reseller contract', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        expect(deepQueryAll(element, 'c-ra-legal-document')).toHaveLength(0);
        await set(element, 'buyerLegalTerms.type', 'CustomEula');
        await set(element, 'resellerLegalTerms.type', 'CustomResellerContract');
        expect(
            deepQueryAll<HTMLElement & { field: string }>(element, 'c-ra-legal-document').map(
                (d) => d.field,
            ),
        ).toEqual(['buyerLegalTerms.document', 'resellerLegalTerms.document']);
    });

    it('hands the tables and the sections the same rows, layout, errors and options when a keystroke elsewhere changes nothing of theirs', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'flexiblePaymentSchedule', true);
        type Child = HTMLElement & Record<string, unknown>;
        const schedule = () => mustQuery<Child>(element, 'c-ra-payment-schedule');
        const pricing = () => mustQuery<Child>(element, 'c-ra-dimension-pricing');
        const product = () => field(element, 'productId');
        const before = {
            rows: schedule().rows,
            prices: pricing().prices,
            scheduleLayout: schedule().layout,
            scheduleErrors: schedule().errors,
            pricingLayout: pricing().layout,
            pricingErrors: pricing().errors,
            products: product().options,
        };
        // Four keystrokes in the name.
        await set(element, 'name', 'A');
        await set(element, 'name', 'Ac');
        await set(element, 'name', 'Acm');
        await set(element, 'name', 'Acme');
        expect(schedule().rows).toBe(before.rows);
        expect(pricing().prices).toBe(before.prices);
        expect(schedule().layout).toBe(before.scheduleLayout);
        expect(schedule().errors).toBe(before.scheduleErrors);
        expect(pricing().layout).toBe(before.pricingLayout);
        expect(pricing().errors).toBe(before.pricingErrors);
        expect(product().options).toBe(before.products);
        // What does change reaches them: a problem shown on a payment once the form is checked.
        await click(element, 'review');
        expect(schedule().errors).not.toBe(before.scheduleErrors);
    });

    it('keeps the payment rows and shows their running total', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'flexiblePaymentSchedule', true);
        const schedule = () => mustQuery(element, 'c-ra-payment-schedule');
        const total = () => mustDeepQuery(element, '[data-id="total"]').textContent?.trim();
        schedule().dispatchEvent(new CustomEvent('paymentadd'));
        schedule().dispatchEvent(new CustomEvent('paymentadd'));
        await flushPromises();
        await set(element, 'paymentSchedule.0.amount', '1000.10');
        await set(element, 'paymentSchedule.1.amount', '999.90');
        expect(deepQueryAll(element, '[data-field$=".amount"]')).toHaveLength(2);
        expect(total()).toBe('2,000.00 USD');
        schedule().dispatchEvent(new CustomEvent('paymentremove', { detail: { index: 0 } }));
        await flushPromises();
        expect(
            deepQueryAll<HTMLElement & { value: string }>(element, '[data-field$=".amount"]').map(
                (input) => input.value,
            ),
        ).toEqual(['999.90']);
        expect(total()).toBe('999.90 USD');
    });
});

describe('c-resale-authorization-wizard: validation', () => {
    it('shows a field problem when the user leaves the field, not before', async () => {
        const element = await renderWizard();
        const reseller = field(element, 'resellerAccountId');
        const validity = spyValidity(reseller);
        await set(element, 'resellerAccountId', '12345');
        expect(validity).not.toHaveBeenCalledWith('c.RA_Validation_ResellerAccountInvalid');
        reseller.dispatchEvent(new CustomEvent('blur'));
        await flushPromises();
        expect(validity).toHaveBeenLastCalledWith('c.RA_Validation_ResellerAccountInvalid');
        await set(element, 'resellerAccountId', '111122223333');
        expect(validity).toHaveBeenLastCalledWith('');
    });

    it('requires a custom EULA for professional services, on the legal terms field', async () => {
        const element = await renderWizard();
        await set(element, 'productId', PS_PRODUCT.productId);
        await set(element, 'name', 'Migration for Partner');
        await set(element, 'resellerAccountId', '111122223333');
        await set(element, 'dimensions.Workshop.rate', '2500');
        await set(element, 'buyerLegalTerms.type', 'StandardEula');
        const validity = spyValidity(field(element, 'buyerLegalTerms.type'));
        await click(element, 'review');
        expect(query(element, 'c-ra-terms-summary')).toBeNull();
        expect(validity).toHaveBeenLastCalledWith(
            'c.RA_Validation_CustomEulaRequiredForProfessionalServices',
        );
        await set(element, 'buyerLegalTerms.type', 'CustomEula');
        expect(validity).toHaveBeenLastCalledWith('');
    });

    it('sets the rate card constraints of a contract in the pricing section, and sends them', async () => {
        const element = await renderWizard();
        await fillValidContract(element);
        const pricing = mustQuery(element, 'section[data-section="pricing"] c-ra-pricing-section');
        const multiple = field(element, 'rateCardConstraints.multipleDimensionSelection');
        expect(
            deepQueryAll(pricing, '[data-field="rateCardConstraints.multipleDimensionSelection"]'),
        ).toEqual([multiple]);
        expect(multiple.value).toBe('Allowed');
        expect((multiple.options as { value: string }[]).map((option) => option.value)).toEqual([
            'Allowed',
            'Disallowed',
        ]);
        await set(element, 'rateCardConstraints.multipleDimensionSelection', 'Disallowed');
        await expect(element).toBeAccessible();
        await click(element, 'review');
        await click(element, 'publish');
        const request = JSON.parse(prepareMock.mock.calls[0]?.[0].changeSetJson ?? '{}') as {
            ChangeSet: { ChangeType: string; DetailsDocument: { Terms?: unknown[] } }[];
        };
        const pricingTerms = request.ChangeSet.find((c) => c.ChangeType === 'UpdatePricingTerms');
        expect(pricingTerms?.DetailsDocument.Terms).toEqual([
            expect.objectContaining({
                RateCards: [
                    expect.objectContaining({
                        Constraints: {
                            MultipleDimensionSelection: 'Disallowed',
                            QuantityConfiguration: 'Allowed',
                        },
                    }),
                ],
            }),
        ]);
        // A payment schedule grants quantities: there is no rate card to constrain.
        cleanDocument();
        const fps = await renderWizard();
        await set(fps, 'productId', SAAS_PRODUCT.productId);
        await set(fps, 'flexiblePaymentSchedule', true);
        expect(hasField(fps, 'rateCardConstraints.quantityConfiguration')).toBe(false);
    });

    it('puts usage pricing back in US dollars, the only currency AWS takes for it', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'currencyCode', 'EUR');
        expect(field(element, 'currencyCode').value).toBe('EUR');
        await set(element, 'pricingModel', 'Usage');
        expect(hasField(element, 'currencyCode')).toBe(false);
        await set(element, 'pricingModel', 'Contract');
        expect(field(element, 'currencyCode').value).toBe('USD');
    });

    it('shows every problem on review and moves the focus to the first', async () => {
        const element = await renderWizard();
        const product = field(element, 'productId');
        const focus = jest.fn();
        Object.defineProperty(product, 'focus', { value: focus, configurable: true });
        const nameValidity = spyValidity(field(element, 'name'));
        await click(element, 'review');
        expect(mustQuery(element, '[data-id="problem-summary"]').textContent).toContain(
            'c.RA_Wizard_FixProblems',
        );
        expect(nameValidity).toHaveBeenLastCalledWith('c.RA_Validation_NameRequired');
        expect(focus).toHaveBeenCalled();
        expect(deepQueryAll(element, 'c-ra-terms-summary')).toHaveLength(0);
        // A second Review with the same problems changes nothing on screen: the focus still moves.
        focus.mockClear();
        await click(element, 'review');
        expect(focus).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('passes dimension problems to the pricing table after review', async () => {
        const element = await renderWizard();
        await set(element, 'productId', AMI_PRODUCT.productId);
        await click(element, 'review');
        const pricing = mustDeepQuery<HTMLElement & { errors: Record<string, string> }>(
            element,
            'c-ra-dimension-pricing',
        );
        expect(pricing.errors['dimensions.t3.medium.rate']).toBe(
            'c.RA_Validation_RateRequiredForUsage',
        );
    });

    it('refuses a zero rate unless zero-dollar pricing is on', async () => {
        const element = await renderWizard();
        await fillValidContract(element);
        await set(element, 'dimensions.Seats.rate', '0');
        await click(element, 'review');
        const errors = () =>
            mustQuery<HTMLElement & { errors: Record<string, string> }>(
                element,
                'c-ra-dimension-pricing',
            ).errors;
        expect(errors()['dimensions.Seats.rate']).toBe('c.RA_Validation_RateZeroNotEnabled');
        await set(element, 'zeroDollarPricing', true);
        expect(errors()['dimensions.Seats.rate']).toBeUndefined();
    });
});

describe('c-resale-authorization-wizard: dates as AWS sees them (UTC)', () => {
    /** Blurs the expiry date after typing it: the message the field shows, '' for none. */
    async function expiryMessage(element: WizardElement, date: string): Promise<unknown> {
        const expiry = field(element, 'availability.expiryDate');
        await set(element, 'availability.expiryDate', date);
        expiry.dispatchEvent(new CustomEvent('blur'));
        await flushPromises();
        return shownMessage(expiry);
    }

    afterEach(() => {
        jest.useRealTimers();
        jest.restoreAllMocks();
    });

    it('refuses an expiry of today in UTC while the local date is still the day before', async () => {
        // 18:00 on November 24 in UTC−11: AWS is already on November 25.
        jest.useFakeTimers({ now: new Date('2026-11-25T05:00:00.000Z') });
        useUtcOffset(-11 * 60);
        expect(new Date().getDate()).toBe(24);
        const element = await renderWizard();
        await fillValidContract(element);
        expect(await expiryMessage(element, '2026-11-25')).toBe(
            'Choose an expiry date after today (UTC, Nov 25, 2026).',
        );
        expect(await expiryMessage(element, '2026-11-26')).toBe('');
    });

    it('accepts an expiry of the local date while UTC is still the day before', async () => {
        // 00:30 on November 25 in UTC+2: AWS is still on November 24.
        jest.useFakeTimers({ now: new Date('2026-11-24T22:30:00.000Z') });
        useUtcOffset(2 * 60);
        expect(new Date().getDate()).toBe(25);
        const element = await renderWizard();
        await fillValidContract(element);
        expect(await expiryMessage(element, '2026-11-25')).toBe('');
        expect(await expiryMessage(element, '2026-11-24')).toBe(
            'Choose an expiry date after today (UTC, Nov 24, 2026).',
        );
    });

    it('shows today in UTC next to the date fields', async () => {
        jest.useFakeTimers({ now: new Date('2026-11-25T05:00:00.000Z') });
        useUtcOffset(-11 * 60);
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'futureStart.enabled', true);
        await set(element, 'flexiblePaymentSchedule', true);
        const help = 'AWS compares dates with today in UTC: Nov 25, 2026.';
        expect(field(element, 'availability.expiryDate').fieldLevelHelp).toBe(help);
        expect(field(element, 'futureStart.maximumAgreementStartDate').fieldLevelHelp).toBe(help);
        expect(mustDeepQuery(element, '[data-id="payment-dates-utc"]').textContent?.trim()).toBe(
            help,
        );
        // The accessibility check needs the real clock.
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });
});

describe('c-resale-authorization-wizard: publish and draft', () => {
    it('reviews in plain words, then publishes once with the prepared token', async () => {
        const element = await renderWizard();
        const saved = jest.fn();
        element.addEventListener('saved', saved);
        await fillValidContract(element);
        await click(element, 'review');
        expect(deepQueryAll(element, 'c-ra-terms-summary')).toHaveLength(1);
        const changes = deepQueryAll(element, '[data-id="change-list"] li').map(
            (li) => li.textContent,
        );
        expect(changes[0]).toBe('c.RA_Change_CreateResaleAuthorization');
        expect(changes[changes.length - 1]).toBe('c.RA_Change_ReleaseResaleAuthorization');
        await expect(element).toBeAccessible();

        const publish = mustQuery(element, '[data-id="publish"]');
        publish.click();
        publish.click();
        await flushPromises();
        await flushPromises();

        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        const draft = saveDraftMock.mock.calls[0]?.[0].draft;
        expect(draft).toMatchObject({
            recordId: null,
            name: 'Acme Analytics for Partner',
            productId: SAAS_PRODUCT.productId,
            productTitle: SAAS_PRODUCT.title,
            resellerAccountId: '111122223333',
        });
        expect(prepareMock).toHaveBeenCalledTimes(1);
        const prepared = prepareMock.mock.calls[0]?.[0];
        expect(prepared).toMatchObject({ recordId: detailOf().recordId, action: 'PUBLISH' });
        const request = JSON.parse(prepared?.changeSetJson ?? '{}') as {
            ClientRequestToken?: string;
            Catalog: string;
            ChangeSet: { ChangeType: string }[];
        };
        // The server gives the token to the request it freezes.
        expect(request.ClientRequestToken).toBeUndefined();
        expect(request.Catalog).toBe('AWSMarketplace');
        expect(request.ChangeSet.map((c) => c.ChangeType)).toContain('UpdatePricingTerms');
        expect(sendMock).toHaveBeenCalledTimes(1);
        expect(sendMock).toHaveBeenCalledWith({
            recordId: detailOf().recordId,
            clientRequestToken: 'token-0001',
        });
        expect(saved).toHaveBeenCalledTimes(1);
    });

    it('disables Publish while the request is in flight', async () => {
        let finish: (value: ReturnType<typeof detailOf>) => void = () => undefined;
        sendMock.mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const element = await renderWizard();
        await fillValidContract(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="publish"]').disabled,
        ).toBe(true);
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="save-draft"]')
                .disabled,
        ).toBe(true);
        finish(detailOf({ displayStatus: 'PREPARING' }));
        await flushPromises();
        expect(sendMock).toHaveBeenCalledTimes(1);
    });

    it('publishes a draft entity again with the same record, and reuses it on retry', async () => {
        sendMock.mockRejectedValueOnce({ body: { message: 'Read timed out' } });
        const element = await renderWizard();
        await fillValidContract(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(mustQuery(element, '[data-id="top-error"]').textContent).toContain(
            'c.RA_Wizard_PublishFailed',
        );
        await click(element, 'publish');
        await flushPromises();
        expect(saveDraftMock.mock.lastCall?.[0].draft.recordId).toBe(detailOf().recordId);
        expect(sendMock).toHaveBeenCalledTimes(2);
    });

    it('shows an AWS refusal the server stored on the record, and stays open', async () => {
        sendMock.mockResolvedValueOnce(
            detailOf({
                displayStatus: 'FAILED',
                errorDetails: JSON.stringify([
                    { ErrorCode: 'INVALID_RESELLER_ACCOUNT', ErrorMessage: 'Not a reseller.' },
                ]),
            }),
        );
        const element = await renderWizard();
        const saved = jest.fn();
        element.addEventListener('saved', saved);
        await fillValidContract(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(saved).not.toHaveBeenCalled();
        expect(mustQuery(element, '[data-id="top-error"]').textContent).toContain(
            'c.RA_Wizard_PublishFailed',
        );
        const reseller = field(element, 'resellerAccountId');
        const validity = spyValidity(reseller);
        await set(element, 'name', 'Renamed');
        // Still shown after an edit elsewhere: never cleared.
        expect(shownMessage(reseller)).toBe('Not a reseller. (INVALID_RESELLER_ACCOUNT)');
        expect(validity).not.toHaveBeenCalledWith('');
    });

    it('saves a draft without sending anything to AWS', async () => {
        const element = await renderWizard();
        const saved = jest.fn();
        element.addEventListener('saved', saved);
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'Half done');
        await click(element, 'save-draft');
        await flushPromises();
        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        const draft = saveDraftMock.mock.calls[0]?.[0].draft;
        const form = JSON.parse(draft?.formStateJson ?? '{}') as FormState;
        expect(form.name).toBe('Half done');
        expect(form.productId).toBe(SAAS_PRODUCT.productId);
        expect(prepareMock).not.toHaveBeenCalled();
        expect(sendMock).not.toHaveBeenCalled();
        expect(saved).toHaveBeenCalledWith(
            expect.objectContaining({ detail: { recordId: detailOf().recordId } }),
        );
    });

    it('needs a name and a product to save a draft', async () => {
        const element = await renderWizard();
        await click(element, 'save-draft');
        expect(saveDraftMock).not.toHaveBeenCalled();
        expect(listedProblems(element)).toEqual([
            expect.stringContaining('c.RA_Validation_ProductRequired'),
            expect.stringContaining('c.RA_Validation_NameRequired'),
        ]);
    });

    it('refuses a draft only what its record cannot hold, and says nothing of publishing', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'Half done');
        await set(element, 'resellerAccountId', '1234');
        const reseller = spyValidity(field(element, 'resellerAccountId'));
        const terms = spyValidity(field(element, 'buyerLegalTerms.type'));
        await click(element, 'save-draft');
        expect(saveDraftMock).not.toHaveBeenCalled();
        expect(listedProblems(element)).toEqual([
            expect.stringContaining('c.RA_Validation_ResellerAccountInvalid'),
        ]);
        expect(mustQuery(element, '[data-id="problem-summary"]').textContent).toContain(
            'c.RA_Wizard_FixProblemsOne',
        );
        expect(reseller).toHaveBeenLastCalledWith('c.RA_Validation_ResellerAccountInvalid');
        expect(terms).not.toHaveBeenCalledWith('c.RA_Validation_BuyerLegalTermsRequired');
    });

    it('saves an incomplete usage draft, and says what publishing will need', async () => {
        const element = await renderWizard();
        const toasts: { title: string; message: string }[] = [];
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent<{ title: string; message: string }>).detail),
        );
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'pricingModel', 'Usage');
        await set(element, 'name', 'Half done');
        await click(element, 'save-draft');
        await flushPromises();
        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        expect(toasts).toEqual([
            expect.objectContaining({
                title: 'c.RA_Wizard_DraftSaved',
                message: 'c.RA_Wizard_PublishNeeds',
            }),
        ]);
    });

    it("says once why the server refused a draft, in the form's words", async () => {
        saveDraftMock.mockRejectedValueOnce({
            body: { message: "Enter the reseller's AWS account ID as 12 digits." },
        });
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'Half done');
        await click(element, 'save-draft');
        await flushPromises();
        expect(mustQuery(element, '[data-id="top-error"]').textContent?.trim()).toBe(
            "The draft could not be saved: Enter the reseller's AWS account ID as 12 digits.",
        );
    });

    it('shows the AWS errors on their fields, and the others at the top', async () => {
        sendMock.mockRejectedValueOnce({ body: { message: 'AWS refused the change set.' } });
        getMock.mockResolvedValueOnce(
            detailOf({
                displayStatus: 'FAILED',
                errorDetails: JSON.stringify([
                    { ErrorCode: 'INVALID_RESELLER_ACCOUNT', ErrorMessage: 'Not a reseller.' },
                    { ErrorCode: 'INTERNAL_FAILURE', ErrorMessage: 'Try again later.' },
                ]),
            }),
        );
        const element = await renderWizard();
        await fillValidContract(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(getMock).toHaveBeenCalledWith({ recordId: detailOf().recordId });
        const reseller = field(element, 'resellerAccountId');
        const validity = spyValidity(reseller);
        await set(element, 'name', 'Acme Analytics for Partner 2');
        expect(shownMessage(reseller)).toBe('Not a reseller. (INVALID_RESELLER_ACCOUNT)');
        expect(validity).not.toHaveBeenCalledWith('');
        expect(
            mustQuery<HTMLElement & { messages: string[] }>(element, '[data-id="aws-errors"]')
                .messages,
        ).toEqual(['Try again later. (INTERNAL_FAILURE)']);
        await expect(element).toBeAccessible();
    });
    it('says once that AWS did not answer, and keeps the form to try again', async () => {
        sendMock.mockResolvedValueOnce(
            detailOf({ errorDetails: JSON.stringify({ message: 'AWS did not answer in time.' }) }),
        );
        const element = await renderWizard();
        await fillValidContract(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(mustQuery(element, '[data-id="top-error"]').textContent).toContain(
            'c.RA_Wizard_PublishFailed',
        );
        expect(
            mustQuery<HTMLElement & { messages: string[] }>(element, '[data-id="aws-errors"]')
                .messages,
        ).toEqual([]);
        expect(mustQuery<HTMLButtonElement>(element, '[data-id="publish"]').disabled).toBe(false);
    });
});

describe('c-resale-authorization-wizard: edit, clone, upload and leaving', () => {
    const storedForm = (): FormState => ({
        ...emptyFormState(SAAS_PRODUCT.productId),
        name: 'Partner deal',
        resellerAccountId: '111122223333',
        buyerLegalTerms: {
            type: 'CustomEula',
            document: {
                url: 'https://bucket.s3.amazonaws.com/eula.pdf',
                fileName: 'eula.pdf',
                mustUploadAgain: false,
            },
        },
        dimensions: [{ key: 'Seats', rate: '10', quantity: '' }],
    });

    it('opens a draft with its stored form and publishes the same record', async () => {
        getMock.mockResolvedValue(detailOf({ formStateJson: JSON.stringify(storedForm()) }));
        const element = await renderWizard('edit', detailOf().recordId);
        expect(getMock).toHaveBeenCalledWith({ recordId: detailOf().recordId });
        expect(field(element, 'name').value).toBe('Partner deal');
        await set(element, 'availability.expiryDate', inDays(30));
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(saveDraftMock.mock.calls[0]?.[0].draft.recordId).toBe(detailOf().recordId);
    });

    it('shows a change AWS has not answered on the draft it opens, and none otherwise', async () => {
        getMock.mockResolvedValue(
            detailOf({
                formStateJson: JSON.stringify(storedForm()),
                history: [
                    {
                        recordId: detailOf().recordId,
                        action: 'PUBLISH',
                        clientRequestToken: 'token-frozen',
                        changeSetId: null,
                        status: 'PENDING',
                        errorDetails: null,
                        startedAt: '2026-11-25T10:00:00.000Z',
                        sentAt: '2026-11-25T10:00:01.000Z',
                        finishedAt: null,
                    },
                ],
            }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        const notice = mustQuery<HTMLElement & { detail: { recordId: string } | null }>(
            element,
            'c-ra-unanswered-change',
        );
        expect(notice.detail?.recordId).toBe(detailOf().recordId);
        const created = await renderWizard();
        expect(
            mustQuery<HTMLElement & { detail: unknown }>(created, 'c-ra-unanswered-change').detail,
        ).toBeNull();
    });

    it('refuses to edit a released resale authorization', async () => {
        getMock.mockResolvedValue(
            detailOf({ entityStatus: 'Active', formStateJson: JSON.stringify(storedForm()) }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_Wizard_NotEditable',
        );
        expect(query(element, 'section')).toBeNull();
    });

    it('does not edit a draft while a change set of it is with AWS', async () => {
        getMock.mockResolvedValue(
            detailOf({
                displayStatus: 'APPLYING',
                changeSetId: 'cs-1',
                changeSetStatus: 'APPLYING',
                formStateJson: JSON.stringify(storedForm()),
            }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_Apex_ChangeInFlight',
        );
        expect(query(element, 'section')).toBeNull();
    });

    it('clones with a copy name and asks for the custom documents again', async () => {
        cloneSourceMock.mockResolvedValue({
            formStateJson: JSON.stringify(storedForm()),
            entityDetailsJson: null,
            createdDate: null,
        });
        const element = await renderWizard('clone', detailOf().recordId);
        expect(String(field(element, 'name').value)).toMatch(/^Partner deal.+/);
        expect(query(element, '[data-id="clone-notice"]')).not.toBeNull();
        // A clone keeps its terms as they were: only a renewal moves the expiry date.
        expect(query(element, '[data-id="renew-notice"]')).toBeNull();
        const document = mustDeepQuery<HTMLElement & { document: { mustUploadAgain: boolean } }>(
            element,
            'c-ra-legal-document',
        );
        expect(document.document.mustUploadAgain).toBe(true);
        await click(element, 'review');
        expect(
            mustDeepQuery<HTMLElement & { error: string }>(element, 'c-ra-legal-document').error,
        ).toBe('c.RA_Validation_CustomEulaUploadAgain');
        await expect(element).toBeAccessible();
    });

    it('renews: a clone named as a renewal, one-time again, its expiry date moved forward by as long as it lasted, the documents to upload again', async () => {
        cloneSourceMock.mockResolvedValue({
            formStateJson: JSON.stringify({
                ...storedForm(),
                availability: { usage: 'oneTime', expiryDate: inDays(10) },
            }),
            entityDetailsJson: null,
            // Available for 90 days: 90 days more.
            createdDate: `${inDays(-80)}T09:00:00.000Z`,
        });
        const element = await renderWizard('clone', detailOf().recordId, true);
        expect(cloneSourceMock).toHaveBeenCalledWith({ recordId: detailOf().recordId });
        expect(mustQuery(element, '[data-id="wizard-title"]').textContent).toBe(
            'c.RA_Wizard_TitleRenew',
        );
        expect(field(element, 'name').value).toBe('Partner deal Renewal');
        expect(field(element, 'availability.usage').value).toBe('oneTime');
        // As the user's locale writes it.
        expect(field(element, 'availability.expiryDate').value).toBe(formatDate(inDays(100)));
        expect(mustQuery(element, '[data-id="renew-notice"]').textContent).toContain(
            'c.RA_Wizard_RenewNotice',
        );
        expect(query(element, '[data-id="clone-notice"]')).not.toBeNull();
        const document = mustDeepQuery<HTMLElement & { document: { mustUploadAgain: boolean } }>(
            element,
            'c-ra-legal-document',
        );
        expect(document.document.mustUploadAgain).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('clones a resale authorization from AWS with every term, its rate card constraints too', async () => {
        cloneSourceMock.mockResolvedValue({
            formStateJson: null,
            createdDate: null,
            entityDetailsJson: JSON.stringify({
                Name: 'Partner deal',
                ProductId: SAAS_PRODUCT.productId,
                Terms: [
                    {
                        Type: 'ResaleConfigurableUpfrontPricingTerm',
                        CurrencyCode: 'EUR',
                        RateCards: [
                            {
                                Selector: { Type: 'Duration', Value: 'P24M' },
                                RateCard: [{ DimensionKey: 'Seats', Price: '30' }],
                                Constraints: {
                                    MultipleDimensionSelection: 'Disallowed',
                                    QuantityConfiguration: 'Disallowed',
                                },
                            },
                        ],
                    },
                ],
                Rules: [{ Type: 'PartnerTargetingRule', ResellerAccountId: '111122223333' }],
            }),
        });
        const element = await renderWizard('clone', detailOf().recordId);
        expect(field(element, 'rateCardConstraints.multipleDimensionSelection').value).toBe(
            'Disallowed',
        );
        expect(field(element, 'rateCardConstraints.quantityConfiguration').value).toBe(
            'Disallowed',
        );
        expect(field(element, 'currencyCode').value).toBe('EUR');
        expect(field(element, 'contractDuration.standard').value).toBe('P24M');
    });

    it('copies an uploaded document to S3 after saving the draft it belongs to', async () => {
        uploadMock.mockResolvedValue({
            url: 'https://bucket.s3.amazonaws.com/new-eula.pdf',
            fileName: 'new-eula.pdf',
        });
        const element = await renderWizard();
        const created: unknown[] = [];
        element.addEventListener('draftcreated', (event) =>
            created.push((event as CustomEvent).detail),
        );
        await fillValidContract(element);
        await set(element, 'buyerLegalTerms.type', 'CustomEula');
        uploadDocument(element);
        await flushPromises();
        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        // The page names the draft from now on: a reload opens it rather than a new one.
        expect(created).toEqual([{ recordId: detailOf().recordId }]);
        uploadDocument(element);
        await flushPromises();
        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        expect(created).toHaveLength(1);
        expect(uploadMock).toHaveBeenCalledWith({
            recordId: detailOf().recordId,
            contentDocumentId: '069000000000001',
        });
        const document = mustDeepQuery<HTMLElement & { document: { fileName: string } }>(
            element,
            'c-ra-legal-document',
        );
        expect(document.document.fileName).toBe('new-eula.pdf');
    });

    /** A custom EULA uploaded on the form: the wizard saves a draft for it if none exists. */
    async function uploadEula(element: WizardElement) {
        uploadMock.mockResolvedValue({
            url: 'https://bucket.s3.amazonaws.com/new-eula.pdf',
            fileName: 'new-eula.pdf',
        });
        await set(element, 'buyerLegalTerms.type', 'CustomEula');
        uploadDocument(element);
        await flushPromises();
    }

    async function cancelAndLeave(element: WizardElement): Promise<jest.Mock> {
        const close = jest.fn();
        element.addEventListener('close', close);
        confirmMock.mockResolvedValue('confirm');
        await click(element, 'cancel');
        return close;
    }

    it('deletes the draft an upload saved when the user cancels before saving', async () => {
        deleteMock.mockResolvedValue(undefined);
        const element = await renderWizard();
        await fillValidContract(element);
        await uploadEula(element);
        expect(saveDraftMock).toHaveBeenCalledTimes(1);
        const close = await cancelAndLeave(element);
        expect(confirmMock).toHaveBeenCalledTimes(1);
        expect(deleteMock).toHaveBeenCalledWith({ recordId: detailOf().recordId });
        expect(close).toHaveBeenCalledTimes(1);
    });

    it('keeps a draft the user saved, before or after the upload, and a draft being edited', async () => {
        const savedThenUploaded = await renderWizard();
        await fillValidContract(savedThenUploaded);
        await click(savedThenUploaded, 'save-draft');
        await uploadEula(savedThenUploaded);
        expect(await cancelAndLeave(savedThenUploaded)).toHaveBeenCalledTimes(1);
        cleanDocument();

        const uploadedThenSaved = await renderWizard();
        await fillValidContract(uploadedThenSaved);
        await uploadEula(uploadedThenSaved);
        await click(uploadedThenSaved, 'save-draft');
        expect(saveDraftMock.mock.lastCall?.[0].draft.recordId).toBe(detailOf().recordId);
        expect(await cancelAndLeave(uploadedThenSaved)).toHaveBeenCalledTimes(1);
        cleanDocument();

        const stored = { ...storedForm(), buyerLegalTerms: { type: 'CustomEula', document: null } };
        getMock.mockResolvedValue(detailOf({ formStateJson: JSON.stringify(stored) }));
        const edited = await renderWizard('edit', detailOf().recordId);
        await uploadEula(edited);
        expect(uploadMock).toHaveBeenLastCalledWith({
            recordId: detailOf().recordId,
            contentDocumentId: '069000000000001',
        });
        expect(await cancelAndLeave(edited)).toHaveBeenCalledTimes(1);

        expect(deleteMock).not.toHaveBeenCalled();
    });

    it('keeps the draft of an upload once the user publishes it', async () => {
        const element = await renderWizard();
        await fillValidContract(element);
        await uploadEula(element);
        await click(element, 'review');
        await click(element, 'publish');
        await flushPromises();
        expect(sendMock).toHaveBeenCalledTimes(1);
        await cancelAndLeave(element);
        expect(deleteMock).not.toHaveBeenCalled();
    });

    it('says so, and leaves, when the draft of an upload cannot be deleted', async () => {
        deleteMock.mockRejectedValue({ body: { message: 'Record busy' } });
        const element = await renderWizard();
        const toasts: { title: string; variant: string }[] = [];
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent<{ title: string; variant: string }>).detail),
        );
        await fillValidContract(element);
        await uploadEula(element);
        const close = await cancelAndLeave(element);
        expect(toasts).toEqual([
            expect.objectContaining({ title: 'c.RA_Wizard_UploadDraftKept', variant: 'error' }),
        ]);
        expect(close).toHaveBeenCalledTimes(1);
    });

    it('asks before leaving with unsaved changes', async () => {
        const element = await renderWizard();
        const close = jest.fn();
        element.addEventListener('close', close);
        await set(element, 'name', 'Unsaved');
        confirmMock.mockResolvedValueOnce('cancel');
        await click(element, 'cancel');
        expect(confirmMock).toHaveBeenCalledTimes(1);
        expect(confirmMock).toHaveBeenCalledWith(
            expect.objectContaining({
                label: 'c.RA_Wizard_DiscardTitle',
                confirmLabel: 'c.RA_Wizard_DiscardAction',
                cancelLabel: 'c.RA_Wizard_KeepEditing',
            }),
        );
        expect(close).not.toHaveBeenCalled();
        confirmMock.mockResolvedValueOnce('confirm');
        await click(element, 'cancel');
        expect(close).toHaveBeenCalledTimes(1);
    });

    it('leaves at once when nothing changed', async () => {
        const element = await renderWizard();
        const close = jest.fn();
        element.addEventListener('close', close);
        await click(element, 'cancel');
        expect(confirmMock).not.toHaveBeenCalled();
        expect(close).toHaveBeenCalledTimes(1);
    });
});

describe('c-resale-authorization-wizard: steps and focus', () => {
    function progress(element: WizardElement) {
        return mustQuery<
            HTMLElement & { steps: { id: string; complete: boolean }[]; current: string }
        >(element, 'c-ra-progress');
    }

    const completeSteps = (element: WizardElement) =>
        progress(element)
            .steps.filter((step) => step.complete)
            .map((step) => step.id);

    it('marks a step complete only when its fields have no problem', async () => {
        const element = await renderWizard();
        expect(completeSteps(element)).toEqual([]);
        await set(element, 'productId', SAAS_PRODUCT.productId);
        expect(completeSteps(element)).not.toContain('details');
        expect(completeSteps(element)).not.toContain('legalTerms');
        await set(element, 'name', 'Partner deal');
        expect(completeSteps(element)).not.toContain('details');
        await set(element, 'resellerAccountId', '111122223333');
        expect(completeSteps(element)).toContain('details');
        await set(element, 'buyerLegalTerms.type', 'StandardEula');
        expect(completeSteps(element)).toContain('legalTerms');
        expect(
            progress(element)
                .steps.map((step) => step.id)
                .pop(),
        ).toBe('review');
    });

    it('gives the title the focus when it opens, and the step heading after Review and Back', async () => {
        const focused: string[] = [];
        const spy = jest.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (
            this: HTMLElement,
        ) {
            focused.push(this.dataset.id ?? this.dataset.heading ?? this.tagName);
        });
        const element = await renderWizard();
        expect(focused).toEqual(['wizard-title']);
        await fillValidContract(element);
        focused.length = 0;
        await click(element, 'review');
        expect(focused).toEqual(['review']);
        focused.length = 0;
        await click(element, 'back');
        expect(focused).toEqual([progress(element).current]);
        spy.mockRestore();
    });

    it('opens a step from the steps, its heading then focused', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        const heading = mustQuery(element, '[data-heading="pricing"]');
        const focus = jest.fn();
        Object.defineProperty(heading, 'focus', { value: focus, configurable: true });
        progress(element).dispatchEvent(
            new CustomEvent('stepselect', { detail: { step: 'pricing' } }),
        );
        await flushPromises();
        expect(focus).toHaveBeenCalled();
        expect(progress(element).current).toBe('pricing');
    });

    it('focuses the list when the first problem has no field on screen, and a field from the list', async () => {
        getMock.mockResolvedValue(
            detailOf({
                formStateJson: JSON.stringify({
                    ...emptyFormState(PS_PRODUCT.productId),
                    name: 'Partner deal',
                    resellerAccountId: '111122223333',
                    buyerLegalTerms: {
                        type: 'CustomEula',
                        document: {
                            url: 'https://bucket.s3.amazonaws.com/eula.pdf',
                            fileName: 'eula.pdf',
                            mustUploadAgain: false,
                        },
                    },
                    dimensions: [{ key: 'Workshop', rate: '100', quantity: '' }],
                    // Professional services have no future start: no field shows it.
                    futureStart: { enabled: true, maximumAgreementStartDate: inDays(30) },
                }),
            }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        const summaryFocus = jest.fn();
        await click(element, 'review');
        const summary = mustQuery(element, '[data-id="problem-summary"]');
        Object.defineProperty(summary, 'focus', { value: summaryFocus, configurable: true });
        await click(element, 'review');
        await flushPromises();
        expect(listedProblems(element)[0]).toContain('c.RA_Validation_FutureStartUnsupported');
        expect(summaryFocus).toHaveBeenCalled();

        await set(element, 'dimensions.Workshop.rate', 'ten');
        const rate = field(element, 'dimensions.Workshop.rate');
        const rateFocus = jest.fn();
        Object.defineProperty(rate, 'focus', { value: rateFocus, configurable: true });
        mustQuery(element, '[data-problem-field="dimensions.Workshop.rate"]').click();
        await flushPromises();
        expect(rateFocus).toHaveBeenCalled();
    });

    it('names each payment input with its payment number', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'flexiblePaymentSchedule', true);
        const schedule = mustQuery(element, 'c-ra-payment-schedule');
        schedule.dispatchEvent(new CustomEvent('paymentadd'));
        schedule.dispatchEvent(new CustomEvent('paymentadd'));
        await flushPromises();
        const labels = deepQueryAll<HTMLElement & { label: string }>(
            element,
            '[data-field^="paymentSchedule."]',
        ).map((input) => input.label);
        expect(labels).toEqual([
            'Charge date, payment 1',
            'Amount, payment 1',
            'Charge date, payment 2',
            'Amount, payment 2',
        ]);
    });
});
