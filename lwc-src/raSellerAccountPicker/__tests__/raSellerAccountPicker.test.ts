import { createElement } from 'lwc';
import RaSellerAccountPicker from 'c/raSellerAccountPicker';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';
import { EUROPE_ACCOUNT as EUROPE, US_ACCOUNT as US } from '../../test/fixtures/sellerAccounts';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_SellerAccount_LoadFailed',
    () => ({ default: 'The seller accounts could not be loaded: {0}' }),
    { virtual: true },
);

const listMock = listSellerAccounts as unknown as jest.Mock;

type Combobox = HTMLElement & {
    value: string;
    disabled: boolean;
    required: boolean;
    options: { label: string; value: string }[];
};

async function render(props: Record<string, unknown> = {}) {
    const element = createElement('c-ra-seller-account-picker', {
        is: RaSellerAccountPicker,
    }) as HTMLElement & { value?: string };
    Object.assign(element, props);
    const changes: unknown[] = [];
    element.addEventListener('change', (event: Event) =>
        changes.push((event as CustomEvent).detail),
    );
    document.body.appendChild(element);
    await flushPromises();
    return { element, changes };
}

const combobox = (element: HTMLElement) =>
    mustQuery<Combobox>(element, '[data-field="sellerAccount"]');

afterEach(() => {
    cleanDocument();
    jest.resetAllMocks();
});

describe('c-ra-seller-account-picker', () => {
    it('never asks a user who may use one account, and sets that account', async () => {
        listMock.mockResolvedValue([EUROPE]);
        const { element, changes } = await render();
        expect(query(element, '[data-field="sellerAccount"]')).toBeNull();
        expect(changes).toEqual([{ sellerAccount: 'Europe', chosenByUser: false }]);
    });

    it('asks a user who may use several, the default account first, each with its AWS account ID', async () => {
        listMock.mockResolvedValue([US, EUROPE]);
        const { element, changes } = await render();
        expect(combobox(element).required).toBe(true);
        expect(combobox(element).options).toEqual([
            { label: 'Example Seller (US)', value: 'Default' },
            { label: 'Example Seller Europe · 888877776666', value: 'Europe' },
        ]);
        expect(combobox(element).value).toBe('Default');
        expect(changes).toEqual([{ sellerAccount: 'Default', chosenByUser: false }]);
        await expect(element).toBeAccessible();

        combobox(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'Europe' } }));
        expect(changes[1]).toEqual({ sellerAccount: 'Europe', chosenByUser: true });
    });

    it('keeps the account it is given when the user may use it, and tells nothing', async () => {
        listMock.mockResolvedValue([US, EUROPE]);
        const { element, changes } = await render({ value: 'Europe', disabled: true });
        expect(combobox(element).value).toBe('Europe');
        expect(combobox(element).disabled).toBe(true);
        expect(changes).toEqual([]);
    });

    it('moves a clone of an account the user may not use to one they may', async () => {
        listMock.mockResolvedValue([US]);
        const { element, changes } = await render();
        element.value = 'Europe';
        await flushPromises();
        expect(changes.at(-1)).toEqual({ sellerAccount: 'Default', chosenByUser: false });
    });

    it('says why when the accounts cannot be loaded', async () => {
        listMock.mockRejectedValue({ body: { message: 'No access.' } });
        const { element, changes } = await render();
        expect(mustQuery(element, '[data-id="seller-account-error"]').textContent).toBe(
            'The seller accounts could not be loaded: No access.',
        );
        expect(changes).toEqual([]);
    });
});
