/**
 * Many publishes through the local app's contract implementation while the Catalog API
 * misbehaves: double submits, dropped answers, 500s, throttling and restarts. Afterwards AWS must
 * hold exactly one resale authorization per publish, the local store exactly one record per
 * publish, and each record the status AWS has.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import type { ResaleAuthorizationDetail } from '../../lwc-src/raDomain/raDomain';
import { publishDraft, saveFormDraft } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { startCatalogSimulator } from '../catalog-simulator/server';
import type { RunningSimulator } from '../catalog-simulator/server';
import { createLocalBackend } from '../local-app/backend';
import { AuraHandledException } from '../local-app/contract/platform';
import { settleStatuses } from './settleStatuses';

export interface FaultRunOptions {
    publishes: number;
    concurrency: number;
    seed: number;
    /** Restart the simulator after every this many publishes. */
    restartEvery: number;
}

export interface FaultRunReport {
    publishes: number;
    attempts: number;
    doubleSubmits: number;
    refusedDoubleSubmits: number;
    injected: { drop: number; error: number; latency: number };
    restarts: number;
    throttled: number;
    entitiesOnAws: number;
    recordsInStore: number;
    duplicateRecords: number;
    lostRecords: number;
    statusMismatches: string[];
    durationMs: number;
}

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

const CREDENTIALS = { accessKeyId: 'AKIDFAULTS', secretAccessKey: 'faults' };
const NAME_PREFIX = 'Fault run';
const MAX_ATTEMPTS = 60;
/** The simulator's rate limit counts requests over one real second. */
const THROTTLE_WINDOW_MS = 1000;

export async function runFaultInjection(options: FaultRunOptions): Promise<FaultRunReport> {
    const started = Date.now();
    const random = seededRandom(options.seed);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fault-run-'));
    const simulatorDir = path.join(root, 'catalog');
    const simulatorOptions = {
        dataDir: simulatorDir,
        delays: { preparingMs: 0, applyingMs: 0 },
        // Low enough that bursts of retries meet ThrottlingException.
        maxRequestsPerSecond: 60,
    };
    let simulator: RunningSimulator = await startCatalogSimulator({
        port: 0,
        reset: true,
        ...simulatorOptions,
    });
    const port = simulator.port;
    const endpoint = simulator.url;
    let now = Date.now();
    const catalog = new MarketplaceCatalogClient({
        endpoint,
        region: 'us-east-1',
        credentials: CREDENTIALS,
        maxAttempts: 1,
        // Dropped answers close the connection at once; a time-out only bounds a hung request.
        // A short one turned a busy machine's slow answers into failed attempts.
        requestHandler: { requestTimeout: 10_000 },
    });
    const backend = await createLocalBackend({
        dataDir: path.join(root, 'store'),
        reset: true,
        catalog,
        s3: new S3Client({
            endpoint,
            region: 'us-east-1',
            credentials: CREDENTIALS,
            forcePathStyle: true,
        }),
        legalDocumentsBucket: 'fault-run',
        statusSyncIntervalMs: null,
        clock: () => now,
    });
    const api = backend.apiFor('en');
    const report: FaultRunReport = {
        publishes: options.publishes,
        attempts: 0,
        doubleSubmits: 0,
        refusedDoubleSubmits: 0,
        injected: { drop: 0, error: 0, latency: 0 },
        restarts: 0,
        throttled: 0,
        entitiesOnAws: 0,
        recordsInStore: 0,
        duplicateRecords: 0,
        lostRecords: 0,
        statusMismatches: [],
        durationMs: 0,
    };
    let restarting: Promise<void> | null = null;
    let completed = 0;

    async function restartSimulator(): Promise<void> {
        report.restarts += 1;
        await simulator.stop();
        simulator = await startCatalogSimulator({ port, reset: false, ...simulatorOptions });
    }

    function injectFault(): void {
        const roll = random();
        if (roll < 0.15) {
            simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
            report.injected.drop += 1;
        } else if (roll < 0.3) {
            simulator.faults.add({ operation: 'StartChangeSet', kind: 'error', count: 1 });
            report.injected.error += 1;
        } else if (roll < 0.4) {
            simulator.faults.add({ operation: '*', kind: 'latency', latencyMs: 50, count: 1 });
            report.injected.latency += 1;
        }
    }

    /** One publish as the wizard does it, retried like a user would until AWS took it. */
    async function publish(index: number): Promise<void> {
        const name = `${NAME_PREFIX} ${index}`;
        const form = contractForm(name);
        const recordId = await saveFormDraft(api, form);
        const sendOnce = async (): Promise<ResaleAuthorizationDetail | null> => {
            report.attempts += 1;
            try {
                return await publishDraft(api, recordId, form);
            } catch (error) {
                // The second of two clicks finds the change set already sent: refused, as in the org.
                if (error instanceof AuraHandledException) {
                    report.refusedDoubleSubmits += 1;
                    return null;
                }
                throw error;
            }
        };
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
            await restarting;
            injectFault();
            const double = random() < 0.25;
            if (double) {
                report.doubleSubmits += 1;
            }
            const answers = await Promise.all(double ? [sendOnce(), sendOnce()] : [sendOnce()]);
            const details = answers.filter(
                (answer): answer is ResaleAuthorizationDetail => answer !== null,
            );
            const throttled = details.some((detail) =>
                detail.errorDetails?.includes('ThrottlingException'),
            );
            if (throttled) {
                report.throttled += 1;
            }
            const record = backend.store.record(recordId);
            if (record?.changeSetId) {
                break;
            }
            // A user told to slow down waits; otherwise clicks again soon. Without the wait,
            // eight workers kept the limiter full and a publish could run out of attempts.
            const pause = throttled ? THROTTLE_WINDOW_MS : 20 + random() * 80;
            await new Promise((resolve) => setTimeout(resolve, pause));
        }
        completed += 1;
        if (completed % options.restartEvery === 0 && !restarting) {
            restarting = restartSimulator().finally(() => {
                restarting = null;
            });
        }
    }

    try {
        let next = 0;
        await Promise.all(
            Array.from({ length: options.concurrency }, async () => {
                while (next < options.publishes) {
                    const index = next;
                    next += 1;
                    await publish(index);
                }
            }),
        );
        await restarting;
        simulator.faults.clear();
        // Status sync until every change set is final, paced by the simulator's rate limit.
        await settleStatuses(
            {
                syncPass: () => backend.syncStatusesNow(),
                records: () => backend.store.allRecords(),
                advanceClock: (ms) => {
                    now += ms;
                },
            },
            { throttleWaitMs: THROTTLE_WINDOW_MS, maxRounds: 60 },
        );
        const entities = Object.values(simulator.service.state.entities).filter((entity) =>
            entity.name.startsWith(NAME_PREFIX),
        );
        const records = backend.store.allRecords();
        const names = records.map((record) => record.authorizationName);
        report.entitiesOnAws = entities.length;
        report.recordsInStore = records.length;
        report.duplicateRecords = names.length - new Set(names).size;
        report.lostRecords = Array.from(
            { length: options.publishes },
            (_, i) => `${NAME_PREFIX} ${i}`,
        ).filter((name) => !names.includes(name)).length;
        const entityById = new Map(entities.map((entity) => [entity.entityId, entity]));
        for (const record of records) {
            const entity = record.entityId ? entityById.get(record.entityId) : undefined;
            if (
                !entity ||
                entity.status !== record.entityStatus ||
                record.displayStatus !== entity.status
            ) {
                report.statusMismatches.push(
                    `${record.authorizationName}: ${record.displayStatus} here, ${entity?.status ?? 'absent'} on AWS (${record.errorDetails ?? 'no error'})`,
                );
            }
        }
    } finally {
        await backend.stop();
        catalog.destroy();
        await simulator.stop();
        fs.rmSync(root, { recursive: true, force: true });
    }
    report.durationMs = Date.now() - started;
    return report;
}
