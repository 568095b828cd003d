/** What the local twin of the Apex reaches: the platform (store, locks, clock, async queue) and AWS. */
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import type { S3Client } from '@aws-sdk/client-s3';
import type { LocalAsyncQueue } from './asyncApex';
import type { PlatformDeps } from './platform';
import type { NamedCredentialEndpoint, SellerAccount } from './SellerAccounts';
import type { StatusEvents } from './statusEvents';

export interface ContractDeps extends PlatformDeps {
    /** What the default account's Named Credential, AWS_Marketplace_Catalog, reaches. */
    catalog: MarketplaceCatalogClient;
    events: StatusEvents;
    queue: LocalAsyncQueue;
    /** What the default account's AWS_Marketplace_Legal_Documents reaches, and its bucket. */
    s3: S3Client;
    legalDocumentsBucket: string;
    /**
     * The org's Seller_Account__mdt records; absent, the default account alone, on the two
     * Named Credentials above.
     */
    sellerAccounts?: readonly SellerAccount[];
    /** What the other accounts' Named Credentials reach, by Named Credential API name. */
    namedCredentials?: Readonly<Record<string, NamedCredentialEndpoint>>;
    /**
     * The custom permissions the user holds (FeatureManagement.checkPermission); absent, every
     * one a seller account asks for: the local user may use every account.
     */
    customPermissions?: ReadonlySet<string>;
    /** Expiry_Notice_Days__c of the org's Marketplace_Resale_Setting; 30 when not set. */
    expiryNoticeDays?: number;
    userName: string;
    /** The administrator's log (the Apex debug log): what users are not shown. */
    log: (line: string) => void;
}
