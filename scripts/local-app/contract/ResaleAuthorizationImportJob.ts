/**
 * `ResaleAuthorizationImportJob.cls` in TypeScript: runs a sync with AWS step by step, one
 * queueable run per step (ResaleAuthorizationImport.step), each enqueuing the next with the run's
 * claim (the next seller account's run after the last step of one). A chain stops at the org's depth limit and hands over to a scheduled restart a minute
 * later; a finalizer stops the run (FAILED, resumable) after an unhandled failure. Started by
 * an administrator from the tab, by the daily schedule, and in the local app at its first start.
 */
import type { Queueable, QueueableContext } from './asyncApex';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { ResaleAuthorizationImport } from './ResaleAuthorizationImport';
import type { StoredImportRun } from './store';
import { DELAY_MINUTES_WHEN_WAITING, MAX_CHAIN_DEPTH } from './StatusSyncJob';
import { messagesIn } from './UserMessages';

/** A day of the daily schedule, in minutes (the local queue's minutes may be shortened). */
export const MINUTES_PER_DAY = 24 * 60;

export class ResaleAuthorizationImportJob implements Queueable {
    /** The callouts of each step run in this process (one transaction each), for benchmarks. */
    static readonly stepCallouts: number[] = [];

    constructor(
        private readonly deps: ContractDeps,
        private readonly runId: string,
        private readonly claimId: string,
    ) {}

    /**
     * Starts a sync, or resumes the one that stopped, and queues its first step; a sync whose
     * job is alive is left to it.
     * @returns the run
     */
    static async start(deps: ContractDeps): Promise<StoredImportRun> {
        const { run, claimId } = await inTransaction(deps, (transaction) =>
            new ResaleAuthorizationImport(deps, messagesIn('en')).start(transaction),
        );
        if (claimId) {
            deps.queue.enqueue(new ResaleAuthorizationImportJob(deps, run.id, claimId));
        }
        return run;
    }

    /** The daily sync (`System.schedule` with a daily cron): a start every day. */
    static scheduleDaily(deps: ContractDeps): void {
        deps.queue.scheduleRecurring(MINUTES_PER_DAY, () => {
            ResaleAuthorizationImportJob.start(deps).catch((error: unknown) =>
                deps.log(
                    `Sync with AWS: ${error instanceof Error ? error.message : String(error)}`,
                ),
            );
        });
    }

    async execute(context: QueueableContext): Promise<void> {
        // A job has no user language: what it stores is in the org's.
        const format = messagesIn('en');
        context.attachFinalizer(async (result) => {
            if (result === 'UNHANDLED_EXCEPTION') {
                await inTransaction(this.deps, (transaction) =>
                    new ResaleAuthorizationImport(this.deps, format).fail(
                        transaction,
                        this.runId,
                        this.claimId,
                        format('RA_Apex_Unexpected'),
                    ),
                );
            }
        });
        const { nextRunId } = await inTransaction(this.deps, async (transaction) => {
            const result = await new ResaleAuthorizationImport(this.deps, format).step(
                transaction,
                this.runId,
                this.claimId,
            );
            ResaleAuthorizationImportJob.stepCallouts.push(transaction.calloutCount);
            return result;
        });
        if (!nextRunId) {
            return;
        }
        const next = new ResaleAuthorizationImportJob(this.deps, nextRunId, this.claimId);
        if (context.depth >= MAX_CHAIN_DEPTH) {
            // A scheduled start is no part of the chain: the next one begins at depth 1.
            this.deps.queue.schedule(DELAY_MINUTES_WHEN_WAITING, () =>
                this.deps.queue.enqueue(next),
            );
            return;
        }
        this.deps.queue.enqueue(next);
    }
}
