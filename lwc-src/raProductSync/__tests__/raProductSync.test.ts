import { createElement } from 'lwc';
import RaProductSync, { POLL_INTERVAL_MS } from 'c/raProductSync';
import { refreshApex } from '@salesforce/apex';
import syncProducts from '@salesforce/apex/ResaleAuthorizationController.syncProducts';
import getProductSync from '@salesforce/apex/ResaleAuthorizationController.getProductSync';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import type { ProductSyncProgress } from 'c/raDomain';
import { PRODUCTS } from '../../test/fixtures/products';
import { EUROPE_ACCOUNT, US_ACCOUNT } from '../../test/fixtures/sellerAccounts';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/customPermission/Marketplace_Resale_Product_Sync',
    () => ({ default: true }),
    { virtual: true },
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
    virtual: true,
});
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.syncProducts',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getProductSync',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
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
    '@salesforce/label/c.RA_ProductSync_FailedAccount',
    () => ({ default: 'The product sync of {0} stopped: {1}' }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_ProductSync_Done',
    () => ({ default: 'Products synced: {0} can be resold, {1} not resold.' }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_ProductSync_Failed',
    () => ({ default: 'The product sync stopped: {0}' }),
    { virtual: true },
);

const syncMock = syncProducts as unknown as jest.Mock;
const getMock = getProductSync as unknown as jest.Mock;
const accountsMock = listSellerAccounts as unknown as jest.Mock;
const ACCOUNTS = [US_ACCOUNT, EUROPE_ACCOUNT];
const refreshMock = refreshApex as unknown as jest.Mock;
const productsAdapter = listProducts.adapter as unknown as { emit: (value: unknown) => void };

function progress(overrides: Partial<ProductSyncProgress> = {}): ProductSyncProgress {
    return {
        syncId: 'a03000000000001AAA',
        status: 'Running',
        resellableCount: 2,
        notResellableCount: 1,
        errorMessage: null,
        startedAt: '2026-11-25T10:00:00.000Z',
        finishedAt: null,
        ...overrides,
    };
}

async function render() {
    const element = createElement('c-ra-product-sync', { is: RaProductSync });
    const toasts: Record<string, unknown>[] = [];
    const synced: unknown[] = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push((event as CustomEvent<Record<string, unknown>>).detail),
    );
    element.addEventListener('synced', (event) => synced.push((event as CustomEvent).detail));
    document.body.appendChild(element);
    productsAdapter.emit(PRODUCTS);
    await flushPromises();
    return { element, toasts, synced };
}

const button = (element: HTMLElement) =>
    mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="sync-products"]');

/** The next look at the sync: its timer fires, then its answer renders. */
async function nextLook(): Promise<void> {
    jest.advanceTimersByTime(POLL_INTERVAL_MS);
    await flushPromises();
}

beforeEach(() => {
    jest.useFakeTimers();
});

afterEach(() => {
    cleanDocument();
    jest.useRealTimers();
    jest.clearAllMocks();
    // Answers a test did not use are not left to the next one.
    syncMock.mockReset();
    getMock.mockReset();
    accountsMock.mockReset();
});

describe('c-ra-product-sync, for an administrator', () => {
    it('syncs, says it is syncing while the next pages are read, then gives the counts', async () => {
        syncMock.mockResolvedValue(progress());
        getMock.mockResolvedValueOnce(progress({ resellableCount: 4 })).mockResolvedValueOnce(
            progress({
                status: 'Completed',
                resellableCount: 5,
                finishedAt: '2026-11-25T10:00:09.000Z',
            }),
        );
        const { element, toasts, synced } = await render();
        expect(query(element, '[data-id="sync-status"]')).toBeNull();

        button(element).click();
        await flushPromises();
        expect(syncMock).toHaveBeenCalledTimes(1);
        expect(mustQuery(element, '[data-id="sync-status"]').textContent).toBe(
            'c.RA_ProductSync_Running',
        );
        expect(button(element).disabled).toBe(true);

        await nextLook();
        expect(getMock).toHaveBeenLastCalledWith({ syncId: 'a03000000000001AAA' });
        expect(toasts).toEqual([]);
        expect(query(element, '[data-id="sync-status"]')).not.toBeNull();

        await nextLook();
        expect(getMock).toHaveBeenCalledTimes(2);
        expect(refreshMock).toHaveBeenCalledWith(expect.objectContaining({ data: PRODUCTS }));
        expect(toasts).toEqual([
            { title: 'Products synced: 5 can be resold, 1 not resold.', variant: 'success' },
        ]);
        expect(synced).toEqual([expect.objectContaining({ status: 'Completed' })]);
        expect(query(element, '[data-id="sync-status"]')).toBeNull();
        expect(button(element).disabled).toBe(false);
    });

    it('is accessible, idle and while syncing', async () => {
        jest.useRealTimers();
        syncMock.mockReturnValue(new Promise(() => undefined));
        const { element } = await render();
        await expect(element).toBeAccessible();
        button(element).click();
        await flushPromises();
        expect(query(element, '[data-id="sync-status"]')?.getAttribute('role')).toBe('status');
        await expect(element).toBeAccessible();
    });

    it('gives the counts at once when the first page was the last', async () => {
        syncMock.mockResolvedValue(progress({ status: 'Completed', resellableCount: 1 }));
        const { element, toasts } = await render();
        button(element).click();
        await flushPromises();
        expect(getMock).not.toHaveBeenCalled();
        expect(toasts).toEqual([
            { title: 'Products synced: 1 can be resold, 1 not resold.', variant: 'success' },
        ]);
    });

    it('says why a sync stopped', async () => {
        syncMock.mockResolvedValue(progress());
        getMock.mockResolvedValue(
            progress({ status: 'Failed', errorMessage: 'AWS refused the credentials.' }),
        );
        const { element, toasts, synced } = await render();
        button(element).click();
        await flushPromises();
        await nextLook();
        expect(toasts).toEqual([
            {
                title: 'The product sync stopped: AWS refused the credentials.',
                variant: 'error',
            },
        ]);
        expect(synced).toEqual([]);
        expect(button(element).disabled).toBe(false);
    });

    it('says what the server answered when the sync could not start', async () => {
        syncMock.mockRejectedValue({ body: { message: 'Only administrators can sync.' } });
        const { element, toasts } = await render();
        button(element).click();
        await flushPromises();
        expect(toasts).toEqual([
            { title: 'The product sync stopped: Only administrators can sync.', variant: 'error' },
        ]);
        expect(button(element).disabled).toBe(false);
    });

    it('starts one sync however often the button is clicked, and stops looking once removed', async () => {
        let answer: (value: ProductSyncProgress) => void = () => undefined;
        syncMock.mockReturnValue(
            new Promise<ProductSyncProgress>((resolve) => {
                answer = resolve;
            }),
        );
        const { element } = await render();
        button(element).click();
        button(element).click();
        await flushPromises();
        answer(progress());
        await flushPromises();
        expect(syncMock).toHaveBeenCalledTimes(1);

        cleanDocument();
        await nextLook();
        expect(getMock).not.toHaveBeenCalled();
    });
});

describe('c-ra-product-sync, by seller account', () => {
    it('syncs the one account the user may use, by its name', async () => {
        accountsMock.mockResolvedValue([ACCOUNTS[1]]);
        syncMock.mockResolvedValue(progress({ status: 'Completed' }));
        const { element } = await render();
        button(element).click();
        await flushPromises();
        expect(syncMock.mock.calls).toEqual([[{ sellerAccount: 'Europe' }]]);
    });

    it('syncs each account in turn and gives the counts of all', async () => {
        accountsMock.mockResolvedValue(ACCOUNTS);
        syncMock
            .mockResolvedValueOnce(progress({ status: 'Completed', resellableCount: 5 }))
            .mockResolvedValueOnce(progress({ syncId: 'a03000000000002AAA' }));
        getMock.mockResolvedValueOnce(
            progress({
                syncId: 'a03000000000002AAA',
                status: 'Completed',
                resellableCount: 2,
                notResellableCount: 0,
            }),
        );
        const { element, toasts, synced } = await render();
        button(element).click();
        await flushPromises();
        expect(syncMock.mock.calls).toEqual([
            [{ sellerAccount: 'Default' }],
            [{ sellerAccount: 'Europe' }],
        ]);
        expect(toasts).toEqual([]);
        await nextLook();
        expect(toasts).toEqual([
            { title: 'Products synced: 7 can be resold, 1 not resold.', variant: 'success' },
        ]);
        expect(synced).toEqual([
            expect.objectContaining({ resellableCount: 7, notResellableCount: 1 }),
        ]);
    });

    it('names the account whose sync stopped, and syncs no other after it', async () => {
        accountsMock.mockResolvedValue(ACCOUNTS);
        syncMock
            .mockResolvedValueOnce(progress({ status: 'Completed' }))
            .mockRejectedValueOnce({ body: { message: 'Check AWS_Marketplace_Catalog_Europe.' } });
        const { element, toasts } = await render();
        button(element).click();
        await flushPromises();
        expect(toasts).toEqual([
            {
                title: 'The product sync of Example Seller Europe stopped: Check AWS_Marketplace_Catalog_Europe.',
                variant: 'error',
            },
        ]);
        expect(button(element).disabled).toBe(false);
    });
});
