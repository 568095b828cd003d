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
