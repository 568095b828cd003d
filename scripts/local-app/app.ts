/**
 * The local app in one call: the Catalog simulator (or a real AWS account), the local
 * implementation of the Apex contract with its store and status sync, and the web server.
 * `npm start` and the end-to-end tests both start it this way.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import { startCatalogSimulator } from '../catalog-simulator/server';
import type { EventDeliveryOptions } from '../catalog-simulator/changeSetEvents';
import type { RunningSimulator, SimulatorOptions } from '../catalog-simulator/server';
import { buildLocalAppBundle } from './bundle';
import { countCatalogCalls } from './catalogCalls';
import { CHANGE_SET_EVENTS_PATH } from './contract/ChangeSetEventResource';
import { createLocalBackend } from './backend';
import type { RunningLocalBackend } from './backend';
import { startLocalAppServer } from './server';

export const APP_LABEL = 'AWS Marketplace Resale';
/** The bucket of legal documents in the simulator. */
export const SIMULATOR_BUCKET = 'local-legal-documents';
/** Credentials the simulator accepts; it checks the signature's shape, not the secret. */
const SIMULATOR_CREDENTIALS = { accessKeyId: 'AKIDLOCALAPP', secretAccessKey: 'local-app' };
/** A Catalog API call that gets no answer within this time is retried with the same token. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface LocalAppOptions {
    host?: string;
    /** 0 picks a free port. */
    port?: number;
    /** Where the store (and the simulator's state) live. */
    dataDir: string;
    /** Start from empty records and the simulator's seed. */
    reset?: boolean;
    /** Use a real AWS account (standard credential chain) instead of the simulator. */
    aws?: { region: string; legalDocumentsBucket?: string };
    simulator?: Omit<SimulatorOptions, 'dataDir' | 'reset' | 'host'>;
    /** How often the status sync looks for change sets in flight. */
    statusSyncIntervalMs?: number | null;
    /** Timeout of one Catalog API request. */
    requestTimeoutMs?: number;
    /** The server's clock (claims and refresh windows); the real time by default. */
    clock?: () => number;
    /**
     * Sync the products when the store has none (default); false leaves it to the
     * administrator's Sync products button.
     */
    syncProductsAtStart?: boolean;
    /** Import from AWS at the first start and sync daily, as the org does (default true). */
    syncWithAws?: boolean;
    /**
     * The simulator delivers AWS's change set events to the app's REST resource, as EventBridge's
     * API destination does (default on; how: delay, copies, order, retries). false leaves the
     * status to polling alone.
     */
    changeSetEvents?: false | Partial<EventDeliveryOptions>;
    log?: (line: string) => void;
}

export interface RunningLocalApp {
    url: string;
    simulator: RunningSimulator | null;
    backend: RunningLocalBackend;
    /** Catalog API requests the app has sent, by operation (`StartChangeSet`...). */
    catalogCalls(): Record<string, number>;
    /** The integration user's bearer token, which the change set events' resource requires. */
    integrationToken: string;
    stop(): Promise<void>;
}

interface Clients {
    catalog: MarketplaceCatalogClient;
    s3: S3Client;
    bucket: string;
    label: string;
}

function awsClients(aws: NonNullable<LocalAppOptions['aws']>, timeoutMs: number): Clients {
    return {
        catalog: new MarketplaceCatalogClient({
            region: aws.region,
            requestHandler: { requestTimeout: timeoutMs },
        }),
        s3: new S3Client({ region: aws.region }),
        bucket: aws.legalDocumentsBucket ?? '',
        label: `AWS ${aws.region}`,
    };
}

function simulatorClients(simulator: RunningSimulator, timeoutMs: number): Clients {
    const shared = {
        endpoint: simulator.url,
        region: 'us-east-1',
        credentials: SIMULATOR_CREDENTIALS,
    };
    return {
        // One attempt: a retry is the contract's job, with the same ClientRequestToken.
        catalog: new MarketplaceCatalogClient({
            ...shared,
            maxAttempts: 1,
            requestHandler: { requestTimeout: timeoutMs },
        }),
        s3: new S3Client({ ...shared, forcePathStyle: true }),
        bucket: SIMULATOR_BUCKET,
        label: 'Simulator',
    };
}

export async function startLocalApp(options: LocalAppOptions): Promise<RunningLocalApp> {
    const log = options.log ?? (() => undefined);
    const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const bundle = await buildLocalAppBundle();
    const simulator = options.aws
        ? null
        : await startCatalogSimulator({
              port: 0,
              ...options.simulator,
              dataDir: path.join(options.dataDir, 'catalog'),
              reset: options.reset,
          });
    try {
        const clients = options.aws
            ? awsClients(options.aws, timeoutMs)
            : simulatorClients(simulator as RunningSimulator, timeoutMs);
        const catalogCalls = countCatalogCalls(clients.catalog);
        const backend = await createLocalBackend({
            dataDir: path.join(options.dataDir, 'store'),
            reset: options.reset ?? false,
            catalog: clients.catalog,
            s3: clients.s3,
            legalDocumentsBucket: clients.bucket,
            statusSyncIntervalMs: options.statusSyncIntervalMs,
            clock: options.clock,
            syncProductsAtStart: options.syncProductsAtStart,
            log,
            syncWithAws: options.syncWithAws ?? true,
        });
        const integrationToken = randomBytes(24).toString('base64url');
        const server = await startLocalAppServer({
            backend,
            bundleDir: bundle.dir,
            appLabel: APP_LABEL,
            backendLabel: clients.label,
            host: options.host,
            port: options.port,
            integrationToken,
            log,
        });
        if (simulator && options.changeSetEvents !== false) {
            // EventBridge's rule and API destination, with the connection's access token.
            simulator.events.configure({
                ...options.changeSetEvents,
                url: `${server.url}${CHANGE_SET_EVENTS_PATH}`,
                headers: { Authorization: `Bearer ${integrationToken}` },
            });
        }
        return {
            url: server.url,
            simulator,
            backend,
            catalogCalls,
            integrationToken,
            async stop() {
                await server.stop();
                await backend.stop();
                await simulator?.stop();
            },
        };
    } catch (error) {
        await simulator?.stop();
        throw error;
    }
}
