/**
 * The wizard's seller account: asked at the top when the user may use several, never when
 * there is one; the product picker offers the chosen account's products; the account is what
 * the draft is saved in, and a sent draft's stays as it is.
 */
import { createElement } from 'lwc';
import ResaleAuthorizationWizard from 'c/resaleAuthorizationWizard';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import getCloneSource from '@salesforce/apex/ResaleAuthorizationController.getCloneSource';
import { emptyFormState } from 'c/raDomain';
import type { ProductRecord } from 'c/raDomain';
import { AMI_PRODUCT, SAAS_PRODUCT, detailOf } from '../../test/fixtures/products';
import {
    change,
    cleanDocument,
    flushPromises,
    mustDeepQuery,
    mustQuery,
    query,
} from '../../test/dom';
import { EUROPE_ACCOUNT as EUROPE, US_ACCOUNT as US } from '../../test/fixtures/sellerAccounts';

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
    '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts',
    () => ({ default: jest.fn() }),
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
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getCloneSource',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock('@salesforce/label/c.RA_Wizard_ProductOption', () => ({ default: '{0} · {1}' }), {
    virtual: true,
});

const accountsMock = listSellerAccounts as unknown as jest.Mock;
const saveDraftMock = saveDraft as unknown as jest.Mock;
const getMock = getResaleAuthorization as unknown as jest.Mock;
const cloneSourceMock = getCloneSource as unknown as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };

const PRODUCTS: ProductRecord[] = [
    { ...SAAS_PRODUCT, sellerAccount: 'Default' },
    {
        ...AMI_PRODUCT,
        productId: 'prod-eu-firewall',
        title: 'Edge Firewall',
        sellerAccount: 'Europe',
    },
];

type Element = HTMLElement & { mode?: string; recordId?: string | null };
type Field = HTMLElement & {
    value?: unknown;
    disabled?: boolean;
    options?: { label: string; value: string }[];
};

async function renderWizard(mode = 'create', recordId: string | null = null): Promise<Element> {
    const element = createElement('c-resale-authorization-wizard', {
        is: ResaleAuthorizationWizard,
    }) as Element;
    element.mode = mode;
    element.recordId = recordId;
    document.body.appendChild(element);
    productsAdapter.emit(PRODUCTS);
    await flushPromises();
    await flushPromises();
    return element;
}

const picker = (element: Element): HTMLElement => mustQuery(element, '[data-id="seller-account"]');
const accountField = (element: Element): Field | null =>
    query<Field>(picker(element), '[data-field="sellerAccount"]');
const productOptions = (element: Element): string[] =>
    (mustDeepQuery<Field>(element, '[data-field="productId"]').options ?? []).map(
        (option) => option.value,
    );

async function chooseAccount(element: Element, name: string): Promise<void> {
    const field = accountField(element);
    if (!field) {
        throw new Error('the wizard does not ask for the seller account');
    }
    change(field, { value: name });
    await flushPromises();
}

async function saveDraftOf(element: Element): Promise<Record<string, unknown>> {
    mustQuery(element, '[data-id="save-draft"]').click();
    await flushPromises();
    return (saveDraftMock.mock.calls.at(-1)?.[0] as { draft: Record<string, unknown> }).draft;
}

beforeEach(() => {
    saveDraftMock.mockResolvedValue(detailOf());
});

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-resale-authorization-wizard: seller accounts', () => {
    it('asks for the account first when the user may use several; products follow it, and a change clears the product', async () => {
        accountsMock.mockResolvedValue([US, EUROPE]);
        const element = await renderWizard();
        expect(accountField(element)?.value).toBe('Default');
        expect(productOptions(element)).toEqual([SAAS_PRODUCT.productId]);
        change(mustDeepQuery(element, '[data-field="productId"]'), {
            value: SAAS_PRODUCT.productId,
        });
        change(mustDeepQuery(element, '[data-field="name"]'), { value: 'Europe deal' });
        await flushPromises();

        await chooseAccount(element, 'Europe');
        expect(productOptions(element)).toEqual(['prod-eu-firewall']);
        expect(mustDeepQuery<Field>(element, '[data-field="productId"]').value).toBe('');

        change(mustDeepQuery(element, '[data-field="productId"]'), { value: 'prod-eu-firewall' });
        await flushPromises();
        const draft = await saveDraftOf(element);
        expect(draft).toMatchObject({ productId: 'prod-eu-firewall', sellerAccount: 'Europe' });
        await expect(element).toBeAccessible();
    });

    it('never asks a user who may use one account, and saves in that account', async () => {
        accountsMock.mockResolvedValue([EUROPE]);
        const element = await renderWizard();
        expect(accountField(element)).toBeNull();
        expect(productOptions(element)).toEqual(['prod-eu-firewall']);
        change(mustDeepQuery(element, '[data-field="productId"]'), { value: 'prod-eu-firewall' });
        change(mustDeepQuery(element, '[data-field="name"]'), { value: 'Only account' });
        await flushPromises();
        expect((await saveDraftOf(element)).sellerAccount).toBe('Europe');
    });

    it('keeps a sent draft in its account', async () => {
        accountsMock.mockResolvedValue([US, EUROPE]);
        getMock.mockResolvedValue(
            detailOf({
                productId: 'prod-eu-firewall',
                sellerAccount: 'Europe',
                entityId: 'resaleauthz-eu',
                entityStatus: 'Draft',
                displayStatus: 'Draft',
                formStateJson: JSON.stringify({
                    ...emptyFormState('prod-eu-firewall'),
                    name: 'Sent draft',
                }),
            }),
        );
        const element = await renderWizard('edit', 'a01000000000001AAA');
        expect(accountField(element)).toMatchObject({ value: 'Europe', disabled: true });
        expect(productOptions(element)).toEqual(['prod-eu-firewall']);
    });

    it('clones into the account of the source when the user may use it, else into one they may', async () => {
        const source = {
            formStateJson: JSON.stringify({
                ...emptyFormState('prod-eu-firewall'),
                name: 'Source',
            }),
            entityDetailsJson: null,
            sellerAccount: 'Europe',
        };
        accountsMock.mockResolvedValue([US, EUROPE]);
        cloneSourceMock.mockResolvedValue(source);
        let element = await renderWizard('clone', 'a01000000000001AAA');
        expect(accountField(element)).toMatchObject({ value: 'Europe', disabled: false });
        expect(mustDeepQuery<Field>(element, '[data-field="productId"]').value).toBe(
            'prod-eu-firewall',
        );
        cleanDocument();

        accountsMock.mockResolvedValue([US]);
        cloneSourceMock.mockResolvedValue(source);
        element = await renderWizard('clone', 'a01000000000001AAA');
        expect(productOptions(element)).toEqual([SAAS_PRODUCT.productId]);
        expect(mustDeepQuery<Field>(element, '[data-field="productId"]').value).toBe('');
        change(mustDeepQuery(element, '[data-field="productId"]'), {
            value: SAAS_PRODUCT.productId,
        });
        change(mustDeepQuery(element, '[data-field="name"]'), { value: 'Clone' });
        await flushPromises();
        expect((await saveDraftOf(element)).sellerAccount).toBe('Default');
    });
});
