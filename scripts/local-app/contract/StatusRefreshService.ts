/**
 * `StatusRefreshService.cls` in TypeScript: Refresh status, at most one DescribeChangeSet per
 * resale authorization every 30 seconds whoever asks. Two requests, as in the org: `claim`
 * (no callout) takes the record's status claim under its lock when the window is over and
 * nobody holds it, a committed write; `refresh` describes only under that claim, callout first,
 * through the record's seller account. Both refuse a record of an account the user may not use.
 */
import type { RefreshResult } from '../../../lwc-src/raDomain/apexContract';
import { ChangeSetStatusSync } from './ChangeSetStatusSync';
import { ClientRequestTokens } from './ClientRequestTokens';
import type { ContractDeps } from './contractDeps';
import { Iso8601 } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationService } from './ResaleAuthorizationService';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { SellerAccounts } from './SellerAccounts';
import type { MessageFormatter } from './UserMessages';

export class StatusRefreshService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    /** The claim id is null when the window is not over, nothing is in flight, or someone holds it. */
    async claim(transaction: Transaction, recordId: string): Promise<RefreshResult> {
        const now = transaction.now();
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        let claimId: string | null = null;
        if (ChangeSetStatusSync.isClaimable(record, now)) {
            const candidate = ClientRequestTokens.newToken();
            const claimed = await new ChangeSetStatusSync(this.deps, this.format).claim(
                transaction,
                [recordId],
                candidate,
                now,
            );
            claimId = claimed.size > 0 ? candidate : null;
        }
        return this.result(transaction, recordId, false, claimId, now);
    }

    async refresh(
        transaction: Transaction,
        recordId: string,
        claimId: string | null,
    ): Promise<RefreshResult> {
        const now = transaction.now();
        SellerAccounts.requireUsable(
            this.deps,
            this.format,
            new ResaleAuthorizationSelector(transaction, this.format).selectWithHistory(recordId)
                .sellerAccount,
        );
        const refreshed =
            Boolean(claimId) &&
            (await new ChangeSetStatusSync(this.deps, this.format).sync(
                transaction,
                String(claimId),
            )) > 0;
        return this.result(transaction, recordId, refreshed, null, now);
    }

    /** When the user may ask again: the window's end, or now when nothing holds it back. */
    private result(
        transaction: Transaction,
        recordId: string,
        refreshed: boolean,
        claimId: string | null,
        now: number,
    ): RefreshResult {
        const detail = new ResaleAuthorizationService(this.deps, this.format).getDetail(
            transaction,
            recordId,
        );
        return {
            detail,
            refreshed,
            claimId,
            nextRefreshAllowedAt: detail.nextRefreshAllowedAt ?? Iso8601.format(now),
        };
    }
}
