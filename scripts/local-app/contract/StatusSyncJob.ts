/**
 * `StatusSyncJob.cls` in TypeScript: the background status sync, one chain per org. Each run
 * describes the records the previous run claimed (callouts first, then writes), then claims the
 * next records that are due and hands them to the next run. While change sets are in flight but
 * none is due, the next run waits a minute; when nothing is in flight the chain stops. A second
 * start while a run is queued throws DuplicateMessageException and starts nothing; at the
 * org's chain depth limit the chain hands over to a scheduled start; a finalizer restarts the
 * chain after an unhandled failure.
 */
import { DuplicateMessageError } from './asyncApex';
import type { Queueable, QueueableContext } from './asyncApex';
import { ChangeSetStatusSync, MAX_RECORDS_PER_SYNC } from './ChangeSetStatusSync';
import { ClientRequestTokens } from './ClientRequestTokens';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { messagesIn } from './UserMessages';

/** The duplicate signature: one queued run per org, whoever starts it. */
export const STATUS_SYNC_SIGNATURE = 'StatusSyncJob';
/** Developer Edition and Trial orgs allow chains of 5: the chain never goes deeper. */
export const MAX_CHAIN_DEPTH = 5;
export const DELAY_MINUTES_WHEN_WAITING = 1;

export class StatusSyncJob implements Queueable {
    /** Describes made by every run in this process, for the tests and benchmarks. */
    static describedRecords = 0;

    constructor(
        private readonly deps: ContractDeps,
        private readonly claimId: string | null = null,
    ) {}

    /** Starts the chain unless a run is already queued. @returns whether a run was queued */
    static ensureRunning(deps: ContractDeps): boolean {
        return StatusSyncJob.enqueue(deps, new StatusSyncJob(deps), 0);
    }

    private static enqueue(deps: ContractDeps, job: StatusSyncJob, delayMinutes: number): boolean {
        try {
            deps.queue.enqueue(job, { signature: STATUS_SYNC_SIGNATURE, delayMinutes });
            return true;
        } catch (error) {
            if (error instanceof DuplicateMessageError) {
                return false;
            }
            throw error;
        }
    }

    async execute(context: QueueableContext): Promise<void> {
        context.attachFinalizer(async (result) => {
            if (result === 'UNHANDLED_EXCEPTION') {
                StatusSyncJob.scheduleStart(this.deps);
            }
        });
        // A job has no user language: its messages (stored AWS errors) are in the org's.
        const format = messagesIn('en');
        await inTransaction(this.deps, async (transaction) => {
            const now = transaction.now();
            const sync = new ChangeSetStatusSync(this.deps, format);
            if (this.claimId) {
                StatusSyncJob.describedRecords += await sync.sync(transaction, this.claimId);
            }
            const selector = new ResaleAuthorizationSelector(transaction, format);
            const due = selector
                .selectDueForStatusSync(now, MAX_RECORDS_PER_SYNC)
                .map((record) => record.id);
            if (due.length === 0 && !selector.anyInFlight()) {
                return;
            }
            if (context.depth >= MAX_CHAIN_DEPTH) {
                StatusSyncJob.scheduleStart(this.deps);
                return;
            }
            const nextClaim = due.length > 0 ? ClientRequestTokens.newToken() : null;
            const queued = StatusSyncJob.enqueue(
                this.deps,
                new StatusSyncJob(this.deps, nextClaim),
                nextClaim ? 0 : DELAY_MINUTES_WHEN_WAITING,
            );
            if (queued && nextClaim) {
                // The next run starts after this transaction commits, with the claim written.
                await sync.claim(transaction, due, nextClaim, now);
            }
        });
    }

    /** A fresh chain a minute from now, outside this one (its depth starts again at 1). */
    static scheduleStart(deps: ContractDeps): void {
        deps.queue.schedule(DELAY_MINUTES_WHEN_WAITING, () => {
            StatusSyncJob.ensureRunning(deps);
        });
    }
}
