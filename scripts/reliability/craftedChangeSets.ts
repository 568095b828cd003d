/**
 * Change sets a tampered page or another client could send to `prepareChangeSet` for a record:
 * each is refused before anything is stored or sent, as no such page exists in the app.
 */
import type { ChangeAction, FormState } from '../../lwc-src/raDomain/raDomain';
import { toRestrictChangeSet } from '../../lwc-src/raDomain/raDomain';
import { publishRequestOf } from '../bench/contractWorkflows';
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import type { ApexLabel } from '../local-app/contract/UserMessages';

type Json = Record<string, unknown>;

export interface CraftedChangeSet {
    name: string;
    action: ChangeAction;
    /** Sent for a record published on AWS; otherwise for a draft with nothing under way. */
    published: boolean;
    /** The refusal the server gives. */
    refusal: ApexLabel;
    /** The request, from the record's saved form and its entity id. */
    build(form: FormState, entityId: string | null): Json;
}

/** A resale authorization on AWS that no record of a run owns. */
export const FOREIGN_ENTITY_ID = SEED_RESALE_AUTHORIZATIONS[0]?.entityId ?? 'resaleauthz-unknown';

function publishRequest(form: FormState, entityId: string | null = null): Json {
    return JSON.parse(publishRequestOf(form, entityId)) as Json;
}

function changesOf(request: Json): Json[] {
    return request.ChangeSet as Json[];
}

/** The publish request with one property of the creation's details replaced. */
function withCreated(form: FormState, property: string, value: string): Json {
    const request = publishRequest(form);
    const create = changesOf(request).find(
        (change) => change.ChangeType === 'CreateResaleAuthorization',
    );
    if (create) {
        create.DetailsDocument = { ...(create.DetailsDocument as Json), [property]: value };
    }
    return request;
}

export const CRAFTED_CHANGE_SETS: readonly CraftedChangeSet[] = [
    {
        name: 'another reseller account',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_ChangeSetMismatch',
        build: (form) => withCreated(form, 'ResellerAccountId', '999988887777'),
    },
    {
        name: 'another product',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_ChangeSetMismatch',
        build: (form) => withCreated(form, 'ProductId', 'prod-saas-beta'),
    },
    {
        name: 'another name',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_ChangeSetMismatch',
        build: (form) => withCreated(form, 'Name', `${form.name} (copy)`),
    },
    {
        name: 'Intent VALIDATE',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_IntentNotAllowed',
        build: (form) => ({ ...publishRequest(form), Intent: 'VALIDATE' }),
    },
    {
        name: "another resale authorization's entity id",
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_WrongEntity',
        build: (form) => publishRequest(form, FOREIGN_ENTITY_ID),
    },
    {
        name: 'a restriction inside a publish',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_ChangeTypeNotAllowed',
        build: (form) => {
            const request = publishRequest(form);
            request.ChangeSet = [
                ...changesOf(request),
                ...changesOf(toRestrictChangeSet(FOREIGN_ENTITY_ID) as unknown as Json),
            ];
            return request;
        },
    },
    {
        name: 'another catalog',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_WrongCatalog',
        build: (form) => ({ ...publishRequest(form), Catalog: 'AWSMarketplaceTest' }),
    },
    {
        name: 'a property the app never sends',
        action: 'PUBLISH',
        published: false,
        refusal: 'RA_Apex_UnexpectedProperty',
        build: (form) => ({ ...publishRequest(form), ChangeSetTags: [{ Key: 'k', Value: 'v' }] }),
    },
    {
        name: 'a restriction of a draft',
        action: 'RESTRICT',
        published: false,
        refusal: 'RA_Apex_NotOnAws',
        build: () => toRestrictChangeSet(FOREIGN_ENTITY_ID) as unknown as Json,
    },
    {
        name: 'a restriction of another resale authorization',
        action: 'RESTRICT',
        published: true,
        refusal: 'RA_Apex_WrongEntity',
        build: () => toRestrictChangeSet(FOREIGN_ENTITY_ID) as unknown as Json,
    },
    {
        name: 'a second creation for a published record',
        action: 'PUBLISH',
        published: true,
        refusal: 'RA_Apex_PublishedNotEditable',
        build: (form) => publishRequest(form),
    },
];
