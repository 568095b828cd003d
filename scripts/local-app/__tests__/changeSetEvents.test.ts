/**
 * AWS's change set events through the whole local path, over HTTP: the simulator publishes the
 * end of each change set and delivers it, as EventBridge's API destination does, to the local
 * app's Apex REST resource with the integration user's bearer token. The status job never runs
 * on its own here: every status below arrives by an event, unless a test says otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import { deactivateRecord, publishDraft, saveFormDraft } from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import {
    catalogClient,
    startTestSimulator,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import type { ChangeSetEventEnvelope } from '../../catalog-simulator/changeSetEvents';
import type { RunningSimulator } from '../../catalog-simulator/server';
import type { RunningLocalBackend } from '../backend';
import { countCatalogCalls } from '../catalogCalls';
import { CHANGE_SET_EVENTS_PATH } from '../contract/ChangeSetEventResource';
import { startLocalAppServer } from '../server';
import type { RunningLocalAppServer } from '../server';
import { openTestBackend } from './backendHarness';

const TOKEN = 'integration-user-access-token';

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let server: RunningLocalAppServer;
let countCalls: () => Record<string, number>;
/** The app's Catalog API calls since the test began (the product sync at start aside). */
let catalogCalls: () => Record<string, number>;

beforeEach(async () => {
    simulator = await startTestSimulator({ events: { retryDelayMs: 20 } });
    const catalog = catalogClient(simulator, 1500);
    countCalls = countCatalogCalls(catalog);
    backend = await openTestBackend(simulator, {
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'change-set-events-')),
        reset: true,
        catalog,
    });
    const atStart = countCalls();
    catalogCalls = () =>
        Object.fromEntries(
            Object.entries(countCalls())
                .map(([operation, count]) => [operation, count - (atStart[operation] ?? 0)])
                .filter(([, count]) => Number(count) > 0),
        );
    const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-bundle-'));
    fs.writeFileSync(path.join(bundleDir, 'app.js'), '// the page script\n');
    server = await startLocalAppServer({
        backend,
        bundleDir,
        appLabel: 'AWS Marketplace Resale',
        backendLabel: 'Simulator',
        integrationToken: TOKEN,
    });
    simulator.events.configure({
        url: `${server.url}${CHANGE_SET_EVENTS_PATH}`,
        headers: { Authorization: `Bearer ${TOKEN}` },
    });
});

afterEach(async () => {
    await server.stop();
    await backend.stop();
    await simulator.stop();
});

const api = () => backend.apiFor('en');

async function publish(name: string): Promise<string> {
    const form = contractForm(name);
    const recordId = await saveFormDraft(api(), form);
    await publishDraft(api(), recordId, form);
    return recordId;
}

/** Every delivery answered, then the follow-up jobs run (nothing here is in flight any more). */
async function settle(): Promise<void> {
    await simulator.events.idle();
    await backend.syncStatusesNow();
}

function post(body: string, authorization?: string): Promise<Response> {
    return fetch(`${server.url}${CHANGE_SET_EVENTS_PATH}`, {
        method: 'POST',
        headers: {
            'Content-Type': 'application/json',
            ...(authorization ? { Authorization: authorization } : {}),
        },
        body,
    });
}

function lastEvent(): ChangeSetEventEnvelope {
    const event = simulator.events.events().at(-1)?.event;
    if (!event) {
        throw new Error('The simulator published no event');
    }
    return event;
}

describe('change set events from AWS', () => {
    it('bring a publish to Active, and the entity is read without any DescribeChangeSet', async () => {
        const recordId = await publish('Event Delivered');
        await settle();

        const detail = await api().getResaleAuthorization({ recordId });
        expect(detail.displayStatus).toBe('Active');
        expect(detail.entityId).toMatch(/^resaleauthz-/);
        expect(detail.lastSyncedAt).not.toBeNull();
        expect(detail.history[0]).toMatchObject({ status: 'SUCCEEDED' });
        expect(catalogCalls().DescribeChangeSet ?? 0).toBe(0);
        expect(catalogCalls()).toMatchObject({ ListChangeSets: 1, DescribeEntity: 1 });
        // The simulator's event is the one the seller guide shows: the whole envelope.
        expect(lastEvent()).toMatchObject({
            version: '0',
            'detail-type': 'Change Set Succeeded',
            source: 'aws.marketplacecatalog',
            detail: { Catalog: 'AWSMarketplace', ChangeSetId: detail.changeSetId },
        });
    });

    it('delivered twice change nothing the second time: one notification, one follow-up', async () => {
        simulator.events.configure({ copies: 2 });
        const recordId = await publish('Delivered Twice');
        await settle();

        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Active');
        const answers = simulator.events.deliveries().map((delivery) => delivery.status);
        expect(answers.filter((status) => status === 200)).toHaveLength(2);
        expect(backend.notificationsFor('en')).toHaveLength(1);
        expect(catalogCalls()).toMatchObject({ ListChangeSets: 1, DescribeEntity: 1 });
    });

    it('out of order: a late event of an older change set never overwrites the newer one', async () => {
        // Hold events two by two, then deliver the newer first (after the send stored it).
        simulator.events.configure({ reorderBatch: 2, delayMs: 100 });
        const recordId = await publish('Out Of Order');
        // The publish's event is held: polling reads the end of its change set.
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Active');
        await deactivateRecord(api(), recordId);
        await settle();

        const detail = await api().getResaleAuthorization({ recordId });
        expect(detail.displayStatus).toBe('Restricted');
        const firstTries = simulator.events
            .deliveries()
            .filter((delivery) => delivery.attempt === 1)
            .map((delivery) => delivery.changeSetId);
        // The restriction's event (the newer) first, then the publish's.
        expect(firstTries).toEqual([
            detail.history[0]?.changeSetId,
            detail.history[1]?.changeSetId,
        ]);
        expect(simulator.events.deadLetters()).toEqual([]);
    });

    it('of a change set no record sent are answered 200 and change nothing', async () => {
        const recordId = await publish('Known One');
        await settle();
        const before = backend.store.allRecords().length;
        // Another tool of the seller starts a change set through the API.
        await catalogClient(simulator).send(
            new StartChangeSetCommand({
                Catalog: 'AWSMarketplace',
                ChangeSet: [
                    {
                        ChangeType: 'CreateResaleAuthorization',
                        Entity: { Type: 'ResaleAuthorization@1.0' },
                        DetailsDocument: {
                            ProductId: 'prod-saas-analytics',
                            Name: 'Made elsewhere',
                            ResellerAccountId: '111122223333',
                        },
                    },
                ],
            }),
        );
        await settle();

        const last = simulator.events.deliveries().at(-1);
        expect(last).toMatchObject({ changeSetId: lastEvent().detail.ChangeSetId, status: 200 });
        expect(simulator.events.deadLetters()).toEqual([]);
        expect(backend.store.allRecords()).toHaveLength(before);
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Active');
    });

    it('without the integration user’s bearer token are refused (401), and store nothing', async () => {
        simulator.events.configure({ url: null });
        const recordId = await publish('Not Authenticated');
        const event = JSON.stringify(lastEvent());

        for (const authorization of [undefined, 'Bearer not-the-token', TOKEN]) {
            const answer = await post(event, authorization);
            expect(answer.status).toBe(401);
            expect(await answer.json()).toEqual([
                { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
            ]);
        }
        expect((await api().getResaleAuthorization({ recordId })).changeSetStatus).toBe(
            'PREPARING',
        );
        const authenticated = await post(event, `Bearer ${TOKEN}`);
        expect(authenticated.status).toBe(200);
        expect(await authenticated.json()).toMatchObject({ outcome: 'APPLIED' });
    });

    it('that are malformed get a 400, which EventBridge does not deliver again', async () => {
        const answer = await post('{"detail-type": "Change Set Succeeded"', `Bearer ${TOKEN}`);
        expect(answer.status).toBe(400);
        expect(await answer.json()).toMatchObject({ outcome: 'MALFORMED' });
    });

    it('are followed by the entity’s terms, which open pages are told to read', async () => {
        const told: string[] = [];
        backend.onStatusEvent((payload) => told.push(payload.Display_Status__c));
        await publish('Told Twice');
        await settle();
        // The status the event brought, then the entity the follow-up read.
        expect(told).toEqual(['Active', 'Active']);
    });

    it('after a send AWS did not answer, leave the automatic refresh to its 30-second rhythm', async () => {
        await publish('Events Flow');
        await settle();
        // AWS takes the next change set, its answer is lost, and its event finds no change set.
        simulator.faults.set([{ operation: 'StartChangeSet', kind: 'drop', count: 1 }]);
        const form = contractForm('Answer Lost');
        const recordId = await saveFormDraft(api(), form);
        const lost = await publishDraft(api(), recordId, form);
        expect(lost.history[0]).toMatchObject({ status: 'PENDING', changeSetId: null });
        await simulator.events.idle();
        // Sent again: the same change set, which AWS has already ended.
        await publishDraft(api(), recordId, form);

        const detail = await api().getResaleAuthorization({ recordId });
        expect(detail.changeSetStatus).toBe('PREPARING');
        expect(detail.nextAutoRefreshAt).toBeNull();
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Active');
    });

    it('once flowing, make the automatic refresh wait longer than 30 seconds', async () => {
        await publish('First Of The Day');
        await settle();
        simulator.events.configure({ url: null });
        const recordId = await publish('While Events Arrive');

        const detail = await api().getResaleAuthorization({ recordId });
        expect(detail.changeSetStatus).toBe('PREPARING');
        expect(Date.parse(detail.nextAutoRefreshAt ?? '')).toBeGreaterThan(Date.now() + 60_000);
        // The status job finds nothing due: no DescribeChangeSet.
        await backend.syncStatusesNow();
        expect(catalogCalls().DescribeChangeSet ?? 0).toBe(0);
        // A user's Refresh status still may ask AWS.
        expect((await api().refreshStatus({ recordId })).claimId).not.toBeNull();
    });
});
