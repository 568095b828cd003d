import { createElement } from 'lwc';
import { subscribe, unsubscribe } from 'lightning/empApi';
import {
    publish as publishMessage,
    subscribe as subscribeToMessages,
} from 'lightning/messageService';
import ResaleAuthorizationStatus from 'c/resaleAuthorizationStatus';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import refreshStatus from '@salesforce/apex/ResaleAuthorizationController.refreshStatus';
import type { ResaleAuthorizationDetail } from 'c/raDomain';
import { detailOf } from '../../test/fixtures/products';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.refreshStatus',
    () => ({ default: jest.fn() }),
    { virtual: true },
);

const getMock = getResaleAuthorization as unknown as jest.Mock;
const refreshMock = refreshStatus as unknown as jest.Mock;
const subscribeMock = subscribe as unknown as jest.Mock;
const publishMessageMock = publishMessage as unknown as jest.Mock;
const subscribeToMessagesMock = subscribeToMessages as unknown as jest.Mock;

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

function inFlight(status = 'PREPARING'): ResaleAuthorizationDetail {
    return detailOf({
        displayStatus: status,
        entityId: 'resaleauthz-abc123',
        changeSetId: 'cs-123',
        changeSetStatus: status,
        lastRefreshedAt: new Date(NOW).toISOString(),
        nextRefreshAllowedAt: null,
    });
}

async function render(detail: ResaleAuthorizationDetail) {
    getMock.mockResolvedValue(detail);
    const element = createElement('c-resale-authorization-status', {
        is: ResaleAuthorizationStatus,
    }) as HTMLElement & { recordId?: string };
    element.recordId = detail.recordId;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function refreshButton(element: HTMLElement) {
    return mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="refresh"]');
}

function countdown(element: HTMLElement): string {
    return mustQuery(element, '[data-id="countdown"]').textContent?.trim() ?? '';
}

function refreshResult(detail: ResaleAuthorizationDetail, refreshed = true) {
    return {
        detail,
        refreshed,
        nextRefreshAllowedAt: new Date(Date.now() + 30_000).toISOString(),
    };
}

beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    subscribeMock.mockResolvedValue({ id: 'subscription-1' });
    (unsubscribe as unknown as jest.Mock).mockResolvedValue(true);
});

/** The accessibility check runs on real timers. */
async function expectAccessible(element: HTMLElement): Promise<void> {
    jest.useRealTimers();
    await expect(element).toBeAccessible();
}

afterEach(() => {
    cleanDocument();
    jest.useRealTimers();
    jest.resetAllMocks();
});

describe('c-resale-authorization-status', () => {
    it('shows the status and lets the user refresh a change set at once', async () => {
        const element = await render(inFlight('APPLYING'));
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('APPLYING');
        expect(refreshButton(element).disabled).toBe(false);
        expect(
            mustQuery<HTMLElement & { currentStep: string }>(
                element,
                'lightning-progress-indicator',
            ).currentStep,
        ).toBe('APPLYING');
        await expectAccessible(element);
    });

    it('shows the status the server stored: an active resale authorization past its end date is Expired', async () => {
        const element = await render(
            detailOf({
                displayStatus: 'Expired',
                entityId: 'resaleauthz-abc123',
                entityStatus: 'Active',
                expiryDate: '2026-01-31',
            }),
        );
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('Expired');
        await expectAccessible(element);
    });

    it('rests the button for 30 seconds after a refresh, with a countdown', async () => {
        const element = await render(inFlight());
        // A final state, so no automatic refresh joins in at the end of the window.
        refreshMock.mockImplementation(async () => refreshResult(inFlight('FAILED')));
        refreshButton(element).click();
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(1);
        expect(refreshMock).toHaveBeenCalledWith({ recordId: inFlight().recordId });
        expect(refreshButton(element).disabled).toBe(true);
        expect(countdown(element)).toBe('c.RA_Refresh_Wait');

        jest.advanceTimersByTime(29_000);
        await flushPromises();
        expect(refreshButton(element).disabled).toBe(true);
        refreshButton(element).click();
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(1);

        jest.advanceTimersByTime(1_000);
        await flushPromises();
        expect(refreshButton(element).disabled).toBe(false);
        expect(countdown(element)).toBe('');
    });

    it('rests the button when the server says the window is not over', async () => {
        const allowedAt = new Date(NOW + 12_000).toISOString();
        const element = await render({ ...inFlight(), nextRefreshAllowedAt: allowedAt });
        expect(refreshButton(element).disabled).toBe(true);
        refreshMock.mockResolvedValue({
            detail: inFlight(),
            refreshed: false,
            nextRefreshAllowedAt: allowedAt,
        });
        jest.advanceTimersByTime(12_000);
        await flushPromises();
        expect(refreshButton(element).disabled).toBe(false);
    });

    it('refreshes by itself every 30 seconds while in flight and stops at a final state', async () => {
        const element = await render(inFlight());
        refreshMock
            .mockImplementationOnce(async () => refreshResult(inFlight('APPLYING')))
            .mockImplementationOnce(async () =>
                refreshResult({
                    ...inFlight('SUCCEEDED'),
                    displayStatus: 'Active',
                    entityStatus: 'Active',
                }),
            );
        const statusChanges: string[] = [];
        element.addEventListener('statuschange', (event) =>
            statusChanges.push(
                (event as CustomEvent<{ displayStatus: string }>).detail.displayStatus,
            ),
        );
        jest.advanceTimersByTime(29_999);
        await flushPromises();
        expect(refreshMock).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(30_000);
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(2);
        expect(statusChanges).toEqual(['APPLYING', 'Active']);
        jest.advanceTimersByTime(300_000);
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(2);
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('Active');
    });

    it('waits for the automatic refresh the server names while AWS’s change set events arrive', async () => {
        const fiveMinutes = new Date(NOW + 300_000).toISOString();
        await render({ ...inFlight(), nextAutoRefreshAt: fiveMinutes });
        refreshMock.mockResolvedValue(
            refreshResult({ ...inFlight('APPLYING'), nextAutoRefreshAt: null }),
        );
        jest.advanceTimersByTime(299_999);
        await flushPromises();
        expect(refreshMock).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(1);
    });

    it('reloads when the status platform event names its record, and tells the record view', async () => {
        const element = await render(inFlight());
        const changes: unknown[] = [];
        element.addEventListener('statuschange', (event) =>
            changes.push((event as CustomEvent).detail),
        );
        expect(subscribeMock).toHaveBeenCalledWith(
            '/event/Resale_Authorization_Status__e',
            -1,
            expect.any(Function),
        );
        const onMessage = subscribeMock.mock.calls[0]?.[2] as (message: unknown) => void;
        getMock.mockResolvedValue({
            ...inFlight('SUCCEEDED'),
            displayStatus: 'Active',
            entityStatus: 'Active',
        });
        // Read once, then again once subscribed, since it was in flight.
        expect(getMock).toHaveBeenCalledTimes(2);
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: 'someone-else' } } });
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(2);
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: inFlight().recordId } } });
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(3);
        expect(changes).toEqual([{ recordId: inFlight().recordId, displayStatus: 'Active' }]);
        // The same status again is no news.
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: inFlight().recordId } } });
        await flushPromises();
        expect(changes).toHaveLength(1);
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('Active');
    });

    it('tells the record view when AWS’s entity was read after an event brought the status', async () => {
        const active = {
            ...inFlight('SUCCEEDED'),
            displayStatus: 'Active',
            entityStatus: 'Active',
            entityId: null,
        };
        const element = await render(active);
        const changes: unknown[] = [];
        element.addEventListener('statuschange', (event) =>
            changes.push((event as CustomEvent).detail),
        );
        const onMessage = subscribeMock.mock.calls[0]?.[2] as (message: unknown) => void;
        // The follow-up stored the created entity and its terms: the same status, read anew.
        getMock.mockResolvedValue({
            ...active,
            entityId: 'resaleauthz-created',
            lastSyncedAt: new Date(NOW).toISOString(),
        });
        onMessage({ channel: 'x', data: { payload: { Record_Id__c: active.recordId } } });
        await flushPromises();
        expect(changes).toEqual([{ recordId: active.recordId, displayStatus: 'Active' }]);
    });

    it('shows a change set that finished before the status events were subscribed to', async () => {
        let subscribed: (subscription: unknown) => void = () => undefined;
        subscribeMock.mockReturnValue(
            new Promise((resolve) => {
                subscribed = resolve;
            }),
        );
        const element = await render(inFlight());
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('PREPARING');
        // AWS finishes, and its event goes out, while the subscription is still being set up.
        getMock.mockResolvedValue({
            ...inFlight('SUCCEEDED'),
            displayStatus: 'Active',
            entityStatus: 'Active',
        });
        subscribed({ id: 'subscription-1' });
        await flushPromises();
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('Active');
    });

    it('reads again, once subscribed, a succeeded change set whose entity was not stored yet', async () => {
        let subscribed: (subscription: unknown) => void = () => undefined;
        subscribeMock.mockReturnValue(
            new Promise((resolve) => {
                subscribed = resolve;
            }),
        );
        const active = {
            ...inFlight('SUCCEEDED'),
            displayStatus: 'Active',
            entityStatus: 'Active',
            entityId: null,
        };
        const element = await render(active);
        const changes: unknown[] = [];
        element.addEventListener('statuschange', (event) =>
            changes.push((event as CustomEvent).detail),
        );
        // The follow-up stores the entity, and tells it, before the subscription takes effect.
        getMock.mockResolvedValue({ ...active, entityId: 'resaleauthz-created' });
        subscribed({ id: 'subscription-1' });
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(2);
        // The record view beside it reads the record again, with its entity.
        expect(changes).toEqual([{ recordId: active.recordId, displayStatus: 'Active' }]);
    });

    it('reads a final status once only', async () => {
        await render(inFlight('SUCCEEDED'));
        expect(getMock).toHaveBeenCalledTimes(1);
    });

    it('shows the AWS error details of a failed change set', async () => {
        const element = await render({
            ...inFlight('FAILED'),
            errorDetails: JSON.stringify([
                { ErrorCode: 'INVALID_RESELLER_ACCOUNT', ErrorMessage: 'Not a reseller.' },
            ]),
        });
        expect(
            mustQuery<HTMLElement & { messages: string[] }>(element, '[data-id="aws-errors"]')
                .messages,
        ).toEqual(['INVALID_RESELLER_ACCOUNT: Not a reseller.']);
        expect(
            mustQuery<HTMLElement & { hasError: boolean }>(element, 'lightning-progress-indicator')
                .hasError,
        ).toBe(true);
        await expectAccessible(element);
    });

    it('says when a refresh failed, and offers it again after the window', async () => {
        const element = await render(inFlight());
        refreshMock.mockRejectedValue({ body: { message: 'Throttled' } });
        refreshButton(element).click();
        await flushPromises();
        expect(mustQuery(element, '[data-id="error"]').textContent).toContain(
            'c.RA_Refresh_Failed',
        );
        expect(refreshButton(element).disabled).toBe(false);
    });

    it('cannot refresh what was never sent', async () => {
        const element = await render(detailOf());
        expect(refreshButton(element).disabled).toBe(true);
        expect(query(element, 'lightning-progress-indicator')).toBeNull();
    });

    it('tells the record view beside it, on the record channel, when the status moves', async () => {
        await render(inFlight());
        // Opening the page is no news.
        expect(publishMessageMock).not.toHaveBeenCalled();
        refreshMock.mockResolvedValue(
            refreshResult({ ...inFlight('SUCCEEDED'), displayStatus: 'Active' }),
        );
        jest.advanceTimersByTime(30_000);
        await flushPromises();
        expect(publishMessageMock).toHaveBeenCalledTimes(1);
        expect(publishMessageMock.mock.calls[0]?.[2]).toMatchObject({
            recordId: inFlight().recordId,
        });
    });

    it('reads the record again when the record view says it changed it', async () => {
        const element = await render(detailOf({ displayStatus: 'Active', entityStatus: 'Active' }));
        const calls = getMock.mock.calls.length;
        const onMessage = subscribeToMessagesMock.mock.calls[0]?.[2] as (message: unknown) => void;
        getMock.mockResolvedValue(inFlight('PREPARING'));
        onMessage({ recordId: 'a01000000000999AAA', sender: 'the record view' });
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(calls);
        onMessage({ recordId: inFlight().recordId, sender: 'the record view' });
        await flushPromises();
        expect(getMock).toHaveBeenCalledTimes(calls + 1);
        expect(
            mustQuery<HTMLElement & { status: string }>(element, 'c-ra-status-badge').status,
        ).toBe('PREPARING');
    });
});
