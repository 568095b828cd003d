/**
 * The list with several seller accounts: a Seller account column and filter, shown only then;
 * the filter asks the server for one account's records and offers that account's products.
 */
import { createElement } from 'lwc';
import ResaleAuthorizationList from 'c/resaleAuthorizationList';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import type { ResaleAuthorizationRow, SellerAccountOption } from 'c/raDomain';
import { SAAS_PRODUCT, AMI_PRODUCT, detailOf } from '../../test/fixtures/products';
import { change, cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';
import { EUROPE_ACCOUNT as EUROPE, US_ACCOUNT as US } from '../../test/fixtures/sellerAccounts';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listProducts',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts',
    () => ({ default: jest.fn() }),
    { virtual: true },
);

const listMock = listResaleAuthorizations as unknown as jest.Mock;
const productsMock = listProducts as unknown as jest.Mock;
const accountsMock = listSellerAccounts as unknown as jest.Mock;

const EUROPE_ROW: ResaleAuthorizationRow = {
    ...detailOf(),
    name: 'Fabrikam Insights 2027',
    sellerAccount: 'Europe',
    sellerAccountLabel: 'Example Seller Europe',
};

type Combobox = HTMLElement & { value: string; options: { label: string; value: string }[] };
type Table = HTMLElement & { columns: { label?: string; fieldName?: string }[] };

async function render(accounts: SellerAccountOption[]) {
    accountsMock.mockResolvedValue(accounts);
    const element = createElement('c-resale-authorization-list', { is: ResaleAuthorizationList });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const columns = (element: HTMLElement): (string | undefined)[] =>
    mustQuery<Table>(element, 'c-ra-datatable').columns.map((column) => column.fieldName);

beforeEach(() => {
    productsMock.mockResolvedValue([
        { ...SAAS_PRODUCT, sellerAccount: 'Default' },
        { ...AMI_PRODUCT, sellerAccount: 'Europe' },
    ]);
    listMock.mockResolvedValue({ rows: [EUROPE_ROW], totalCount: 1, nextCursor: null });
});

afterEach(() => {
    cleanDocument();
    window.sessionStorage.clear();
    jest.resetAllMocks();
});

describe('c-resale-authorization-list: seller accounts', () => {
    it('shows no seller account column or filter to a user of one account', async () => {
        const element = await render([US]);
        expect(columns(element)).not.toContain('sellerAccountLabel');
        expect(query(element, '[data-id="seller-account-filter"]')).toBeNull();
    });

    it('shows the account of each row, and filters on one account, its products with it', async () => {
        const element = await render([US, EUROPE]);
        expect(columns(element)).toContain('sellerAccountLabel');
        const filter = mustQuery<Combobox>(element, '[data-id="seller-account-filter"]');
        expect(filter.options.map((option) => option.label)).toEqual([
            'c.RA_List_All',
            'Example Seller (US)',
            'Example Seller Europe',
        ]);
        const products = mustQuery<Combobox>(element, '[data-id="product-filter"]');
        change(products, { value: SAAS_PRODUCT.productId });
        await flushPromises();

        change(filter, { value: 'Europe' });
        await flushPromises();
        expect(listMock).toHaveBeenLastCalledWith(
            expect.objectContaining({ sellerAccount: 'Europe', productId: null }),
        );
        expect(
            mustQuery<Combobox>(element, '[data-id="product-filter"]').options.map(
                (option) => option.value,
            ),
        ).toEqual(['', AMI_PRODUCT.productId]);
        await expect(element).toBeAccessible();
    });
});
