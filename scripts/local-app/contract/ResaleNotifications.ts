/**
 * `ResaleNotifications.cls` in TypeScript: the custom notifications of resale authorizations,
 * sent through the platform model (`Transaction.sendNotification`, delivered at commit). The
 * title and body are Custom Labels with their parameters; the local app shows them in the
 * reader's language, as the Apex writes them in the recipient's.
 */
import { DisplayStatuses } from './DisplayStatuses';
import { ExpiryRadar } from './ExpiryRadar';
import type { Transaction } from './platform';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import type { LabelText, StoredChange, StoredRecord } from './store';
import type { ApexLabel, MessageFormatter } from './UserMessages';

/** The CustomNotificationType's developer name. */
export const TYPE_NAME = 'Resale_Authorization_Update';

/** Who is told, and the Custom Labels of the title and body (the contract vectors' shape). */
export interface Notice {
    recipient: 'sender' | 'owner';
    titleLabel: ApexLabel;
    bodyLabel: ApexLabel;
}

type NoticeKind = 'ChangeSucceeded' | 'ChangeFailed' | 'Expiring';

function notice(recipient: Notice['recipient'], kind: NoticeKind): Notice {
    return {
        recipient,
        titleLabel: `RA_Notify_${kind}_Title`,
        bodyLabel: `RA_Notify_${kind}_Body`,
    };
}

interface Outgoing {
    notice: Notice;
    recipient: string;
    targetId: string;
    params: LabelText['params'];
}

export class ResaleNotifications {
    /**
     * What a change's status write tells the user who sent it (contract vectors
     * `notifications.changes`): SUCCEEDED or FAILED, once.
     */
    static changeNotice(previousStatus: string | null, status: string | null): Notice | null {
        if (DisplayStatuses.isFinal(previousStatus)) {
            return null;
        }
        if (status === DisplayStatuses.SUCCEEDED) {
            return notice('sender', 'ChangeSucceeded');
        }
        return status === DisplayStatuses.FAILED ? notice('sender', 'ChangeFailed') : null;
    }

    /**
     * Whether the owner is told of the expiry today (contract vectors `notifications.expiry`):
     * expiring within the notice days as the expiry radar reads it (shown Active, expiring today
     * or within the days), not told of this date yet.
     */
    static expiryNotice(
        expiryDate: string | null,
        notifiedFor: string | null,
        displayStatus: string | null,
        today: string,
        noticeDays: number,
    ): Notice | null {
        const due =
            ExpiryRadar.isExpiring(displayStatus, expiryDate, today, noticeDays) &&
            notifiedFor !== expiryDate;
        return due ? notice('owner', 'Expiring') : null;
    }

    /** The after-update trigger of change rows: tells each sender of a change that finished. */
    static notifyFinishedChanges(
        transaction: Transaction,
        rows: readonly { previous: StoredChange; updated: StoredChange }[],
        format: MessageFormatter,
    ): void {
        const finished = rows.flatMap(({ previous, updated }) => {
            const told = ResaleNotifications.changeNotice(previous.status, updated.status);
            return told ? [{ told, updated }] : [];
        });
        if (finished.length === 0) {
            return;
        }
        const records = new Map(
            new ResaleAuthorizationSelector(transaction, format)
                .selectForNotices(finished.map(({ updated }) => updated.recordId))
                .map((record) => [record.id, record]),
        );
        ResaleNotifications.deliver(
            transaction,
            finished.map(({ told, updated }) => {
                const record = records.get(updated.recordId);
                return {
                    notice: told,
                    // Rows kept before the sender was: the record's creator sent them.
                    recipient: updated.sentBy ?? record?.createdByName ?? '',
                    targetId: updated.recordId,
                    params: [record?.authorizationName ?? ''],
                };
            }),
        );
    }

    /**
     * Tells the owner of each resale authorization (its creator, here) that it expires soon: its
     * name, its expiry date and the days left in the expiry radar's words.
     */
    static notifyExpiring(
        transaction: Transaction,
        records: readonly StoredRecord[],
        today: string,
    ): void {
        ResaleNotifications.deliver(
            transaction,
            records.map((record) => {
                const daysLeft = ExpiryRadar.daysLeft(record.expiryDate ?? today, today);
                return {
                    notice: notice('owner', 'Expiring'),
                    recipient: record.createdByName,
                    targetId: record.id,
                    params: [
                        record.authorizationName,
                        record.expiryDate ?? '',
                        { label: ExpiryRadar.daysLeftLabel(daysLeft), params: [String(daysLeft)] },
                    ],
                };
            }),
        );
    }

    private static deliver(transaction: Transaction, outgoing: readonly Outgoing[]): void {
        for (const message of outgoing) {
            transaction.sendNotification({
                typeName: TYPE_NAME,
                recipient: message.recipient,
                title: { label: message.notice.titleLabel, params: message.params },
                body: { label: message.notice.bodyLabel, params: message.params },
                targetId: message.targetId,
            });
        }
    }
}
