/**
 * The local twin notifies as the org does, through the platform model: the sender of a change
 * when AWS finishes it, whoever writes the final status, and the owner before an expiry, once
 * per expiry date. Notifications are delivered when their transaction commits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FormState, ResaleAuthorizationApi } from '../../../lwc-src/raDomain/raDomain';
import { publishDraft, saveFormDraft } from '../../bench/contractWorkflows';
import { contractForm, isoDate } from '../../bench/seedForms';
import type { RunningSimulator } from '../../catalog-simulator/server';
import type { RunningLocalBackend } from '../backend';
import { LocalAsyncQueue } from '../contract/asyncApex';
import { inTransaction, RecordLocks, UncommittedWorkPendingError } from '../contract/platform';
import { LocalStore } from '../contract/store';
import type { StoredRecord } from '../contract/store';
import { messagesIn } from '../contract/UserMessages';
import { openFreshBackend } from './backendHarness';

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let api: ResaleAuthorizationApi;
const en = messagesIn('en');
const fr = messagesIn('fr');

beforeEach(async () => {
    ({ simulator, backend } = await openFreshBackend());
    api = backend.apiFor('en');
});

afterEach(async () => {
    await backend.stop();
    await simulator.stop();
});

function titles(language: 'en' | 'fr' = 'en'): string[] {
    return backend.notificationsFor(language).map((notification) => notification.title);
}

async function published(form: FormState): Promise<string> {
    const recordId = await saveFormDraft(api, form);
    await publishDraft(api, recordId, form);
    return recordId;
}

describe('notifications of the local twin', () => {
    it('tells the sender once when AWS applies their change, in the reader’s language', async () => {
        const told: string[] = [];
        backend.onNotifications(() => told.push('told'));
        const recordId = await published(contractForm('Told once'));
        expect(titles()).toEqual([]);
        expect(await backend.syncStatusesNow()).toBe(1);
        expect(await backend.syncStatusesNow()).toBe(0);
        expect(backend.notificationsFor('en')).toEqual([
            expect.objectContaining({
                title: en('RA_Notify_ChangeSucceeded_Title'),
                body: en('RA_Notify_ChangeSucceeded_Body', 'Told once'),
                targetId: recordId,
                read: false,
            }),
        ]);
        expect(titles('fr')).toEqual([fr('RA_Notify_ChangeSucceeded_Title')]);
        expect(told).toEqual(['told']);
        backend.markNotificationsRead();
        expect(backend.notificationsFor('en').map((notification) => notification.read)).toEqual([
            true,
        ]);
    });

    it('tells the sender when AWS refuses the change when it is sent', async () => {
        const form = contractForm('Refused at once');
        const expired = {
            ...form,
            availability: { ...form.availability, expiryDate: '2020-01-01' },
        };
        await published(expired);
        expect(titles()).toEqual([en('RA_Notify_ChangeFailed_Title')]);
    });

    it('tells the owner of a resale authorization shown Active before it expires, once per date, with the days left in the radar’s words', async () => {
        const form = contractForm('Expires soon');
        // Within the 30 days of the notice, whatever day the test runs.
        const expiryDate = isoDate(25);
        const soon = { ...form, availability: { ...form.availability, expiryDate } };
        const recordId = await published(soon);
        await published(contractForm('Expires next year'));
        await backend.syncStatusesNow();
        const afterChanges = titles().length;

        expect(await backend.notifyExpiringNow()).toBe(1);
        expect(await backend.notifyExpiringNow()).toBe(0);
        const expiring = backend
            .notificationsFor('en')
            .filter((notification) => notification.title === en('RA_Notify_Expiring_Title'));
        expect(expiring).toEqual([
            expect.objectContaining({
                body: en(
                    'RA_Notify_Expiring_Body',
                    'Expires soon',
                    expiryDate,
                    en('RA_DaysLeft_Other', 25),
                ),
                // The notification opens the record it is about.
                targetId: recordId,
            }),
        ]);
        expect(
            backend
                .notificationsFor('fr')
                .filter((notification) => notification.title === fr('RA_Notify_Expiring_Title'))
                .map((notification) => notification.body),
        ).toEqual([
            fr('RA_Notify_Expiring_Body', 'Expires soon', expiryDate, fr('RA_DaysLeft_Other', 25)),
        ]);
        expect(titles()).toHaveLength(afterChanges + 1);
        expect(backend.store.record(recordId)?.expiryNotifiedFor).toBe(expiryDate);
    });
});

describe('the platform model of notifications', () => {
    function platform() {
        const store = LocalStore.open({
            dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'notify-platform-')),
            reset: true,
        });
        store.putRecord({ id: 'a01', authorizationName: 'Before' } as StoredRecord);
        return { store, locks: new RecordLocks(), clock: () => 0 };
    }

    const notification = {
        typeName: 'Resale_Authorization_Update',
        recipient: 'someone',
        title: { label: 'RA_Notify_Expiring_Title', params: [] },
        body: { label: 'RA_Notify_Expiring_Body', params: ['A', '2026-12-01'] },
        targetId: 'a01',
    };

    it('delivers on commit, never from a transaction rolled back', async () => {
        const deps = platform();
        await expect(
            inTransaction(deps, async (transaction) => {
                transaction.sendNotification(notification);
                throw new Error('rolled back');
            }),
        ).rejects.toThrow('rolled back');
        expect(deps.store.notificationsFor('someone')).toEqual([]);
        await inTransaction(deps, async (transaction) =>
            transaction.sendNotification(notification),
        );
        expect(deps.store.notificationsFor('someone')).toHaveLength(1);
    });

    it('refuses a callout after a notification, as after a write', async () => {
        const deps = platform();
        const callout = jest.fn(async () => 'answer');
        await expect(
            inTransaction(deps, async (transaction) => {
                transaction.sendNotification(notification);
                return transaction.callout(callout);
            }),
        ).rejects.toBeInstanceOf(UncommittedWorkPendingError);
        expect(callout).not.toHaveBeenCalled();
    });

    it('refuses a second daily job of the same name', () => {
        const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: 5 });
        queue.scheduleDaily('Daily', async () => undefined);
        expect(() => queue.scheduleDaily('Daily', async () => undefined)).toThrow(
            'already scheduled',
        );
    });
});
