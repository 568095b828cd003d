/**
 * What the contract benchmarks stand on: a simulator in a temporary folder (changes applied at
 * once, no rate limit) and the local app's implementation of the contract on it, its background
 * work run only when a benchmark asks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import { startCatalogSimulator } from '../catalog-simulator/server';
import type { RunningSimulator } from '../catalog-simulator/server';
import { createLocalBackend } from '../local-app/backend';
import type { RunningLocalBackend } from '../local-app/backend';

const CREDENTIALS = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };

export interface BenchEnvironment {
    simulator: RunningSimulator;
    /** The Catalog API client of the contract: a benchmark counts its calls. */
    catalog: MarketplaceCatalogClient;
    /** Opens the contract on the simulator (a benchmark may seed AWS first). */
    openBackend(clock?: () => number): Promise<RunningLocalBackend>;
    /** Stops the simulator and removes the folder (the caller stops its backend first). */
    close(): Promise<void>;
}

export async function startBenchEnvironment(name: string): Promise<BenchEnvironment> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
    const simulator = await startCatalogSimulator({
        port: 0,
        dataDir: path.join(root, 'catalog'),
        reset: true,
        delays: { preparingMs: 0, applyingMs: 0 },
        maxRequestsPerSecond: 100_000,
    });
    const catalog = new MarketplaceCatalogClient({
        endpoint: simulator.url,
        region: 'us-east-1',
        credentials: CREDENTIALS,
        maxAttempts: 1,
    });
    return {
        simulator,
        catalog,
        openBackend: (clock) =>
            createLocalBackend({
                dataDir: path.join(root, 'store'),
                reset: true,
                catalog,
                s3: new S3Client({
                    endpoint: simulator.url,
                    region: 'us-east-1',
                    credentials: CREDENTIALS,
                    forcePathStyle: true,
                }),
                legalDocumentsBucket: 'bench',
                statusSyncIntervalMs: null,
                clock,
            }),
        async close() {
            catalog.destroy();
            await simulator.stop();
            fs.rmSync(root, { recursive: true, force: true });
        },
    };
}
