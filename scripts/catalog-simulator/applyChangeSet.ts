import { randomBytes } from 'node:crypto';
import { isResoldByAws } from './model';
import type { ChangeSetRecord, Json, ProductRecord, ResaleAuthorizationRecord } from './model';

/**
 * The asynchronous rules: what the service finds while applying a change set. Changes are
 * applied in order to copies of the entities; any rule broken fails the whole change set with
 * `CLIENT_ERROR` and error codes on the changes, and nothing is kept.
 */

export interface ApplyContext {
    today: string;
    now: string;
    sellerAccountId: string;
    product(productId: string): ProductRecord | undefined;
    entity(entityId: string): ResaleAuthorizationRecord | undefined;
    /** Whether a custom document URL names an object AWS can read (in the simulator's S3). */
    documentExists(url: string): boolean;
}

export interface ApplyResult {
    /** Entities created or changed, by id, when every change applied. */
    entities: Map<string, ResaleAuthorizationRecord>;
    /** Identifier of each change's entity, in order. */
    identifiers: string[];
    errors: { changeIndex: number; code: string; message: string }[];
}

const REFERENCE = /^\$([A-Za-z0-9_]+)\.Entity\.Identifier$/;
const RELEASED_EDITABLE = new Set(['UpdateAvailability', 'RestrictResaleAuthorization']);

export function newResaleAuthorizationId(): string {
    return `resaleauthz-${randomBytes(8).toString('hex').slice(0, 13)}`;
}

function addDuration(date: string, duration: string): string | null {
    const match = /^P(\d+)([MD])$/.exec(duration);
    if (!match) {
        return null;
    }
    const result = new Date(`${date}T00:00:00Z`);
    if (match[2] === 'M') {
        const day = result.getUTCDate();
        result.setUTCDate(1);
        result.setUTCMonth(result.getUTCMonth() + Number(match[1]));
        const last = new Date(
            Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
        ).getUTCDate();
        result.setUTCDate(Math.min(day, last));
    } else {
        result.setUTCDate(result.getUTCDate() + Number(match[1]));
    }
    // A duration too long for a calendar date ends after any date: nothing falls beyond it.
    return Number.isNaN(result.getTime()) ? null : result.toISOString().slice(0, 10);
}

const termOf = (terms: Json[] | undefined, type: string): Json | undefined =>
    terms?.find((t) => t.Type === type);

/** The rules a resale authorization must meet to be released. */
function releaseProblems(ra: ResaleAuthorizationRecord): { code: string; message: string }[] {
    const problems: { code: string; message: string }[] = [];
    if (!termOf(ra.legalTerms, 'BuyerLegalTerm')) {
        problems.push({ code: 'MISSING_MANDATORY_TERMS', message: 'Provide a BuyerLegalTerm' });
    }
    if (!ra.pricing || ra.pricing.Terms.length === 0) {
        problems.push({
            code: 'MISSING_MANDATORY_TERMS',
            message:
                'Provide at least one of [ResaleConfigurableUpfrontPricingTerm, ResaleFixedUpfrontPricingTerm, ResaleUsageBasedPricingTerm]',
        });
    }
    const fixed = termOf(ra.pricing?.Terms, 'ResaleFixedUpfrontPricingTerm');
    if (Boolean(fixed) !== Boolean(ra.paymentScheduleTerm)) {
        problems.push({
            code: 'MISSING_MANDATORY_TERMS',
            message:
                'ResaleFixedUpfrontPricingTerm and ResalePaymentScheduleTerm must be provided together',
        });
    }
    if (
        ra.paymentScheduleTerm &&
        !(
            ra.availability?.OffersMaxQuantity !== undefined &&
            ra.availability.AvailabilityEndDate !== undefined
        )
    ) {
        problems.push({
            code: 'INCOMPATIBLE_TERMS',
            message:
                'OffersMaxQuantity and AvailabilityEndDate must both be provided with a payment schedule',
        });
    }
    if (ra.preExistingBuyerAgreement && (ra.buyerAccounts ?? []).length === 0) {
        problems.push({
            code: 'INCOMPATIBLE_BUYER_TARGETING',
            message: 'A renewal (PreExistingBuyerAgreement) needs at least one buyer account',
        });
    }
    return problems;
}

function scheduleDates(ra: ResaleAuthorizationRecord): string[] {
    const schedule = (ra.paymentScheduleTerm?.Schedule as Json[] | undefined) ?? [];
    return schedule.map((row) => String(row.ChargeDate));
}

/** Cross-term rules checked once all changes of the change set are in. */
function consistencyProblems(
    ra: ResaleAuthorizationRecord,
    context: ApplyContext,
): { code: string; message: string }[] {
    const problems: { code: string; message: string }[] = [];
    const end = ra.availability?.AvailabilityEndDate;
    const dates = scheduleDates(ra);
    if (end && dates.some((date) => date <= end)) {
        problems.push({
            code: 'INVALID_AVAILABILITY_END_DATE',
            message: 'AvailabilityEndDate must be before all ChargeDates of the payment schedule',
        });
    }
    const fixed = termOf(ra.pricing?.Terms, 'ResaleFixedUpfrontPricingTerm');
    if (end && fixed && dates.length > 0) {
        const limit = addDuration(end, String(fixed.Duration));
        if (limit && dates.some((date) => date > limit)) {
            problems.push({
                code: 'INVALID_CHARGE_DATES',
                message: `The last charge date must be on or before ${limit}`,
            });
        }
    }
    const currencies = new Set(
        [...(ra.pricing?.Terms ?? []), ...(ra.paymentScheduleTerm ? [ra.paymentScheduleTerm] : [])]
            .map((term) => term.CurrencyCode)
            .filter((currency) => currency !== undefined),
    );
    if (currencies.size > 1) {
        problems.push({
            code: 'INVALID_CURRENCY_CODE',
            message: 'Provide the same CurrencyCode across all pricing and payment terms',
        });
    }
    if (dates.some((date) => date <= context.today)) {
        problems.push({
            code: 'INVALID_CHARGE_DATES',
            message: 'Charge dates must be in the future',
        });
    }
    return problems;
}

function pricingProblems(
    details: Json,
    product: ProductRecord | undefined,
): { code: string; message: string }[] {
    const problems: { code: string; message: string }[] = [];
    const dimensions = new Map((product?.dimensions ?? []).map((d) => [d.Key, d]));
    const terms = (details.Terms as Json[]) ?? [];
    const model = String(details.PricingModel);
    const types = terms.map((t) => String(t.Type));
    if (model === 'Usage' && types.some((t) => t !== 'ResaleUsageBasedPricingTerm')) {
        problems.push({
            code: 'INCOMPATIBLE_TERMS',
            message: 'Usage pricing allows only a ResaleUsageBasedPricingTerm',
        });
    }
    if (
        types.includes('ResaleFixedUpfrontPricingTerm') &&
        types.includes('ResaleConfigurableUpfrontPricingTerm')
    ) {
        problems.push({
            code: 'INCOMPATIBLE_TERMS',
            message:
                'ResaleFixedUpfrontPricingTerm and ResaleConfigurableUpfrontPricingTerm cannot be combined',
        });
    }
    const selectors = new Set<string>();
    let cardKeys: string | null = null;
    for (const term of terms) {
        const metered = term.Type === 'ResaleUsageBasedPricingTerm';
        const keyLists: string[][] =
            term.Type === 'ResaleFixedUpfrontPricingTerm'
                ? [((term.Grants as Json[]) ?? []).map((g) => String(g.DimensionKey))]
                : ((term.RateCards as Json[]) ?? []).map((card) =>
                      ((card.RateCard as Json[]) ?? []).map((r) => String(r.DimensionKey)),
                  );
        if (term.Type === 'ResaleConfigurableUpfrontPricingTerm') {
            for (const card of (term.RateCards as Json[]) ?? []) {
                const selector = String((card.Selector as Json | undefined)?.Value);
                if (selectors.has(selector)) {
                    problems.push({
                        code: 'DUPLICATE_SELECTORS',
                        message: `Duration ${selector} appears in more than one rate card`,
                    });
                }
                selectors.add(selector);
            }
        }
        for (const keys of keyLists) {
            if (new Set(keys).size !== keys.length) {
                problems.push({
                    code: 'DUPLICATE_DIMENSION_KEYS',
                    message: 'A dimension key appears more than once',
                });
            }
            for (const key of keys) {
                const dimension = dimensions.get(key);
                if (!dimension) {
                    problems.push({
                        code: 'INCOMPATIBLE_PRODUCT',
                        message: `Dimension ${key} does not exist on product ${product?.entityId ?? ''}`,
                    });
                } else if (metered !== dimension.Types.includes('Metered')) {
                    problems.push({
                        code: 'INVALID_RATE_CARD',
                        message: `Dimension ${key} is ${metered ? 'not metered' : 'metered'}: ${metered ? 'usage rates need metered dimensions' : 'upfront prices need entitled dimensions'}`,
                    });
                }
            }
            if (term.Type === 'ResaleConfigurableUpfrontPricingTerm') {
                const signature = [...keys].sort().join(',');
                if (cardKeys !== null && cardKeys !== signature) {
                    problems.push({
                        code: 'INVALID_RATE_CARD',
                        message: 'Every duration must price the same dimension keys',
                    });
                }
                cardKeys = signature;
            }
        }
        if (metered) {
            const priced = new Set(keyLists.flat());
            const missing = [...dimensions.values()].filter(
                (d) => d.Types.includes('Metered') && !priced.has(d.Key),
            );
            if (missing.length > 0) {
                problems.push({
                    code: 'INVALID_RATE_CARD',
                    message: `Provide rates for all metered dimensions: missing ${missing.map((d) => d.Key).join(', ')}`,
                });
            }
        }
    }
    return problems;
}

function documentProblems(
    details: Json,
    context: ApplyContext,
): { code: string; message: string }[] {
    const problems: { code: string; message: string }[] = [];
    for (const term of (details.Terms as Json[]) ?? []) {
        for (const document of (term.Documents as Json[]) ?? []) {
            if (
                String(document.Type).startsWith('Custom') &&
                !context.documentExists(String(document.Url))
            ) {
                problems.push({
                    code:
                        term.Type === 'BuyerLegalTerm'
                            ? 'INVALID_BUYER_LEGAL_DOCUMENTS'
                            : 'INVALID_RESALE_LEGAL_DOCUMENTS',
                    message: `The document ${String(document.Url)} is not in an S3 bucket AWS Marketplace can read`,
                });
            }
        }
    }
    return problems;
}

/**
 * The Seller Guide's channel partner page: "Only custom EULAs are supported for professional
 * services sellers".
 */
function onlyCustomEulas(details: Json): boolean {
    return ((details.Terms as Json[]) ?? [])
        .filter((term) => term.Type === 'BuyerLegalTerm')
        .every((term) =>
            ((term.Documents as Json[]) ?? []).every((document) => document.Type === 'CustomEula'),
        );
}

export function applyChangeSet(changeSet: ChangeSetRecord, context: ApplyContext): ApplyResult {
    const entities = new Map<string, ResaleAuthorizationRecord>();
    const created = new Map<string, string>();
    const identifiers: string[] = [];
    const errors: ApplyResult['errors'] = [];
    const released = new Set<string>();
    const load = (id: string): ResaleAuthorizationRecord | undefined => {
        const known = entities.get(id) ?? context.entity(id);
        return known ? (structuredClone(known) as ResaleAuthorizationRecord) : undefined;
    };

    changeSet.changes.forEach((change, changeIndex) => {
        const fail = (code: string, message: string): void => {
            errors.push({ changeIndex, code, message });
        };
        const details = change.DetailsDocument;
        if (change.ChangeType === 'CreateResaleAuthorization') {
            const id = newResaleAuthorizationId();
            identifiers.push(id);
            if (change.ChangeName) {
                created.set(change.ChangeName, id);
            }
            if (String(details.ResellerAccountId) === context.sellerAccountId) {
                fail(
                    'INVALID_RESELLER_ACCOUNT',
                    'Provide a valid reseller account: a seller cannot resell its own product',
                );
            }
            entities.set(id, {
                entityId: id,
                revision: 1,
                status: 'Draft',
                productId: String(details.ProductId),
                name: String(details.Name),
                ...(details.Description !== undefined
                    ? { description: String(details.Description) }
                    : {}),
                resellerAccountId: String(details.ResellerAccountId),
                createdDate: context.now,
                lastModifiedDate: context.now,
            });
            return;
        }
        const reference = REFERENCE.exec(change.Entity.Identifier ?? '');
        const id = reference
            ? (created.get(reference[1] ?? '') ?? '')
            : (change.Entity.Identifier ?? '');
        identifiers.push(id);
        const ra = load(id);
        if (!ra) {
            fail('ENTITY_NOT_FOUND', `Entity ${id} does not exist`);
            return;
        }
        const product = context.product(ra.productId);
        if (ra.status === 'Restricted') {
            fail(
                'INCOMPATIBLE_STATUS',
                `${change.ChangeType} request can't be performed on a restricted resale authorization`,
            );
            return;
        }
        if (ra.status === 'Active' && !RELEASED_EDITABLE.has(change.ChangeType)) {
            fail(
                'INCOMPATIBLE_STATUS',
                `${change.ChangeType} request can't be performed after the resale authorization is released`,
            );
            return;
        }
        switch (change.ChangeType) {
            case 'UpdateBuyerTargetingTerms': {
                const term = ((details.Terms as Json[]) ?? [])[0];
                ra.buyerAccounts =
                    ((term?.PositiveTargeting as Json | undefined)?.BuyerAccounts as string[]) ??
                    [];
                break;
            }
            case 'UpdateAvailability':
                if (ra.status === 'Active' && details.OffersMaxQuantity !== undefined) {
                    fail(
                        'INCOMPATIBLE_STATUS',
                        'Only the AvailabilityEndDate can change after the resale authorization is released',
                    );
                }
                ra.availability = {
                    ...(details.AvailabilityEndDate !== undefined
                        ? { AvailabilityEndDate: String(details.AvailabilityEndDate) }
                        : {}),
                    ...(details.OffersMaxQuantity !== undefined
                        ? { OffersMaxQuantity: Number(details.OffersMaxQuantity) }
                        : {}),
                };
                break;
            case 'UpdateBuyerValidityTerms':
                if (product?.entityType !== 'SaaSProduct') {
                    fail(
                        'INCOMPATIBLE_PRODUCT',
                        'Future dated agreements are not supported for this product',
                    );
                }
                ra.buyerValidityTerm = ((details.Terms as Json[]) ?? [])[0];
                break;
            case 'UpdateLegalTerms':
                for (const problem of documentProblems(details, context)) {
                    fail(problem.code, problem.message);
                }
                if (
                    product?.entityType === 'ProfessionalServicesProduct' &&
                    !onlyCustomEulas(details)
                ) {
                    fail(
                        'INCOMPATIBLE_PRODUCT',
                        'Only a CustomEula BuyerLegalTerm is supported for professional services products',
                    );
                }
                ra.legalTerms = (details.Terms as Json[]) ?? [];
                break;
            case 'UpdatePricingTerms':
                for (const problem of pricingProblems(details, product)) {
                    fail(problem.code, problem.message);
                }
                ra.pricing = {
                    PricingModel: String(details.PricingModel),
                    Terms: (details.Terms as Json[]) ?? [],
                };
                break;
            case 'UpdatePaymentScheduleTerms': {
                const term = ((details.Terms as Json[]) ?? [])[0] ?? {};
                const dates = ((term.Schedule as Json[]) ?? []).map((row) =>
                    String(row.ChargeDate),
                );
                if (new Set(dates).size !== dates.length) {
                    fail('DUPLICATE_CHARGE_DATES', 'Each charge date must be unique');
                }
                ra.paymentScheduleTerm = term;
                break;
            }
            case 'UpdateNetPaymentTerms':
                ra.netPaymentTerm = ((details.Terms as Json[]) ?? [])[0];
                break;
            case 'UpdateInformation':
                if (details.Name !== undefined) {
                    ra.name = String(details.Name);
                }
                if (details.Description !== undefined) {
                    ra.description = String(details.Description);
                }
                if (details.PreExistingBuyerAgreement !== undefined) {
                    ra.preExistingBuyerAgreement =
                        details.PreExistingBuyerAgreement as ResaleAuthorizationRecord['preExistingBuyerAgreement'];
                }
                break;
            case 'ReleaseResaleAuthorization':
                if (ra.status !== 'Draft') {
                    fail('INCOMPATIBLE_STATUS', 'The resale authorization is already released');
                }
                if (!isResoldByAws(product)) {
                    fail('INCOMPATIBLE_PRODUCT', 'The product must be active, limited or public');
                }
                released.add(id);
                break;
            case 'RestrictResaleAuthorization':
                if (ra.status !== 'Active') {
                    fail(
                        'INCOMPATIBLE_STATUS',
                        'Only an active resale authorization can be restricted',
                    );
                }
                ra.status = 'Restricted';
                break;
            default:
                break;
        }
        ra.lastModifiedDate = context.now;
        entities.set(id, ra);
    });

    // Release is checked on the entity as the whole change set leaves it, whatever the order.
    for (const [id, ra] of entities) {
        const releaseIndex = changeSet.changes.findIndex(
            (c, i) => c.ChangeType === 'ReleaseResaleAuthorization' && identifiers[i] === id,
        );
        const lastIndex = identifiers.lastIndexOf(id);
        for (const problem of consistencyProblems(ra, context)) {
            errors.push({ changeIndex: lastIndex, ...problem });
        }
        if (released.has(id)) {
            for (const problem of releaseProblems(ra)) {
                errors.push({ changeIndex: releaseIndex, ...problem });
            }
            ra.status = 'Active';
        }
        ra.revision += 1;
    }
    return { entities, identifiers, errors };
}
