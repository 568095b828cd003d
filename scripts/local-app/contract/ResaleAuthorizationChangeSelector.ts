/** `ResaleAuthorizationChangeSelector.cls` in TypeScript: reads of the change rows of a record. */
import { mayBeKnownToAws } from '../../../lwc-src/raDomain/changesUnderWay';
import { DisplayStatuses } from './DisplayStatuses';
import type { Transaction } from './platform';
import type { StoredChange } from './store';

export class ResaleAuthorizationChangeSelector {
    constructor(private readonly transaction: Transaction) {}

    /** The newest change prepared and not answered by AWS (no change set id), of any action. */
    selectUnanswered(recordId: string): StoredChange | null {
        return (
            this.transaction
                .changesOf(recordId)
                .find(
                    (change) =>
                        change.status === DisplayStatuses.PENDING && change.changeSetId === null,
                ) ?? null
        );
    }

    /** Which of these records have a change prepared and not answered by AWS. */
    selectUnansweredRecordIds(recordIds: Iterable<string>): Set<string> {
        return new Set(
            [...recordIds].filter((recordId) => this.selectUnanswered(recordId) !== null),
        );
    }

    /**
     * How many change rows each record has that AWS may know of: any action and status but a
     * change discarded before it was ever sent (0 without such rows).
     */
    countByRecords(recordIds: Iterable<string>): Map<string, number> {
        return new Map(
            [...recordIds].map((recordId) => [
                recordId,
                this.transaction.changesOf(recordId).filter(mayBeKnownToAws).length,
            ]),
        );
    }

    selectPendingByToken(recordId: string, token: string): StoredChange | null {
        return (
            this.transaction
                .changesOf(recordId)
                .find(
                    (change) =>
                        change.clientRequestToken === token &&
                        change.status === DisplayStatuses.PENDING,
                ) ?? null
        );
    }

    selectByChangeSetIds(
        recordIds: Iterable<string>,
        changeSetIds: ReadonlySet<string>,
    ): Map<string, StoredChange> {
        const rows = new Map<string, StoredChange>();
        for (const recordId of recordIds) {
            for (const change of this.transaction.changesOf(recordId)) {
                if (change.changeSetId !== null && changeSetIds.has(change.changeSetId)) {
                    rows.set(change.changeSetId, change);
                }
            }
        }
        return rows;
    }

    /** The change row of a change set, or null when no change of ours made it. */
    selectForAnswer(changeSetId: string): StoredChange | null {
        return (
            this.transaction.allChanges().find((change) => change.changeSetId === changeSetId) ??
            null
        );
    }

    /** The change whose send is under way with a token: its answer is not stored yet. */
    selectSendingByToken(token: string, now: number): StoredChange | null {
        return (
            this.transaction
                .allChanges()
                .find(
                    (change) =>
                        change.clientRequestToken === token &&
                        change.status === DisplayStatuses.PENDING &&
                        change.changeSetId === null &&
                        change.sendClaimedUntil !== null &&
                        Date.parse(change.sendClaimedUntil) > now,
                ) ?? null
        );
    }

    /** When AWS's change set event last brought a change's final status, after `since`. */
    latestEventReceivedSince(since: number): string | null {
        let latest: string | null = null;
        for (const change of this.transaction.allChanges()) {
            const at = change.eventReceivedAt ?? null;
            if (at !== null && Date.parse(at) > since && (latest === null || at > latest)) {
                latest = at;
            }
        }
        return latest;
    }
}
