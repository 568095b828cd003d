import { lookUp } from '../catalog-simulator/idMap';

/**
 * Whether the resale authorizations a change set succeeded on carry what it asked for, read
 * through DescribeEntity as a client reads them. Each change sets some sections of its entity
 * (the pricing terms, the name, the status...); a later change of the change set that sets the
 * same section wins. What DescribeEntity does not show (`PricingModel`, `BulkRequestId`) is not
 * checked.
 */

type Json = Record<string, unknown>;
/** Whether the described details of an entity show what a change asked for. */
type Check = (described: Json) => boolean;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The described types of the terms each change type replaces. */
const REPLACED_TERMS: Readonly<Record<string, readonly string[]>> = {
    UpdatePricingTerms: [
        'ResaleConfigurableUpfrontPricingTerm',
        'ResaleFixedUpfrontPricingTerm',
        'ResaleUsageBasedPricingTerm',
    ],
    UpdateLegalTerms: ['BuyerLegalTerm', 'ResaleLegalTerm'],
    UpdatePaymentScheduleTerms: ['ResalePaymentScheduleTerm'],
    UpdateBuyerValidityTerms: ['BuyerValidityTerm'],
    UpdateNetPaymentTerms: ['ResaleNetPaymentTerm'],
    UpdateBuyerTargetingTerms: ['BuyerTargetingTerm'],
};
/** The details fields each change type sets, when given, as DescribeEntity shows them. */
const DETAIL_FIELDS: Readonly<Record<string, readonly string[]>> = {
    CreateResaleAuthorization: ['Name', 'Description', 'ProductId'],
    UpdateInformation: ['Name', 'Description', 'PreExistingBuyerAgreement'],
};
const STATUS_AFTER: Readonly<Record<string, string>> = {
    CreateResaleAuthorization: 'Draft',
    ReleaseResaleAuthorization: 'Active',
    RestrictResaleAuthorization: 'Restricted',
};

const isObject = (value: unknown): value is Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const ofType = (items: unknown, type: string): Json | undefined =>
    objects(items).find((item) => item.Type === type);

/**
 * Whether a described value shows a requested one: described objects may carry more (term
 * ids, the URLs of standard documents), and dates come back as date-times.
 */
function carries(requested: unknown, described: unknown): boolean {
    if (Array.isArray(requested)) {
        return (
            Array.isArray(described) &&
            described.length === requested.length &&
            requested.every((item, index) => carries(item, described[index]))
        );
    }
    if (isObject(requested)) {
        return (
            isObject(described) &&
            Object.entries(requested).every(([key, value]) =>
                carries(value, lookUp(described, key)),
            )
        );
    }
    if (typeof requested === 'string' && ISO_DATE.test(requested)) {
        return (
            typeof described === 'string' &&
            (described === requested || described.startsWith(`${requested}T`))
        );
    }
    return requested === described;
}

/** A described term in the shape a change sends it: buyer accounts come back as objects. */
function asSent(term: Json): Json {
    if (term.Type !== 'BuyerTargetingTerm' || !isObject(term.PositiveTargeting)) {
        return term;
    }
    const accounts = objects(term.PositiveTargeting.BuyerAccounts).map((a) => a.AwsAccountId);
    return { ...term, PositiveTargeting: { ...term.PositiveTargeting, BuyerAccounts: accounts } };
}

/** The requested terms are exactly the described terms of the types they replace. */
const termsCheck =
    (types: readonly string[], requested: Json[]): Check =>
    (described) => {
        const shown = objects(described.Terms).filter((term) => types.includes(String(term.Type)));
        return (
            shown.length === requested.length &&
            requested.every((term) => {
                const match = shown.find((s) => s.Type === term.Type);
                return match !== undefined && carries(term, asSent(match));
            })
        );
    };

const ruleCheck =
    (type: string, requested: Json): Check =>
    (described) =>
        carries(requested, ofType(described.Rules, type));

/** The sections a change sets, each with the check of what the entity must then show. */
function sectionsOf(changeType: string, details: Json): [string, Check][] {
    const sections: [string, Check][] = [];
    const replaced = lookUp(REPLACED_TERMS, changeType);
    if (replaced) {
        sections.push([changeType, termsCheck(replaced, objects(details.Terms))]);
    }
    for (const field of lookUp(DETAIL_FIELDS, changeType) ?? []) {
        if (details[field] !== undefined) {
            sections.push([field, (described) => carries(details[field], described[field])]);
        }
    }
    const status = lookUp(STATUS_AFTER, changeType);
    if (status) {
        sections.push(['Status', (described) => described.Status === status]);
    }
    if (changeType === 'CreateResaleAuthorization') {
        sections.push([
            'ResellerAccountId',
            ruleCheck('PartnerTargetingRule', { ResellerAccountId: details.ResellerAccountId }),
        ]);
    }
    if (changeType === 'UpdateAvailability') {
        sections.push(['Availability', ruleCheck('AvailabilityRule', details)]);
    }
    return sections;
}

function detailsOf(change: Json): Json {
    if (isObject(change.DetailsDocument)) {
        return change.DetailsDocument;
    }
    const parsed: unknown = typeof change.Details === 'string' ? JSON.parse(change.Details) : {};
    return isObject(parsed) ? parsed : {};
}

/**
 * What the entities of a succeeded change set do not carry, one line per section: empty when
 * they carry everything. `entityIds` are the entities the changes ended on, in order (as
 * DescribeChangeSet gives them); `describe` gives an entity's described details.
 */
export function termsNotCarried(
    changes: readonly Json[],
    entityIds: readonly string[],
    describe: (entityId: string) => Json,
): string[] {
    const expected = new Map<string, Map<string, { changeType: string; check: Check }>>();
    changes.forEach((change, index) => {
        const entityId = entityIds[index] ?? '';
        const changeType = String(change.ChangeType);
        const sections = expected.get(entityId) ?? new Map();
        for (const [section, check] of sectionsOf(changeType, detailsOf(change))) {
            sections.set(section, { changeType, check });
        }
        expected.set(entityId, sections);
    });
    const problems: string[] = [];
    for (const [entityId, sections] of expected) {
        const described = describe(entityId);
        for (const [section, { changeType, check }] of sections) {
            if (!check(described)) {
                problems.push(`${changeType}: ${entityId} does not show the requested ${section}`);
            }
        }
    }
    return problems;
}
