/**
 * The local app's records: what the org keeps in Resale_Authorization__c,
 * Resale_Authorization_Change__c, Marketplace_Product__c and Salesforce Files. One JSON file
 * in the data dir, replaced atomically after every change (a crash leaves the old state or the
 * new one); uploaded files beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {
    ChangeHistoryEntry,
    ImportRun,
    ProductRecord,
} from '../../../lwc-src/raDomain/apexContract';
import {
    removeLeftoverTemporaryFiles,
    writeFileAtomically,
} from '../../catalog-simulator/persistence';
import { RecordOrder } from './recordOrder';

export interface StoredRecord {
    id: string;
    authorizationName: string;
    productId: string;
    productTitle: string | null;
    resellerAccountId: string;
    expiryDate: string | null;
    description: string | null;
    formStateJson: string | null;
    displayStatus: string;
    entityId: string | null;
    entityStatus: string | null;
    changeSetId: string | null;
    changeSetStatus: string | null;
    clientRequestToken: string | null;
    errorDetails: string | null;
    lastRefreshedAt: string | null;
    nextRefreshAllowedAt: string | null;
    /**
     * Next_Auto_Refresh_At__c: while AWS's change set events arrive, the automatic refresh
     * waits until then; null when the 30-second window alone rules.
     */
    nextAutoRefreshAt: string | null;
    /** The status claim (Status_Claim_Id__c): who may describe the change set next, until when. */
    statusClaimId: string | null;
    statusClaimedUntil: string | null;
    /** Status_Sync_Stopped__c: AWS cannot describe the change set; polling stopped. */
    statusSyncStopped: boolean;
    /** Last_Synced_At__c: when the record last matched AWS (its entity read and stored). */
    lastSyncedAt: string | null;
    /** Entity_Last_Modified__c: AWS's LastModifiedDate of the entity as last read. */
    entityLastModified: string | null;
    /** Offer_Extended_Status__c: how the reseller used it for offers, as AWS says. */
    offerExtendedStatus: string | null;
    /** Offer_Used__c: a one-time resale authorization an offer was made from. */
    offerUsed: boolean;
    /** Entity_Not_Found__c: AWS answered that the entity does not exist. */
    entityNotFound: boolean;
    createdByName: string;
    createdAt: string;
    lastModifiedAt: string;
    /** Reseller_Account__c: the Account the reseller was picked from, null when typed. */
    resellerAccount: string | null;
    /** Opportunity__c. */
    opportunity: string | null;
    /** Expiry_Notified_For__c: the expiry date the owner was last notified of. */
    expiryNotifiedFor: string | null;
    /**
     * Seller_Account__c: the AWS seller account it belongs to; absent or null on a record
     * stored before there were several (the default account's).
     */
    sellerAccount?: string | null;
}

/** The server-owned fields of a record no change has touched yet. */
export const UNTOUCHED_SERVER_FIELDS = {
    clientRequestToken: null,
    errorDetails: null,
    lastRefreshedAt: null,
    nextRefreshAllowedAt: null,
    nextAutoRefreshAt: null,
    statusClaimId: null,
    statusClaimedUntil: null,
    statusSyncStopped: false,
    expiryNotifiedFor: null,
    lastSyncedAt: null,
    entityLastModified: null,
    offerExtendedStatus: null,
    offerUsed: false,
    entityNotFound: false,
} as const satisfies Partial<StoredRecord>;

/** A new record: no entity on AWS, no change set, and no server-owned field touched. */
export const NOTHING_ON_AWS = {
    entityId: null,
    entityStatus: null,
    changeSetId: null,
    changeSetStatus: null,
    ...UNTOUCHED_SERVER_FIELDS,
} as const satisfies Partial<StoredRecord>;

/** A change history row: what the record view shows, with its own id. */

export interface StoredChange extends ChangeHistoryEntry {
    id: string;
    /** Send_Claimed_Until__c: the prepared send that may call StartChangeSet, until when. */
    sendClaimedUntil: string | null;
    /** Request_Json__c: the StartChangeSet body frozen with its token before the first send. */
    requestJson: string | null;
    /** CreatedById: the user who sent the change (null on rows stored before it was kept). */
    sentBy: string | null;
    /**
     * Event_Received_At__c: when AWS's change set event brought its final status; null (or
     * absent) when a status refresh read it.
     */
    eventReceivedAt?: string | null;
}

/** An Account of the org, with the AWS account id of `Account.AWS_Account_Id__c`. */
export interface StoredAccount {
    id: string;
    name: string;
    awsAccountId: string | null;
}

/** An Opportunity of the org. */
export interface StoredOpportunity {
    id: string;
    name: string;
    accountId: string | null;
    stageName: string;
    /** YYYY-MM-DD. */
    closeDate: string;
}

/** A Custom Label and its parameters: a notification is shown in the reader's language. */
export interface LabelText {
    label: string;
    /** Text, or a Custom Label worded in the reader's language too (the days left). */
    params: (string | LabelText)[];
}

/** A custom notification as the org keeps it for its recipient (the bell). */
export interface StoredNotification {
    id: string;
    /** The custom notification type's developer name. */
    typeName: string;
    /** The user it was sent to. */
    recipient: string;
    title: LabelText;
    body: LabelText;
    /** The record it opens. */
    targetId: string;
    createdAt: string;
    read: boolean;
}

/** What a run of the sync counts. */
export type ImportCounts = Pick<
    ImportRun,
    'found' | 'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed'
>;

/** A run of the import and sync from AWS (Resale_Authorization_Import__c). */
export interface StoredImportRun extends ImportCounts {
    id: string;
    /** RUNNING while it works, FAILED when it stopped on an error (the next start resumes it), SUCCEEDED. */
    status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
    /** Running_Key__c: set until the run succeeded, unique: one unfinished run at a time. */
    runningKey: string | null;
    /** LIST (what AWS changed), REVIEW (records not read for a while), EXPIRE (end dates passed). */
    phase: 'LIST' | 'REVIEW' | 'EXPIRE';
    startedAt: string;
    finishedAt: string | null;
    /** The LastModifiedDate filter of the listing: null lists every resale authorization. */
    modifiedAfter: string | null;
    /** Where the next run's filter starts: this run's start, or earlier for what it left. */
    nextModifiedAfter: string;
    /** The ListEntities NextToken of the next page, or the last record id the phase handled. */
    cursor: string | null;
    /** The job that may work on the run, until when. */
    claimId: string | null;
    claimedUntil: string | null;
    error: string | null;
    createdByName: string;
    /** Seller_Account__c: the seller account it reads; absent: the default one. */
    sellerAccount?: string | null;
}

export interface StoredFile {
    documentId: string;
    fileName: string;
    contentType: string;
    size: number;
}

/** `Product_Sync__c`: one product sync an administrator started. */
export interface StoredProductSync {
    id: string;
    status: 'Running' | 'Completed' | 'Failed';
    startedAt: string;
    finishedAt: string | null;
    resellableCount: number;
    notResellableCount: number;
    errorMessage: string | null;
    /** Seller_Account__c: the seller account whose products it reads; absent: the default one. */
    sellerAccount?: string | null;
}

interface StoreState {
    version: 1;
    nextId: number;
    records: StoredRecord[];
    changes: StoredChange[];
    products: ProductRecord[];
    /** Absent in a data dir written before syncs were recorded. */
    productSyncs?: StoredProductSync[];
    files: StoredFile[];
    accounts: StoredAccount[];
    opportunities: StoredOpportunity[];
    notifications: StoredNotification[];
    imports?: StoredImportRun[];
}

const STATE_FILE = 'records.json';
const FILES_DIR = 'files';

function emptyState(): StoreState {
    return {
        version: 1,
        nextId: 1,
        records: [],
        changes: [],
        products: [],
        productSyncs: [],
        files: [],
        accounts: [],
        opportunities: [],
        notifications: [],
        imports: [],
    };
}

export class LocalStore {
    private readonly records = new Map<string, StoredRecord>();
    private readonly changesByRecord = new Map<string, StoredChange[]>();
    private products: ProductRecord[] = [];
    private readonly productSyncs = new Map<string, StoredProductSync>();
    private readonly files = new Map<string, StoredFile>();
    private accounts: StoredAccount[] = [];
    private opportunities: StoredOpportunity[] = [];
    private notifications: StoredNotification[] = [];
    private readonly notificationListeners = new Set<(recipients: string[]) => void>();
    /** The orders of the records the list has asked for, kept as records change (indexes). */
    private readonly orders = new Map<string, RecordOrder>();
    private readonly imports = new Map<string, StoredImportRun>();
    private nextId = 1;

    private constructor(readonly dataDir: string) {}

    static open(options: { dataDir: string; reset?: boolean }): LocalStore {
        if (options.reset) {
            fs.rmSync(options.dataDir, { recursive: true, force: true });
        }
        fs.mkdirSync(path.join(options.dataDir, FILES_DIR), { recursive: true });
        // Writes a killed app never renamed: the files they were to replace are whole.
        removeLeftoverTemporaryFiles(options.dataDir);
        removeLeftoverTemporaryFiles(path.join(options.dataDir, FILES_DIR));
        const store = new LocalStore(options.dataDir);
        const file = path.join(options.dataDir, STATE_FILE);
        const state = fs.existsSync(file)
            ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StoreState)
            : emptyState();
        store.load(state);
        return store;
    }

    private load(state: StoreState): void {
        this.nextId = state.nextId;
        // Records stored before the claim and sync fields existed read as untouched by them.
        state.records.forEach((record) =>
            this.records.set(record.id, {
                ...UNTOUCHED_SERVER_FIELDS,
                ...record,
                resellerAccount: record.resellerAccount ?? null,
                opportunity: record.opportunity ?? null,
            }),
        );
        state.changes.forEach((change) =>
            this.changeList(change.recordId).push({
                ...change,
                sendClaimedUntil: change.sendClaimedUntil ?? null,
                sentAt: change.sentAt ?? null,
                requestJson: change.requestJson ?? null,
                sentBy: change.sentBy ?? null,
            }),
        );
        // Products stored before their visibility was read have none.
        this.products = state.products.map((product) => ({
            ...product,
            visibility: product.visibility ?? null,
        }));
        (state.productSyncs ?? []).forEach((sync) => this.productSyncs.set(sync.id, sync));
        state.files.forEach((stored) => this.files.set(stored.documentId, stored));
        // Stores written before Accounts, Opportunities and notifications existed have none.
        this.accounts = state.accounts ?? [];
        this.opportunities = state.opportunities ?? [];
        this.notifications = state.notifications ?? [];
        (state.imports ?? []).forEach((run) => this.imports.set(run.id, run));
    }

    private changeList(recordId: string): StoredChange[] {
        let list = this.changesByRecord.get(recordId);
        if (!list) {
            list = [];
            this.changesByRecord.set(recordId, list);
        }
        return list;
    }

    /** A new id in the shape of a Salesforce record id (18 characters, per-object prefix). */
    newId(prefix: 'a01' | 'a02' | 'a03' | '069' | '0Ml'): string {
        const id = `${prefix}${String(this.nextId).padStart(12, '0')}AAA`;
        this.nextId += 1;
        return id;
    }

    /** Writes everything: called once per change, after the change is complete in memory. */
    save(): void {
        const state: StoreState = {
            version: 1,
            nextId: this.nextId,
            records: [...this.records.values()],
            changes: [...this.changesByRecord.values()].flat(),
            products: this.products,
            productSyncs: [...this.productSyncs.values()],
            files: [...this.files.values()],
            accounts: this.accounts,
            opportunities: this.opportunities,
            notifications: this.notifications,
            imports: [...this.imports.values()],
        };
        writeFileAtomically(path.join(this.dataDir, STATE_FILE), JSON.stringify(state));
    }

    allRecords(): StoredRecord[] {
        return [...this.records.values()];
    }

    /**
     * The records in the order of a sort value (`name` names it): sorted the first time it is
     * asked for, then kept up to date by every write, as an index of the database is.
     */
    recordsOrderedBy(name: string, valueOf: (record: StoredRecord) => string | null): RecordOrder {
        let order = this.orders.get(name);
        if (!order) {
            order = new RecordOrder(valueOf, this.records.values());
            this.orders.set(name, order);
        }
        return order;
    }

    record(id: string): StoredRecord | undefined {
        return this.records.get(id);
    }

    putRecord(record: StoredRecord): void {
        this.records.set(record.id, record);
        this.orders.forEach((order) => order.put(record));
    }

    /** Deletes a record and its change rows, as deleting the master of a master-detail does. */
    deleteRecord(id: string): void {
        this.records.delete(id);
        this.changesByRecord.delete(id);
        this.orders.forEach((order) => order.remove(id));
    }

    /** Newest first, as the record view lists them. */
    changesOf(recordId: string): StoredChange[] {
        return [...(this.changesByRecord.get(recordId) ?? [])].sort((a, b) =>
            b.startedAt.localeCompare(a.startedAt),
        );
    }

    /** Every change row, of every record, in no order. */
    allChanges(): StoredChange[] {
        return [...this.changesByRecord.values()].flat();
    }

    /** Inserts a change row, or replaces the one with the same id. */
    putChange(change: StoredChange): void {
        const list = this.changeList(change.recordId);
        const index = list.findIndex((c) => c.id === change.id);
        if (index >= 0) {
            list[index] = change;
        } else {
            list.push(change);
        }
    }

    allImportRuns(): StoredImportRun[] {
        return [...this.imports.values()];
    }

    putImportRun(run: StoredImportRun): void {
        this.imports.set(run.id, run);
    }

    allProducts(): ProductRecord[] {
        return [...this.products].sort((a, b) => a.title.localeCompare(b.title));
    }

    upsertProducts(products: ProductRecord[]): void {
        const byId = new Map(this.products.map((product) => [product.productId, product]));
        products.forEach((product) => byId.set(product.productId, product));
        this.products = [...byId.values()];
    }

    productSync(id: string): StoredProductSync | undefined {
        return this.productSyncs.get(id);
    }

    putProductSync(sync: StoredProductSync): void {
        this.productSyncs.set(sync.id, sync);
    }

    allAccounts(): StoredAccount[] {
        return [...this.accounts];
    }

    account(id: string): StoredAccount | undefined {
        return this.accounts.find((account) => account.id === id);
    }

    allOpportunities(): StoredOpportunity[] {
        return [...this.opportunities];
    }

    opportunity(id: string): StoredOpportunity | undefined {
        return this.opportunities.find((opportunity) => opportunity.id === id);
    }

    /**
     * Adds Accounts and Opportunities (the org's own records, which the app only reads) when
     * the store has none: what a new local app starts with.
     */
    seedRelatedRecords(seed: {
        accounts: Omit<StoredAccount, 'id'>[];
        opportunities: (Omit<StoredOpportunity, 'id' | 'accountId'> & { accountName: string })[];
    }): void {
        if (this.accounts.length > 0 || this.opportunities.length > 0) {
            return;
        }
        // Ids of their own object prefixes, numbered apart from the app's records.
        const seedId = (prefix: string, index: number) =>
            `${prefix}${String(index + 1).padStart(12, '0')}AAA`;
        this.accounts = seed.accounts.map((account, index) => ({
            id: seedId('001', index),
            ...account,
        }));
        this.opportunities = seed.opportunities.map(({ accountName, ...opportunity }, index) => ({
            id: seedId('006', index),
            ...opportunity,
            accountId: this.accounts.find((account) => account.name === accountName)?.id ?? null,
        }));
        this.save();
    }

    /** Delivers notifications (a committed transaction's): kept, then their recipients told. */
    addNotifications(notifications: Omit<StoredNotification, 'id' | 'read'>[]): void {
        const added = notifications.map((notification) => ({
            id: this.newId('0Ml'),
            ...notification,
            read: false,
        }));
        this.notifications = [...this.notifications, ...added];
        this.save();
        const recipients = [...new Set(added.map((notification) => notification.recipient))];
        this.notificationListeners.forEach((listener) => listener(recipients));
    }

    /** A user's notifications, newest first. */
    notificationsFor(recipient: string): StoredNotification[] {
        return this.notifications
            .filter((notification) => notification.recipient === recipient)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    }

    /** The user opened their notifications: every one of them is read. */
    markNotificationsRead(recipient: string): void {
        let changed = false;
        this.notifications = this.notifications.map((notification) => {
            if (notification.recipient !== recipient || notification.read) {
                return notification;
            }
            changed = true;
            return { ...notification, read: true };
        });
        if (changed) {
            this.save();
        }
    }

    /** Called with the recipients of each delivery. */
    onNotifications(listener: (recipients: string[]) => void): () => void {
        this.notificationListeners.add(listener);
        return () => this.notificationListeners.delete(listener);
    }

    saveFile(fileName: string, contentType: string, bytes: Buffer): StoredFile {
        const stored: StoredFile = {
            documentId: this.newId('069'),
            fileName,
            contentType,
            size: bytes.length,
        };
        writeFileAtomically(path.join(this.dataDir, FILES_DIR, stored.documentId), bytes);
        this.files.set(stored.documentId, stored);
        this.save();
        return stored;
    }

    file(documentId: string): { stored: StoredFile; bytes: Buffer } | undefined {
        const stored = this.files.get(documentId);
        return stored
            ? { stored, bytes: fs.readFileSync(path.join(this.dataDir, FILES_DIR, documentId)) }
            : undefined;
    }
}
