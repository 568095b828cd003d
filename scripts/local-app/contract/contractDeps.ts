/** What the local twin of the Apex reaches: the platform (store, locks, clock, async queue) and AWS. */
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import type { S3Client } from '@aws-sdk/client-s3';
import type { LocalAsyncQueue } from './asyncApex';
import type { PlatformDeps } from './platform';
import type { StatusEvents } from './statusEvents';

export interface ContractDeps extends PlatformDeps {
    catalog: MarketplaceCatalogClient;
    events: StatusEvents;
    queue: LocalAsyncQueue;
    s3: S3Client;
    legalDocumentsBucket: string;
    /** Expiry_Notice_Days__c of the org's Marketplace_Resale_Setting; 30 when not set. */
    expiryNoticeDays?: number;
    userName: string;
    /** The administrator's log (the Apex debug log): what users are not shown. */
    log: (line: string) => void;
}
