/** `ResaleAuthorizationImportSelector.cls` in TypeScript: the reads of import runs. */
import type { Transaction } from './platform';
import { SellerAccounts } from './SellerAccounts';
import type { StoredImportRun } from './store';

/** The lock of Running_Key__c's unique index: a second unfinished run waits for the first. */
const RUNNING_KEY_LOCK = 'Resale_Authorization_Import__c.Running_Key__c';

export class ResaleAuthorizationImportSelector {
    constructor(private readonly transaction: Transaction) {}

    selectById(runId: string): StoredImportRun | null {
        return this.transaction.importRun(runId) ?? null;
    }

    /** A run, locked until the transaction ends or a callout is made. */
    async lockById(runId: string): Promise<StoredImportRun | null> {
        await this.transaction.lockForUpdate(runId);
        return this.selectById(runId);
    }

    /** The run not finished yet (running, or stopped on an error), locked: one at most. */
    async lockUnfinished(): Promise<StoredImportRun | null> {
        await this.transaction.lockForUpdate(RUNNING_KEY_LOCK);
        return this.newestFirst().find((run) => run.runningKey !== null) ?? null;
    }

    /** The run not finished yet, else the newest one. */
    selectLatest(): StoredImportRun | null {
        const runs = this.newestFirst();
        return runs.find((run) => run.finishedAt === null) ?? runs[0] ?? null;
    }

    /**
     * The newest run of a seller account that went to its end: the account's next run lists
     * what AWS modified since.
     */
    selectLatestSucceeded(sellerAccount: string | null | undefined): StoredImportRun | null {
        const ofAccount = SellerAccounts.recordsOf(
            new Set([SellerAccounts.accountOf(sellerAccount)]),
        );
        return (
            this.newestFirst().find((run) => run.status === 'SUCCEEDED' && ofAccount(run)) ?? null
        );
    }

    private newestFirst(): StoredImportRun[] {
        return this.transaction.store
            .allImportRuns()
            .map((run) => this.transaction.importRun(run.id) ?? run)
            .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
    }
}
