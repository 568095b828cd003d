/**
 * The local app's server side: the store, the contract implementation per language, the
 * background status sync and the status events, behind what the web server needs.
 */
import os from 'node:os';
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { legalDocumentContentType } from '../../lwc-src/raDomain/legalDocuments';
import { LocalAsyncQueue } from './contract/asyncApex';
import type { ContractDeps } from './contract/contractDeps';
import { AuraHandledException, RecordLocks } from './contract/platform';
import { ResaleAuthorizationController } from './contract/ResaleAuthorizationController';
import { isInFlight } from './contract/ResaleAuthorizationSelector';
import { StatusEvents } from './contract/statusEvents';
import { MAX_CHAIN_DEPTH, StatusSyncJob } from './contract/StatusSyncJob';
import { LocalStore } from './contract/store';
import { s3LocationOf } from './legalDocumentLinks';
import type { Language } from './pageLabels';
import type { LocalBackend } from './server';

export interface LocalBackendOptions {
    dataDir: string;
    reset: boolean;
    catalog: MarketplaceCatalogClient;
    s3: S3Client;
    legalDocumentsBucket: string;
    /**
     * How long a minute of queueable delay lasts here (the status job waits a minute between
     * polls); null runs queued jobs only when `syncStatusesNow` is called. Default 2 s.
     */
    statusSyncIntervalMs?: number | null;
    clock?: () => number;
    log?: (line: string) => void;
}

export interface RunningLocalBackend extends LocalBackend {
    apiFor(language: Language): ResaleAuthorizationController;
    store: LocalStore;
    /**
     * Starts the status job if needed and runs what is queued now; resolves with how many
     * change sets it described.
     */
    syncStatusesNow(): Promise<number>;
    stop(): Promise<void>;
}

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
        events,
        queue,
        locks: new RecordLocks(),
        clock: options.clock ?? Date.now,
        userName: localUserName(),
        log,
    };
    // After a restart, change sets still in flight are followed again.
    if (store.allRecords().some(isInFlight)) {
        StatusSyncJob.ensureRunning(deps);
    }
    const apis: Record<Language, ResaleAuthorizationController> = {
        en: new ResaleAuthorizationController(deps, 'en'),
        fr: new ResaleAuthorizationController(deps, 'fr'),
    };
    if (store.allProducts().length === 0) {
        try {
            await apis.en.syncProducts();
            // The next pages are queued jobs: the app starts once every page is in.
            await queue.runNow();
            log(`Synced ${store.allProducts().length} products from the Catalog API.`);
        } catch (error) {
            log(`Product sync failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return {
        store,
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
        syncStatusesNow: async () => {
            StatusSyncJob.ensureRunning(deps);
            const before = StatusSyncJob.describedRecords;
            await queue.runNow();
            return StatusSyncJob.describedRecords - before;
        },
        stop: () => queue.stop(),
    };
}
