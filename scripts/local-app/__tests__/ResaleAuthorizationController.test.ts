import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toRestrictChangeSet } from '../../../lwc-src/raDomain/raDomain';
import type { FormState, ResaleAuthorizationApi } from '../../../lwc-src/raDomain/raDomain';
import {
    deactivateRecord,
    preparePublish,
    publishDraft,
    publishRequestOf,
    refreshRecordStatus,
    saveFormDraft,
    sendPrepared,
} from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import {
    catalogClient,
    startTestSimulator,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import { lookUp } from '../../catalog-simulator/idMap';
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

function entitiesNamed(name: string): unknown[] {
    return Object.values(simulator.service.state.entities).filter(
        (entity) => entity?.name === name,
    );
}

/** A file as the file upload stores it, before the contract copies it anywhere. */
function storeFile(fileName: string, contentType: string, content: string) {
    return backend.saveUploadedFile({ fileName, contentType, bytes: Buffer.from(content) });
}

/** The form with another rate for its first dimension. */
function withSeatRate(form: FormState, rate: string): FormState {
    return {
        ...form,
        dimensions: form.dimensions.map((dimension, index) =>
            index === 0 ? { ...dimension, rate } : dimension,
        ),
    };
}

/** A form AWS refuses at once (StartChangeSet answers 4xx): its expiry date is past. */
function expiredForm(name: string): FormState {
    const form = contractForm(name);
    return { ...form, availability: { ...form.availability, expiryDate: '2020-01-01' } };
}

/** Alters the frozen request of a record's change, as if it no longer matched what AWS has. */
function alterFrozenRequest(recordId: string, from: string, to: string): void {
    const change = backend.store.changesOf(recordId)[0];
    if (!change?.requestJson) {
        throw new Error('no frozen request');
    }
    backend.store.putChange({ ...change, requestJson: change.requestJson.replace(from, to) });
}

/** Freezes the publish of a draft: @returns its token */
function preparePublishOf(recordId: string, name: string): Promise<string> {
    return preparePublish(api(), recordId, contractForm(name));
}

describe('the local implementation of the Apex contract', () => {
    it('publishes a draft, follows it to Active and tells the components', async () => {
        const events: unknown[] = [];
        backend.onStatusEvent((payload) => events.push(payload));
        const recordId = await draft('Local publish');
        const sent = await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Local publish'),
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

    it('takes the status AWS describes for the entity, not the one its changes suggest', async () => {
        const recordId = await draft('Restricted elsewhere');
        await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Restricted elsewhere'),
        });
        // Restricted in the Management Portal before the status sync asked.
        const entity = Object.values(simulator.service.state.entities).find(
            (candidate) => candidate?.name === 'Restricted elsewhere',
        );
        if (!entity) {
            throw new Error('the publish made no entity');
        }
        entity.status = 'Restricted';
        expect(await backend.syncStatusesNow()).toBe(1);
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Restricted');
    });

    it('sends the frozen request again after a dropped answer: one entity on AWS', async () => {
        const recordId = await draft('Dropped');
        const token = await preparePublishOf(recordId, 'Dropped');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        const failed = await sendPrepared(api(), { recordId, clientRequestToken: token });
        expect(JSON.parse(failed.errorDetails ?? '{}')).toEqual({
            message: expect.stringContaining('did not answer in time'),
        });
        expect(failed.history[0]?.status).toBe('PENDING');
        expect(await preparePublishOf(recordId, 'Dropped')).toBe(token);
        const sent = await sendPrepared(api(), { recordId, clientRequestToken: token });
        expect(sent.changeSetStatus).toBe('PREPARING');
        expect(entitiesNamed('Dropped')).toHaveLength(1);
    });

    it('keeps the terms sent when the answer was lost: no edit, and a retry sends them unchanged', async () => {
        const form = contractForm('Dropped then edited');
        const recordId = await saveFormDraft(api(), form);
        const token = await preparePublish(api(), recordId, form);
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        const edited = withSeatRate(form, '999');
        await expect(saveFormDraft(api(), edited, recordId)).rejects.toThrow(
            messagesIn('en')('RA_Apex_OutcomeUnknown'),
        );
        // Saving the same terms again (a retry from the wizard) is no edit.
        await saveFormDraft(api(), form, recordId);
        // A publish built from edited terms gets the change under way, whose body is frozen.
        expect(await preparePublish(api(), recordId, edited)).toBe(token);
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        await backend.syncStatusesNow();
        const entities = entitiesNamed('Dropped then edited');
        expect(entities).toHaveLength(1);
        expect(JSON.stringify(entities[0])).not.toContain('999');
        expect((await api().getResaleAuthorization({ recordId })).formStateJson).toBe(
            JSON.stringify(form),
        );
    });

    it('follows the change set AWS made with a token when its answer says the token was used with another request', async () => {
        const recordId = await draft('Token conflict');
        const token = await preparePublishOf(recordId, 'Token conflict');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        const madeByAws = lookUp(simulator.service.state.tokens, token);
        expect(madeByAws).toBeDefined();
        alterFrozenRequest(recordId, 'Token conflict', 'Token conflicts');
        await preparePublishOf(recordId, 'Token conflict');
        const detail = await sendPrepared(api(), { recordId, clientRequestToken: token });
        expect(detail.errorDetails).toBeNull();
        expect(detail.changeSetId).toBe(madeByAws);
        expect(detail.history).toEqual([
            expect.objectContaining({ status: 'PREPARING', changeSetId: madeByAws }),
        ]);
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Active');
        expect(entitiesNamed('Token conflict')).toHaveLength(1);
    });

    it('keeps a token conflict pending, never failed, while AWS cannot show the change set made with the token', async () => {
        const recordId = await draft('Conflict unseen');
        const token = await preparePublishOf(recordId, 'Conflict unseen');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        alterFrozenRequest(recordId, 'Conflict unseen', 'Conflict unseen again');
        simulator.faults.add({ operation: 'ListChangeSets', kind: 'error', count: 1 });
        const detail = await sendPrepared(api(), { recordId, clientRequestToken: token });
        expect(detail.errorDetails).toContain('ClientRequestToken');
        expect(detail.history[0]?.status).toBe('PENDING');
        expect(detail.displayStatus).not.toBe('FAILED');
        // The next send finds it.
        const again = await sendPrepared(api(), { recordId, clientRequestToken: token });
        expect(again.changeSetId).toBe(lookUp(simulator.service.state.tokens, token));
        expect(entitiesNamed('Conflict unseen')).toHaveLength(1);
    });

    it('refuses a change set of terms another tab saved over, and sends the saved ones', async () => {
        const form = contractForm('Saved over');
        const recordId = await saveFormDraft(api(), form);
        // Another tab saves other rates between this page's save and its prepare.
        const other = withSeatRate(form, '250');
        await saveFormDraft(api(), other, recordId);
        await expect(preparePublish(api(), recordId, form)).rejects.toThrow(
            messagesIn('en')('RA_Apex_DraftChanged'),
        );
        expect((await api().getResaleAuthorization({ recordId })).history).toEqual([]);
        const token = await preparePublish(api(), recordId, other);
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        await backend.syncStatusesNow();
        const entities = entitiesNamed('Saved over');
        expect(entities).toHaveLength(1);
        expect(JSON.stringify(entities[0])).toContain('"Price":"250"');
    });

    it('tells a second tab that the publish is under way instead of publishing twice', async () => {
        const recordId = await draft('Two tabs');
        const first = await preparePublishOf(recordId, 'Two tabs');
        await sendPrepared(api(), { recordId, clientRequestToken: first });
        await expect(preparePublishOf(recordId, 'Two tabs')).rejects.toThrow(
            messagesIn('en')('RA_Apex_ChangeInFlight', 'PREPARING'),
        );
        await backend.syncStatusesNow();
        expect(entitiesNamed('Two tabs')).toHaveLength(1);
    });

    it('starts no other change while one has no answer', async () => {
        const recordId = await draft('No answer');
        await backend.syncStatusesNow();
        const token = await preparePublishOf(recordId, 'No answer');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await sendPrepared(api(), { recordId, clientRequestToken: token });
        const record = backend.store.record(recordId) as StoredRecord;
        // As if the record were already on AWS: a restriction must still wait for the answer.
        backend.store.putRecord({ ...record, entityId: 'resaleauthz-known' });
        await expect(
            api().prepareChangeSet({
                recordId,
                action: 'RESTRICT',
                changeSetJson: JSON.stringify(toRestrictChangeSet('resaleauthz-known')),
            }),
        ).rejects.toThrow(messagesIn('en')('RA_Apex_ChangeUnanswered'));
    });

    it('gives five concurrent prepares one frozen change and lets one of them claim its send', async () => {
        const recordId = await draft('Concurrent');
        const tokens = await Promise.all(
            Array.from({ length: 5 }, () => preparePublishOf(recordId, 'Concurrent')),
        );
        expect(new Set(tokens).size).toBe(1);
        const claims = await Promise.allSettled(
            tokens.map((clientRequestToken) => api().claimSend({ recordId, clientRequestToken })),
        );
        expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
        const refusals = claims.filter((c) => c.status === 'rejected');
        expect(refusals).toHaveLength(4);
        refusals.forEach((refusal) =>
            expect(String(refusal.reason)).toContain(messagesIn('en')('RA_Apex_SendInProgress')),
        );
        expect((await api().getResaleAuthorization({ recordId })).history).toHaveLength(1);
    });

    it('discards a change prepared and never sent, then publishes other terms once', async () => {
        const form = contractForm('Discarded');
        const recordId = await saveFormDraft(api(), form);
        const token = await preparePublish(api(), recordId, form);
        const discarded = await api().discardChange({ recordId, clientRequestToken: token });
        expect(discarded.history).toEqual([
            expect.objectContaining({ status: 'DISCARDED', sentAt: null }),
        ]);
        expect(backend.store.record(recordId)?.clientRequestToken).toBeNull();
        // The discarded change can be neither claimed nor sent.
        await expect(api().claimSend({ recordId, clientRequestToken: token })).rejects.toThrow(
            messagesIn('en')('RA_Apex_TokenMismatch'),
        );
        const other = withSeatRate(form, '175');
        await saveFormDraft(api(), other, recordId);
        const detail = await publishDraft(api(), recordId, other);
        expect(detail.changeSetStatus).toBe('PREPARING');
        await backend.syncStatusesNow();
        const entities = entitiesNamed('Discarded');
        expect(entities).toHaveLength(1);
        expect(JSON.stringify(entities[0])).toContain('"Price":"175"');
        expect(lookUp(simulator.service.state.tokens, token)).toBeUndefined();
    });

    it('refuses to discard a change once its send was claimed, sent or not', async () => {
        const recordId = await draft('Claimed');
        const token = await preparePublishOf(recordId, 'Claimed');
        await api().claimSend({ recordId, clientRequestToken: token });
        await expect(api().discardChange({ recordId, clientRequestToken: token })).rejects.toThrow(
            messagesIn('en')('RA_Apex_ChangeMayBeSent'),
        );
        // The claim ran out without a send: still not discardable, AWS may have it.
        now += 121_000;
        await expect(api().discardChange({ recordId, clientRequestToken: token })).rejects.toThrow(
            messagesIn('en')('RA_Apex_ChangeMayBeSent'),
        );
        expect((await api().getResaleAuthorization({ recordId })).history[0]?.sentAt).toMatch(
            /^2026-11-25T10:00:00/,
        );
    });

    it('deletes a draft whose only change was discarded before it was sent', async () => {
        const recordId = await draft('Discard then delete');
        const token = await preparePublishOf(recordId, 'Discard then delete');
        await expect(api().deleteDraft({ recordId })).rejects.toThrow(
            messagesIn('en')('RA_Apex_SentNotDeletable'),
        );
        await api().discardChange({ recordId, clientRequestToken: token });
        await api().deleteDraft({ recordId });
        expect(backend.store.record(recordId)).toBeUndefined();
    });

    it('gives a retry after a lost answer the same token once the send is over', async () => {
        const recordId = await draft('Retry');
        const first = await preparePublishOf(recordId, 'Retry');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await sendPrepared(api(), { recordId, clientRequestToken: first });
        expect(await preparePublishOf(recordId, 'Retry')).toBe(first);
        const detail = await sendPrepared(api(), { recordId, clientRequestToken: first });
        expect(detail.changeSetStatus).toBe('PREPARING');
        expect(detail.history).toHaveLength(1);
    });

    it('asks AWS at most once per 30 seconds, however many refresh at once', async () => {
        simulator.service.delays.preparingMs = 600_000;
        const recordId = await draft('Window');
        await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Window'),
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
        await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Window across changes'),
        });
        await backend.syncStatusesNow();
        expect(describeCalls).toBe(1);
        now += 5_000;
        await deactivateRecord(api(), recordId);
        expect(await backend.syncStatusesNow()).toBe(0);
        expect((await refreshRecordStatus(api(), recordId)).refreshed).toBe(false);
        now += 25_000;
        expect(await backend.syncStatusesNow()).toBe(1);
        expect(describeCalls).toBe(2);
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Restricted');
    });

    it('stops polling a change set AWS cannot describe, until a user refreshes it', async () => {
        const recordId = await draft('Gone');
        await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Gone'),
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
        const valid = JSON.parse(publishRequestOf(contractForm('Allowlist'))) as Record<
            string,
            unknown
        >;
        const changes = valid.ChangeSet as Record<string, unknown>[];
        const create = changes[0] as { DetailsDocument: Record<string, unknown> };
        const withCreate = (details: Record<string, unknown>) => ({
            ...valid,
            ChangeSet: [{ ...create, DetailsDocument: { ...create.DetailsDocument, ...details } }],
        });
        const prepare = (request: unknown, language: 'en' | 'fr' = 'en', action = 'PUBLISH') =>
            api(language).prepareChangeSet({
                recordId,
                action: action as 'PUBLISH',
                changeSetJson: JSON.stringify(request),
            });
        const format = messagesIn('en');
        await expect(prepare({ ...valid, Catalog: 'Other' })).rejects.toThrow('AWSMarketplace');
        await expect(
            prepare({ ...valid, ChangeSet: [{ ...changes[0], ChangeType: 'DeleteEverything' }] }),
        ).rejects.toThrow('DeleteEverything');
        await expect(
            prepare({ ...valid, ChangeSet: [{ ...changes[0], Entity: { Type: 'Offer@1.0' } }] }),
        ).rejects.toThrow('ResaleAuthorization@1.0');
        await expect(prepare({ ...valid, Intent: 'VALIDATE' })).rejects.toThrow(
            format('RA_Apex_IntentNotAllowed', 'VALIDATE'),
        );
        for (const other of [
            { ResellerAccountId: '999999999999' },
            { ProductId: 'prod-another' },
            { Name: 'Another name' },
        ]) {
            await expect(prepare(withCreate(other))).rejects.toThrow(
                format('RA_Apex_ChangeSetMismatch'),
            );
        }
        await expect(
            prepare(JSON.parse(JSON.stringify(toRestrictChangeSet('resaleauthz-1')))),
        ).rejects.toThrow('RestrictResaleAuthorization');
        await expect(prepare(valid, 'en', 'RESTRICT')).rejects.toThrow();
        await expect(
            api().prepareChangeSet({
                recordId,
                action: 'PUBLISH',
                changeSetJson: 'x'.repeat(70_000),
            }),
        ).rejects.toThrow('64');
        await expect(
            sendPrepared(api(), { recordId, clientRequestToken: 'not-the-prepared-one' }),
        ).rejects.toThrow(format('RA_Apex_TokenMismatch'));
        const messageIn = (language: 'en' | 'fr') =>
            prepare({ ...valid, Catalog: 'Other' }, language).catch(
                (error: Error) => error.message,
            );
        const [english, french] = await Promise.all([messageIn('en'), messageIn('fr')]);
        expect(french).toContain('AWSMarketplace');
        expect(french).not.toBe(english);
        expect((await api().getResaleAuthorization({ recordId })).history).toHaveLength(0);
        expect(entitiesNamed('Allowlist')).toHaveLength(0);
    });

    it('restricts only what is on AWS, with only a restrict change', async () => {
        const recordId = await draft('Restrict me');
        await expect(
            api().prepareChangeSet({
                recordId,
                action: 'RESTRICT',
                changeSetJson: JSON.stringify(toRestrictChangeSet('resaleauthz-1')),
            }),
        ).rejects.toThrow();
        await sendPrepared(api(), {
            recordId,
            clientRequestToken: await preparePublishOf(recordId, 'Restrict me'),
        });
        await backend.syncStatusesNow();
        now += 30_000;
        await deactivateRecord(api(), recordId);
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId })).displayStatus).toBe('Restricted');
    });

    it('stores an AWS refusal on the record instead of throwing', async () => {
        const refused = expiredForm('Refused');
        const recordId = await saveFormDraft(api(), refused);
        const detail = await publishDraft(api(), recordId, refused);
        expect(detail.displayStatus).toBe('FAILED');
        expect(detail.errorDetails).toContain('ErrorCode');
    });

    it('deletes a draft never sent to AWS, for good', async () => {
        const recordId = await draft('Never sent');
        const kept = await draft('Kept');
        await api().deleteDraft({ recordId });
        const notFound = messagesIn('en')('RA_Apex_NotFound');
        await expect(api().getResaleAuthorization({ recordId })).rejects.toThrow(notFound);
        await expect(api().deleteDraft({ recordId })).rejects.toThrow(notFound);
        await backend.stop();
        backend = await openBackend(false);
        expect(backend.store.allRecords().map((record) => record.id)).toEqual([kept]);
    });

    it('refuses to delete what was sent to AWS, or may have been', async () => {
        const unanswered = await draft('Unanswered');
        await preparePublishOf(unanswered, 'Unanswered');
        const dropped = await draft('Dropped answer');
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await publishDraft(api(), dropped, contractForm('Dropped answer'));
        // StartChangeSet refused at once: FAILED without a change set id.
        const expired = expiredForm('Refused at once');
        const refused = await saveFormDraft(api(), expired);
        const failed = await publishDraft(api(), refused, expired);
        expect([failed.displayStatus, failed.history[0]?.changeSetId]).toEqual(['FAILED', null]);
        const active = await draft('Active');
        await publishDraft(api(), active, contractForm('Active'));
        await backend.syncStatusesNow();
        expect((await api().getResaleAuthorization({ recordId: active })).displayStatus).toBe(
            'Active',
        );
        const inFlight = await draft('In flight');
        const sent = await publishDraft(api(), inFlight, contractForm('In flight'));
        expect(sent.displayStatus).toBe('PREPARING');
        for (const recordId of [unanswered, dropped, refused, active, inFlight]) {
            await expect(api().deleteDraft({ recordId })).rejects.toThrow(
                messagesIn('en')('RA_Apex_SentNotDeletable'),
            );
        }
        expect(backend.store.allRecords()).toHaveLength(5);
        await expect(api('fr').deleteDraft({ recordId: active })).rejects.toThrow(
            messagesIn('fr')('RA_Apex_SentNotDeletable'),
        );
    });

    it('runs a delete and a publish of the same draft one after the other', async () => {
        const recordId = await draft('Delete or publish');
        const [deleted, prepared] = await Promise.allSettled([
            api().deleteDraft({ recordId }),
            api().prepareChangeSet({
                recordId,
                action: 'PUBLISH',
                changeSetJson: publishRequestOf(contractForm('Delete or publish')),
            }),
        ]);
        const stored = backend.store.record(recordId);
        if (deleted.status === 'fulfilled') {
            expect(prepared.status).toBe('rejected');
            expect(stored).toBeUndefined();
            expect(backend.store.changesOf(recordId)).toEqual([]);
        } else {
            expect(prepared.status).toBe('fulfilled');
            expect(String(deleted.reason)).toContain(messagesIn('en')('RA_Apex_SentNotDeletable'));
            expect(stored).toBeDefined();
        }
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
