/**
 * The wizard's reseller, buyers and Opportunity picked from Salesforce records: what the user
 * sees filled in, and what the saved form state keeps.
 */
import { createElement } from 'lwc';
import ResaleAuthorizationWizard from 'c/resaleAuthorizationWizard';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import { emptyFormState } from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { PRODUCTS, SAAS_PRODUCT, detailOf } from '../../test/fixtures/products';
import { change, cleanDocument, flushPromises, mustDeepQuery, mustQuery } from '../../test/dom';

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
    '@salesforce/apex/ResaleAuthorizationController.saveDraft',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    { virtual: true },
);

const saveDraftMock = saveDraft as unknown as jest.Mock;
const getMock = getResaleAuthorization as unknown as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };
const NORTHWIND = {
    recordId: '001000000000002AAA',
    name: 'Northwind Traders',
    awsAccountId: '222233334444',
};
const CONTOSO = {
    recordId: '001000000000003AAA',
    name: 'Contoso Cloud Partners',
    awsAccountId: '333344445555',
};

type Element = HTMLElement & { mode?: string; recordId?: string | null };
type Field = HTMLElement & { value?: unknown };

async function renderWizard(mode = 'create', recordId: string | null = null): Promise<Element> {
    const element = createElement('c-resale-authorization-wizard', {
        is: ResaleAuthorizationWizard,
    }) as Element;
    element.mode = mode;
    element.recordId = recordId;
    document.body.appendChild(element);
    productsAdapter.emit(PRODUCTS);
    await flushPromises();
    return element;
}

async function set(element: Element, name: string, typed: string | boolean) {
    change(
        mustDeepQuery(element, `[data-field="${name}"]`),
        typeof typed === 'boolean' ? { checked: typed } : { value: typed },
    );
    await flushPromises();
}

async function pickAccount(element: Element, picker: string, account: typeof NORTHWIND | null) {
    mustDeepQuery(element, `[data-id="${picker}"]`).dispatchEvent(
        new CustomEvent('accountpick', { detail: account }),
    );
    await flushPromises();
}

function value(element: Element, selector: string): unknown {
    return mustDeepQuery<Field>(element, selector).value;
}

async function savedForm(element: Element): Promise<FormState> {
    mustQuery(element, '[data-id="save-draft"]').click();
    await flushPromises();
    const draft = (saveDraftMock.mock.calls.at(-1)?.[0] as { draft: { formStateJson: string } })
        .draft;
    return JSON.parse(draft.formStateJson) as FormState;
}

beforeEach(() => {
    saveDraftMock.mockResolvedValue(detailOf());
});

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-resale-authorization-wizard: Accounts and Opportunities', () => {
    it('fills in the reseller from the Account picked, and saves the Account with it', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'Picked reseller');
        await pickAccount(element, 'reseller-picker', NORTHWIND);
        expect(value(element, '[data-field="resellerAccountId"]')).toBe('222233334444');
        expect(value(element, '[data-id="reseller-picker"]')).toBe(NORTHWIND.recordId);
        const form = await savedForm(element);
        expect(form.resellerAccountId).toBe('222233334444');
        expect(form.resellerAccountRecordId).toBe(NORTHWIND.recordId);
        await expect(element).toBeAccessible();
    });

    it('lets the reseller be typed: another id unlinks the Account picked', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'Typed reseller');
        await pickAccount(element, 'reseller-picker', NORTHWIND);
        await set(element, 'resellerAccountId', '444455556666');
        expect(value(element, '[data-id="reseller-picker"]')).toBeNull();
        const form = await savedForm(element);
        expect(form.resellerAccountId).toBe('444455556666');
        expect(form.resellerAccountRecordId).toBe('');
    });

    it('adds each buyer picked from an Account once to the buyers', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'buyerAccountsText', '999988887777');
        await pickAccount(element, 'buyer-picker', NORTHWIND);
        await pickAccount(element, 'buyer-picker', CONTOSO);
        await pickAccount(element, 'buyer-picker', NORTHWIND);
        expect(value(element, '[data-field="buyerAccountsText"]')).toBe(
            '999988887777, 222233334444, 333344445555',
        );
    });

    it('keeps the Opportunity picked, and none once cleared', async () => {
        const element = await renderWizard();
        await set(element, 'productId', SAAS_PRODUCT.productId);
        await set(element, 'name', 'With an opportunity');
        const picker = mustDeepQuery(element, '[data-id="opportunity-picker"]');
        picker.dispatchEvent(
            new CustomEvent('change', { detail: { recordId: '006000000000001AAA' } }),
        );
        await flushPromises();
        expect((await savedForm(element)).opportunityRecordId).toBe('006000000000001AAA');
        picker.dispatchEvent(new CustomEvent('change', { detail: { recordId: null } }));
        await flushPromises();
        expect((await savedForm(element)).opportunityRecordId).toBe('');
    });

    it('opens a draft with the Account and the Opportunity it was saved with', async () => {
        getMock.mockResolvedValue(
            detailOf({
                formStateJson: JSON.stringify({
                    ...emptyFormState(SAAS_PRODUCT.productId),
                    name: 'Saved with records',
                    resellerAccountId: NORTHWIND.awsAccountId,
                    resellerAccountRecordId: NORTHWIND.recordId,
                    opportunityRecordId: '006000000000001AAA',
                }),
            }),
        );
        const element = await renderWizard('edit', detailOf().recordId);
        expect(value(element, '[data-id="reseller-picker"]')).toBe(NORTHWIND.recordId);
        expect(value(element, '[data-id="opportunity-picker"]')).toBe('006000000000001AAA');
        expect(value(element, '[data-field="resellerAccountId"]')).toBe('222233334444');
    });
});
