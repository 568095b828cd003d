/**
 * The import of 2,000 resale authorizations from the simulator through the local twin of the
 * Apex: how long it takes here, and what it needs in an org, counted step by step (one
 * transaction each): callouts per transaction against the limit of 100, transactions, and the
 * scheduled restarts of chains of five queueables.
 */
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import { countCatalogCalls } from '../local-app/catalogCalls';
import { ResaleAuthorizationImportJob } from '../local-app/contract/ResaleAuthorizationImportJob';
import { MAX_CHAIN_DEPTH } from '../local-app/contract/StatusSyncJob';
import { startBenchEnvironment } from './benchEnvironment';
import { round } from './stats';

export const IMPORT_TARGET_MS = 120_000;

export interface ImportBenchResult {
    resaleAuthorizations: number;
    imported: number;
    durationMs: number;
    /** The target beside the figure: under 2 minutes locally. */
    targetMs: number;
    listEntitiesCalls: number;
    batchDescribeEntitiesCalls: number;
    /** Steps of the run: one transaction (queueable run) each in the org. */
    transactions: number;
    maxCalloutsPerTransaction: number;
    /** The org allows 100 callouts in a transaction. */
    calloutLimitPerTransaction: number;
    /** Chains of five queueables (Developer Edition): each further chain waits a minute. */
    scheduledRestarts: number;
    /** The same run again: what AWS changed since is listed, nothing described. */
    secondRun: {
        durationMs: number;
        listEntitiesCalls: number;
        batchDescribeEntitiesCalls: number;
        imported: number;
    };
}

export async function runImportBench(count = 2000): Promise<ImportBenchResult> {
    const { simulator, catalog, openBackend, close } = await startBenchEnvironment('import');
    const template = SEED_RESALE_AUTHORIZATIONS[0];
    if (!template) {
        throw new Error('no seed to copy');
    }
    const extra = count - SEED_RESALE_AUTHORIZATIONS.length;
    for (let index = 0; index < extra; index += 1) {
        const entityId = `resaleauthz-bench${String(index).padStart(8, '0')}`;
        simulator.service.state.entities[entityId] = {
            ...structuredClone(template),
            entityId,
            name: `Bench Partner ${index}`,
            lastModifiedDate: new Date(Date.parse('2026-01-01T00:00:00Z') + index * 60_000)
                .toISOString()
                .replace(/\.\d{3}Z$/, 'Z'),
        };
    }
    const calls = countCatalogCalls(catalog);
    const backend = await openBackend();
    try {
        const sinceCall = (before: Record<string, number>, operation: string) =>
            (calls()[operation] ?? 0) - (before[operation] ?? 0);
        const stepsBefore = ResaleAuthorizationImportJob.stepCallouts.length;
        const before = calls();
        const started = performance.now();
        const run = await backend.syncWithAwsNow();
        const durationMs = performance.now() - started;
        const steps = ResaleAuthorizationImportJob.stepCallouts.slice(stepsBefore);

        const againBefore = calls();
        const againStarted = performance.now();
        const again = await backend.syncWithAwsNow();
        const againMs = performance.now() - againStarted;
        return {
            resaleAuthorizations: count,
            imported: run?.imported ?? 0,
            durationMs: round(durationMs),
            targetMs: IMPORT_TARGET_MS,
            listEntitiesCalls:
                sinceCall(before, 'ListEntities') - sinceCall(againBefore, 'ListEntities'),
            batchDescribeEntitiesCalls:
                sinceCall(before, 'BatchDescribeEntities') -
                sinceCall(againBefore, 'BatchDescribeEntities'),
            transactions: steps.length,
            maxCalloutsPerTransaction: Math.max(0, ...steps),
            calloutLimitPerTransaction: 100,
            scheduledRestarts: Math.max(0, Math.ceil(steps.length / MAX_CHAIN_DEPTH) - 1),
            secondRun: {
                durationMs: round(againMs),
                listEntitiesCalls: sinceCall(againBefore, 'ListEntities'),
                batchDescribeEntitiesCalls: sinceCall(againBefore, 'BatchDescribeEntities'),
                imported: again?.imported ?? 0,
            },
        };
    } finally {
        await backend.stop();
        await close();
    }
}
