/**
 * The Apex triggers of `force-app/main/default/triggers` that the local twin needs, as the
 * platform model runs them (`PlatformDeps.changeRowTriggers`):
 * - `ResaleAuthorizationChangeTrigger` (after update of a change row): the one place a
 *   change's status write passes, whoever writes it; the sender of a change that finished is
 *   notified.
 * (`ResaleAuthorizationTrigger`, before delete, guards deletes made outside the app; the local
 * app deletes only through deleteDraft.)
 */
import type { ChangeRowTrigger } from './platform';
import { ResaleNotifications } from './ResaleNotifications';
import { messagesIn } from './UserMessages';

export function resaleAuthorizationChangeTrigger(): ChangeRowTrigger {
    // A trigger has no page language: its messages, if any, are the org's.
    const format = messagesIn('en');
    return (transaction, rows) =>
        ResaleNotifications.notifyFinishedChanges(transaction, rows, format);
}
