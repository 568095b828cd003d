import type { IdMap } from './idMap';

/** What the simulator keeps: products, resale authorizations, change sets and tokens. */

export type Json = Record<string, unknown>;

export interface ProductDimensionRecord {
    Key: string;
    Name: string;
    Description: string;
    Unit: string;
    Types: ('Entitled' | 'Metered')[];
}

export interface ProductRecord {
    entityId: string;
    /** `SaaSProduct`, `AmiProduct`, `ContainerProduct`, `ProfessionalServicesProduct`, `DataProduct`. */
    entityType: string;
    title: string;
    /** `Public`, `Limited`, `Restricted` or `Draft`: see `isResoldByAws`. */
    visibility: string;
    shortDescription: string;
    dimensions: ProductDimensionRecord[];
    lastModifiedDate: string;
}

/**
 * The product entity types AWS resells: the Seller Guide's channel partner page lists AMI,
 * container, SaaS and professional services products (docs/product-rules.md).
 */
export const RESOLD_ENTITY_TYPES: readonly string[] = [
    'SaaSProduct',
    'AmiProduct',
    'ContainerProduct',
    'ProfessionalServicesProduct',
];

/**
 * Whether AWS resells a product: one of the types above, and released to buyers (public or
 * limited; a draft or restricted product is refused: "does not exist or cannot be resold" on
 * create, `INCOMPATIBLE_PRODUCT` on release).
 */
export function isResoldByAws(product: ProductRecord | undefined): boolean {
    return (
        product !== undefined &&
        RESOLD_ENTITY_TYPES.includes(product.entityType) &&
        (product.visibility === 'Public' || product.visibility === 'Limited')
    );
}

export type ResaleAuthorizationStatus = 'Draft' | 'Active' | 'Restricted';

/** A resale authorization, with its terms kept in the shapes the change types send. */
export interface ResaleAuthorizationRecord {
    entityId: string;
    revision: number;
    status: ResaleAuthorizationStatus;
    productId: string;
    name: string;
    description?: string;
    resellerAccountId: string;
    createdDate: string;
    lastModifiedDate: string;
    availability?: { AvailabilityEndDate?: string; OffersMaxQuantity?: number };
    buyerAccounts?: string[];
    /** BuyerLegalTerm / ResaleLegalTerm as sent. */
    legalTerms?: Json[];
    pricing?: { PricingModel: string; Terms: Json[] };
    paymentScheduleTerm?: Json;
    buyerValidityTerm?: Json;
    netPaymentTerm?: Json;
    preExistingBuyerAgreement?: { AcquisitionChannel: string; PricingModel: string };
    /** Offers the reseller made from it (channel partner private offers). */
    offersCreated?: number;
}

export type ChangeSetStatus = 'PREPARING' | 'APPLYING' | 'SUCCEEDED' | 'CANCELLED' | 'FAILED';

export interface StoredChange {
    ChangeType: string;
    ChangeName?: string;
    Entity: { Type: string; Identifier?: string };
    DetailsDocument: Json;
    /** Whether the request carried `Details` (a string) rather than `DetailsDocument`. */
    sentAsString: boolean;
    ErrorDetailList: { ErrorCode: string; ErrorMessage: string }[];
}

export interface ChangeSetRecord {
    id: string;
    name?: string;
    /** Always APPLY: VALIDATE is refused for resale authorizations. */
    intent: 'APPLY';
    status: ChangeSetStatus;
    startTime: string;
    endTime?: string;
    failureCode?: 'CLIENT_ERROR' | 'SERVER_FAULT';
    failureDescription?: string;
    changes: StoredChange[];
    /** Existing entities the change set touches (for 423 and ListChangeSets). */
    entityIds: string[];
    clientRequestToken?: string;
    /** Canonical JSON of the request, to tell a retry from another request with the same token. */
    requestFingerprint: string;
    /** When the next lifecycle step is due (ms since epoch). */
    nextStepAt?: number;
}

export interface S3ObjectRecord {
    size: number;
    contentType: string;
    etag: string;
    lastModified: string;
    /** File name under the data directory's `s3/` folder. */
    file: string;
}

export interface SimulatorState {
    version: 1;
    sellerAccountId: string;
    sellerLegalName: string;
    products: ProductRecord[];
    entities: IdMap<ResaleAuthorizationRecord>;
    changeSets: IdMap<ChangeSetRecord>;
    /** Change set id by client request token. */
    tokens: IdMap<string>;
    /** Objects by `bucket/key`. */
    s3: IdMap<S3ObjectRecord>;
}

export const RESALE_AUTHORIZATION_TYPE = 'ResaleAuthorization@1.0';
export const CATALOG = 'AWSMarketplace';
