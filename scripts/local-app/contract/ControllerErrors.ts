/**
 * `ControllerErrors.cls` in TypeScript: what the user is told when a request fails. The app's
 * own refusals and AWS's answers keep their message; a record another request holds is "busy";
 * anything else is unexpected, its details logged for the administrator only.
 */
import { CatalogApiException } from './CatalogApiException';
import { AuraHandledException, LockTimeoutError } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { MessageFormatter } from './UserMessages';

export class ControllerErrors {
    static toAuraHandledException(
        error: unknown,
        format: MessageFormatter,
        log: (line: string) => void,
    ): AuraHandledException {
        if (error instanceof AuraHandledException) {
            return error;
        }
        if (error instanceof ResaleAuthorizationException) {
            return new AuraHandledException(error.message);
        }
        if (error instanceof CatalogApiException) {
            return new AuraHandledException(error.userMessage(format));
        }
        if (error instanceof LockTimeoutError) {
            return new AuraHandledException(format('RA_Apex_RecordBusy'));
        }
        log(error instanceof Error ? (error.stack ?? error.message) : String(error));
        return new AuraHandledException(format('RA_Apex_Unexpected'));
    }
}
