import { lookUp } from './idMap';
import type { Json, ProductRecord, ResaleAuthorizationRecord, SimulatorState } from './model';
import { RESALE_AUTHORIZATION_TYPE } from './model';

/** How entities read back through DescribeEntity / ListEntities (the shapes of the API reference). */

const STANDARD_DOCUMENTS: Record<string, string> = {
    StandardEula:
        'https://s3.amazonaws.com/aws-mp-standard-contracts/Standard-Contact-for-AWS-Marketplace-2022-07-14.pdf',
    EnterpriseEula:
        'https://s3.amazonaws.com/aws-mp-standard-contracts/Enterprise-Contract-for-AWS-Marketplace.pdf',
    StandardResellerContract:
        'https://s3.amazonaws.com/aws-mp-standard-contracts/Standard-Reseller-Contract-for-AWS-Marketplace.pdf',
};

const RESELLER_NAMES: Record<string, string> = {
    '111122223333': 'Example Reseller LLC',
    '222233334444': 'Northwind Cloud Partners',
    '333344445555': 'Contoso Channel Services',
};

export const resellerLegalName = (accountId: string): string =>
    lookUp(RESELLER_NAMES, accountId) ?? `Reseller ${accountId}`;

export const entityArn = (state: SimulatorState, type: string, id: string): string =>
    `arn:aws:aws-marketplace:us-east-1:${state.sellerAccountId}:AWSMarketplace/${type}/${id}`;

const endOfDay = (date: string): string => `${date}T23:59:59Z`;

/**
 * How the reseller has used it for offers, as DescribeEntity and ListEntities say it: `Not
 * Started` before any offer; then `Completed-Used` for a one-time resale authorization (it
 * cannot be used again) and `Completed-Usable` for a multi-use one.
 */
export function offerExtendedStatus(ra: ResaleAuthorizationRecord): string {
    if (!ra.offersCreated) {
        return 'Not Started';
    }
    return ra.availability?.OffersMaxQuantity === 1 ? 'Completed-Used' : 'Completed-Usable';
}

function describedTerms(ra: ResaleAuthorizationRecord): Json[] {
    const terms: Json[] = [];
    let index = 0;
    const add = (term: Json | undefined): void => {
        if (term) {
            terms.push({ ...term, Id: `term-${ra.entityId.slice(-8)}-${++index}` });
        }
    };
    add(ra.netPaymentTerm);
    ra.pricing?.Terms.forEach(add);
    if (ra.paymentScheduleTerm) {
        add({
            ...ra.paymentScheduleTerm,
            Schedule: ((ra.paymentScheduleTerm.Schedule as Json[]) ?? []).map((row) => ({
                ...row,
                ChargeDate: `${String(row.ChargeDate)}T00:00:00.000Z`,
            })),
        });
    }
    for (const term of ra.legalTerms ?? []) {
        add({
            ...term,
            Documents: ((term.Documents as Json[]) ?? []).map((doc) =>
                doc.Url ? doc : { ...doc, Url: lookUp(STANDARD_DOCUMENTS, String(doc.Type)) ?? '' },
            ),
        });
    }
    if (ra.buyerValidityTerm) {
        add({
            ...ra.buyerValidityTerm,
            MaximumAgreementStartDate: `${String(ra.buyerValidityTerm.MaximumAgreementStartDate)}T23:59:59.000Z`,
        });
    }
    if (ra.buyerAccounts && ra.buyerAccounts.length > 0) {
        add({
            Type: 'BuyerTargetingTerm',
            PositiveTargeting: {
                BuyerAccounts: ra.buyerAccounts.map((AwsAccountId) => ({ AwsAccountId })),
            },
        });
    }
    return terms;
}

export function describeResaleAuthorization(
    state: SimulatorState,
    ra: ResaleAuthorizationRecord,
): Json {
    const product = state.products.find((p) => p.entityId === ra.productId);
    const rules: Json[] = [];
    if (ra.availability) {
        rules.push({
            Type: 'AvailabilityRule',
            Id: `rule-${ra.entityId.slice(-8)}-1`,
            Usage: 'Limited',
            ...(ra.availability.AvailabilityEndDate
                ? { AvailabilityEndDate: endOfDay(ra.availability.AvailabilityEndDate) }
                : {}),
            ...(ra.availability.OffersMaxQuantity !== undefined
                ? { OffersMaxQuantity: ra.availability.OffersMaxQuantity }
                : {}),
        });
    }
    rules.push({
        Type: 'PartnerTargetingRule',
        Id: `rule-${ra.entityId.slice(-8)}-2`,
        ResellerAccountId: ra.resellerAccountId,
        ResellerLegalName: resellerLegalName(ra.resellerAccountId),
    });
    return {
        Name: ra.name,
        ...(ra.description !== undefined ? { Description: ra.description } : {}),
        ProductId: ra.productId,
        ProductName: product?.title ?? ra.productId,
        Status: ra.status,
        PreExistingBuyerAgreement: ra.preExistingBuyerAgreement ?? {
            AcquisitionChannel: 'Unknown',
            PricingModel: 'Unknown',
        },
        CreatedDate: ra.createdDate,
        ManufacturerLegalName: state.sellerLegalName,
        ManufacturerAccountId: state.sellerAccountId,
        Dimensions: product?.dimensions ?? [],
        OfferDetails: {
            OfferExtendedStatus: offerExtendedStatus(ra),
            OfferCreatedCount: ra.offersCreated ?? 0,
        },
        Terms: describedTerms(ra),
        Rules: rules,
    };
}

export function describeProduct(product: ProductRecord): Json {
    return {
        Description: {
            ProductTitle: product.title,
            ShortDescription: product.shortDescription,
            Visibility: product.visibility,
        },
        Dimensions: product.dimensions,
    };
}

export function resaleAuthorizationSummary(
    state: SimulatorState,
    ra: ResaleAuthorizationRecord,
): Json {
    const product = state.products.find((p) => p.entityId === ra.productId);
    return {
        Name: ra.name,
        EntityType: 'ResaleAuthorization',
        EntityId: ra.entityId,
        EntityArn: entityArn(state, 'ResaleAuthorization', ra.entityId),
        LastModifiedDate: ra.lastModifiedDate,
        ResaleAuthorizationSummary: {
            Name: ra.name,
            ProductId: ra.productId,
            ProductName: product?.title ?? ra.productId,
            ManufacturerAccountId: state.sellerAccountId,
            ManufacturerLegalName: state.sellerLegalName,
            ResellerAccountID: ra.resellerAccountId,
            ResellerLegalName: resellerLegalName(ra.resellerAccountId),
            Status: ra.status,
            OfferExtendedStatus: offerExtendedStatus(ra),
            CreatedDate: ra.createdDate,
            ...(ra.availability?.AvailabilityEndDate
                ? { AvailabilityEndDate: endOfDay(ra.availability.AvailabilityEndDate) }
                : {}),
        },
    };
}

export function productSummary(state: SimulatorState, product: ProductRecord): Json {
    const summaryKey = `${product.entityType}Summary`;
    return {
        Name: product.title,
        EntityType: product.entityType,
        EntityId: product.entityId,
        EntityArn: entityArn(state, product.entityType, product.entityId),
        LastModifiedDate: product.lastModifiedDate,
        Visibility: product.visibility,
        [summaryKey]: { ProductTitle: product.title, Visibility: product.visibility },
    };
}

export { RESALE_AUTHORIZATION_TYPE };
