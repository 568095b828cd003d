/**
 * The sync with AWS on the local twin of the Apex, against the simulator: every resale
 * authorization imported once, whatever runs twice or at once; what changed on AWS followed;
 * nothing written over a change under way; a failed page resumed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DescribeEntityCommand, StartChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import type {
    MarketplaceCatalogClient,
    StartChangeSetCommandInput,
} from '@aws-sdk/client-marketplace-catalog';
import { toRestrictChangeSet } from '../../../lwc-src/raDomain/changeSet';
import { formFromEntity } from '../../../lwc-src/raDomain/entityToForm';
import type { ImportRun, ResaleAuthorizationApi } from '../../../lwc-src/raDomain/raDomain';
import {
    preparePublish,
    publishRequestOf,
    saveFormDraft,
    sendPrepared,
} from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import { createResellerOffer, removeEntity } from '../../catalog-simulator/adminClient';
import {
    catalogClient,
    runChangeSet,
    startTestSimulator,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import { SEED_RESALE_AUTHORIZATIONS } from '../../catalog-simulator/seed';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { countCatalogCalls } from '../catalogCalls';
import type { RunningLocalBackend } from '../backend';
import type { StoredRecord } from '../contract/store';
import { openTestBackend } from './backendHarness';

const DAY_MS = 24 * 60 * 60 * 1000;

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let aws: MarketplaceCatalogClient;
let calls: () => Record<string, number>;
/** The app's clock runs with AWS's (the simulator's), moved on only to pass dates. */
let offsetMs: number;
const now = (): number => Date.now() + offsetMs;

beforeEach(async () => {
    simulator = await startTestSimulator();
    aws = catalogClient(simulator);
    offsetMs = 0;
    const catalog = catalogClient(simulator, 1500);
    calls = countCatalogCalls(catalog);
    backend = await openTestBackend(simulator, {
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'import-')),
        reset: true,
        catalog,
        clock: now,
    });
});

afterEach(async () => {
    await backend.stop();
    await simulator.stop();
});

function api(): ResaleAuthorizationApi {
    return backend.apiFor('en');
}

function records(): StoredRecord[] {
    return backend.store.allRecords();
}

function recordOf(entityId: string): StoredRecord | undefined {
    return records().find((record) => record.entityId === entityId);
}

async function sync(): Promise<ImportRun> {
    const run = await backend.syncWithAwsNow();
    if (!run) {
        throw new Error('no run');
    }
    return run;
}

/** A resale authorization made directly through the API, as the Portal would: released. */
async function createOnAws(name: string): Promise<string> {
    const described = await runChangeSet(aws, {
        ...(JSON.parse(publishRequestOf(contractForm(name))) as StartChangeSetCommandInput),
        ClientRequestToken: `direct-${name.replace(/\W/g, '')}`,
    });
    const id = described.ChangeSet?.find((c) => c.ChangeType === 'CreateResaleAuthorization')
        ?.Entity?.Identifier;
    return (id ?? '').split('@')[0] ?? '';
}

describe('the sync with AWS (local twin)', () => {
    it('imports every resale authorization of the seller once, with its status and the form state AWS describes', async () => {
        const before = calls();
        const run = await sync();
        expect(run).toMatchObject({
            status: 'SUCCEEDED',
            found: SEED_RESALE_AUTHORIZATIONS.length,
            imported: SEED_RESALE_AUTHORIZATIONS.length,
            failed: 0,
            modifiedAfter: null,
        });
        expect(records()).toHaveLength(SEED_RESALE_AUTHORIZATIONS.length);
        expect(
            Object.fromEntries(records().map((record) => [record.entityId, record.displayStatus])),
        ).toEqual({
            'resaleauthz-seedactive001': 'Active',
            'resaleauthz-seedusage0002': 'Active',
            'resaleauthz-seeddraft0003': 'Draft',
            'resaleauthz-seedrestr0004': 'Restricted',
            'resaleauthz-seedonetim005': 'Active',
            'resaleauthz-seedexpir0006': 'Expired',
            'resaleauthz-seedused00007': 'Used',
            'resaleauthz-seedsoon00008': 'Active',
        });
        const entity = await aws.send(
            new DescribeEntityCommand({
                Catalog: 'AWSMarketplace',
                EntityId: 'resaleauthz-seedonetim005',
            }),
        );
        const imported = recordOf('resaleauthz-seedonetim005');
        expect(JSON.parse(imported?.formStateJson ?? 'null')).toEqual(formFromEntity(entity));
        expect(imported).toMatchObject({
            authorizationName: 'Northwind Migration Workshop',
            productId: 'prod-ps-migration',
            productTitle: 'Cloud Migration Services',
            resellerAccountId: '222233334444',
            expiryDate: '2027-06-30',
        });
        expect(Date.parse(imported?.lastSyncedAt ?? '')).toBeGreaterThan(now() - 60_000);
        // ListEntities in one page of 50, then BatchDescribeEntities 20 at a time.
        const after = calls();
        expect((after.ListEntities ?? 0) - (before.ListEntities ?? 0)).toBe(1);
        expect((after.BatchDescribeEntities ?? 0) - (before.BatchDescribeEntities ?? 0)).toBe(1);
        expect(after.DescribeEntity ?? 0).toBe(before.DescribeEntity ?? 0);
    });

    it('creates nothing twice when it runs again: only what AWS changed since is listed', async () => {
        await sync();
        const before = records().map((record) => ({ ...record }));
        const describedBefore = calls().BatchDescribeEntities ?? 0;
        const again = await sync();
        expect(again.imported).toBe(0);
        expect(again.modifiedAfter).not.toBeNull();
        expect(records()).toHaveLength(before.length);
        expect(calls().BatchDescribeEntities ?? 0).toBe(describedBefore);
        expect(records().map((record) => record.lastSyncedAt)).toEqual(
            before.map((record) => record.lastSyncedAt),
        );
    });

    it('creates nothing twice when two syncs start at once', async () => {
        const [first, second] = await Promise.all([api().startImport(), api().startImport()]);
        expect(first.run?.runId).toBe(second.run?.runId);
        const run = await sync();
        expect(run.runId).toBe(first.run?.runId);
        expect(backend.store.allImportRuns()).toHaveLength(1);
        expect(records()).toHaveLength(SEED_RESALE_AUTHORIZATIONS.length);
        expect(new Set(records().map((record) => record.entityId)).size).toBe(records().length);
    });

    it('follows a resale authorization created and then restricted directly through the API', async () => {
        await sync();
        const entityId = await createOnAws('Made In The Portal');
        const appeared = await sync();
        expect(appeared).toMatchObject({ imported: 1, found: 1 });
        expect(recordOf(entityId)).toMatchObject({
            authorizationName: 'Made In The Portal',
            displayStatus: 'Active',
        });

        await runChangeSet(aws, toRestrictChangeSet(entityId, 'restrict-in-portal'));
        const restricted = await sync();
        expect(restricted).toMatchObject({ imported: 0, updated: 1 });
        expect(recordOf(entityId)?.displayStatus).toBe('Restricted');
        expect(records().filter((record) => record.entityId === entityId)).toHaveLength(1);
    });

    it('shows Used once the reseller made an offer from a one-time resale authorization', async () => {
        await sync();
        await createResellerOffer(simulator.url, 'resaleauthz-seedonetim005');
        await sync();
        expect(recordOf('resaleauthz-seedonetim005')).toMatchObject({
            displayStatus: 'Used',
            offerUsed: true,
            offerExtendedStatus: 'Completed-Used',
        });
    });

    it('shows Expired once its availability end date has passed (UTC), at the next sync', async () => {
        await sync();
        expect(recordOf('resaleauthz-seedonetim005')?.displayStatus).toBe('Active');
        offsetMs = Date.parse('2027-07-01T00:00:01Z') - Date.now();
        const run = await sync();
        expect(recordOf('resaleauthz-seedonetim005')?.displayStatus).toBe('Expired');
        expect(run.updated).toBeGreaterThanOrEqual(1);
    });

    it('says so when AWS no longer has a resale authorization, once it is read again', async () => {
        await sync();
        await removeEntity(simulator.url, 'resaleauthz-seeddraft0003');
        await sync();
        // Not listed any more, not read again yet.
        expect(recordOf('resaleauthz-seeddraft0003')?.entityNotFound).toBe(false);
        offsetMs += 8 * DAY_MS;
        const reviewed = await sync();
        expect(recordOf('resaleauthz-seeddraft0003')).toMatchObject({
            entityNotFound: true,
            displayStatus: 'ENTITY_NOT_FOUND',
            authorizationName: 'Contoso Gateway Draft',
        });
        expect(reviewed.updated).toBe(SEED_RESALE_AUTHORIZATIONS.length);
        expect(
            Date.parse(recordOf('resaleauthz-seedactive001')?.lastSyncedAt ?? ''),
        ).toBeGreaterThan(now() - 60_000);
    });

    it('never writes over a record whose change is under way, and never imports the entity its lost answer created', async () => {
        await sync();
        const form = contractForm('Lost Answer Deal');
        const recordId = await saveFormDraft(api(), form);
        const clientRequestToken = await preparePublish(api(), recordId, form);
        // AWS applies the change, the answer never reaches Salesforce.
        await aws.send(
            new StartChangeSetCommand(
                JSON.parse(backend.store.changesOf(recordId)[0]?.requestJson ?? '{}'),
            ),
        );
        expect(clientRequestToken).toBeTruthy();
        const run = await sync();
        expect(run.imported).toBe(0);
        expect(run.skipped).toBe(1);
        expect(records().filter((r) => r.authorizationName === 'Lost Answer Deal')).toHaveLength(1);

        // Sent again later: the same change set (same token), whose entity the status sync links.
        offsetMs += 3 * 60 * 1000;
        const again = await api().prepareChangeSet({
            recordId,
            action: 'PUBLISH',
            changeSetJson: '',
        });
        expect(again.clientRequestToken).toBe(clientRequestToken);
        await sendPrepared(api(), { recordId, clientRequestToken });
        await backend.syncStatusesNow();
        const linked = backend.store.record(recordId);
        expect(linked?.entityId).toMatch(/^resaleauthz-/);
        const after = await sync();
        expect(after.imported).toBe(0);
        expect(records().filter((r) => r.authorizationName === 'Lost Answer Deal')).toHaveLength(1);
        expect(records().filter((r) => r.entityId === linked?.entityId)).toHaveLength(1);
    });

    it('resumes a run stopped by a failed page where it stopped, past chains of five, and imports nothing twice', async () => {
        // More pages than a chain of five queueables takes: a scheduled restart goes on.
        const extra = 1100;
        for (let index = 0; index < extra; index += 1) {
            const seed = structuredClone(SEED_RESALE_AUTHORIZATIONS[0]);
            if (!seed) {
                throw new Error('no seed');
            }
            const entityId = `resaleauthz-bulk${String(index).padStart(8, '0')}`;
            simulator.service.state.entities[entityId] = {
                ...seed,
                entityId,
                name: `Bulk ${index}`,
                lastModifiedDate: `2026-11-0${1 + (index % 9)}T00:00:00Z`,
            };
        }
        const total = SEED_RESALE_AUTHORIZATIONS.length + extra;
        simulator.faults.set([
            { operation: 'BatchDescribeEntities', kind: 'error', count: 1, after: 10 },
        ]);
        const stopped = await sync();
        expect(stopped.status).toBe('FAILED');
        expect(stopped.errorMessage).toBeTruthy();
        expect(stopped.imported).toBe(200);
        const resumed = await sync();
        expect(resumed).toMatchObject({
            runId: stopped.runId,
            status: 'SUCCEEDED',
            imported: total,
        });
        expect(records()).toHaveLength(total);
        expect(new Set(records().map((record) => record.entityId)).size).toBe(total);
    });
});
