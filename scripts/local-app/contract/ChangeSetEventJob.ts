/**
 * `ChangeSetEventJob.cls` in TypeScript: the follow-up of a change set event stored on its record
 * (`ChangeSetEvents.complete`), in a transaction of its own, callouts first. While AWS cannot
 * answer, it tries again a minute later, up to MAX_FOLLOW_UP_ATTEMPTS times.
 */
import type { Queueable } from './asyncApex';
import type { ChangeSetEvent } from './ChangeSetEvents';
import { ChangeSetEvents, MAX_FOLLOW_UP_ATTEMPTS } from './ChangeSetEvents';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { messagesIn } from './UserMessages';

export class ChangeSetEventJob implements Queueable {
    /** Follow-ups run in this process, for the tests and benchmarks. */
    static completed = 0;

    constructor(
        private readonly deps: ContractDeps,
        private readonly recordId: string,
        private readonly event: ChangeSetEvent,
        private readonly attempt: number,
    ) {}

    /** Queues a try: the first at once, each later one a minute after the one before. */
    static enqueue(
        deps: ContractDeps,
        recordId: string,
        event: ChangeSetEvent,
        attempt: number,
    ): void {
        deps.queue.enqueue(new ChangeSetEventJob(deps, recordId, event, attempt), {
            delayMinutes: attempt > 1 ? 1 : 0,
        });
    }

    async execute(): Promise<void> {
        // The integration user's language: the org's.
        const format = messagesIn('en');
        const result = await inTransaction(this.deps, (transaction) =>
            new ChangeSetEvents(this.deps, format).complete(transaction, this.recordId, this.event),
        );
        if (result === 'COMPLETED') {
            ChangeSetEventJob.completed += 1;
        }
        if (result === 'RETRY' && this.attempt < MAX_FOLLOW_UP_ATTEMPTS) {
            ChangeSetEventJob.enqueue(this.deps, this.recordId, this.event, this.attempt + 1);
        }
    }
}
