import { createElement } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getExpiryRadar from '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar';
import RaExpiryRadar from 'c/raExpiryRadar';
import type { ExpiryRadarRow, ExpiryRadarView } from 'c/raDomain';
import { recordPage, renewalPage } from 'c/raNavigation';
import { change, cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';
import { navigations, resetNavigations } from '../../test/jest-mocks/lightning/navigation';
import { columnTexts, inList, radarRow, radarView } from './radarView';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar',
    () => {
        // jest.mock factories run before imports: the lwc-recipes way to build a wire adapter.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
    virtual: true,
});

const radarAdapter = getExpiryRadar.adapter as unknown as {
    emit: (value: ExpiryRadarView) => void;
    error: (body?: unknown) => void;
    getLastConfig: () => { days: number | null };
};
const refreshMock = refreshApex as unknown as jest.Mock;

type Table = HTMLElement & {
    data: Record<string, unknown>[];
    columns: { fieldName?: string; type?: string; typeAttributes?: Record<string, unknown> }[];
};

async function render(view?: ExpiryRadarView) {
    const element = createElement('c-ra-expiry-radar', { is: RaExpiryRadar });
    document.body.appendChild(element);
    if (view) {
        radarAdapter.emit(view);
    }
    await flushPromises();
    return element;
}

function table(element: HTMLElement, list: 'expiring' | 'used'): Table {
    const found = inList<Table>(element, list, 'c-ra-datatable');
    if (!found) {
        throw new Error(`no table in ${list}`);
    }
    return found;
}

function windowPicker(element: HTMLElement) {
    return mustQuery<HTMLElement & { value: string; options: { label: string; value: string }[] }>(
        element,
        '[data-id="window"]',
    );
}

async function rowAction(element: HTMLElement, name: string, row: ExpiryRadarRow) {
    table(element, 'expiring').dispatchEvent(
        new CustomEvent('rowaction', { detail: { action: { name }, row } }),
    );
    await flushPromises();
}

afterEach(() => {
    cleanDocument();
    resetNavigations();
    jest.clearAllMocks();
});

describe('c-ra-expiry-radar', () => {
    it('lists what expires soonest first with its days left, and what was used recently', async () => {
        const element = await render(radarView());
        const expiring = table(element, 'expiring');
        expect(columnTexts(expiring, 'name')).toEqual([
            'Acme Analytics for Partner 1',
            'Acme Analytics for Partner 2',
            'Acme Analytics for Partner 3',
        ]);
        expect(columnTexts(expiring, 'daysLeftText')).toEqual([
            'c.RA_DaysLeft_Today',
            'c.RA_DaysLeft_One',
            'c.RA_DaysLeft_Other',
        ]);
        expect(expiring.columns.map((column) => column.fieldName ?? column.type)).toEqual([
            'name',
            'productTitle',
            'resellerAccountId',
            'expiryDate',
            'daysLeftText',
            'action',
        ]);
        // Names link to the record page; dates in the user's locale.
        expect(expiring.columns[0]).toEqual(
            expect.objectContaining({
                type: 'recordLink',
                typeAttributes: { recordId: { fieldName: 'recordId' } },
            }),
        );
        expect(expiring.columns[3]?.type).toBe('date-local');
        const used = table(element, 'used');
        expect(columnTexts(used, 'name')).toEqual(['Acme Analytics for Partner 4']);
        expect(columnTexts(used, 'lastModifiedOnAws')).toEqual(['2026-11-28T15:00:00.000Z']);
        expect(query(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens on the org’s notice days, and offers them beside 7, 30, 60 and 90 days', async () => {
        const element = await render(radarView({ days: 45, noticeDays: 45 }));
        expect(radarAdapter.getLastConfig()).toEqual({ days: null });
        expect(windowPicker(element).value).toBe('45');
        expect(windowPicker(element).options.map((option) => option.value)).toEqual([
            '7',
            '30',
            '45',
            '60',
            '90',
        ]);
        expect(windowPicker(element).options[2]?.label).toBe('c.RA_Radar_WindowNotice');
    });

    it('asks the server again for the window the user picks', async () => {
        const element = await render(radarView());
        change(windowPicker(element), { value: '7' });
        await flushPromises();
        expect(radarAdapter.getLastConfig()).toEqual({ days: 7 });
        expect(windowPicker(element).value).toBe('7');
        expect(query(element, 'lightning-spinner')).not.toBeNull();

        radarAdapter.emit(radarView({ days: 7, expiring: [radarRow(1, 0)], recentlyUsed: [] }));
        await flushPromises();
        expect(columnTexts(table(element, 'expiring'), 'name')).toEqual([
            'Acme Analytics for Partner 1',
        ]);
        expect(query(element, 'lightning-spinner')).toBeNull();
    });

    it('renews through the wizard’s address, as a clone that says it renews', async () => {
        const element = await render(radarView());
        const row = radarRow(2, 1);
        await rowAction(element, 'renew', row);
        expect(navigations()).toEqual([{ page: renewalPage(row.recordId), replace: false }]);
        expect(navigations()[0]?.page.state).toEqual({
            c__mode: 'clone',
            c__recordId: row.recordId,
            c__renew: '1',
        });
        await rowAction(element, 'view', row);
        expect(navigations()[1]?.page).toEqual(recordPage(row.recordId));
    });

    it('offers View and Renew on each row', async () => {
        const element = await render(radarView());
        const column = table(element, 'expiring').columns.find((c) => c.type === 'action');
        const rowActions = column?.typeAttributes?.rowActions as (
            row: ExpiryRadarRow,
            done: (actions: { label: string; name: string }[]) => void,
        ) => void;
        let offered: { label: string; name: string }[] = [];
        rowActions(radarRow(1, 0), (actions) => {
            offered = actions;
        });
        expect(offered).toEqual([
            { label: 'c.RA_Action_View', name: 'view' },
            { label: 'c.RA_Action_Renew', name: 'renew' },
        ]);
    });

    it('says so when nothing expires and nothing was used in the window', async () => {
        const element = await render(radarView({ expiring: [], recentlyUsed: [] }));
        expect(inList(element, 'expiring', '[data-id="empty"]')?.textContent).toContain(
            'c.RA_Radar_ExpiringEmpty',
        );
        expect(inList(element, 'used', '[data-id="empty"]')?.textContent).toContain(
            'c.RA_Radar_UsedEmpty',
        );
        expect(inList(element, 'expiring', 'c-ra-datatable')).toBeNull();
        expect(inList(element, 'used', 'c-ra-datatable')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when a list shows only the first rows', async () => {
        const element = await render(radarView({ moreExpiring: true }));
        expect(inList(element, 'expiring', '[data-id="more"]')?.textContent).toContain(
            'c.RA_Radar_More',
        );
        expect(inList(element, 'used', '[data-id="more"]')).toBeNull();
    });

    it('refreshes on request, and shows why it could not load', async () => {
        const element = await render(radarView());
        mustQuery(element, '[data-id="refresh"]').click();
        await flushPromises();
        expect(refreshMock).toHaveBeenCalledTimes(1);

        radarAdapter.error({ message: 'Insufficient access' });
        await flushPromises();
        expect(mustQuery(element, '[data-id="load-error"]').textContent).toContain(
            'c.RA_Radar_LoadError',
        );
        expect(query(element, '[data-id="expiring"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('waits for its first answer with a spinner', async () => {
        const element = await render();
        expect(query(element, 'lightning-spinner')).not.toBeNull();
        expect(query(element, '[data-id="expiring"]')).toBeNull();
    });
});
