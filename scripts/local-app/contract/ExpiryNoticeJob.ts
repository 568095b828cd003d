/**
 * `ExpiryNoticeJob.cls` in TypeScript: the daily expiry notices. The owner of each resale
 * authorization the expiry radar lists as expiring within the notice days (shown Active; the
 * org's `Marketplace_Resale_Setting`, `ContractDeps.expiryNoticeDays` here, 30 by default) is
 * told, once per expiry date; the mark is written first, the notifications are sent after it, in
 * one transaction with no callout.
 */
import { addDays } from '../../../lwc-src/raDomain/dates';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { ResaleNotifications } from './ResaleNotifications';
import { messagesIn } from './UserMessages';

export const JOB_NAME = 'Resale authorization expiry notices';
export const DEFAULT_NOTICE_DAYS = 30;
/** Notices per run; what is left is told the next day, soonest expiry first. */
export const MAX_RECORDS_PER_RUN = 200;

export class ExpiryNoticeJob {
    constructor(private readonly deps: ContractDeps) {}

    /** `System.schedule` of the daily run, once per org (a second schedule is refused). */
    static scheduleDaily(deps: ContractDeps): void {
        deps.queue.scheduleDaily(JOB_NAME, () => new ExpiryNoticeJob(deps).execute());
    }

    /** The daily run, for today in UTC: the date AWS compares expiry dates with. */
    async execute(): Promise<void> {
        await this.notifyOwnersDue(new Date(this.deps.clock()).toISOString().slice(0, 10));
    }

    /** Notifies the owners of the resale authorizations due today; @returns how many */
    async notifyOwnersDue(today: string): Promise<number> {
        const days = ExpiryNoticeJob.noticeDays(this.deps);
        return inTransaction(this.deps, async (transaction) => {
            const due = new ResaleAuthorizationSelector(transaction, messagesIn('en'))
                .selectExpiringUnnotified(today, addDays(today, days), MAX_RECORDS_PER_RUN)
                .filter(
                    (record) =>
                        ResaleNotifications.expiryNotice(
                            record.expiryDate,
                            record.expiryNotifiedFor,
                            record.displayStatus,
                            today,
                            days,
                        ) !== null,
                );
            due.forEach((record) =>
                transaction.updateRecord({ ...record, expiryNotifiedFor: record.expiryDate }),
            );
            ResaleNotifications.notifyExpiring(transaction, due, today);
            return due.length;
        });
    }

    /** How many days before the expiry date owners are told. */
    static noticeDays(deps: Pick<ContractDeps, 'expiryNoticeDays'>): number {
        const days = deps.expiryNoticeDays;
        return days === undefined || days < 0 ? DEFAULT_NOTICE_DAYS : Math.trunc(days);
    }
}
