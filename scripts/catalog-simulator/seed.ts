import { idMap } from './idMap';
import type {
    ProductDimensionRecord,
    ProductRecord,
    ResaleAuthorizationRecord,
    SimulatorState,
} from './model';

/**
 * What a new simulator holds: a seller with a product of every type and resale authorizations
 * in every state (draft, active, restricted, expired, and a one-time one used for an offer), so the app has something to show at first start. The product
 * `prod-1111111111111` and the S3 objects of the official samples let those samples run as
 * published (their placeholder ids and documents exist here). Two are dated from the day the
 * simulator is seeded, so the expiry radar has something to show whatever that day: one Active
 * that expires 20 days later, and the one-time one used 3 days before.
 */

export const SELLER_ACCOUNT_ID = '999988887777';
export const SELLER_LEGAL_NAME = 'Example Seller Inc';
const SEEDED_AT = '2026-10-01T09:00:00Z';
/** The day the seed is made (UTC): the dates of the resale authorizations the radar shows. */
const SEED_DAY = new Date().toISOString().slice(0, 10);
/** The date `days` from the seed day, `YYYY-MM-DD`. */
const seedDayPlus = (days: number): string =>
    new Date(Date.parse(`${SEED_DAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const dimension = (
    Key: string,
    Name: string,
    Unit: string,
    type: 'Entitled' | 'Metered',
): ProductDimensionRecord => ({
    Key,
    Name,
    Description: Name,
    Unit,
    Types: [type],
});

export const SEED_PRODUCTS: ProductRecord[] = [
    {
        entityId: 'prod-saas-analytics',
        entityType: 'SaaSProduct',
        title: 'Analytics Cloud',
        visibility: 'Public',
        shortDescription: 'Dashboards and reporting as a service',
        dimensions: [
            dimension('Seats', 'Named user seats', 'Users', 'Entitled'),
            dimension('Storage', 'Storage tier', 'GB', 'Entitled'),
            dimension('ApiCalls', 'API calls', 'Requests', 'Metered'),
            dimension('DataScanned', 'Data scanned', 'GB', 'Metered'),
        ],
        lastModifiedDate: SEEDED_AT,
    },
    {
        entityId: 'prod-ami-gateway',
        entityType: 'AmiProduct',
        title: 'Secure Gateway AMI',
        visibility: 'Public',
        shortDescription: 'Hardened VPN gateway on Amazon EC2',
        dimensions: [
            dimension('m5.large', 'm5.large hourly', 'Hrs', 'Metered'),
            dimension('m5.xlarge', 'm5.xlarge hourly', 'Hrs', 'Metered'),
            dimension('m5.large.annual', 'm5.large annual', 'Units', 'Entitled'),
        ],
        lastModifiedDate: SEEDED_AT,
    },
    {
        entityId: 'prod-container-proxy',
        entityType: 'ContainerProduct',
        title: 'Edge Proxy for Amazon EKS',
        visibility: 'Public',
        shortDescription: 'Ingress proxy for Kubernetes clusters',
        dimensions: [
            dimension('Nodes', 'Cluster nodes', 'Units', 'Entitled'),
            dimension('vCPUHours', 'vCPU hours', 'Hrs', 'Metered'),
        ],
        lastModifiedDate: SEEDED_AT,
    },
    {
        entityId: 'prod-ps-migration',
        entityType: 'ProfessionalServicesProduct',
        title: 'Cloud Migration Services',
        visibility: 'Limited',
        shortDescription: 'Assessment and migration workshops',
        dimensions: [
            dimension('Assessment', 'Migration assessment', 'Units', 'Entitled'),
            dimension('Workshop', 'Workshop day', 'Units', 'Entitled'),
        ],
        lastModifiedDate: SEEDED_AT,
    },
    // A data product: AWS does not resell it, and the product sync does not list it.
    {
        entityId: 'prod-data-market',
        entityType: 'DataProduct',
        title: 'Global Market Data Feed',
        visibility: 'Public',
        shortDescription: 'Daily equities and FX data',
        dimensions: [dimension('Subscription', 'Annual subscription', 'Units', 'Entitled')],
        lastModifiedDate: SEEDED_AT,
    },
    {
        entityId: 'prod-1111111111111',
        entityType: 'SaaSProduct',
        title: 'Test Product',
        visibility: 'Public',
        shortDescription: 'The product of the published sample change sets',
        dimensions: [
            dimension('t2.small', 't2.small', 'Units', 'Entitled'),
            dimension('Users', 'Users', 'Users', 'Entitled'),
        ],
        lastModifiedDate: SEEDED_AT,
    },
    {
        entityId: 'prod-saas-beta',
        entityType: 'SaaSProduct',
        title: 'Analytics Cloud Beta',
        visibility: 'Draft',
        shortDescription: 'Not yet published: cannot be resold',
        dimensions: [dimension('Seats', 'Named user seats', 'Users', 'Entitled')],
        lastModifiedDate: SEEDED_AT,
    },
];

const STANDARD_LEGAL = [{ Type: 'BuyerLegalTerm', Documents: [{ Type: 'StandardEula' }] }];

function seededResaleAuthorization(
    entityId: string,
    fields: Partial<ResaleAuthorizationRecord> &
        Pick<ResaleAuthorizationRecord, 'name' | 'productId' | 'resellerAccountId' | 'status'>,
): ResaleAuthorizationRecord {
    return {
        entityId,
        revision: 2,
        createdDate: SEEDED_AT,
        lastModifiedDate: SEEDED_AT,
        ...fields,
    };
}

export const SEED_RESALE_AUTHORIZATIONS: ResaleAuthorizationRecord[] = [
    seededResaleAuthorization('resaleauthz-seedactive001', {
        name: 'Example Reseller Analytics 2027',
        description: 'Seats at wholesale for the 2027 pipeline',
        productId: 'prod-saas-analytics',
        resellerAccountId: '111122223333',
        status: 'Active',
        availability: { AvailabilityEndDate: '2027-12-31' },
        legalTerms: STANDARD_LEGAL,
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P12M' },
                            RateCard: [{ DimensionKey: 'Seats', Price: '42.00' }],
                            Constraints: {
                                MultipleDimensionSelection: 'Allowed',
                                QuantityConfiguration: 'Allowed',
                            },
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seedusage0002', {
        name: 'Northwind Usage Rates',
        description: 'Pay as you go API pricing',
        productId: 'prod-saas-analytics',
        resellerAccountId: '222233334444',
        status: 'Active',
        legalTerms: STANDARD_LEGAL,
        pricing: {
            PricingModel: 'Usage',
            Terms: [
                {
                    Type: 'ResaleUsageBasedPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            RateCard: [
                                { DimensionKey: 'ApiCalls', Price: '0.0002' },
                                { DimensionKey: 'DataScanned', Price: '0.02' },
                            ],
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seeddraft0003', {
        name: 'Contoso Gateway Draft',
        productId: 'prod-ami-gateway',
        resellerAccountId: '333344445555',
        status: 'Draft',
        buyerAccounts: ['444455556666'],
    }),
    seededResaleAuthorization('resaleauthz-seedrestr0004', {
        name: 'Example Reseller Edge Proxy 2025',
        description: 'Deactivated after the partner agreement ended',
        productId: 'prod-container-proxy',
        resellerAccountId: '111122223333',
        status: 'Restricted',
        availability: { OffersMaxQuantity: 1 },
        legalTerms: STANDARD_LEGAL,
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P12M' },
                            RateCard: [{ DimensionKey: 'Nodes', Price: '15000' }],
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seedonetim005', {
        name: 'Northwind Migration Workshop',
        description: 'One time workshop bundle for a named buyer',
        productId: 'prod-ps-migration',
        resellerAccountId: '222233334444',
        status: 'Active',
        availability: { OffersMaxQuantity: 1, AvailabilityEndDate: '2027-06-30' },
        buyerAccounts: ['555566667777'],
        // Professional services are resold with a custom EULA only.
        legalTerms: [
            {
                Type: 'BuyerLegalTerm',
                Documents: [
                    {
                        Type: 'CustomEula',
                        Url: 'https://sample-bucket.s3.amazonaws.com/custom-eula.pdf',
                    },
                ],
            },
            { Type: 'ResaleLegalTerm', Documents: [{ Type: 'StandardResellerContract' }] },
        ],
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P1M' },
                            RateCard: [
                                { DimensionKey: 'Workshop', Price: '2500' },
                                { DimensionKey: 'Assessment', Price: '8000' },
                            ],
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seedexpir0006', {
        name: 'Contoso Analytics 2026 H1',
        description: 'First half seats, past its end date',
        productId: 'prod-saas-analytics',
        resellerAccountId: '333344445555',
        status: 'Active',
        createdDate: '2025-12-01T09:00:00Z',
        lastModifiedDate: '2025-12-01T09:00:00Z',
        availability: { AvailabilityEndDate: '2026-06-30' },
        legalTerms: STANDARD_LEGAL,
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P12M' },
                            RateCard: [
                                { DimensionKey: 'Seats', Price: '40.00' },
                                { DimensionKey: 'Storage', Price: '5.00' },
                            ],
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seedused00007', {
        name: 'Northwind Gateway One Deal',
        description: 'One time annual gateway licence the partner has used',
        productId: 'prod-ami-gateway',
        resellerAccountId: '222233334444',
        status: 'Active',
        availability: { OffersMaxQuantity: 1, AvailabilityEndDate: '2027-09-30' },
        offersCreated: 1,
        // The offer was made 3 days before the seed day: AWS changed it then.
        lastModifiedDate: `${seedDayPlus(-3)}T09:00:00Z`,
        legalTerms: STANDARD_LEGAL,
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P12M' },
                            RateCard: [{ DimensionKey: 'm5.large.annual', Price: '1800' }],
                        },
                    ],
                },
            ],
        },
    }),
    seededResaleAuthorization('resaleauthz-seedsoon00008', {
        name: 'Contoso Edge Proxy Quarter',
        description: 'Cluster nodes for one quarter and up for renewal',
        productId: 'prod-container-proxy',
        resellerAccountId: '333344445555',
        status: 'Active',
        // Available for 90 days, 20 of them left on the seed day.
        createdDate: `${seedDayPlus(-70)}T09:00:00Z`,
        lastModifiedDate: `${seedDayPlus(-70)}T09:00:00Z`,
        availability: { AvailabilityEndDate: seedDayPlus(20) },
        legalTerms: [
            {
                Type: 'BuyerLegalTerm',
                Documents: [
                    {
                        Type: 'CustomEula',
                        Url: 'https://sample-bucket.s3.amazonaws.com/custom-eula.pdf',
                    },
                ],
            },
        ],
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            Selector: { Type: 'Duration', Value: 'P12M' },
                            RateCard: [{ DimensionKey: 'Nodes', Price: '1200' }],
                        },
                    ],
                },
            ],
        },
    }),
];

/** The S3 objects the official samples link to, as `bucket/key`. */
export const SEED_DOCUMENTS = [
    'sample-bucket/custom-eula.pdf',
    'aws-mp-standard-contracts/Standard-Contact-for-AWS-Marketplace-2022-07-14.pdf',
];

export interface SeedDocument {
    key: string;
    content: Buffer;
    contentType: string;
}

/** The seed documents with their content, for the S3 store. */
export const seedDocuments = (): SeedDocument[] =>
    SEED_DOCUMENTS.map((key) => ({
        key,
        content: Buffer.from(`Sample legal document ${key}\n`),
        contentType: 'application/pdf',
    }));

/** What a simulated seller account's catalog starts with. */
export interface SellerSeed {
    sellerAccountId: string;
    sellerLegalName: string;
    products: readonly ProductRecord[];
    resaleAuthorizations: readonly ResaleAuthorizationRecord[];
}

/** The seller of the seed above: the local app's default seller account. */
export const FIRST_SELLER: SellerSeed = {
    sellerAccountId: SELLER_ACCOUNT_ID,
    sellerLegalName: SELLER_LEGAL_NAME,
    products: SEED_PRODUCTS,
    resaleAuthorizations: SEED_RESALE_AUTHORIZATIONS,
};

/**
 * Another seller account, for a local app with two (`npm start -- --accounts 2`): its own
 * products and resale authorizations, none of the first seller's, so that each account's
 * catalog is told apart at a glance.
 */
export const SECOND_SELLER: SellerSeed = {
    sellerAccountId: '888877776666',
    sellerLegalName: 'Example Seller Europe Ltd',
    products: [
        {
            entityId: 'prod-eu-saas-insights',
            entityType: 'SaaSProduct',
            title: 'Insights Hub',
            visibility: 'Public',
            shortDescription: 'Customer insights as a service',
            dimensions: [
                dimension('Analysts', 'Analyst seats', 'Users', 'Entitled'),
                dimension('Queries', 'Queries', 'Requests', 'Metered'),
            ],
            lastModifiedDate: SEEDED_AT,
        },
        {
            entityId: 'prod-eu-ami-firewall',
            entityType: 'AmiProduct',
            title: 'Edge Firewall AMI',
            visibility: 'Public',
            shortDescription: 'Next generation firewall on Amazon EC2',
            dimensions: [dimension('c5.large', 'c5.large hourly', 'Hrs', 'Metered')],
            lastModifiedDate: SEEDED_AT,
        },
    ],
    resaleAuthorizations: [
        seededResaleAuthorization('resaleauthz-euactive00001', {
            name: 'Fabrikam Insights 2027',
            description: 'Analyst seats for the European partner',
            productId: 'prod-eu-saas-insights',
            resellerAccountId: '666677778888',
            status: 'Active',
            availability: { AvailabilityEndDate: '2027-12-31' },
            legalTerms: STANDARD_LEGAL,
            pricing: {
                PricingModel: 'Contract',
                Terms: [
                    {
                        Type: 'ResaleConfigurableUpfrontPricingTerm',
                        CurrencyCode: 'USD',
                        RateCards: [
                            {
                                Selector: { Type: 'Duration', Value: 'P12M' },
                                RateCard: [{ DimensionKey: 'Analysts', Price: '55.00' }],
                            },
                        ],
                    },
                ],
            },
        }),
    ],
};

export function seedState(seller: SellerSeed = FIRST_SELLER): SimulatorState {
    return {
        version: 1,
        sellerAccountId: seller.sellerAccountId,
        sellerLegalName: seller.sellerLegalName,
        products: structuredClone([...seller.products]),
        entities: idMap(
            seller.resaleAuthorizations.map((ra) => [ra.entityId, structuredClone(ra)]),
        ),
        changeSets: idMap(),
        tokens: idMap(),
        s3: idMap(),
    };
}
