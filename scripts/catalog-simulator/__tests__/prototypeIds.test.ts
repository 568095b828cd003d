import fs from 'node:fs';
import path from 'node:path';
import {
    CancelChangeSetCommand,
    DescribeChangeSetCommand,
    DescribeEntityCommand,
    ListChangeSetsCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type { Change, StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SimulatorState } from '../model';
import type { RunningSimulator, SimulatorOptions } from '../server';
import {
    TEST_CREDENTIALS,
    catalogClient,
    runChangeSet,
    startTestSimulator,
    tempDataDir,
} from './simulatorHarness';
import { create, request, update } from './changeBuilders';

/** Names that a plain object answers for although nobody stored them. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const CATALOG = 'AWSMarketplace';
const SEED_DRAFT = 'resaleauthz-seeddraft0003';

const createRequest = (token: string, name = 'Acme'): StartChangeSetCommandInput =>
    request([create({ Name: name })], token);
const renameChange = (identifier: string): Change =>
    update('UpdateInformation', { Name: 'Renamed' }, identifier);

/** The simulator checks the scope of a signature, not the signature itself. */
const SIGNED_FOR_CATALOG =
    'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/aws-marketplace/aws4_request, SignedHeaders=host, Signature=0';
const notFound = { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } };

describe('ids named like the members of a plain object are ordinary unknown ids', () => {
    let simulator: RunningSimulator;
    const client = () => catalogClient(simulator);

    beforeAll(async () => {
        simulator = await startTestSimulator({ durable: false });
    });
    afterAll(() => simulator.stop());

    /** Raw JSON, for what the SDK would not send (unknown members) or not read back as sent. */
    const post = (operation: string, body: unknown): Promise<Response> =>
        fetch(`${simulator.url}/${operation}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: SIGNED_FOR_CATALOG },
            body: JSON.stringify(body),
        });

    it.each(PROTOTYPE_NAMES)(
        '%s: 404 for a change set, an entity, a product or a document',
        async (name) => {
            await expect(
                client().send(
                    new DescribeChangeSetCommand({ Catalog: CATALOG, ChangeSetId: name }),
                ),
            ).rejects.toMatchObject(notFound);
            await expect(
                client().send(new CancelChangeSetCommand({ Catalog: CATALOG, ChangeSetId: name })),
            ).rejects.toMatchObject(notFound);
            await expect(
                client().send(new DescribeEntityCommand({ Catalog: CATALOG, EntityId: name })),
            ).rejects.toMatchObject(notFound);
            await expect(
                client().send(new StartChangeSetCommand(request([renameChange(name)]))),
            ).rejects.toMatchObject(notFound);
            await expect(
                client().send(new StartChangeSetCommand(request([create({ ProductId: name })]))),
            ).rejects.toMatchObject(notFound);
            const s3 = new S3Client({
                endpoint: simulator.url,
                forcePathStyle: true,
                region: 'us-east-1',
                credentials: TEST_CREDENTIALS,
            });
            await expect(
                s3.send(new GetObjectCommand({ Bucket: 'sample-bucket', Key: name })),
            ).rejects.toMatchObject({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
        },
    );

    it('answers BatchDescribeEntities with a not-found error for each of them', async () => {
        const response = await post('BatchDescribeEntities', {
            EntityRequestList: PROTOTYPE_NAMES.map((EntityId) => ({ Catalog: CATALOG, EntityId })),
        });
        // Read as text: parsing into a plain object would itself give `__proto__` away.
        const body = (await response.text()).replace(/"__proto__"/g, '"proto"');
        const parsed = JSON.parse(body) as {
            EntityDetails: Record<string, unknown>;
            Errors: Record<string, { ErrorCode: string }>;
        };
        expect(response.status).toBe(200);
        expect(Object.keys(parsed.EntityDetails)).toEqual([]);
        expect(Object.keys(parsed.Errors).sort()).toEqual(
            PROTOTYPE_NAMES.map((name) => name.replace('__proto__', 'proto')).sort(),
        );
        for (const error of Object.values(parsed.Errors)) {
            expect(error.ErrorCode).toBe('ResourceNotFoundException');
        }
    });

    it('lists nothing for them, and treats them as unknown operations', async () => {
        const listed = await client().send(
            new ListChangeSetsCommand({
                Catalog: CATALOG,
                FilterList: [{ Name: 'EntityId', ValueList: PROTOTYPE_NAMES }],
            }),
        );
        expect(listed.ChangeSetSummaryList).toEqual([]);
        for (const name of PROTOTYPE_NAMES) {
            const filtered = await post('ListEntities', {
                Catalog: CATALOG,
                EntityType: 'ResaleAuthorization',
                EntityTypeFilters: {
                    ResaleAuthorizationFilters: { [name]: { WildCardValue: 'function' } },
                },
            });
            expect(await filtered.json()).toEqual({ EntitySummaryList: [] });
        }
        const unknownOperation = (await post('NoSuchOperation', {})).status;
        for (const name of PROTOTYPE_NAMES) {
            expect((await post(name, {})).status).toBe(unknownOperation);
        }
    });
});

describe('such ids in the saved state', () => {
    const durableOptions = (dataDir: string): SimulatorOptions => ({ dataDir, durable: true });

    it('keeps them as new client request tokens, across a restart', async () => {
        const dataDir = tempDataDir();
        // Started once before: the tokens go into a state read back from disk.
        await (await startTestSimulator(durableOptions(dataDir))).stop();
        let simulator = await startTestSimulator(durableOptions(dataDir));
        const entitiesBefore = Object.keys(simulator.service.state.entities).length;
        const ids = new Map<string, string>();
        try {
            for (const token of PROTOTYPE_NAMES) {
                const described = await runChangeSet(
                    catalogClient(simulator),
                    createRequest(token),
                );
                expect(described.Status).toBe('SUCCEEDED');
                ids.set(token, described.ChangeSetId ?? '');
            }
            expect(new Set(ids.values()).size).toBe(PROTOTYPE_NAMES.length);
        } finally {
            await simulator.stop();
        }
        simulator = await startTestSimulator(durableOptions(dataDir));
        try {
            const client = catalogClient(simulator);
            for (const [token, changeSetId] of ids) {
                const retried = await client.send(new StartChangeSetCommand(createRequest(token)));
                expect(retried.ChangeSetId).toBe(changeSetId);
                await expect(
                    client.send(new StartChangeSetCommand(createRequest(token, 'Other'))),
                ).rejects.toMatchObject({ name: 'ValidationException' });
            }
            expect(Object.keys(simulator.service.state.entities)).toHaveLength(
                entitiesBefore + PROTOTYPE_NAMES.length,
            );
        } finally {
            await simulator.stop();
        }
    });

    it('starts over a saved change set that names them as entities, and fails that change set', async () => {
        const dataDir = tempDataDir();
        // Long lifecycle delays: the change set is saved while it is still PREPARING.
        let simulator = await startTestSimulator({
            ...durableOptions(dataDir),
            delays: { preparingMs: 600_000, applyingMs: 600_000 },
        });
        const started = await catalogClient(simulator).send(
            new StartChangeSetCommand(request(PROTOTYPE_NAMES.map(() => renameChange(SEED_DRAFT)))),
        );
        await simulator.stop();
        // The state an earlier simulator saved when it accepted these ids as existing entities.
        const stateFile = path.join(dataDir, 'state.json');
        const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as SimulatorState;
        const changeSet = saved.changeSets[started.ChangeSetId ?? ''];
        if (!changeSet) {
            throw new Error('the change set was not saved');
        }
        changeSet.changes.forEach((change, index) => {
            change.Entity.Identifier = PROTOTYPE_NAMES[index];
        });
        changeSet.entityIds = PROTOTYPE_NAMES;
        // Its next step is due as soon as the simulator starts again.
        delete changeSet.nextStepAt;
        fs.writeFileSync(stateFile, JSON.stringify(saved));

        simulator = await startTestSimulator(durableOptions(dataDir));
        try {
            const described = await catalogClient(simulator).send(
                new DescribeChangeSetCommand({
                    Catalog: CATALOG,
                    ChangeSetId: started.ChangeSetId,
                }),
            );
            expect(described.Status).toBe('FAILED');
            expect(described.FailureCode).toBe('CLIENT_ERROR');
            expect(
                described.ChangeSet?.map((change) => change.ErrorDetailList?.[0]?.ErrorCode),
            ).toEqual(PROTOTYPE_NAMES.map(() => 'ENTITY_NOT_FOUND'));
            await expect(
                catalogClient(simulator).send(
                    new DescribeEntityCommand({ Catalog: CATALOG, EntityId: SEED_DRAFT }),
                ),
            ).resolves.toMatchObject({ DetailsDocument: { Name: 'Contoso Gateway Draft' } });
        } finally {
            await simulator.stop();
        }
    });
});
