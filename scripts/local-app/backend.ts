/**
 * The local app's server side: the store, the contract implementation per language, the
 * background status sync and the status events, behind what the web server needs.
 */
import os from 'node:os';
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ImportRun } from '../../lwc-src/raDomain/apexContract';
import { legalDocumentContentType } from '../../lwc-src/raDomain/legalDocuments';
import { LocalAsyncQueue } from './contract/asyncApex';
import { CHANGE_SET_EVENTS_PERMISSION } from './contract/ChangeSetEvents';
import { ChangeSetEventResource } from './contract/ChangeSetEventResource';
import { ExpiryNoticeJob } from './contract/ExpiryNoticeJob';
import type { ContractDeps } from './contract/contractDeps';
import { AuraHandledException, RecordLocks } from './contract/platform';
import { ResaleAuthorizationController } from './contract/ResaleAuthorizationController';
import { buildListIndexes } from './contract/ResaleAuthorizationListQuery';
import { ResaleAuthorizationImportJob } from './contract/ResaleAuthorizationImportJob';
import { isInFlight } from './contract/ResaleAuthorizationSelector';
import { StatusEvents } from './contract/statusEvents';
import { MAX_CHAIN_DEPTH, StatusSyncJob } from './contract/StatusSyncJob';
import { LocalStore } from './contract/store';
import type { LabelText, StoredNotification } from './contract/store';
import type { NamedCredentialEndpoint, SellerAccount } from './contract/SellerAccounts';
import { resaleAuthorizationChangeTrigger } from './contract/triggers';
import { messagesIn } from './contract/UserMessages';
import type { ApexLabel, MessageFormatter } from './contract/UserMessages';
import { s3LocationOf } from './legalDocumentLinks';
import type { Language } from './pageLabels';
import { searchPickerRecords } from './recordPickerSearch';
import { seedRelatedRecords } from './relatedRecordsSeed';
import type { LocalBackend, ShownNotification } from './server';

export interface LocalBackendOptions {
    dataDir: string;
    reset: boolean;
    catalog: MarketplaceCatalogClient;
    s3: S3Client;
    legalDocumentsBucket: string;
    /** The org's seller accounts (Seller_Account__mdt); absent: the default one alone. */
    sellerAccounts?: readonly SellerAccount[];
    /** What the other accounts' Named Credentials reach. */
    namedCredentials?: Readonly<Record<string, NamedCredentialEndpoint>>;
    /** The user's custom permissions; absent, every one a seller account asks for. */
    customPermissions?: ReadonlySet<string>;
    /**
     * How long a minute of queueable delay lasts here (the status job waits a minute between
     * polls); null runs queued jobs only when `syncStatusesNow` is called. Default 2 s.
     */
    statusSyncIntervalMs?: number | null;
    clock?: () => number;
    /** Sync the products when the store has none (default true). */
    syncProductsAtStart?: boolean;
    log?: (line: string) => void;
    /** The org setting's expiry notice days (30 when not given). */
    expiryNoticeDays?: number;
    /**
     * Sync with AWS as the org does: at the first start (no sync has run on this store), import
     * every resale authorization before the app opens, then once a day.
     */
    syncWithAws?: boolean;
}

export interface RunningLocalBackend extends LocalBackend {
    apiFor(language: Language): ResaleAuthorizationController;
    store: LocalStore;
    /**
     * Starts the status job if needed and runs what is queued now; resolves with how many
     * change sets it described.
     */
    syncStatusesNow(): Promise<number>;
    /** The daily expiry notices, run now; resolves with how many owners were told. */
    notifyExpiringNow(): Promise<number>;
    /** The local user's name: the sender of changes, the owner of records. */
    userName: string;
    /** Starts (or resumes) a sync with AWS and runs it to its end; resolves with the run. */
    syncWithAwsNow(): Promise<ImportRun | null>;
    stop(): Promise<void>;
}

/** A label and its parameters in a language, the parameters that are labels worded too. */
function worded(text: LabelText, format: MessageFormatter): string {
    return format(
        text.label as ApexLabel,
        ...text.params.map((param) => (typeof param === 'string' ? param : worded(param, format))),
    );
}

/** A notification in the reader's language, as the header lists it. */
function shown(notification: StoredNotification, language: Language): ShownNotification {
    const format = messagesIn(language);
    return {
        id: notification.id,
        title: worded(notification.title, format),
        body: worded(notification.body, format),
        targetId: notification.targetId,
        createdAt: notification.createdAt,
        read: notification.read,
    };
}

/**
 * The custom permissions of the integration user EventBridge's connection runs as (permission
 * set Marketplace_Resale_Change_Set_Events in the org).
 */
export const INTEGRATION_USER_PERMISSIONS: ReadonlySet<string> = new Set([
    CHANGE_SET_EVENTS_PERMISSION,
]);

function localUserName(): string {
    try {
        return os.userInfo().username || 'Local user';
    } catch {
        return 'Local user';
    }
}

export async function createLocalBackend(
    options: LocalBackendOptions,
): Promise<RunningLocalBackend> {
    const log = options.log ?? (() => undefined);
    const store = LocalStore.open({ dataDir: options.dataDir, reset: options.reset });
    seedRelatedRecords(store);
    buildListIndexes(store);
    const events = new StatusEvents();
    const queue = new LocalAsyncQueue({
        minuteMs: options.statusSyncIntervalMs === undefined ? 2000 : options.statusSyncIntervalMs,
        maxChainDepth: MAX_CHAIN_DEPTH,
        onError: (error) =>
            log(`Status sync: ${error instanceof Error ? error.message : String(error)}`),
    });
    const deps: ContractDeps = {
        store,
        catalog: options.catalog,
        s3: options.s3,
        legalDocumentsBucket: options.legalDocumentsBucket,
        sellerAccounts: options.sellerAccounts,
        namedCredentials: options.namedCredentials,
        customPermissions: options.customPermissions,
        events,
        queue,
        locks: new RecordLocks(),
        clock: options.clock ?? Date.now,
        userName: localUserName(),
        log,
        expiryNoticeDays: options.expiryNoticeDays,
        changeRowTriggers: [resaleAuthorizationChangeTrigger()],
    };
    // After a restart, change sets still in flight are followed again.
    if (store.allRecords().some(isInFlight)) {
        StatusSyncJob.ensureRunning(deps);
    }
    const apis: Record<Language, ResaleAuthorizationController> = {
        en: new ResaleAuthorizationController(deps, 'en'),
        fr: new ResaleAuthorizationController(deps, 'fr'),
    };
    if (options.syncProductsAtStart !== false && store.allProducts().length === 0) {
        try {
            // Each seller account's catalog, one after the other, as the tab's button does.
            for (const { name } of await apis.en.listSellerAccounts()) {
                await apis.en.syncProducts({ sellerAccount: name });
                // The next pages are queued jobs: the app starts once every page is in.
                await queue.runNow();
            }
            log(`Synced ${store.allProducts().length} products from the Catalog API.`);
        } catch (error) {
            log(`Product sync failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    // The daily expiry notices, and today's run now: the app may not run at the scheduled time.
    ExpiryNoticeJob.scheduleDaily(deps);
    try {
        await new ExpiryNoticeJob(deps).execute();
    } catch (error) {
        log(`Expiry notices failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const syncWithAwsNow = async (): Promise<ImportRun | null> => {
        let { run } = await apis.en.startImport();
        // Each pass runs the chain to its depth limit; the scheduled restart is the next pass.
        while (run?.status === 'RUNNING' && queue.queuedCount() > 0) {
            await queue.runNow();
            run = (await apis.en.getImportProgress()).run;
        }
        return run;
    };
    if (options.syncWithAws) {
        if (store.allImportRuns().length === 0) {
            try {
                const run = await syncWithAwsNow();
                log(
                    `Imported ${run?.imported ?? 0} resale authorizations from the Catalog API (${run?.status ?? 'not run'}).`,
                );
            } catch (error) {
                log(
                    `Sync with AWS failed: ${error instanceof Error ? error.message : String(error)}`,
                );
            }
        }
        ResaleAuthorizationImportJob.scheduleDaily(deps);
    }
    return {
        store,
        userName: deps.userName,
        apiFor: (language) => apis[language],
        saveUploadedFile: async (file) => {
            const stored = await apis.en.saveUploadedFile(file);
            return { documentId: stored.documentId, name: stored.fileName };
        },
        readLegalDocument: async (url) => {
            const location = s3LocationOf(url);
            const contentType = location ? legalDocumentContentType(location.key) : null;
            if (!location || !contentType || location.bucket !== options.legalDocumentsBucket) {
                return null;
            }
            try {
                const answer = await options.s3.send(
                    new GetObjectCommand({ Bucket: location.bucket, Key: location.key }),
                );
                const bytes = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
                const fileName = location.key.split('/').pop() ?? 'document';
                return { fileName, contentType, bytes };
            } catch {
                return null;
            }
        },
        userMessageOf: (error) => (error instanceof AuraHandledException ? error.message : null),
        onStatusEvent: (listener) => events.subscribe(listener),
        searchRecords: (query) => searchPickerRecords(store, query),
        notificationsFor: (language) =>
            store
                .notificationsFor(deps.userName)
                .map((notification) => shown(notification, language)),
        markNotificationsRead: () => store.markNotificationsRead(deps.userName),
        onNotifications: (listener) =>
            store.onNotifications((recipients) => {
                if (recipients.includes(deps.userName)) {
                    listener();
                }
            }),
        receiveChangeSetEvent: (body) =>
            ChangeSetEventResource.receive(deps, {
                body,
                permissions: INTEGRATION_USER_PERMISSIONS,
            }),
        notifyExpiringNow: () =>
            new ExpiryNoticeJob(deps).notifyOwnersDue(
                new Date(deps.clock()).toISOString().slice(0, 10),
            ),
        syncStatusesNow: async () => {
            StatusSyncJob.ensureRunning(deps);
            const before = StatusSyncJob.describedRecords;
            await queue.runNow();
            return StatusSyncJob.describedRecords - before;
        },
        syncWithAwsNow,
        stop: () => queue.stop(),
    };
}
