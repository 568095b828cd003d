/**
 * `ChangeSetEventResource.cls` in TypeScript: the Apex REST resource EventBridge's API
 * destination posts AWS's change set events to, at CHANGE_SET_EVENTS_PATH. The platform
 * authenticates the caller before the resource runs (OAuth client credentials in the org; a
 * bearer token in the local app's server) and tells it the running user's custom permissions.
 */
import type { ContractDeps } from './contractDeps';
import type { EventOutcome } from './ChangeSetEvents';
import { ChangeSetEvents } from './ChangeSetEvents';
import { inTransaction, LockTimeoutError } from './platform';
import { messagesIn } from './UserMessages';

/** `@RestResource(urlMapping='/marketplace/change-set-events')`, under the org's Apex REST root. */
export const CHANGE_SET_EVENTS_PATH = '/services/apexrest/marketplace/change-set-events';

/** What `RestContext.request` holds that the resource reads. */
export interface ChangeSetEventRequest {
    body: string;
    /** The running user's custom permissions. */
    permissions: ReadonlySet<string>;
}

export class ChangeSetEventResource {
    /** Receives one delivery of an event; the answer's body is `{outcome, message}`. */
    static async receive(
        deps: ContractDeps,
        request: ChangeSetEventRequest,
    ): Promise<EventOutcome> {
        const format = messagesIn('en');
        try {
            return await inTransaction(deps, (transaction) =>
                new ChangeSetEvents(deps, format).receive(
                    transaction,
                    request.body,
                    request.permissions,
                ),
            );
        } catch (error) {
            if (error instanceof LockTimeoutError) {
                // The record is locked by another transaction past the platform's 10 seconds.
                return { statusCode: 503, outcome: 'BUSY', message: error.message };
            }
            throw error;
        }
    }
}
