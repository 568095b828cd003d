import { createElement } from 'lwc';
import RaConfirmDialog from 'c/raConfirmDialog';
import { subscribe } from 'lightning/empApi';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import ResaleAuthorizationList from 'c/resaleAuthorizationList';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import refreshStatus from '@salesforce/apex/ResaleAuthorizationController.refreshStatus';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import type { ResaleAuthorizationRow } from 'c/raDomain';
import { PRODUCTS, detailOf } from '../../test/fixtures/products';
import { change, cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

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
    data: ResaleAuthorizationRow[];
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
    jest.useRealTimers();
    jest.resetAllMocks();
});

describe('c-resale-authorization-list', () => {
    it('loads the first page, newest first, with the status badge column', async () => {
        const element = await render();
        expect(listMock).toHaveBeenCalledWith({
            searchTerm: null,
            statuses: null,
            productId: null,
            sortBy: 'lastModifiedDate',
            sortDirection: 'desc',
            pageSize: 50,
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
        expect(table(element).columns[3]?.type).toBe('statusBadge');
        expect(mustQuery(element, '[data-id="count"]').textContent).toContain('c.RA_List_Count');
        await expect(element).toBeAccessible();
    });

    it('loads the next page with the cursor when the table scrolls to the end', async () => {
        const element = await render();
        listMock.mockResolvedValueOnce({ rows: [row(3)], totalCount: 120, nextCursor: null });
        table(element).dispatchEvent(new CustomEvent('loadmore'));
        await flushPromises();
        expect(lastQuery().cursor).toBe('cursor-2');
        expect(table(element).data).toHaveLength(3);
        expect(table(element).enableInfiniteLoading).toBe(false);
    });

    it('searches on the server once the user stops typing', async () => {
        jest.useFakeTimers();
        const element = await render();
        const search = mustQuery(element, '[data-id="search"]');
        change(search, { value: 'acme' });
        change(search, { value: 'acme analytics' });
        jest.advanceTimersByTime(299);
        expect(listMock).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(1);
        await flushPromises();
        expect(listMock).toHaveBeenCalledTimes(2);
        expect(lastQuery()).toMatchObject({ searchTerm: 'acme analytics', cursor: null });
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

    it('opens the wizard for New, Edit and Clone, and the record view for View', async () => {
        const element = await render();
        mustQuery(element, '[data-id="new"]').click();
        await flushPromises();
        const wizard = mustQuery<HTMLElement & { mode: string; recordId: string | null }>(
            element,
            'c-resale-authorization-wizard',
        );
        expect(wizard.mode).toBe('create');
        wizard.dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        await rowAction(element, 'clone', ACTIVE);
        const clone = mustQuery<HTMLElement & { mode: string; recordId: string | null }>(
            element,
            'c-resale-authorization-wizard',
        );
        expect([clone.mode, clone.recordId]).toEqual(['clone', ACTIVE.recordId]);
        clone.dispatchEvent(new CustomEvent('close'));
        await flushPromises();
        await rowAction(element, 'view', ACTIVE);
        expect(
            mustQuery<HTMLElement & { recordId: string }>(element, 'c-resale-authorization-detail')
                .recordId,
        ).toBe(ACTIVE.recordId);
    });
});
