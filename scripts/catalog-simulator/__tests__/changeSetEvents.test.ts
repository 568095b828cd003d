/**
 * The simulator's change set events, as AWS publishes them and EventBridge's API destination
 * delivers them: the envelope of the seller guide for each final state, retries of 429, 5xx and
 * no answer, dead letters for the rest, and the delay, duplicates and order tests can ask for.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CancelChangeSetCommand, StartChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import { readBody } from '../server';
import type { RunningSimulator } from '../server';
import type { ChangeSetEventEnvelope } from '../changeSetEvents';
import { catalogClient, startTestSimulator } from './simulatorHarness';

let simulator: RunningSimulator;
let endpoint: http.Server;
let received: { event: ChangeSetEventEnvelope; authorization: string | undefined }[];
/** The statuses the endpoint answers, in turn; 200 once they run out. */
let answers: number[];

beforeEach(async () => {
    received = [];
    answers = [];
    endpoint = http.createServer((request, response) => {
        readBody(request).then(
            (body) => {
                received.push({
                    event: JSON.parse(body.toString('utf8')) as ChangeSetEventEnvelope,
                    authorization: request.headers.authorization,
                });
                response.writeHead(answers.shift() ?? 200);
                response.end('{}');
            },
            () => response.destroy(),
        );
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const { port } = endpoint.address() as AddressInfo;
    simulator = await startTestSimulator({
        events: {
            url: `http://127.0.0.1:${port}/events`,
            headers: { Authorization: 'Bearer token' },
            retryDelayMs: 10,
            maxAttempts: 3,
        },
    });
});

afterEach(async () => {
    await simulator.stop();
    await new Promise((resolve) => endpoint.close(resolve));
});

function create(name: string, resellerAccountId = '111122223333'): StartChangeSetCommand {
    return new StartChangeSetCommand({
        Catalog: 'AWSMarketplace',
        ChangeSetName: name,
        ChangeSet: [
            {
                ChangeType: 'CreateResaleAuthorization',
                Entity: { Type: 'ResaleAuthorization@1.0' },
                DetailsDocument: {
                    ProductId: 'prod-saas-analytics',
                    Name: name,
                    ResellerAccountId: resellerAccountId,
                },
            },
        ],
    });
}

describe('change set events', () => {
    it('posts the envelope of a succeeded change set, with the connection’s authorization', async () => {
        const { ChangeSetId } = await catalogClient(simulator).send(create('Fine One'));
        await simulator.events.idle();

        expect(simulator.calls()).toEqual({ StartChangeSet: 1 });
        expect(received).toHaveLength(1);
        expect(received[0]?.authorization).toBe('Bearer token');
        expect(received[0]?.event).toEqual({
            version: '0',
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            'detail-type': 'Change Set Succeeded',
            source: 'aws.marketplacecatalog',
            account: '999988887777',
            time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
            region: 'us-east-1',
            resources: [
                `arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/ChangeSet/${ChangeSetId}`,
            ],
            detail: {
                requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
                Catalog: 'AWSMarketplace',
                ChangeSetId,
                ChangeSetName: 'Fine One',
                StartTime: expect.any(String),
                EndTime: expect.any(String),
            },
        });
    });

    it('says a failure with its code, and a cancellation', async () => {
        const client = catalogClient(simulator);
        // A seller cannot resell its own product: the change set fails as it is applied.
        await client.send(create('Broken One', '999988887777'));
        simulator.service.delays.preparingMs = 60_000;
        const { ChangeSetId } = await client.send(create('Cancelled One'));
        await client.send(new CancelChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId }));
        await simulator.events.idle();

        expect(received.map(({ event }) => event['detail-type'])).toEqual([
            'Change Set Failed',
            'Change Set Cancelled',
        ]);
        expect(received[0]?.event.detail.FailureCode).toBe('CLIENT_ERROR');
        expect(received[1]?.event.detail.ChangeSetId).toBe(ChangeSetId);
    });

    it('tries again after 5xx and 429, and keeps what a 4xx refused as a dead letter', async () => {
        answers = [503, 429, 400];
        await catalogClient(simulator).send(create('Tried Thrice'));
        await simulator.events.idle();

        expect(simulator.events.deliveries().map((delivery) => delivery.status)).toEqual([
            503, 429, 400,
        ]);
        expect(simulator.events.deadLetters()).toHaveLength(1);
    });

    it('delivers copies, late, and newest first when asked', async () => {
        simulator.events.configure({ copies: 2, reorderBatch: 2, delayMs: 20 });
        const client = catalogClient(simulator);
        const first = await client.send(create('First One'));
        const second = await client.send(create('Second One'));
        await simulator.events.idle();

        expect(received.map(({ event }) => event.detail.ChangeSetId)).toEqual([
            second.ChangeSetId,
            second.ChangeSetId,
            first.ChangeSetId,
            first.ChangeSetId,
        ]);
        expect(new Set(received.map(({ event }) => event.id)).size).toBe(2);
    });
});
