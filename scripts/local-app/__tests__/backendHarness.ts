import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import {
    catalogClient,
    startTestSimulator,
    TEST_CREDENTIALS,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { createLocalBackend } from '../backend';
import type { RunningLocalBackend } from '../backend';

/** The bucket of legal documents in the tests' simulator. */
export const TEST_BUCKET = 'test-legal-documents';

/**
 * The local implementation of the contract on a test simulator, its background status loop out
 * of the way: tests run it when they want.
 */
export function openTestBackend(
    simulator: RunningSimulator,
    options: {
        dataDir: string;
        reset: boolean;
        catalog?: MarketplaceCatalogClient;
        clock?: () => number;
    },
): Promise<RunningLocalBackend> {
    return createLocalBackend({
        dataDir: options.dataDir,
        reset: options.reset,
        catalog: options.catalog ?? catalogClient(simulator, 1500),
        s3: new S3Client({
            endpoint: simulator.url,
            region: 'us-east-1',
            credentials: TEST_CREDENTIALS,
            forcePathStyle: true,
        }),
        legalDocumentsBucket: TEST_BUCKET,
        statusSyncIntervalMs: null,
        clock: options.clock,
    });
}

/** A test simulator and a backend on it from empty records, in a new temporary folder. */
export async function openFreshBackend(): Promise<{
    simulator: RunningSimulator;
    backend: RunningLocalBackend;
}> {
    const simulator = await startTestSimulator();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-backend-'));
    return { simulator, backend: await openTestBackend(simulator, { dataDir, reset: true }) };
}
