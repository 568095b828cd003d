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
const INTENTS = new Set(['APPLY', 'VALIDATE']);
const CHANGE_REFERENCE = /^\$[A-Za-z0-9_]+\.Entity\.Identifier$/;

export type ChangeSetRequest = Record<string, unknown>;

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

export function changeTypesOf(request: ChangeSetRequest): string[] {
    const changes = Array.isArray(request.ChangeSet) ? request.ChangeSet : [];
    return changes.map((change) => String(isObject(change) ? change.ChangeType : undefined));
}

export class ChangeSetAllowlist {
    static check(
        request: ChangeSetRequest,
        entityId: string | null,
        format: MessageFormatter,
    ): void {
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
            format('RA_Apex_UnexpectedProperty', 'Intent'),
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
                CHANGE_TYPES.has(changeType),
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
        }
    }
}
