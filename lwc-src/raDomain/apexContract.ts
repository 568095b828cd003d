/**
 * The contract between the components and the server: every `@salesforce/apex/*` method the
 * components call, with its parameters and result. Apex (`ResaleAuthorizationController`)
 * implements it in the org; the local app implements it in TypeScript; the contract check
 * verifies that both match `lwc-src/types/apex.d.ts`, which is written from these types.
 *
 * Dates and times are ISO 8601 strings; ids are Salesforce record ids unless named otherwise.
 */

/** Change sets the server will send, one per user action. */
export type ChangeAction = 'PUBLISH' | 'UPDATE_DRAFT' | 'RESTRICT';

/** One row of the resale authorization list. */
export interface ResaleAuthorizationRow {
    recordId: string;
    name: string;
    productId: string;
    productTitle: string | null;
    resellerAccountId: string;
    /** What the status badge shows: see `resolveDisplayStatus`. */
    displayStatus: string;
    entityStatus: string | null;
    entityId: string | null;
    changeSetId: string | null;
    changeSetStatus: string | null;
    /** Availability end date (YYYY-MM-DD), null when the RA never expires. */
    expiryDate: string | null;
    lastModifiedDate: string;
    /**
     * The AWS seller account it belongs to (developer name of its `Seller_Account__mdt`) and
     * that account's label; absent means the default account.
     */
    sellerAccount?: string;
    sellerAccountLabel?: string;
}

/** A page of rows; pass `nextCursor` back to get the next page (keyset paging, no OFFSET). */
export interface ResaleAuthorizationPage {
    rows: ResaleAuthorizationRow[];
    totalCount: number;
    nextCursor: string | null;
}

export type ResaleAuthorizationSortField =
    | 'name'
    | 'productTitle'
    | 'resellerAccountId'
    | 'displayStatus'
    | 'expiryDate'
    | 'lastModifiedDate';

/** Parameters of `listResaleAuthorizations`. */
export interface ListResaleAuthorizationsParams {
    /** Matches name, product title or id, and reseller account id. */
    searchTerm: string | null;
    /** Display statuses to keep; empty or null keeps all. */
    statuses: string[] | null;
    productId: string | null;
    /** The seller account to keep; null or absent keeps every one the user may use. */
    sellerAccount?: string | null;
    sortBy: ResaleAuthorizationSortField;
    sortDirection: 'asc' | 'desc';
    /** 1 to 200. */
    pageSize: number;
    cursor: string | null;
}

/** A resale authorization on the expiry radar: its list row and how soon it matters. */
export interface ExpiryRadarRow extends ResaleAuthorizationRow {
    /** Days from today (UTC) to the expiry date: 0 on its last day; null when it never expires. */
    daysLeft: number | null;
    /**
     * When AWS last changed it (for one shown Used: when the offer was made from it), ISO 8601;
     * null when never read from AWS.
     */
    lastModifiedOnAws: string | null;
}

/**
 * The expiry radar as of `today` (UTC): the resale authorizations shown Active that expire within
 * `days` days, soonest first, and the one-time ones used up within the last `days` days, latest
 * first (the reseller needs a new one). At most `maxRows` of each.
 */
export interface ExpiryRadarView {
    today: string;
    /** The window, in days: the one asked for, else the org's notice days. */
    days: number;
    /** The org's expiry notice days (`Expiry_Notice_Days__c`, 30 when not set). */
    noticeDays: number;
    maxRows: number;
    expiring: ExpiryRadarRow[];
    recentlyUsed: ExpiryRadarRow[];
    /** More matched than `maxRows`: the soonest are shown. */
    moreExpiring: boolean;
    /** More matched than `maxRows`: the latest are shown. */
    moreRecentlyUsed: boolean;
}

/** One change set sent (or about to be sent) for a resale authorization. */
export interface ChangeHistoryEntry {
    recordId: string;
    action: ChangeAction;
    clientRequestToken: string;
    changeSetId: string | null;
    /** `PENDING` until AWS acknowledged the change set, then the change set status. */
    status: string;
    /** JSON: `[{ ErrorCode, ErrorMessage, ChangeName? }]` or `{ message }` for transport errors. */
    errorDetails: string | null;
    startedAt: string;
    /** When a send first asked AWS; null while the change was never sent (it may be discarded). */
    sentAt: string | null;
    finishedAt: string | null;
}

export interface ResaleAuthorizationDetail extends ResaleAuthorizationRow {
    description: string | null;
    /** The form state the RA was created from (JSON of the domain's `FormState`). */
    formStateJson: string | null;
    /** The latest error, same JSON shapes as `ChangeHistoryEntry.errorDetails`. */
    errorDetails: string | null;
    lastRefreshedAt: string | null;
    /** When the next `DescribeChangeSet` is allowed (30 s after the last one). */
    nextRefreshAllowedAt: string | null;
    /**
     * When the automatic refresh may next ask AWS: later than the 30-second window while AWS's
     * change set events arrive (they bring a change set's end); null when the window alone rules.
     */
    nextAutoRefreshAt: string | null;
    createdByName: string | null;
    /** When the record last matched AWS: its resale authorization read and stored. */
    lastSyncedAt: string | null;
    /** AWS answered that the resale authorization does not exist (any more). */
    entityNotFound: boolean;
    /** The Account the reseller was picked from; null when typed, or not visible to the user. */
    resellerAccount: RelatedRecord | null;
    /** Its Opportunity; null when none, or not visible to the user. */
    opportunity: RelatedRecord | null;
    history: ChangeHistoryEntry[];
}

/** A record a resale authorization names (its reseller's Account, its Opportunity). */
export interface RelatedRecord {
    recordId: string;
    name: string;
}

/** A product the seller can authorize for resale, as the product sync stores it. */
export interface ProductRecord {
    productId: string;
    title: string;
    /** SaaS, AMI, Container, ProfessionalServices (Data in records synced before). */
    productType: string;
    /**
     * Its visibility on AWS Marketplace: `Public` or `Limited` (AWS resells it), `Restricted` or
     * `Draft` (it does not); null for a product synced before it was stored.
     */
    visibility: string | null;
    /** JSON of the domain's product dimensions. */
    dimensionsJson: string;
    lastSyncedAt: string | null;
    /** The seller account whose catalog it was synced from; absent means the default one. */
    sellerAccount?: string;
}

/** How a product sync ends: every page stored, or stopped on an error. */
export type ProductSyncStatus = 'Running' | 'Completed' | 'Failed';

/**
 * Where a product sync stands. `syncProducts` stores the first page and returns it; the next
 * pages are read in queued jobs, and `getProductSync` says when they are done.
 */
export interface ProductSyncProgress {
    syncId: string;
    status: ProductSyncStatus;
    /** Products stored that AWS resells: the product picker offers them. */
    resellableCount: number;
    /** Products stored that AWS does not resell (draft or restricted): not offered. */
    notResellableCount: number;
    /** Why the sync stopped, in the user's words; null unless it failed. */
    errorMessage: string | null;
    startedAt: string;
    finishedAt: string | null;
    /** The seller account whose products it reads. */
    sellerAccount?: string;
}

/** Parameters of `saveDraft`: what the record stores, plus the form state itself. */
export interface DraftInput {
    /** Null for a new resale authorization. */
    recordId: string | null;
    name: string;
    productId: string;
    productTitle: string | null;
    resellerAccountId: string;
    expiryDate: string | null;
    formStateJson: string;
    /**
     * The seller account of a new resale authorization (null or absent: the default one); for
     * a saved one, null or its own account, or another one while AWS never heard of it.
     */
    sellerAccount?: string | null;
}

/** Result of `prepareChangeSet`: the token of the frozen change set, stored before any callout. */
export interface PreparedChangeSet {
    recordId: string;
    action: ChangeAction;
    clientRequestToken: string;
    /** The AWS entity the change set targets, null when it creates one. */
    entityId: string | null;
}

export interface RefreshResult {
    detail: ResaleAuthorizationDetail;
    /** Whether AWS was asked: only `completeStatusRefresh` under a claim asks it. */
    refreshed: boolean;
    nextRefreshAllowedAt: string;
    /**
     * From `refreshStatus`: the claim that lets `completeStatusRefresh` ask AWS, or null when
     * the 30-second window is not over, nothing is in flight, or another refresh holds it.
     */
    claimId: string | null;
}

export interface CloneSource {
    /** The stored form state of the RA, when it was created in Salesforce. */
    formStateJson: string | null;
    /** `DescribeEntity` `DetailsDocument` as JSON, when the RA exists on AWS. */
    entityDetailsJson: string | null;
    /**
     * When the RA was created: on AWS (the `CreatedDate` AWS describes) when AWS described it,
     * else its record in Salesforce. A renewal lasts as long as it did.
     */
    createdDate: string | null;
    /** The seller account of the RA cloned: the clone's too, when the user may use it. */
    sellerAccount?: string;
}

/** An Account a reseller or a buyer is picked from, with its AWS account id. */
export interface AwsAccount {
    /** The Account's Salesforce record id. */
    recordId: string;
    name: string;
    /** Its 12-digit AWS account id, null when it has none. */
    awsAccountId: string | null;
}

export interface UploadedDocument {
    /** The S3 URL to put into the legal terms. */
    url: string;
    fileName: string;
}

/** A run of the import and sync from AWS. */
export interface ImportRun {
    runId: string;
    /** RUNNING; FAILED when it stopped on an error (the next sync resumes it); SUCCEEDED. */
    status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
    /** LIST (what AWS changed), REVIEW (records not read for a while), EXPIRE (end dates passed). */
    phase: string;
    startedAt: string;
    finishedAt: string | null;
    /** The run lists what AWS modified after this time; null for a first, full import. */
    modifiedAfter: string | null;
    /** Resale authorizations AWS listed. */
    found: number;
    /** Records created for resale authorizations Salesforce did not have. */
    imported: number;
    /** Records brought up to date with what AWS describes. */
    updated: number;
    /** Listed, and not changed on AWS since they were last read. */
    unchanged: number;
    /** Left for the next run: a change of ours was under way. */
    skipped: number;
    /** AWS could not describe them: read again by the next run. */
    failed: number;
    /** Why the run stopped, when it did. */
    errorMessage: string | null;
    /** The seller account whose resale authorizations it reads (a sync runs each in turn). */
    sellerAccount?: string;
}

/** The sync with AWS as an administrator sees it on the tab. */
export interface ImportProgress {
    /** Whether the user may start a sync (the Marketplace_Resale_Import custom permission). */
    canImport: boolean;
    /** The run not finished yet, else the latest; null before the first (or without access). */
    run: ImportRun | null;
}

/** An AWS seller account the user may use (a `Seller_Account__mdt` record). */
export interface SellerAccountOption {
    /** Its developer name: what records store in `Seller_Account__c`. */
    name: string;
    label: string;
    /** Its 12-digit AWS account id, when the administrator gave it. */
    awsAccountId: string | null;
}

/** The methods of `ResaleAuthorizationController`, with their parameter objects. */
export interface ResaleAuthorizationApi {
    listResaleAuthorizations(
        params: ListResaleAuthorizationsParams,
    ): Promise<ResaleAuthorizationPage>;
    getResaleAuthorization(params: { recordId: string }): Promise<ResaleAuthorizationDetail>;
    /**
     * The expiry radar (cacheable, used with @wire): `days` from 1 to 365, or null for the org's
     * expiry notice days.
     */
    getExpiryRadar(params: { days: number | null }): Promise<ExpiryRadarView>;

    /** The products of the seller accounts the user may use. */
    listProducts(): Promise<ProductRecord[]>;
    /** The seller accounts the user may use, the default one first. */
    listSellerAccounts(): Promise<SellerAccountOption[]>;
    /** The AWS account id of an Account picked as the reseller or a buyer. */
    getAwsAccount(params: { recordId: string }): Promise<AwsAccount>;
    saveDraft(params: { draft: DraftInput }): Promise<ResaleAuthorizationDetail>;
    /**
     * Deletes a draft never sent to AWS: no entity, no change set and no change row (refused
     * otherwise, as anything with a change row may have reached AWS).
     */
    deleteDraft(params: { recordId: string }): Promise<void>;
    /**
     * Freezes the change: checks the StartChangeSet request built by the domain (without a
     * token) against the record, gives it a `ClientRequestToken` and stores that exact body on
     * a pending history row before anything is sent, and claims its send. While a change of the
     * same action has no answer from AWS yet, returns that change (its frozen body is what will
     * be sent); refused while another change of the record is under way.
     */
    prepareChangeSet(params: {
        recordId: string;
        action: ChangeAction;
        changeSetJson: string;
        /**
         * The form state the change set was built from, as its page saved it: a new change is
         * refused unless it is still the saved one (another tab may have saved other terms
         * since). Null for a change not built from the form (a deactivation).
         */
        formStateJson?: string | null;
    }): Promise<PreparedChangeSet>;
    /**
     * Claims the send of the prepared change (a committed write; no callout): one send at a
     * time, and from then on AWS may have the change, so it can no longer be discarded.
     */
    claimSend(params: { recordId: string; clientRequestToken: string }): Promise<void>;
    /** Discards a prepared change that was never sent; refused once a send was claimed. */
    discardChange(params: {
        recordId: string;
        clientRequestToken: string;
    }): Promise<ResaleAuthorizationDetail>;
    /**
     * Sends the frozen body of the prepared change to AWS; only the one send that `claimSend`
     * claimed may call AWS, and a retry sends the same body again.
     */
    sendChangeSet(params: {
        recordId: string;
        clientRequestToken: string;
    }): Promise<ResaleAuthorizationDetail>;
    /** Claims the record's next status refresh (a committed write; no callout). */
    refreshStatus(params: { recordId: string }): Promise<RefreshResult>;
    /** Asks AWS for the status under the claim `refreshStatus` returned, then stores it. */
    completeStatusRefresh(params: { recordId: string; claimId: string }): Promise<RefreshResult>;
    getCloneSource(params: { recordId: string }): Promise<CloneSource>;
    uploadLegalDocument(params: {
        recordId: string;
        contentDocumentId: string;
    }): Promise<UploadedDocument>;
    /**
     * Administrators only: stores the first page of a seller account's products (null: the
     * default account) and queues the next pages.
     */
    syncProducts(params: { sellerAccount: string | null }): Promise<ProductSyncProgress>;
    /** Administrators only: where a product sync stands. */
    getProductSync(params: { syncId: string }): Promise<ProductSyncProgress>;
    /** Whether the user may sync with AWS, and how the sync under way (or the latest) stands. */
    getImportProgress(): Promise<ImportProgress>;
    /**
     * Starts a sync with AWS (import and update from what AWS has), or resumes the one that
     * stopped; while one runs, returns it. Administrators only.
     */
    startImport(): Promise<ImportProgress>;
}

/** Channel of the platform event that tells components a resale authorization changed. */
export const STATUS_EVENT_CHANNEL = '/event/Resale_Authorization_Status__e';

/** Payload of that platform event. */
export interface StatusEventPayload {
    Record_Id__c: string;
    Display_Status__c: string;
    Change_Set_Status__c: string | null;
}
