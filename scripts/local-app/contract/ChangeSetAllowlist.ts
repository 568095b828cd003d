/**
 * What a StartChangeSet request built in the browser may contain before the server sends it,
 * as ChangeSetAllowlist.cls checks it: the AWSMarketplace catalog, 1 to 20 resale
 * authorization changes of the types the domain produces, only for the record being changed;
 * and the product rules AWS documents (docs/product-rules.md): a product AWS resells, a custom
 * EULA for professional services, and the currencies each pricing term takes.
 */
import {
    CATALOG,
    PRODUCED_CHANGE_TYPES,
    RESALE_AUTHORIZATION_ENTITY_TYPE,
} from '../../../lwc-src/raDomain/changeSet';
import type { ProductRecord } from '../../../lwc-src/raDomain/apexContract';
import { currencyCodeSchema } from '../../../lwc-src/raDomain/formState';
import { ProductSyncService } from './ProductSyncService';
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
const CONTRACT_CURRENCIES: readonly string[] = currencyCodeSchema.options;
const USD_ONLY: readonly string[] = ['USD'];
/** The currencies each pricing and payment term takes (the Catalog API's validations). */
const CURRENCIES_BY_TERM: Readonly<Record<string, readonly string[]>> = {
    ResaleConfigurableUpfrontPricingTerm: CONTRACT_CURRENCIES,
    ResaleFixedUpfrontPricingTerm: CONTRACT_CURRENCIES,
    ResaleUsageBasedPricingTerm: USD_ONLY,
    ResalePaymentScheduleTerm: USD_ONLY,
};

export type ChangeSetRequest = Record<string, unknown>;

/** The product rules a change set is checked against: the synced product of the record. */
export type ProductOfChange = Pick<ProductRecord, 'productId' | 'productType' | 'visibility'>;

/** What a change set must agree with: the saved record. */
export type RecordOfChange = Pick<
    StoredRecord,
    'entityId' | 'productId' | 'resellerAccountId' | 'authorizationName'
>;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const asObject = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});

/** The Terms of a change: in its DetailsDocument, or in its Details JSON text. */
function termsOf(change: Record<string, unknown>): Record<string, unknown>[] {
    let details: unknown = change.DetailsDocument;
    if (details === undefined && typeof change.Details === 'string') {
        try {
            details = JSON.parse(change.Details);
        } catch {
            details = null;
        }
    }
    const terms = asObject(details).Terms;
    return Array.isArray(terms) ? terms.map(asObject) : [];
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
     * product, reseller account or name differ from the saved record's. Refuses what AWS would
     * refuse of the product rules: anything but a restriction for a product AWS does not
     * resell, legal terms without a custom EULA for professional services, a pricing or payment
     * term in a currency it does not take, or terms in more than one currency. `product` is
     * null when the record's product was never synced (AWS then answers for it).
     */
    static check(
        request: ChangeSetRequest,
        record: RecordOfChange,
        action: string,
        product: ProductOfChange | null,
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
        if (action !== 'RESTRICT') {
            ChangeSetAllowlist.checkProductRules(
                changes.map(asObject),
                product,
                format,
                refuseUnless,
            );
        }
    }

    private static checkProductRules(
        changes: Record<string, unknown>[],
        product: ProductOfChange | null,
        format: MessageFormatter,
        refuseUnless: (allowed: boolean, message: string) => void,
    ): void {
        if (product) {
            refuseUnless(
                ProductSyncService.isResellable(product.productType, product.visibility),
                format('RA_Apex_ProductNotResellable', product.productId),
            );
        }
        let currency: string | null = null;
        for (const change of changes) {
            const terms = termsOf(change);
            if (
                change.ChangeType === 'UpdateLegalTerms' &&
                product?.productType === 'ProfessionalServices'
            ) {
                // Professional services: every buyer legal document is a custom EULA.
                for (const term of terms.filter((t) => t.Type === 'BuyerLegalTerm')) {
                    const documents = Array.isArray(term.Documents) ? term.Documents : [null];
                    for (const document of documents) {
                        refuseUnless(
                            asObject(document).Type === 'CustomEula',
                            format('RA_Apex_CustomEulaRequired'),
                        );
                    }
                }
            }
            for (const term of terms) {
                const type = String(term.Type);
                const allowed = Object.hasOwn(CURRENCIES_BY_TERM, type)
                    ? CURRENCIES_BY_TERM[type]
                    : undefined;
                if (!allowed) {
                    continue;
                }
                const termCurrency = String(term.CurrencyCode ?? null);
                refuseUnless(
                    allowed.includes(termCurrency) &&
                        (currency === null || currency === termCurrency),
                    format('RA_Apex_CurrencyNotAllowed', termCurrency, String(term.Type)),
                );
                currency = termCurrency;
            }
        }
    }
}
