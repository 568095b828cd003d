/**
 * Many publishes through the local app's contract implementation while the Catalog API
 * misbehaves: double submits, dropped answers, 500s, throttling and restarts. Afterwards AWS must
 * hold exactly one resale authorization per publish, the local store exactly one record per
 * publish, and each record the status AWS has.
 */
import type { ResaleAuthorizationDetail } from '../../lwc-src/raDomain/raDomain';
import { publishDraft, saveFormDraft } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { AuraHandledException } from '../local-app/contract/platform';
import type { AgreementReport } from './awsAgreement';
import { indexes, inParallel, openFaultEnvironment, THROTTLE_WINDOW_MS } from './faultEnvironment';
import type { InjectedFaults } from './faultEnvironment';

export { seededRandom } from './faultEnvironment';

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
    injected: InjectedFaults;
    restarts: number;
    throttled: number;
    entitiesOnAws: number;
    recordsInStore: number;
    duplicateRecords: number;
    lostRecords: number;
    /** AWS against the records once settled: duplicates, mismatches, orphans, in flight. */
    agreement: AgreementReport;
    durationMs: number;
}

const NAME_PREFIX = 'Fault run';
const MAX_ATTEMPTS = 60;

export async function runFaultInjection(options: FaultRunOptions): Promise<FaultRunReport> {
    const started = Date.now();
    const env = await openFaultEnvironment(options.seed);
    const { api, backend, simulator } = env;
    const random = simulator.random;
    const report: FaultRunReport = {
        publishes: options.publishes,
        attempts: 0,
        doubleSubmits: 0,
        refusedDoubleSubmits: 0,
        injected: simulator.injected,
        restarts: 0,
        throttled: 0,
        entitiesOnAws: 0,
        recordsInStore: 0,
        duplicateRecords: 0,
        lostRecords: 0,
        agreement: env.agreement(),
        durationMs: 0,
    };
    let restarting: Promise<void> | null = null;
    let completed = 0;

    async function restartSimulator(): Promise<void> {
        report.restarts += 1;
        await simulator.restart();
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
            simulator.injectFault();
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
        await inParallel(indexes(options.publishes), options.concurrency, publish);
        await restarting;
        await env.settle();
        const records = backend.store.allRecords();
        const names = records.map((record) => record.authorizationName);
        report.agreement = env.agreement();
        report.entitiesOnAws = report.agreement.entitiesOnAws;
        report.recordsInStore = records.length;
        report.duplicateRecords = names.length - new Set(names).size;
        report.lostRecords = Array.from(
            { length: options.publishes },
            (_, i) => `${NAME_PREFIX} ${i}`,
        ).filter((name) => !names.includes(name)).length;
    } finally {
        await env.close();
    }
    report.durationMs = Date.now() - started;
    return report;
}
