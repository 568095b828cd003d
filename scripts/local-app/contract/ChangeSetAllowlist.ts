/**
 * What a StartChangeSet request built in the browser may contain before the server sends it,
 * as ChangeSetAllowlist.cls checks it: the AWSMarketplace catalog, 1 to 20 resale
 * authorization changes of the types the domain produces, only for the record being changed.
 */
import {
    CATALOG,
    PRODUCED_CHANGE_TYPES,
    RESALE_AUTHORIZATION_ENTITY_TYPE,
} from '../../../lwc-src/raDomain/changeSet';
import type { MessageFormatter } from './UserMessages';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { StoredRecord } from './store';

export const MAX_CHANGES = 20;
export const MAX_CHANGE_SET_CHARACTERS = 65536;

const REQUEST_PROPERTIES = new Set([
    'Catalog',
    'ChangeSet',
    'ChangeSetName',
    'ClientRequestToken',
    'Intent',
]);
const CHANGE_PROPERTIES = new Set([
    'ChangeType',
    'Entity',
    'DetailsDocument',
    'Details',
    'ChangeName',
]);
const CHANGE_TYPES = new Set<string>(PRODUCED_CHANGE_TYPES);
/** AWS supports VALIDATE only for single-AMI product versions, never resale authorizations. */
const INTENTS = new Set(['APPLY']);
const RESTRICT = 'RestrictResaleAuthorization';
const CREATE = 'CreateResaleAuthorization';
const CHANGE_REFERENCE = /^\$[A-Za-z0-9_]+\.Entity\.Identifier$/;

export type ChangeSetRequest = Record<string, unknown>;

/** What a change set must agree with: the saved record. */
export type RecordOfChange = Pick<
    StoredRecord,
    'entityId' | 'productId' | 'resellerAccountId' | 'authorizationName'
>;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseChangeSet(json: unknown, format: MessageFormatter): ChangeSetRequest {
    if (typeof json !== 'string' || json.trim() === '') {
        throw new ResaleAuthorizationException(format('RA_Apex_ChangeSetNotJson'));
    }
    if (json.length > MAX_CHANGE_SET_CHARACTERS) {
        throw new ResaleAuthorizationException(
            format('RA_Apex_ChangeSetTooLarge', MAX_CHANGE_SET_CHARACTERS / 1024),
        );
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(json);
    } catch {
        parsed = null;
    }
    if (!isObject(parsed)) {
        throw new ResaleAuthorizationException(format('RA_Apex_ChangeSetNotJson'));
    }
    return parsed;
}

export class ChangeSetAllowlist {
    /**
     * Refuses a request that is not one the app builds for this record and action: another
     * catalog, property, change type, entity or intent than APPLY, a restriction with other
     * changes or other changes with a restriction, or a created resale authorization whose
     * product, reseller account or name differ from the saved record's.
     */
    static check(
        request: ChangeSetRequest,
        record: RecordOfChange,
        action: string,
        format: MessageFormatter,
    ): void {
        const entityId = record.entityId;
        const refuseUnless = (allowed: boolean, message: string): void => {
            if (!allowed) {
                throw new ResaleAuthorizationException(message);
            }
        };
        for (const property of Object.keys(request)) {
            refuseUnless(
                REQUEST_PROPERTIES.has(property),
                format('RA_Apex_UnexpectedProperty', property),
            );
        }
        refuseUnless(request.Catalog === CATALOG, format('RA_Apex_WrongCatalog', CATALOG));
        refuseUnless(
            request.Intent === undefined || INTENTS.has(String(request.Intent)),
            format('RA_Apex_IntentNotAllowed', String(request.Intent)),
        );
        const changes = Array.isArray(request.ChangeSet) ? request.ChangeSet : [];
        refuseUnless(
            changes.length > 0 && changes.length <= MAX_CHANGES,
            format('RA_Apex_ChangeCount', MAX_CHANGES),
        );
        for (const value of changes) {
            const change = isObject(value) ? value : {};
            for (const property of Object.keys(change)) {
                refuseUnless(
                    CHANGE_PROPERTIES.has(property),
                    format('RA_Apex_UnexpectedProperty', property),
                );
            }
            const changeType = String(change.ChangeType);
            refuseUnless(
                CHANGE_TYPES.has(changeType) &&
                    (changeType === RESTRICT) === (action === 'RESTRICT'),
                format('RA_Apex_ChangeTypeNotAllowed', changeType),
            );
            const entity = isObject(change.Entity) ? change.Entity : {};
            refuseUnless(
                entity.Type === RESALE_AUTHORIZATION_ENTITY_TYPE,
                format('RA_Apex_WrongEntityType', RESALE_AUTHORIZATION_ENTITY_TYPE),
            );
            const identifier = entity.Identifier;
            const targetsThisRecord =
                (identifier === undefined && changeType === 'CreateResaleAuthorization') ||
                (typeof identifier === 'string' &&
                    (CHANGE_REFERENCE.test(identifier) ||
                        (entityId !== null && identifier === entityId)));
            refuseUnless(targetsThisRecord, format('RA_Apex_WrongEntity', String(identifier)));
            if (changeType === CREATE) {
                refuseUnless(entityId === null, format('RA_Apex_WrongEntity', CREATE));
                const details = isObject(change.DetailsDocument) ? change.DetailsDocument : {};
                for (const [property, saved] of [
                    ['ProductId', record.productId],
                    ['ResellerAccountId', record.resellerAccountId],
                    ['Name', record.authorizationName],
                ] as const) {
                    // Blank and absent are the same text, as in a Salesforce text field.
                    refuseUnless(
                        (details[property] ?? '') === (saved ?? ''),
                        format('RA_Apex_ChangeSetMismatch'),
                    );
                }
            }
        }
    }
}
