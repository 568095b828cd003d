import type { ChangeHistoryEntry, ResaleAuthorizationDetail } from './apexContract';

/**
 * The change of a record that AWS has not answered: prepared (its request frozen with its
 * token) and either never sent or sent with its answer lost, so it has no change set id. While
 * it exists the server starts no other change for the record; sending it again is safe, as AWS
 * gives the same token with the same request the same change set.
 */
export function unansweredChange(
    detail: Pick<ResaleAuthorizationDetail, 'history'> | null | undefined,
): ChangeHistoryEntry | null {
    return (
        (detail?.history ?? []).find((entry) => entry.status === 'PENDING' && !entry.changeSetId) ??
        null
    );
}

/**
 * Whether a change was prepared and never sent: no send ever claimed it, so AWS cannot have it
 * and it may be discarded (the server decides, under the record's lock).
 */
export function isNeverSent(
    entry: Pick<ChangeHistoryEntry, 'status' | 'changeSetId' | 'sentAt'>,
): boolean {
    return entry.status === 'PENDING' && !entry.changeSetId && !entry.sentAt;
}

/**
 * Whether AWS may know of a change: any change but one discarded before it was ever sent. A
 * record with such a change is never deleted.
 */
export function mayBeKnownToAws(entry: Pick<ChangeHistoryEntry, 'status'>): boolean {
    return entry.status !== 'DISCARDED';
}
