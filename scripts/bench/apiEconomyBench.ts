/**
 * Catalog API calls per workflow, through the local app's contract implementation (the same
 * rules as the Apex), counted on the wire: one StartChangeSet per publish, and never more than
 * one DescribeChangeSet per resale authorization every 30 seconds, however many tabs refresh.
 */
import type { FormState } from '../../lwc-src/raDomain/raDomain';
import type { RunningLocalBackend } from '../local-app/backend';
import { startBenchEnvironment } from './benchEnvironment';
import {
    deactivateRecord,
    publishDraft,
    refreshRecordStatus,
    saveFormDraft,
} from './contractWorkflows';
import { contractForm } from './seedForms';

export interface WorkflowCalls {
    workflow: string;
    startChangeSet: number;
    describeChangeSet: number;
    describeEntity: number;
    otherCalls: number;
}

export interface RefreshStormResult {
    tabs: number;
    refreshesPerTabPerSecond: number;
    simulatedSeconds: number;
    refreshRequests: number;
    describeChangeSet: number;
    /** The most DescribeChangeSet calls seen in any 30-second span: must be 1. */
    maxDescribesPer30s: number;
}

export interface ApiEconomyResult {
    workflows: WorkflowCalls[];
    refreshStorm: RefreshStormResult;
}

export async function runApiEconomyBench(): Promise<ApiEconomyResult> {
    const { simulator, catalog, openBackend, close } = await startBenchEnvironment('api');
    const calls: { operation: string; at: number }[] = [];
    let now = Date.parse('2026-11-25T09:00:00Z');
    catalog.middlewareStack.add(
        (next, context) => async (args) => {
            calls.push({ operation: String(context.commandName).replace(/Command$/, ''), at: now });
            return next(args);
        },
        { step: 'initialize' },
    );
    const backend: RunningLocalBackend = await openBackend(() => now);
    const api = backend.apiFor('en');

    async function measure(workflow: string, run: () => Promise<void>): Promise<WorkflowCalls> {
        const from = calls.length;
        await run();
        const made = calls.slice(from).map((call) => call.operation);
        const count = (operation: string) => made.filter((name) => name === operation).length;
        return {
            workflow,
            startChangeSet: count('StartChangeSet'),
            describeChangeSet: count('DescribeChangeSet'),
            describeEntity: count('DescribeEntity'),
            otherCalls:
                made.length -
                count('StartChangeSet') -
                count('DescribeChangeSet') -
                count('DescribeEntity'),
        };
    }

    const saveDraft = (form: FormState, recordId: string | null = null) =>
        saveFormDraft(api, form, recordId);
    const publish = (recordId: string, form: FormState) => publishDraft(api, recordId, form);

    /** The status sync until the record's change set is final, 31 seconds apart. */
    async function followToFinal(): Promise<void> {
        for (let round = 0; round < 10 && (await backend.syncStatusesNow()) > 0; round += 1) {
            now += 31_000;
        }
        now += 31_000;
    }

    const workflows: WorkflowCalls[] = [];
    let published = '';
    try {
        workflows.push(
            await measure('create and publish', async () => {
                const form = contractForm('Economy publish');
                published = await saveDraft(form);
                await publish(published, form);
                await followToFinal();
            }),
        );
        workflows.push(
            await measure('save as draft', async () => {
                await saveDraft(contractForm('Economy draft'));
            }),
        );
        workflows.push(
            await measure('edit a draft, then publish it', async () => {
                const form = contractForm('Economy draft two');
                const recordId = await saveDraft(form);
                const edited = { ...form, description: 'Edited before publishing' };
                await saveDraft(edited, recordId);
                await publish(recordId, edited);
                await followToFinal();
            }),
        );
        workflows.push(
            await measure('clone, then publish the clone', async () => {
                const source = await api.getCloneSource({ recordId: published });
                const form = {
                    ...(JSON.parse(source.formStateJson ?? '{}') as FormState),
                    name: 'Economy clone',
                };
                const recordId = await saveDraft(form);
                await publish(recordId, form);
                await followToFinal();
            }),
        );
        workflows.push(
            await measure('deactivate', async () => {
                await deactivateRecord(api, published);
                await followToFinal();
            }),
        );

        // A change set that stays in flight, refreshed by many tabs at once for a few minutes.
        simulator.service.delays.preparingMs = 3_600_000;
        const form = contractForm('Economy storm');
        const stormRecord = await saveDraft(form);
        await publish(stormRecord, form);
        const tabs = 10;
        const simulatedSeconds = 180;
        const from = calls.length;
        let refreshRequests = 0;
        for (let second = 0; second < simulatedSeconds; second += 1) {
            await Promise.all([
                ...Array.from({ length: tabs }, () => refreshRecordStatus(api, stormRecord)),
                backend.syncStatusesNow(),
            ]);
            refreshRequests += tabs;
            now += 1000;
        }
        const describes = calls
            .slice(from)
            .filter((call) => call.operation === 'DescribeChangeSet');
        const maxDescribesPer30s = Math.max(
            ...describes.map(
                (call) =>
                    describes.filter((other) => other.at >= call.at && other.at < call.at + 30_000)
                        .length,
            ),
        );
        return {
            workflows,
            refreshStorm: {
                tabs,
                refreshesPerTabPerSecond: 1,
                simulatedSeconds,
                refreshRequests,
                describeChangeSet: describes.length,
                maxDescribesPer30s,
            },
        };
    } finally {
        await backend.stop();
        await close();
    }
}
