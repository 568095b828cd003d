import { createElement } from 'lwc';
import RaConfirmDialog from 'c/raConfirmDialog';
import { subscribe } from 'lightning/empApi';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import ResaleAuthorizationList, { FIRST_PAGE_SIZE, PAGE_SIZE } from 'c/resaleAuthorizationList';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import refreshStatus from '@salesforce/apex/ResaleAuthorizationController.refreshStatus';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import type { ResaleAuthorizationRow } from 'c/raDomain';
import { LIST_PLACE_KEY } from 'c/raNavigation';
import type { ListPlace } from 'c/raNavigation';
import { PRODUCTS, detailOf } from '../../test/fixtures/products';
import { change, cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';
import { navigations, resetNavigations } from '../../test/jest-mocks/lightning/navigation';

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
    '@salesforce/apex/ResaleAuthorizationController.refreshStatus',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.sendChangeSet',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    { virtual: true },
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

const listMock = listResaleAuthorizations as unknown as jest.Mock;
const productsMock = listProducts as unknown as jest.Mock;
const refreshMock = refreshStatus as unknown as jest.Mock;
const prepareMock = prepareChangeSet as unknown as jest.Mock;
const sendMock = sendChangeSet as unknown as jest.Mock;
const confirmMock = RaConfirmDialog.open as jest.Mock;
const getMock = getResaleAuthorization as unknown as jest.Mock;
const deleteMock = deleteDraft as unknown as jest.Mock;
const subscribeMock = subscribe as unknown as jest.Mock;

function row(
    index: number,
    overrides: Partial<ResaleAuthorizationRow> = {},
): ResaleAuthorizationRow {
    return {
        ...detailOf(),
        recordId: `a01${String(index).padStart(15, '0')}`,
        name: `Partner deal ${index}`,
        ...overrides,
    };
}

const ACTIVE = row(1, {
    displayStatus: 'Active',
    entityStatus: 'Active',
    entityId: 'resaleauthz-active1',
    changeSetId: 'cs-1',
    changeSetStatus: 'SUCCEEDED',
});
const DRAFT = row(2);

async function render() {
    const element = createElement('c-resale-authorization-list', { is: ResaleAuthorizationList });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

type Table = HTMLElement & {
    keyField: string;
    data: (ResaleAuthorizationRow & { rowKey: string })[];
    columns: { fieldName?: string; type?: string; typeAttributes?: { rowActions?: unknown } }[];
    enableInfiniteLoading: boolean;
};

function table(element: HTMLElement): Table {
    return mustQuery<Table>(element, 'c-ra-datatable');
}

function lastQuery(): Record<string, unknown> {
    return listMock.mock.calls[listMock.mock.calls.length - 1]?.[0] as Record<string, unknown>;
}

function actionsFor(element: HTMLElement, target: ResaleAuthorizationRow): string[] {
    const column = table(element).columns.find((c) => c.type === 'action');
    const rowActions = column?.typeAttributes?.rowActions as (
        row: ResaleAuthorizationRow,
        done: (actions: { name: string }[]) => void,
    ) => void;
    let names: string[] = [];
    rowActions(target, (actions) => {
        names = actions.map((a) => a.name);
    });
    return names;
}

async function rowAction(element: HTMLElement, name: string, target: ResaleAuthorizationRow) {
    table(element).dispatchEvent(
        new CustomEvent('rowaction', { detail: { action: { name }, row: target } }),
    );
    await flushPromises();
}

beforeEach(() => {
    subscribeMock.mockResolvedValue({ id: 'subscription-1' });
    productsMock.mockResolvedValue(PRODUCTS);
    listMock.mockResolvedValue({ rows: [ACTIVE, DRAFT], totalCount: 120, nextCursor: 'cursor-2' });
});

afterEach(() => {
    cleanDocument();
    window.sessionStorage.clear();
    resetNavigations();
    jest.useRealTimers();
    jest.resetAllMocks();
});

function storedPlace(): ListPlace | null {
    const text = window.sessionStorage.getItem(LIST_PLACE_KEY);
    return text ? (JSON.parse(text) as ListPlace) : null;
}

describe('c-resale-authorization-list', () => {
    it('loads the first page, newest first, with the status badge column', async () => {
        const element = await render();
        expect(listMock).toHaveBeenCalledWith({
            searchTerm: null,
            statuses: null,
            productId: null,
            sellerAccount: null,
            sortBy: 'lastModifiedDate',
            sortDirection: 'desc',
            pageSize: FIRST_PAGE_SIZE,
            cursor: null,
        });
        expect(table(element).data.map((r) => r.name)).toEqual([
            'Partner deal 1',
            'Partner deal 2',
        ]);
        expect(table(element).columns.map((c) => c.fieldName ?? c.type)).toEqual([
            'name',
            'productTitle',
            'resellerAccountId',
            'displayStatus',
            'expiryDate',
            'lastModifiedDate',
            'action',
        ]);
        expect(table(element).columns[0]).toMatchObject({
            type: 'recordLink',
            typeAttributes: { recordId: { fieldName: 'recordId' } },
            sortable: true,
        });
        expect(table(element).columns[3]?.type).toBe('statusBadge');
        expect(mustQuery(element, '[data-id="count"]').textContent).toContain('c.RA_List_Count');
        await expect(element).toBeAccessible();
    });

    it('loads the next page with the cursor when the table scrolls to the end', async () => {
        const element = await render();
        listMock.mockResolvedValueOnce({ rows: [row(3)], totalCount: 120, nextCursor: null });
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        expect(lastQuery()).toMatchObject({ cursor: 'cursor-2', pageSize: PAGE_SIZE });
        expect(table(element).data).toHaveLength(3);
        expect(table(element).enableInfiniteLoading).toBe(false);
    });

    it('searches at once; while a search is out, asks once more with what the user typed since', async () => {
        const element = await render();
        const search = mustQuery(element, '[data-id="search"]');
        let answer: (page: unknown) => void = () => undefined;
        listMock.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
        change(search, { value: 'acme' });
        expect(listMock).toHaveBeenCalledTimes(2);
        expect(lastQuery()).toMatchObject({ searchTerm: 'acme', cursor: null });
        change(search, { value: 'acme an' });
        change(search, { value: 'acme analytics' });
        await flushPromises();
        expect(listMock).toHaveBeenCalledTimes(2);

        // The answer for "acme" comes when the user has typed more: not shown, asked again.
        listMock.mockResolvedValueOnce({ rows: [row(7)], totalCount: 1, nextCursor: null });
        answer({ rows: [row(5), row(6)], totalCount: 2, nextCursor: null });
        await flushPromises();
        expect(listMock).toHaveBeenCalledTimes(3);
        expect(lastQuery()).toMatchObject({ searchTerm: 'acme analytics', cursor: null });
        expect(table(element).data.map((r) => r.name)).toEqual(['Partner deal 7']);
        await expect(element).toBeAccessible();
    });

    it('filters by status and product, and sorts on the server', async () => {
        const element = await render();
        change(mustQuery(element, '[data-id="status-filter"]'), { value: 'Active' });
        await flushPromises();
        expect(lastQuery()).toMatchObject({ statuses: ['Active'] });
        change(mustQuery(element, '[data-id="product-filter"]'), { value: PRODUCTS[0]?.productId });
        await flushPromises();
        expect(lastQuery()).toMatchObject({
            statuses: ['Active'],
            productId: PRODUCTS[0]?.productId,
        });
        table(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'name', sortDirection: 'asc' } }),
        );
        await flushPromises();
        expect(lastQuery()).toMatchObject({ sortBy: 'name', sortDirection: 'asc', cursor: null });
    });

    it('offers the products of a finished product sync in the product filter', async () => {
        const element = await render();
        type Combobox = HTMLElement & { options: { value: string }[] };
        const filter = () => mustQuery<Combobox>(element, '[data-id="product-filter"]');
        expect(filter().options.map((o) => o.value)).toEqual([
            '',
            ...PRODUCTS.map((p) => p.productId),
        ]);
        const synced = { ...PRODUCTS[0], productId: 'prod-new', title: 'New Product' };
        productsMock.mockResolvedValue([...PRODUCTS, synced]);
        mustQuery(element, 'c-ra-product-sync').dispatchEvent(new CustomEvent('synced'));
        await flushPromises();
        expect(productsMock).toHaveBeenCalledTimes(2);
        expect(filter().options.map((o) => o.value)).toContain('prod-new');
    });

    it('keys the rows by their place, so that a new order updates the rows already shown', async () => {
        const element = await render();
        expect(table(element).keyField).toBe('rowKey');
        listMock.mockResolvedValueOnce({
            rows: [DRAFT, ACTIVE],
            totalCount: 120,
            nextCursor: null,
        });
        table(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'name', sortDirection: 'desc' } }),
        );
        await flushPromises();
        expect(table(element).data.map((r) => [r.rowKey, r.recordId])).toEqual([
            ['0', DRAFT.recordId],
            ['1', ACTIVE.recordId],
        ]);
    });

    it('filters by the lifecycle statuses the sync with AWS gives', async () => {
        const element = await render();
        const filter = mustQuery<HTMLElement & { options: { value: string }[] }>(
            element,
            '[data-id="status-filter"]',
        );
        expect(filter.options.map((option) => option.value)).toEqual(
            expect.arrayContaining(['Expired', 'Used', 'ENTITY_NOT_FOUND']),
        );
        change(filter, { value: 'Expired' });
        await flushPromises();
        expect(lastQuery()).toMatchObject({ statuses: ['Expired'] });
    });

    it('reloads once a sync with AWS has ended', async () => {
        const element = await render();
        const calls = listMock.mock.calls.length;
        mustQuery(element, 'c-ra-import-progress').dispatchEvent(new CustomEvent('synced'));
        await flushPromises();
        expect(listMock.mock.calls.length).toBe(calls + 1);
        expect(lastQuery()).toMatchObject({ cursor: null });
    });

    it('says what to do when there is nothing to show', async () => {
        listMock.mockResolvedValue({ rows: [], totalCount: 0, nextCursor: null });
        const element = await render();
        expect(mustQuery(element, '[data-id="empty"]').textContent).toContain('c.RA_List_Empty');
        change(mustQuery(element, '[data-id="status-filter"]'), { value: 'FAILED' });
        await flushPromises();
        expect(mustQuery(element, '[data-id="empty"]').textContent).toContain(
            'c.RA_List_EmptyFiltered',
        );
        await expect(element).toBeAccessible();
    });

    it('shows a load error with a retry', async () => {
        listMock.mockRejectedValueOnce({ body: { message: 'Insufficient access' } });
        const element = await render();
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_List_LoadError',
        );
        await expect(element).toBeAccessible();
        mustQuery(element, '[data-id="load-error"] lightning-button').click();
        await flushPromises();
        expect(query(element, '[data-id="load-error"]')).toBeNull();
        expect(table(element).data).toHaveLength(2);
    });

    it('offers the actions that fit each resale authorization', async () => {
        const element = await render();
        expect(actionsFor(element, ACTIVE)).toEqual(['view', 'clone', 'deactivate', 'refresh']);
        expect(actionsFor(element, DRAFT)).toEqual(['view', 'edit', 'clone', 'delete']);
        // A publish AWS refused: sent, so kept.
        expect(
            actionsFor(element, { ...DRAFT, displayStatus: 'FAILED', changeSetStatus: 'FAILED' }),
        ).toEqual(['view', 'edit', 'clone']);
        expect(
            actionsFor(element, {
                ...ACTIVE,
                displayStatus: 'APPLYING',
                changeSetStatus: 'APPLYING',
            }),
        ).toEqual(['view', 'clone', 'refresh']);
    });

    it('deactivates after confirmation and shows the row as it now stands', async () => {
        const element = await render();
        confirmMock.mockResolvedValueOnce('cancel');
        await rowAction(element, 'deactivate', ACTIVE);
        expect(prepareMock).not.toHaveBeenCalled();

        confirmMock.mockResolvedValueOnce('confirm');
        prepareMock.mockResolvedValue({
            recordId: ACTIVE.recordId,
            action: 'RESTRICT',
            clientRequestToken: 'token-restrict',
            entityId: 'resaleauthz-active1',
        });
        sendMock.mockResolvedValue({
            ...ACTIVE,
            displayStatus: 'PREPARING',
            changeSetStatus: 'PREPARING',
        });
        await rowAction(element, 'deactivate', ACTIVE);
        const prepared = prepareMock.mock.calls[0]?.[0];
        expect(prepared).toMatchObject({ recordId: ACTIVE.recordId, action: 'RESTRICT' });
        const request = JSON.parse(prepared.changeSetJson) as {
            ChangeSet: { ChangeType: string; Entity: { Identifier: string } }[];
        };
        expect(request.ChangeSet).toEqual([
            expect.objectContaining({
                ChangeType: 'RestrictResaleAuthorization',
                Entity: expect.objectContaining({ Identifier: ACTIVE.entityId }),
            }),
        ]);
        expect(sendMock).toHaveBeenCalledWith({
            recordId: ACTIVE.recordId,
            clientRequestToken: 'token-restrict',
        });
        expect(table(element).data[0]?.displayStatus).toBe('PREPARING');
    });

    it('shows the row as it now stands when a deactivation is refused', async () => {
        const element = await render();
        confirmMock.mockResolvedValueOnce('confirm');
        prepareMock.mockRejectedValueOnce({ body: { message: 'A change is with AWS.' } });
        getMock.mockResolvedValueOnce({
            ...ACTIVE,
            displayStatus: 'APPLYING',
            changeSetStatus: 'APPLYING',
        });
        await rowAction(element, 'deactivate', ACTIVE);
        expect(getMock).toHaveBeenCalledWith({ recordId: ACTIVE.recordId });
        expect(table(element).data[0]?.displayStatus).toBe('APPLYING');
        expect(actionsFor(element, table(element).data[0] ?? ACTIVE)).not.toContain('deactivate');
    });

    it('deletes a draft after confirmation, removes its row and says so', async () => {
        const element = await render();
        const toasts: { title: string; variant: string }[] = [];
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent<{ title: string; variant: string }>).detail),
        );
        confirmMock.mockResolvedValueOnce('cancel');
        await rowAction(element, 'delete', DRAFT);
        expect(deleteMock).not.toHaveBeenCalled();

        confirmMock.mockResolvedValueOnce('confirm');
        deleteMock.mockRejectedValueOnce({ body: { message: 'Sent to AWS' } });
        await rowAction(element, 'delete', DRAFT);
        expect(table(element).data).toHaveLength(2);
        expect(toasts.pop()).toEqual(
            expect.objectContaining({ title: 'c.RA_Action_Failed', variant: 'error' }),
        );

        confirmMock.mockResolvedValueOnce('confirm');
        deleteMock.mockResolvedValueOnce(null);
        await rowAction(element, 'delete', DRAFT);
        expect(confirmMock).toHaveBeenLastCalledWith(
            expect.objectContaining({
                label: 'c.RA_Delete_Title',
                confirmLabel: 'c.RA_Delete_Action',
                cancelLabel: 'c.RA_Confirm_Cancel',
                destructive: true,
            }),
        );
        expect(deleteMock).toHaveBeenLastCalledWith({ recordId: DRAFT.recordId });
        expect(table(element).data.map((r) => r.recordId)).toEqual([ACTIVE.recordId]);
        expect(toasts).toEqual([
            expect.objectContaining({ title: 'c.RA_Delete_Done', variant: 'success' }),
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows the new status of a row when its status event arrives', async () => {
        const element = await render();
        const onMessage = subscribeMock.mock.calls[0]?.[2] as (message: unknown) => void;
        const restricted = { ...detailOf(), ...ACTIVE, displayStatus: 'Restricted' };
        getMock.mockResolvedValue(restricted);
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: 'not-in-the-list' } } });
        await flushPromises();
        expect(getMock).not.toHaveBeenCalled();
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: ACTIVE.recordId } } });
        await flushPromises();
        expect(getMock).toHaveBeenCalledWith({ recordId: ACTIVE.recordId });
        expect(table(element).data.find((r) => r.recordId === ACTIVE.recordId)?.displayStatus).toBe(
            'Restricted',
        );
    });

    it('refreshes a row in place', async () => {
        const element = await render();
        refreshMock.mockResolvedValue({
            detail: { ...ACTIVE, displayStatus: 'Restricted', entityStatus: 'Restricted' },
            refreshed: true,
            nextRefreshAllowedAt: '2026-11-24T10:00:30.000Z',
        });
        await rowAction(element, 'refresh', ACTIVE);
        expect(refreshMock).toHaveBeenCalledWith({ recordId: ACTIVE.recordId });
        expect(table(element).data[0]?.displayStatus).toBe('Restricted');
    });

    it('opens the wizard at its address for New, Edit and Clone, and the record page for View', async () => {
        const element = await render();
        mustQuery(element, '[data-id="new"]').click();
        await rowAction(element, 'edit', DRAFT);
        await rowAction(element, 'clone', ACTIVE);
        await rowAction(element, 'view', ACTIVE);
        expect(navigations().map((n) => [n.page, n.replace])).toEqual([
            [
                {
                    type: 'standard__component',
                    attributes: { componentName: 'c__resaleAuthorizationWizardPage' },
                    state: { c__mode: 'create' },
                },
                false,
            ],
            [
                {
                    type: 'standard__component',
                    attributes: { componentName: 'c__resaleAuthorizationWizardPage' },
                    state: { c__mode: 'edit', c__recordId: DRAFT.recordId },
                },
                false,
            ],
            [
                {
                    type: 'standard__component',
                    attributes: { componentName: 'c__resaleAuthorizationWizardPage' },
                    state: { c__mode: 'clone', c__recordId: ACTIVE.recordId },
                },
                false,
            ],
            [
                {
                    type: 'standard__recordPage',
                    attributes: {
                        recordId: ACTIVE.recordId,
                        objectApiName: 'Resale_Authorization__c',
                        actionName: 'view',
                    },
                },
                false,
            ],
        ]);
        // The list stays what it was: the wizard and the record are pages of their own.
        expect(query(element, 'c-resale-authorization-wizard')).toBeNull();
        expect(query(element, 'c-resale-authorization-detail')).toBeNull();
    });

    it('remembers its search, filters, sort and rows loaded when it leaves the page', async () => {
        jest.useFakeTimers();
        const element = await render();
        change(mustQuery(element, '[data-id="search"]'), { value: 'acme' });
        jest.advanceTimersByTime(300);
        await flushPromises();
        change(mustQuery(element, '[data-id="status-filter"]'), { value: 'Active' });
        table(element).dispatchEvent(
            new CustomEvent('sort', { detail: { fieldName: 'name', sortDirection: 'asc' } }),
        );
        await flushPromises();
        listMock.mockResolvedValueOnce({ rows: [row(3), row(4)], totalCount: 4, nextCursor: null });
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        document.body.removeChild(element);
        expect(storedPlace()).toEqual({
            searchTerm: 'acme',
            statusFilter: 'Active',
            productFilter: '',
            sellerAccountFilter: '',
            sortedBy: 'name',
            sortedDirection: 'asc',
            rowCount: 4,
            scrollTop: 0,
        });
    });

    it('comes back where the user left it: same query, as many rows', async () => {
        const place: ListPlace = {
            searchTerm: 'acme',
            statusFilter: 'Active',
            productFilter: PRODUCTS[0]?.productId ?? '',
            sortedBy: 'expiryDate',
            sortedDirection: 'asc',
            rowCount: 3,
            scrollTop: 480,
        };
        window.sessionStorage.setItem(LIST_PLACE_KEY, JSON.stringify(place));
        listMock
            .mockResolvedValueOnce({ rows: [ACTIVE, DRAFT], totalCount: 3, nextCursor: 'cursor-2' })
            .mockResolvedValueOnce({ rows: [row(3)], totalCount: 3, nextCursor: null });
        const element = await render();
        await flushPromises();
        expect(listMock.mock.calls.map((call) => call[0])).toEqual([
            {
                searchTerm: 'acme',
                statuses: ['Active'],
                productId: PRODUCTS[0]?.productId,
                sellerAccount: null,
                sortBy: 'expiryDate',
                sortDirection: 'asc',
                pageSize: 20,
                cursor: null,
            },
            expect.objectContaining({ searchTerm: 'acme', cursor: 'cursor-2' }),
        ]);
        expect(table(element).data).toHaveLength(3);
        expect(
            mustQuery<HTMLElement & { value: string }>(element, '[data-id="search"]').value,
        ).toBe('acme');
        expect(
            mustQuery<HTMLElement & { value: string }>(element, '[data-id="status-filter"]').value,
        ).toBe('Active');
        expect(table(element)).toMatchObject({ sortedBy: 'expiryDate', sortedDirection: 'asc' });
    });

    it('ignores a stored place it cannot read', async () => {
        window.sessionStorage.setItem(LIST_PLACE_KEY, '{"searchTerm": 3}');
        await render();
        expect(listMock).toHaveBeenCalledTimes(1);
        expect(lastQuery()).toMatchObject({ searchTerm: null, sortBy: 'lastModifiedDate' });
    });
});
