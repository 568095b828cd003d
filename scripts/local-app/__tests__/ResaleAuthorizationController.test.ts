import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toRestrictChangeSet, toStartChangeSet } from '../../../lwc-src/raDomain/raDomain';
import type { ResaleAuthorizationApi } from '../../../lwc-src/raDomain/raDomain';
import {
    preparePublishRequest,
    refreshRecordStatus,
    saveFormDraft,
} from '../../bench/contractWorkflows';
import { contractForm, seedProduct } from '../../bench/seedForms';
import {
    catalogClient,
    startTestSimulator,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { messagesIn } from '../contract/UserMessages';
import type { StoredRecord } from '../contract/store';
import type { RunningLocalBackend } from '../backend';
import { openTestBackend } from './backendHarness';

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let dataDir: string;
let now: number;
let describeCalls: number;

async function openBackend(reset: boolean): Promise<RunningLocalBackend> {
    const catalog = catalogClient(simulator, 1500);
    catalog.middlewareStack.add(
        (next, context) => async (args) => {
            if (context.commandName === 'DescribeChangeSetCommand') {
                describeCalls += 1;
            }
            return next(args);
        },
        { step: 'initialize' },
    );
    return openTestBackend(simulator, { dataDir, reset, catalog, clock: () => now });
}

beforeEach(async () => {
    simulator = await startTestSimulator();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-store-'));
    now = Date.parse('2026-11-25T10:00:00Z');
    describeCalls = 0;
    backend = await openBackend(true);
});

afterEach(async () => {
    await backend.stop();
    await simulator.stop();
});

function api(language: 'en' | 'fr' = 'en'): ResaleAuthorizationApi {
    return backend.apiFor(language);
}

function draft(name: string): Promise<string> {
    return saveFormDraft(api(), contractForm(name));
}

function publishRequest(recordId: string, name: string): Promise<string> {
    return preparePublishRequest(api(), recordId, contractForm(name));
}

/** A file as the file upload stores it, before the contract copies it anywhere. */
function storeFile(fileName: string, contentType: string, content: string) {
    return backend.saveUploadedFile({ fileName, contentType, bytes: Buffer.from(content) });
}

/** The publish request of a draft, built with a token prepared earlier. */
function publishRequestWith(clientRequestToken: string, name: string): string {
    const form = contractForm(name);
    return JSON.stringify(
        toStartChangeSet(form, seedProduct(form.productId), {
            intent: 'publish',
            clientRequestToken,
        }),
    );
}

describe('the local implementation of the Apex contract', () => {
    it('publishes a draft, follows it to Active and tells the components', async () => {
        const events: unknown[] = [];
        backend.onStatusEvent((payload) => events.push(payload));
        const recordId = await draft('Local publish');
        const sent = await api().sendChangeSet({
            recordId,
            changeSetJson: await publishRequest(recordId, 'Local publish'),
        });
        expect(sent.displayStatus).toBe('PREPARING');
        expect(await backend.syncStatusesNow()).toBe(1);
        const detail = await api().getResaleAuthorization({ recordId });
        expect(detail.displayStatus).toBe('Active');
        expect(detail.entityId).toMatch(/\S/);
        expect(detail.history.map((h) => h.status)).toEqual(['SUCCEEDED']);
        expect(events).toEqual([
            {
                Record_Id__c: recordId,
                Display_Status__c: 'Active',
                Change_Set_Status__c: 'SUCCEEDED',
            },
        ]);
    });

    it('reuses the token after a dropped answer: one entity on AWS', async () => {
        const recordId = await draft('Dropped');
        const changeSetJson = await publishRequest(recordId, 'Dropped');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        const failed = await api().sendChangeSet({ recordId, changeSetJson });
        expect(JSON.parse(failed.errorDetails ?? '{}')).toEqual({
            message: expect.stringContaining('did not answer in time'),
        });
        expect(failed.history[0]?.status).toBe('PENDING');
        const retry = await publishRequest(recordId, 'Dropped');
        expect(retry).toBe(changeSetJson);
        const sent = await api().sendChangeSet({ recordId, changeSetJson: retry });
        expect(sent.changeSetStatus).toBe('PREPARING');
        expect(
            Object.keys(simulator.service.state.entities).filter(
                (id) => simulator.service.state.entities[id]?.name === 'Dropped',
            ),
        ).toHaveLength(1);
    });

    it('lets one of five concurrent prepares claim the send and refuses the others', async () => {
        const recordId = await draft('Concurrent');
        const prepared = await Promise.allSettled(
            Array.from({ length: 5 }, () =>
                api().prepareChangeSet({ recordId, action: 'PUBLISH' }),
            ),
        );
        expect(prepared.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
        const refusals = prepared.filter((p) => p.status === 'rejected');
        expect(refusals).toHaveLength(4);
        refusals.forEach((refusal) =>
            expect(String(refusal.reason)).toContain(messagesIn('en')('RA_Apex_SendInProgress')),
        );
        expect((await api().getResaleAuthorization({ recordId })).history).toHaveLength(1);
    });

    it('gives a retry after a lost answer the same token once the send is over', async () => {
        const recordId = await draft('Retry');
        const first = await api().prepareChangeSet({ recordId, action: 'PUBLISH' });
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        const request = await publishRequestWith(first.clientRequestToken, 'Retry');
        await api().sendChangeSet({ recordId, changeSetJson: request });
        const second = await api().prepareChangeSet({ recordId, action: 'PUBLISH' });
        expect(second.clientRequestToken).toBe(first.clientRequestToken);
        const detail = await api().sendChangeSet({ recordId, changeSetJson: request });
        expect(detail.changeSetStatus).toBe('PREPARING');
        expect(detail.history).toHaveLength(1);
    });

    it('asks AWS at most once per 30 seconds, however many refresh at once', async () => {
        simulator.service.delays.preparingMs = 600_000;
        const recordId = await draft('Window');
        await api().sendChangeSet({
            recordId,
            changeSetJson: await publishRequest(recordId, 'Window'),
        });
        const refresh = () => refreshRecordStatus(api(), recordId);
        const first = await Promise.all(Array.from({ length: 10 }, refresh));
        expect(first.filter((r) => r.refreshed)).toHaveLength(1);
        expect(describeCalls).toBe(1);
        await backend.syncStatusesNow();
        expect(describeCalls).toBe(1);
        now += 29_000;
        expect((await refresh()).refreshed).toBe(false);
        now += 1_000;
        expect((await refresh()).refreshed).toBe(true);
        expect(describeCalls).toBe(2);
    });

    it('keeps the 30-second window when a new change is sent for the same record', async () => {
        const recordId = await draft('Window across changes');
        await api().sendChangeSet({
            recordId,
            changeSetJson: await publishRequest(recordId, 'Window across changes'),
        });
        await backend.syncStatusesNow();
        expect(describeCalls).toBe(1);
        now += 5_000;
        const { entityId } = await api().getResaleAuthorization({ recordId });
        const prepared = await api().prepareChangeSet({ recordId, action: 'RESTRICT' });
        await api().sendChangeSet({
            recordId,
            changeSetJson: JSON.stringify(
                toRestrictChangeSet(entityId ?? '', prepared.clientRequestToken),
            ),
        });
        expect(await backend.syncStatusesNow()).toBe(0);
        expect((await refreshRecordStatus(api(), recordId)).refreshed).toBe(false);
        now += 25_000;
        expect(await backend.syncStatusesNow()).toBe(1);
        expect(describeCalls).toBe(2);
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Restricted');
    });

    it('stops polling a change set AWS cannot describe, until a user refreshes it', async () => {
        const recordId = await draft('Gone');
        await api().sendChangeSet({
            recordId,
            changeSetJson: await publishRequest(recordId, 'Gone'),
        });
        const record = backend.store.record(recordId) as StoredRecord;
        backend.store.putRecord({ ...record, changeSetId: 'cs-that-aws-does-not-know' });
        expect(await backend.syncStatusesNow()).toBe(1);
        expect(backend.store.record(recordId)?.statusSyncStopped).toBe(true);
        now += 31_000;
        expect(await backend.syncStatusesNow()).toBe(0);
        now += 31_000;
        expect(await backend.syncStatusesNow()).toBe(0);
        const retried = await refreshRecordStatus(api(), recordId);
        expect(retried.refreshed).toBe(true);
        expect(retried.detail.errorDetails).toContain('ResourceNotFoundException');
    });

    it('refuses what the allowlist does not allow, in the user language', async () => {
        const recordId = await draft('Allowlist');
        const valid = JSON.parse(await publishRequest(recordId, 'Allowlist')) as Record<
            string,
            unknown
        >;
        const send = (request: unknown, language: 'en' | 'fr' = 'en') =>
            api(language).sendChangeSet({ recordId, changeSetJson: JSON.stringify(request) });
        await expect(send({ ...valid, Catalog: 'Other' })).rejects.toThrow('AWSMarketplace');
        const changes = valid.ChangeSet as Record<string, unknown>[];
        await expect(
            send({ ...valid, ChangeSet: [{ ...changes[0], ChangeType: 'DeleteEverything' }] }),
        ).rejects.toThrow('DeleteEverything');
        await expect(
            send({ ...valid, ChangeSet: [{ ...changes[0], Entity: { Type: 'Offer@1.0' } }] }),
        ).rejects.toThrow('ResaleAuthorization@1.0');
        await expect(
            send({ ...valid, ClientRequestToken: 'not-the-prepared-one' }),
        ).rejects.toThrow();
        await expect(
            api().sendChangeSet({ recordId, changeSetJson: 'x'.repeat(70_000) }),
        ).rejects.toThrow('64');
        const messageIn = (language: 'en' | 'fr') =>
            send({ ...valid, Catalog: 'Other' }, language).catch((error: Error) => error.message);
        const [english, french] = await Promise.all([messageIn('en'), messageIn('fr')]);
        expect(french).toContain('AWSMarketplace');
        expect(french).not.toBe(english);
        expect(
            Object.values(simulator.service.state.entities).some((e) => e.name === 'Allowlist'),
        ).toBe(false);
    });

    it('restricts only what is on AWS, with only a restrict change', async () => {
        const recordId = await draft('Restrict me');
        await expect(api().prepareChangeSet({ recordId, action: 'RESTRICT' })).rejects.toThrow();
        await api().sendChangeSet({
            recordId,
            changeSetJson: await publishRequest(recordId, 'Restrict me'),
        });
        await backend.syncStatusesNow();
        now += 30_000;
        const { entityId } = await api().getResaleAuthorization({ recordId });
        const prepared = await api().prepareChangeSet({ recordId, action: 'RESTRICT' });
        await api().sendChangeSet({
            recordId,
            changeSetJson: JSON.stringify(
                toRestrictChangeSet(entityId ?? '', prepared.clientRequestToken),
            ),
        });
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Restricted');
    });

    it('stores an AWS refusal on the record instead of throwing', async () => {
        const recordId = await draft('Refused');
        const request = JSON.parse(await publishRequest(recordId, 'Refused')) as {
            ChangeSet: { DetailsDocument?: Record<string, unknown> }[];
        };
        const create = request.ChangeSet[0];
        if (create?.DetailsDocument) {
            create.DetailsDocument.ResellerAccountId = 'not-an-account';
        }
        const detail = await api().sendChangeSet({
            recordId,
            changeSetJson: JSON.stringify(request),
        });
        expect(detail.displayStatus).toBe('FAILED');
        expect(detail.errorDetails).toContain('ErrorCode');
    });

    it('pages through hundreds of records with no gap and no duplicate, in every sort', async () => {
        const store = backend.store;
        for (let index = 0; index < 230; index += 1) {
            await draft(`Deal ${String(index % 17).padStart(2, '0')}`);
        }
        expect(store.allRecords()).toHaveLength(230);
        for (const sortBy of ['name', 'lastModifiedDate', 'expiryDate'] as const) {
            for (const sortDirection of ['asc', 'desc'] as const) {
                const seen: string[] = [];
                let cursor: string | null = null;
                do {
                    const page = await api().listResaleAuthorizations({
                        searchTerm: null,
                        statuses: null,
                        productId: null,
                        sortBy,
                        sortDirection,
                        pageSize: 50,
                        cursor,
                    });
                    expect(page.totalCount).toBe(230);
                    seen.push(...page.rows.map((row) => row.recordId));
                    cursor = page.nextCursor;
                } while (cursor);
                expect(seen).toHaveLength(230);
                expect(new Set(seen).size).toBe(230);
            }
        }
        const search = await api().listResaleAuthorizations({
            searchTerm: 'deal 03',
            statuses: ['LOCAL_DRAFT'],
            productId: 'prod-saas-analytics',
            sortBy: 'name',
            sortDirection: 'asc',
            pageSize: 200,
            cursor: null,
        });
        expect(search.totalCount).toBe(14);
        await expect(
            api().listResaleAuthorizations({
                searchTerm: null,
                statuses: null,
                productId: null,
                sortBy: 'name',
                sortDirection: 'asc',
                pageSize: 500,
                cursor: null,
            }),
        ).rejects.toThrow('200');
    });

    it('keeps records across a restart, and uploads legal documents to S3', async () => {
        const recordId = await draft('Survives');
        const file = await storeFile('My EULA.pdf', 'application/pdf', '%PDF-1.4');
        await backend.stop();
        backend = await openBackend(false);
        expect((await api().getResaleAuthorization({ recordId })).name).toBe('Survives');
        const uploaded = await api().uploadLegalDocument({
            recordId,
            contentDocumentId: file.documentId,
        });
        expect(uploaded.fileName).toBe('My EULA.pdf');
        expect(uploaded.url).toMatch(
            /^https:\/\/test-legal-documents\.s3\.us-east-1\.amazonaws\.com\/resale-authorizations\/.+My_EULA\.pdf$/,
        );
        expect(
            Object.keys(simulator.service.state.s3).some((key) => key.endsWith('My_EULA.pdf')),
        ).toBe(true);
    });

    it('refuses to copy a stored file AWS Marketplace would not accept, before S3', async () => {
        const recordId = await draft('Wrong type');
        const file = await storeFile('setup.exe', 'application/octet-stream', 'MZ');
        await expect(
            api().uploadLegalDocument({ recordId, contentDocumentId: file.documentId }),
        ).rejects.toThrow(messagesIn('en')('RA_Apex_DocumentType', 'setup.exe', 'PDF'));
        expect(Object.keys(simulator.service.state.s3).some((key) => key.endsWith('.exe'))).toBe(
            false,
        );
    });
});
