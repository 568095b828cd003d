/**
 * The simulator under a bounded local load: StartChangeSet and DescribeChangeSet requests per
 * second and their p99 latency, through the AWS SDK on loopback.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    DescribeChangeSetCommand,
    MarketplaceCatalogClient,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import { toStartChangeSet } from '../../lwc-src/raDomain/raDomain';
import { startCatalogSimulator } from '../catalog-simulator/server';
import { contractForm, seedProduct } from './seedForms';
import { elapsedMs, round, summarize, timedRuns } from './stats';
import type { LatencySummary } from './stats';

export interface OperationLoad extends LatencySummary {
    requestsPerSecond: number;
    concurrency: number;
}

export interface SimulatorBenchResult {
    startChangeSet: OperationLoad;
    describeChangeSet: OperationLoad;
}

export async function runSimulatorBench(
    options: { requests?: number; concurrency?: number } = {},
): Promise<SimulatorBenchResult> {
    const requests = options.requests ?? 400;
    const concurrency = options.concurrency ?? 8;
    const simulator = await startCatalogSimulator({
        port: 0,
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-catalog-')),
        reset: true,
        delays: { preparingMs: 0, applyingMs: 0 },
        maxRequestsPerSecond: 1_000_000,
    });
    const client = new MarketplaceCatalogClient({
        endpoint: simulator.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
        maxAttempts: 1,
    });
    const product = seedProduct('prod-saas-analytics');
    const changeSetIds: string[] = [];
    try {
        const startBegan = process.hrtime.bigint();
        const startDurations = await timedRuns(requests, concurrency, async (index) => {
            const input = toStartChangeSet(contractForm(`Bench ${index}`), product, {
                intent: 'publish',
                clientRequestToken: `bench-${index}`,
            });
            const { ChangeSetId } = await client.send(new StartChangeSetCommand(input));
            changeSetIds.push(ChangeSetId ?? '');
        });
        const startTotal = elapsedMs(startBegan);
        const describeBegan = process.hrtime.bigint();
        const describeDurations = await timedRuns(requests, concurrency, async (index) => {
            await client.send(
                new DescribeChangeSetCommand({
                    Catalog: 'AWSMarketplace',
                    ChangeSetId: changeSetIds[index % changeSetIds.length],
                }),
            );
        });
        const describeTotal = elapsedMs(describeBegan);
        return {
            startChangeSet: {
                requestsPerSecond: round((requests / startTotal) * 1000, 0),
                concurrency,
                ...summarize(startDurations),
            },
            describeChangeSet: {
                requestsPerSecond: round((requests / describeTotal) * 1000, 0),
                concurrency,
                ...summarize(describeDurations),
            },
        };
    } finally {
        client.destroy();
        await simulator.stop();
    }
}
