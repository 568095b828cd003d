import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    DescribeChangeSetCommand,
    MarketplaceCatalogClient,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type {
    DescribeChangeSetCommandOutput,
    StartChangeSetCommandInput,
} from '@aws-sdk/client-marketplace-catalog';
import { startCatalogSimulator } from '../server';
import type { RunningSimulator, SimulatorOptions } from '../server';
import { PROJECT_ROOT } from '../../build/paths';

export const SAMPLES_DIR = path.join(
    PROJECT_ROOT,
    'scripts',
    'test',
    'fixtures',
    'official-changesets',
);
/** The official samples' dates are in 2023: the simulator runs them as on 1 January 2023. */
export const SAMPLE_TODAY = '2023-01-01';
export const TEST_CREDENTIALS = {
    accessKeyId: 'AKIDSIMULATORTEST',
    secretAccessKey: 'not-a-secret',
};

export function tempDataDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-sim-'));
}

export async function startTestSimulator(
    options: SimulatorOptions = {},
): Promise<RunningSimulator> {
    return startCatalogSimulator({
        port: 0,
        dataDir: tempDataDir(),
        delays: { preparingMs: 0, applyingMs: 0 },
        maxRequestsPerSecond: 10_000,
        ...options,
    });
}

export function catalogClient(
    simulator: { url: string },
    requestTimeout?: number,
): MarketplaceCatalogClient {
    return new MarketplaceCatalogClient({
        endpoint: simulator.url,
        region: 'us-east-1',
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1,
        ...(requestTimeout ? { requestHandler: { requestTimeout } } : {}),
    });
}

export function readSample(file: string): StartChangeSetCommandInput {
    return JSON.parse(
        fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8'),
    ) as StartChangeSetCommandInput;
}

/** Starts a change set and waits for its final state (polling; delays are short in tests). */
export async function runChangeSet(
    client: MarketplaceCatalogClient,
    input: StartChangeSetCommandInput,
): Promise<DescribeChangeSetCommandOutput> {
    const started = await client.send(new StartChangeSetCommand(input));
    for (let attempt = 0; attempt < 200; attempt += 1) {
        const described = await client.send(
            new DescribeChangeSetCommand({
                Catalog: 'AWSMarketplace',
                ChangeSetId: started.ChangeSetId,
            }),
        );
        if (described.Status && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(described.Status)) {
            return described;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`change set ${started.ChangeSetId ?? ''} did not finish`);
}

export function createdEntityId(described: DescribeChangeSetCommandOutput): string {
    const create = described.ChangeSet?.find((c) => c.ChangeType === 'CreateResaleAuthorization');
    const id = create?.Entity?.Identifier;
    if (!id) {
        throw new Error('no entity created');
    }
    return id;
}
