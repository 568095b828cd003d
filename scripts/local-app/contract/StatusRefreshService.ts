/**
 * `StatusRefreshService.cls` in TypeScript: Refresh status, at most one DescribeChangeSet per
 * resale authorization every 30 seconds whoever asks. Two requests, as in the org: `claim`
 * (no callout) takes the record's status claim under its lock when the window is over and
 * nobody holds it, a committed write; `refresh` describes only under that claim, callout first.
 */
import { randomUUID } from 'node:crypto';
import { ChangeSetStatusSync, claimable, withClaim } from './ChangeSetStatusSync';
import type { ContractDeps } from './contractDeps';
import { LocalApexError } from './UserMessages';
import type { MessageFormatter } from './UserMessages';
import type { Transaction } from './platform';

export interface StatusClaim {
    /** Null when the window is not over, nothing is in flight, or someone else holds it. */
    claimId: string | null;
}

export class StatusRefreshService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    async claim(transaction: Transaction, recordId: string): Promise<StatusClaim> {
        const record = await transaction.lockForUpdate(recordId);
        if (!record) {
            throw new LocalApexError(this.format('RA_Apex_NotFound'));
        }
        const now = transaction.now();
        if (!claimable(record, now)) {
            return { claimId: null };
        }
        const claimId = randomUUID();
        transaction.updateRecord(withClaim(record, claimId, now));
        return { claimId };
    }

    /** @returns whether AWS was asked */
    async refresh(transaction: Transaction, claimId: string): Promise<boolean> {
        return (
            (await new ChangeSetStatusSync(this.deps, this.format).sync(transaction, claimId)) > 0
        );
    }
}
