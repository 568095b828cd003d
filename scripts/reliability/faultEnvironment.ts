/**
 * What every fault run stands on: the Catalog simulator with a low rate limit (restartable, on
 * its data dir), the local app's implementation of the contract on its own store with a clock
 * the run moves, seeded faults, and the end of a run: statuses settled at the pace of the rate
 * limit, then AWS compared with the records.
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
import { countCatalogCalls } from '../local-app/catalogCalls';
import type { ResaleAuthorizationController } from '../local-app/contract/ResaleAuthorizationController';
import { compareAwsWithRecords } from './awsAgreement';
import type { AgreementReport } from './awsAgreement';
import { settleStatuses } from './settleStatuses';
import type { SettleReport } from './settleStatuses';

/** The simulator's rate limit counts requests over one real second. */
export const THROTTLE_WINDOW_MS = 1000;
const CREDENTIALS = { accessKeyId: 'AKIDFAULTS', secretAccessKey: 'faults' };
/** Low enough that bursts of retries meet ThrottlingException. */
const MAX_REQUESTS_PER_SECOND = 60;

/** A small seeded generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The seed of a run: `FAULT_RUN_SEED`, or the run's own default. */
export function faultRunSeed(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
    const raw = env.FAULT_RUN_SEED?.trim();
    if (!raw) {
        return fallback;
    }
    if (!/^\d+$/.test(raw)) {
        throw new Error(`FAULT_RUN_SEED must be a whole number, not "${raw}"`);
    }
    return Number(raw);
}

/** Runs `task` on each item, `concurrency` at a time, in the items' order. */
export async function inParallel<T>(
    items: readonly T[],
    concurrency: number,
    task: (item: T) => Promise<void>,
): Promise<void> {
    const queue = [...items];
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
                await task(item);
            }
        }),
    );
}

/** 0, 1, ... count - 1. */
export function indexes(count: number): number[] {
    return Array.from({ length: count }, (_, index) => index);
}

export interface InjectedFaults {
    drop: number;
    error: number;
    latency: number;
}

/** The simulator of a run, restartable on its data dir as AWS survives a restart of the app. */
export interface FaultSimulator {
    readonly url: string;
    readonly random: () => number;
    readonly injected: InjectedFaults;
    current(): RunningSimulator;
    restart(): Promise<void>;
    /** Maybe one fault: a dropped answer or a 500 of StartChangeSet, or a slow request. */
    injectFault(): void;
    stop(): Promise<void>;
}

export async function openFaultSimulator(seed: number, dataDir: string): Promise<FaultSimulator> {
    const random = seededRandom(seed);
    const options = {
        dataDir,
        delays: { preparingMs: 0, applyingMs: 0 },
        maxRequestsPerSecond: MAX_REQUESTS_PER_SECOND,
    };
    let simulator = await startCatalogSimulator({ port: 0, reset: true, ...options });
    const port = simulator.port;
    const injected: InjectedFaults = { drop: 0, error: 0, latency: 0 };
    return {
        url: simulator.url,
        random,
        injected,
        current: () => simulator,
        async restart() {
            await simulator.stop();
            simulator = await startCatalogSimulator({ port, reset: false, ...options });
        },
        injectFault() {
            const roll = random();
            if (roll < 0.15) {
                simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
                injected.drop += 1;
            } else if (roll < 0.3) {
                simulator.faults.add({ operation: 'StartChangeSet', kind: 'error', count: 1 });
                injected.error += 1;
            } else if (roll < 0.4) {
                simulator.faults.add({ operation: '*', kind: 'latency', latencyMs: 50, count: 1 });
                injected.latency += 1;
            }
        },
        stop: () => simulator.stop(),
    };
}

/** A Catalog API client of a run: one attempt per request, as the contract retries itself. */
export function faultCatalogClient(endpoint: string): MarketplaceCatalogClient {
    return new MarketplaceCatalogClient({
        endpoint,
        region: 'us-east-1',
        credentials: CREDENTIALS,
        maxAttempts: 1,
        // Dropped answers close the connection at once; a time-out only bounds a hung request.
        // A short one turned a busy machine's slow answers into failed attempts.
        requestHandler: { requestTimeout: 10_000 },
    });
}

export function faultS3Client(endpoint: string): S3Client {
    return new S3Client({
        endpoint,
        region: 'us-east-1',
        credentials: CREDENTIALS,
        forcePathStyle: true,
    });
}

export interface FaultEnvironment {
    readonly simulator: FaultSimulator;
    readonly backend: RunningLocalBackend;
    /** The contract as a user's session calls it. */
    readonly api: ResaleAuthorizationController;
    /** Catalog API requests the local app sent, by operation. */
    catalogCalls(): Record<string, number>;
    advanceClock(ms: number): void;
    /** The status sync until no change set is in flight, paced by the rate limit. */
    settle(): Promise<SettleReport>;
    /** AWS against the records, once settled. */
    agreement(): AgreementReport;
    close(): Promise<void>;
}

export async function openFaultEnvironment(seed: number): Promise<FaultEnvironment> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fault-run-'));
    const simulator = await openFaultSimulator(seed, path.join(root, 'catalog'));
    const catalog = faultCatalogClient(simulator.url);
    const catalogCalls = countCatalogCalls(catalog);
    let now = Date.now();
    const backend = await createLocalBackend({
        dataDir: path.join(root, 'store'),
        reset: true,
        catalog,
        s3: faultS3Client(simulator.url),
        legalDocumentsBucket: 'fault-run',
        statusSyncIntervalMs: null,
        clock: () => now,
    });
    const advanceClock = (ms: number) => {
        now += ms;
    };
    return {
        simulator,
        backend,
        api: backend.apiFor('en'),
        catalogCalls,
        advanceClock,
        settle: () => {
            simulator.current().faults.clear();
            return settleStatuses(
                {
                    syncPass: () => backend.syncStatusesNow(),
                    records: () => backend.store.allRecords(),
                    advanceClock,
                },
                { throttleWaitMs: THROTTLE_WINDOW_MS, maxRounds: 60 },
            );
        },
        agreement: () =>
            compareAwsWithRecords(
                Object.values(simulator.current().service.state.entities),
                backend.store.allRecords(),
            ),
        async close() {
            await backend.stop();
            catalog.destroy();
            await simulator.stop();
            fs.rmSync(root, { recursive: true, force: true });
        },
    };
}
