/**
 * The local twin of the expiry radar (ExpiryRadar_Test.cls holds the Apex to the same): what
 * expires within the window, soonest first, with its days left; the one-time resale
 * authorizations used up within it, latest first; the org's notice days when no window is asked
 * for; a window out of range refused in the user's words, through the controller.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../../../lwc-src/raDomain/dates';
import type { ExpiryRadarRow } from '../../../lwc-src/raDomain/apexContract';
import { ExpiryRadar, MAX_ROWS } from '../contract/ExpiryRadar';
import { inTransaction, RecordLocks } from '../contract/platform';
import { ResaleAuthorizationController } from '../contract/ResaleAuthorizationController';
import type { ContractDeps } from '../contract/contractDeps';
import { LocalStore, UNTOUCHED_SERVER_FIELDS } from '../contract/store';
import type { StoredRecord } from '../contract/store';
import { messagesIn } from '../contract/UserMessages';

const TODAY = '2026-11-25';
const NOW = Date.parse(`${TODAY}T10:00:00Z`);
const en = messagesIn('en');

function onAws(
    store: LocalStore,
    name: string,
    displayStatus: string,
    expiresInDays: number | null,
    changedOnAwsDaysAgo = 200,
): StoredRecord {
    const record: StoredRecord = {
        id: store.newId('a01'),
        authorizationName: name,
        productId: 'prod-saas-analytics',
        productTitle: 'Analytics Cloud',
        resellerAccountId: '111122223333',
        expiryDate: expiresInDays === null ? null : addDays(TODAY, expiresInDays),
        description: null,
        formStateJson: null,
        displayStatus,
        entityId: `resaleauthz-${name.replace(/\s+/g, '').toLowerCase()}`,
        entityStatus: displayStatus === 'Restricted' ? 'Restricted' : 'Active',
        changeSetId: 'cs-done',
        changeSetStatus: 'SUCCEEDED',
        resellerAccount: null,
        opportunity: null,
        ...UNTOUCHED_SERVER_FIELDS,
        offerUsed: displayStatus === 'Used',
        entityLastModified: new Date(NOW - changedOnAwsDaysAgo * 86_400_000).toISOString(),
        createdByName: 'Test',
        createdAt: '2026-01-01T00:00:00.000Z',
        lastModifiedAt: '2026-01-01T00:00:00.000Z',
    };
    store.putRecord(record);
    return record;
}

function platform(expiryNoticeDays?: number) {
    const store = LocalStore.open({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'expiry-radar-')),
        reset: true,
    });
    onAws(store, 'In three days', 'Active', 3);
    onAws(store, 'Tomorrow', 'Active', 1);
    onAws(store, 'Expires today', 'Active', 0);
    onAws(store, 'In forty days', 'Active', 40);
    onAws(store, 'Never expires', 'Active', null);
    onAws(store, 'Ended yesterday', 'Active', -1);
    onAws(store, 'Deactivated', 'Restricted', 2);
    onAws(store, 'Used this week', 'Used', 90, 2);
    onAws(store, 'Used last week', 'Used', 90, 8);
    onAws(store, 'Used long ago', 'Used', 90, 45);
    return { store, locks: new RecordLocks(), clock: () => NOW, expiryNoticeDays };
}

const names = (rows: ExpiryRadarRow[]) => rows.map((row) => row.name);

function radar(deps: ReturnType<typeof platform>, days: number | null) {
    return inTransaction(deps, async (transaction) =>
        new ExpiryRadar(deps, en).load(transaction, days, TODAY),
    );
}

describe('the expiry radar of the local twin', () => {
    it('lists what expires within the window, soonest first, with its days left', async () => {
        const view = await radar(platform(), 30);
        expect(view).toEqual(
            expect.objectContaining({
                today: TODAY,
                days: 30,
                noticeDays: 30,
                maxRows: MAX_ROWS,
                moreExpiring: false,
                moreRecentlyUsed: false,
            }),
        );
        expect(names(view.expiring)).toEqual(['Expires today', 'Tomorrow', 'In three days']);
        expect(view.expiring.map((row) => [row.daysLeft, row.expiryDate])).toEqual([
            [0, TODAY],
            [1, '2026-11-26'],
            [3, '2026-11-28'],
        ]);
        expect(names(view.recentlyUsed)).toEqual(['Used this week', 'Used last week']);
        expect(view.recentlyUsed[0]?.lastModifiedOnAws).toBe('2026-11-23T10:00:00.000Z');
    });

    it('shows more with a longer window and less with a shorter one', async () => {
        const deps = platform();
        const wide = await radar(deps, 60);
        expect(names(wide.expiring)).toEqual([
            'Expires today',
            'Tomorrow',
            'In three days',
            'In forty days',
        ]);
        expect(names(wide.recentlyUsed)).toEqual([
            'Used this week',
            'Used last week',
            'Used long ago',
        ]);
        expect(names((await radar(deps, 7)).recentlyUsed)).toEqual(['Used this week']);
    });

    it('shows the org’s notice days when no window is asked for', async () => {
        const view = await radar(platform(45), null);
        expect([view.days, view.noticeDays]).toEqual([45, 45]);
        expect(names(view.expiring)).toContain('In forty days');
    });

    it('shows the soonest when more expire than it shows', async () => {
        const deps = platform();
        for (let index = 0; index <= MAX_ROWS; index += 1) {
            onAws(deps.store, `Bulk ${index}`, 'Active', 5);
        }
        const view = await radar(deps, 30);
        expect(view.expiring).toHaveLength(MAX_ROWS);
        expect(view.moreExpiring).toBe(true);
        expect(view.expiring[0]?.name).toBe('Expires today');
    });

    it('refuses a window out of range through the controller, in the user’s words', async () => {
        const deps = platform() as unknown as ContractDeps;
        const controller = new ResaleAuthorizationController(deps, 'fr');
        await expect(controller.getExpiryRadar({ days: 366 })).rejects.toThrow(
            messagesIn('fr')('RA_Apex_InvalidRadarDays', 365),
        );
        const view = await controller.getExpiryRadar({ days: 7 });
        expect([view.today, names(view.expiring)]).toEqual([
            TODAY,
            ['Expires today', 'Tomorrow', 'In three days'],
        ]);
    });
});
