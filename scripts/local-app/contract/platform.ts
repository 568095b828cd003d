/**
 * The Salesforce transaction rules the Apex relies on, for the local twin. An Apex request or
 * queueable run is one `Transaction`:
 * - its writes are buffered and committed together at its end, or dropped when it throws;
 * - `lockForUpdate` is `SELECT ... FOR UPDATE`: it waits for the record's lock (at most 10 s,
 *   then fails as the platform does) and holds it until the transaction ends ...
 * - ... or until a callout, which releases every lock the transaction holds;
 * - a callout after a write in the same transaction throws ("uncommitted work pending");
 * - an after-update trigger of change rows runs at each change row write, in the transaction;
 * - a custom notification is delivered when the transaction commits, and dropped when it rolls
 *   back; like an enqueue, it is work the transaction's end completes, so a callout after it
 *   throws as after a write (the Apex sends notifications after its callouts and writes).
 * Nothing here knows about resale authorizations beyond the store it commits to.
 */
import type { ProductRecord } from '../../../lwc-src/raDomain/apexContract';
import type {
    LocalStore,
    StoredChange,
    StoredImportRun,
    StoredNotification,
    StoredProductSync,
    StoredRecord,
} from './store';

/** How long a lock request waits before failing, as the platform's 10 seconds. */
export const LOCK_WAIT_MS = 10_000;

/** What an `@AuraEnabled` method throws: its message is what the component shows. */
export class AuraHandledException extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'AuraHandledException';
    }
}

export class UncommittedWorkPendingError extends Error {
    constructor() {
        super('You have uncommitted work pending. Please commit or rollback before calling out');
        this.name = 'CalloutException';
    }
}

/** A unique field would hold a value twice: the platform refuses the write (DUPLICATE_VALUE). */
export class DuplicateValueError extends Error {
    constructor(field: string, value: string) {
        super(`DUPLICATE_VALUE: duplicate value found: ${field} duplicates value ${value}`);
        this.name = 'DmlException';
    }
}

export class LockTimeoutError extends Error {
    constructor(recordId: string) {
        super(`Record Currently Unavailable: ${recordId} is locked by another transaction`);
        this.name = 'QueryException';
    }
}

/** Record locks of the whole org: one holder per record id, the others wait in line. */
export class RecordLocks {
    private readonly holders = new Map<string, Promise<void>>();

    /** Resolves with the release function once the lock is held. */
    async acquire(recordId: string, waitMs = LOCK_WAIT_MS): Promise<() => void> {
        for (;;) {
            const held = this.holders.get(recordId);
            if (!held) {
                let release: () => void = () => undefined;
                const released = new Promise<void>((resolve) => {
                    release = resolve;
                });
                this.holders.set(recordId, released);
                let done = false;
                return () => {
                    if (!done) {
                        done = true;
                        this.holders.delete(recordId);
                        release();
                    }
                };
            }
            let timer: NodeJS.Timeout | undefined;
            const timedOut = await Promise.race([
                held.then(() => false),
                new Promise<boolean>((resolve) => {
                    timer = setTimeout(() => resolve(true), waitMs);
                }),
            ]);
            clearTimeout(timer);
            if (timedOut) {
                throw new LockTimeoutError(recordId);
            }
        }
    }

    isLocked(recordId: string): boolean {
        return this.holders.has(recordId);
    }
}

/** An after-update trigger of change rows: the row before and after each write. */
export type ChangeRowTrigger = (
    transaction: Transaction,
    rows: { previous: StoredChange; updated: StoredChange }[],
) => void;

/** A custom notification as `Messaging.CustomNotification.send` hands it to the platform. */
export type OutgoingNotification = Omit<StoredNotification, 'id' | 'read' | 'createdAt'>;

export interface PlatformDeps {
    store: LocalStore;
    locks: RecordLocks;
    clock: () => number;
    /** The org's after-update triggers of change rows (see triggers.ts). */
    changeRowTriggers?: readonly ChangeRowTrigger[];
}

export class Transaction {
    private readonly releases = new Map<string, () => void>();
    private readonly records = new Map<string, StoredRecord>();
    private readonly changes = new Map<string, StoredChange>();
    private readonly products = new Map<string, ProductRecord>();
    private readonly productSyncs = new Map<string, StoredProductSync>();
    private readonly importRuns = new Map<string, StoredImportRun>();
    private readonly deleted = new Set<string>();
    private readonly notifications: OutgoingNotification[] = [];
    private readonly afterCommit: (() => void)[] = [];
    private finished = false;
    private callouts = 0;

    constructor(private readonly platform: PlatformDeps) {}

    /** Callouts made so far (the platform allows 100 in a transaction). */
    get calloutCount(): number {
        return this.callouts;
    }

    get store(): LocalStore {
        return this.platform.store;
    }

    now(): number {
        return this.platform.clock();
    }

    /** A record as this transaction sees it: its own writes (and deletes) first. */
    record(recordId: string): StoredRecord | undefined {
        if (this.deleted.has(recordId)) {
            return undefined;
        }
        return this.records.get(recordId) ?? this.platform.store.record(recordId);
    }

    /** A record's change rows as this transaction sees them, newest first. */
    changesOf(recordId: string): StoredChange[] {
        if (this.deleted.has(recordId)) {
            return [];
        }
        const committed = this.platform.store.changesOf(recordId);
        const pending = [...this.changes.values()].filter((c) => c.recordId === recordId);
        const merged = new Map(committed.map((c) => [c.id, c]));
        pending.forEach((c) => merged.set(c.id, c));
        return [...merged.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    }

    /** Every change row as this transaction sees it (a query over all records), in no order. */
    allChanges(): StoredChange[] {
        const merged = new Map(this.platform.store.allChanges().map((c) => [c.id, c]));
        this.changes.forEach((c) => merged.set(c.id, c));
        return [...merged.values()].filter((c) => !this.deleted.has(c.recordId));
    }

    /** `SELECT ... FOR UPDATE`: waits for the lock, then reads the record. */
    async lockForUpdate(recordId: string): Promise<StoredRecord | undefined> {
        if (!this.releases.has(recordId)) {
            this.releases.set(recordId, await this.platform.locks.acquire(recordId));
        }
        return this.record(recordId);
    }

    holdsLock(recordId: string): boolean {
        return this.releases.has(recordId);
    }

    updateRecord(record: StoredRecord): void {
        this.records.set(record.id, { ...record });
    }

    /** `Database.delete` of a record: its change rows go with it (master-detail). */
    deleteRecord(recordId: string): void {
        this.records.delete(recordId);
        [...this.changes.values()]
            .filter((change) => change.recordId === recordId)
            .forEach((change) => this.changes.delete(change.id));
        this.deleted.add(recordId);
    }

    /** `Database.insert` or `update` of a change row; an update runs its triggers. */
    upsertChange(change: StoredChange): void {
        const previous = this.changesOf(change.recordId).find((row) => row.id === change.id);
        this.changes.set(change.id, { ...change });
        if (previous) {
            const updated = { ...change };
            (this.platform.changeRowTriggers ?? []).forEach((trigger) =>
                trigger(this, [{ previous, updated }]),
            );
        }
    }

    /** `Messaging.CustomNotification.send`: delivered to its recipient when this commits. */
    sendNotification(notification: OutgoingNotification): void {
        this.notifications.push({ ...notification });
    }

    /** An import run as this transaction sees it. */
    importRun(runId: string): StoredImportRun | undefined {
        return (
            this.importRuns.get(runId) ??
            this.platform.store.allImportRuns().find((r) => r.id === runId)
        );
    }

    /** Inserts or updates an import run row. */
    putImportRun(run: StoredImportRun): void {
        this.importRuns.set(run.id, { ...run });
    }

    /** `Database.upsert` of products by their product id. */
    upsertProducts(products: ProductRecord[]): void {
        products.forEach((product) => this.products.set(product.productId, { ...product }));
    }

    /** A product sync as this transaction sees it: its own write first. */
    productSync(syncId: string): StoredProductSync | undefined {
        return this.productSyncs.get(syncId) ?? this.platform.store.productSync(syncId);
    }

    /** Inserts or updates a product sync (`Product_Sync__c`). */
    upsertProductSync(sync: StoredProductSync): void {
        this.productSyncs.set(sync.id, { ...sync });
    }

    hasPendingWrites(): boolean {
        return (
            this.records.size > 0 ||
            this.changes.size > 0 ||
            this.products.size > 0 ||
            this.productSyncs.size > 0 ||
            this.importRuns.size > 0 ||
            this.deleted.size > 0 ||
            this.notifications.length > 0
        );
    }

    /** Runs once the transaction has committed (an event published after commit). */
    onCommit(task: () => void): void {
        this.afterCommit.push(task);
    }

    /** An HTTP callout: refused after a write; releases every lock the transaction holds. */
    async callout<T>(request: () => Promise<T>): Promise<T> {
        if (this.hasPendingWrites()) {
            throw new UncommittedWorkPendingError();
        }
        this.releaseLocks();
        this.callouts += 1;
        return request();
    }

    commit(): void {
        this.finish(() => {
            this.refuseDuplicates();
            for (const record of this.records.values()) {
                this.platform.store.putRecord(record);
            }
            for (const change of this.changes.values()) {
                this.platform.store.putChange(change);
            }
            this.platform.store.upsertProducts([...this.products.values()]);
            this.productSyncs.forEach((sync) => this.platform.store.putProductSync(sync));
            this.importRuns.forEach((run) => this.platform.store.putImportRun(run));
            this.deleted.forEach((recordId) => this.platform.store.deleteRecord(recordId));
            if (this.notifications.length > 0) {
                const createdAt = new Date(this.now()).toISOString();
                this.platform.store.addNotifications(
                    this.notifications.map((notification) => ({ ...notification, createdAt })),
                );
            } else if (this.hasPendingWrites()) {
                this.platform.store.save();
            }
        });
        this.afterCommit.forEach((task) => task());
    }

    /**
     * The unique fields the import relies on: Entity_Id__c of resale authorizations and
     * Running_Key__c of import runs. As the platform's unique index, a write that would store a
     * value another row holds fails, whoever committed first.
     */
    private refuseDuplicates(): void {
        const store = this.platform.store;
        const written = [...this.records.values()].filter((record) => record.entityId !== null);
        if (written.length > 0) {
            const holders = new Map(store.allRecords().map((r) => [r.entityId, r.id]));
            for (const record of written) {
                const holder = holders.get(record.entityId);
                if (holder !== undefined && holder !== record.id) {
                    throw new DuplicateValueError('Entity_Id__c', record.entityId ?? '');
                }
            }
        }
        for (const run of this.importRuns.values()) {
            // Each other row as this transaction leaves it (a run it finished holds no key).
            const other =
                run.runningKey !== null &&
                store
                    .allImportRuns()
                    .map((stored) => this.importRuns.get(stored.id) ?? stored)
                    .some((stored) => stored.id !== run.id && stored.runningKey === run.runningKey);
            if (other) {
                throw new DuplicateValueError('Running_Key__c', run.runningKey ?? '');
            }
        }
    }

    rollback(): void {
        this.finish(() => undefined);
    }

    private finish(apply: () => void): void {
        if (this.finished) {
            throw new Error('The transaction has already ended');
        }
        this.finished = true;
        try {
            apply();
        } finally {
            this.releaseLocks();
        }
    }

    private releaseLocks(): void {
        this.releases.forEach((release) => release());
        this.releases.clear();
    }
}

/** One Apex transaction: commits when `body` returns, rolls back when it throws. */
export async function inTransaction<T>(
    platform: PlatformDeps,
    body: (transaction: Transaction) => Promise<T>,
): Promise<T> {
    const transaction = new Transaction(platform);
    let result: T;
    try {
        result = await body(transaction);
    } catch (error) {
        transaction.rollback();
        throw error;
    }
    transaction.commit();
    return result;
}
