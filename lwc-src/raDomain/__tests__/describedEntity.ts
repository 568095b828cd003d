import type { ChangeJson } from './sampleForms';
import type { Product } from 'c/raDomain';

type Json = Record<string, unknown>;

const STANDARD_DOCUMENT_URL =
    'https://s3.amazonaws.com/aws-mp-standard-contracts/Standard-Contact-for-AWS-Marketplace.pdf';

/**
 * The DescribeEntity DetailsDocument that AWS would return after applying a change set, with
 * the shape differences the API reference lists: term ids, date-times, `{ AwsAccountId }`
 * buyers, standard documents with a URL, the reseller and availability as rules.
 */
export function describedEntity(changes: ChangeJson[], product: Product, status: string): Json {
    const terms: Json[] = [];
    const rules: Json[] = [];
    const details: Json = {
        ProductName: product.title,
        Status: status,
        PreExistingBuyerAgreement: { AcquisitionChannel: 'Unknown', PricingModel: 'Unknown' },
        CreatedDate: '2023-01-01T10:00:00Z',
        ManufacturerAccountId: '999988887777',
        ManufacturerLegalName: 'Example Seller',
        Dimensions: product.dimensions.map((d) => ({
            Name: d.name,
            Key: d.key,
            Unit: d.unit,
            Types: [d.type],
        })),
        OfferDetails: { OfferExtendedStatus: 'Not Started', OfferCreatedCount: 0 },
        Terms: terms,
        Rules: rules,
    };
    let termId = 0;
    const withId = (term: Json): Json => ({ ...term, Id: `term-${++termId}` });
    for (const change of changes) {
        const doc = (change.DetailsDocument ?? {}) as Json;
        switch (change.ChangeType) {
            case 'CreateResaleAuthorization':
                details.ProductId = doc.ProductId;
                details.Name = doc.Name;
                if (doc.Description) {
                    details.Description = doc.Description;
                }
                rules.push({
                    Type: 'PartnerTargetingRule',
                    Id: 'rule-partner',
                    ResellerAccountId: doc.ResellerAccountId,
                    ResellerLegalName: 'Example Reseller',
                });
                break;
            case 'UpdatePricingTerms':
            case 'UpdateLegalTerms':
            case 'UpdatePaymentScheduleTerms':
            case 'UpdateBuyerValidityTerms':
            case 'UpdateNetPaymentTerms':
            case 'UpdateBuyerTargetingTerms':
                for (const term of (doc.Terms as Json[]) ?? []) {
                    terms.push(withId(describedTerm(term)));
                }
                break;
            case 'UpdateAvailability':
                rules.push({
                    Type: 'AvailabilityRule',
                    Id: 'rule-availability',
                    Usage: 'Limited',
                    ...(doc.AvailabilityEndDate
                        ? { AvailabilityEndDate: `${String(doc.AvailabilityEndDate)}T23:59:59Z` }
                        : {}),
                    ...(doc.OffersMaxQuantity !== undefined
                        ? { OffersMaxQuantity: Number(doc.OffersMaxQuantity) }
                        : {}),
                });
                break;
            case 'UpdateInformation':
                Object.assign(details, doc);
                break;
            default:
                break;
        }
    }
    return details;
}

function describedTerm(term: Json): Json {
    switch (term.Type) {
        case 'BuyerLegalTerm':
        case 'ResaleLegalTerm':
            return {
                ...term,
                Documents: ((term.Documents as Json[]) ?? []).map((d) =>
                    d.Url ? d : { ...d, Url: STANDARD_DOCUMENT_URL },
                ),
            };
        case 'BuyerTargetingTerm': {
            const accounts = ((term.PositiveTargeting as Json).BuyerAccounts as string[]) ?? [];
            return {
                ...term,
                PositiveTargeting: {
                    BuyerAccounts: accounts.map((AwsAccountId) => ({ AwsAccountId })),
                },
            };
        }
        case 'ResalePaymentScheduleTerm':
            return {
                ...term,
                Schedule: ((term.Schedule as Json[]) ?? []).map((row) => ({
                    ...row,
                    ChargeDate: `${String(row.ChargeDate)}T00:00:00.000Z`,
                })),
            };
        case 'BuyerValidityTerm':
            return {
                ...term,
                MaximumAgreementStartDate: `${String(term.MaximumAgreementStartDate)}T23:59:59.000Z`,
            };
        default:
            return term;
    }
}
