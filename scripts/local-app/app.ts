/**
 * The local app in one call: the Catalog simulator (or a real AWS account), the local
 * implementation of the Apex contract with its store and status sync, and the web server.
 * `npm start` and the end-to-end tests both start it this way. With two seller accounts, each
 * has a simulator of its own, seeded with its own catalog, that its Named Credentials reach.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import { FIRST_SELLER, SECOND_SELLER } from '../catalog-simulator/seed';
import type { SellerSeed } from '../catalog-simulator/seed';
import { startCatalogSimulator } from '../catalog-simulator/server';
import type { EventDeliveryOptions } from '../catalog-simulator/changeSetEvents';
import type { RunningSimulator, SimulatorOptions } from '../catalog-simulator/server';
import type { NamedCredentialEndpoint, SellerAccount } from './contract/SellerAccounts';
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

/** A simulated seller account: its Seller_Account__mdt record and its catalog's seed. */
interface LocalSellerAccount {
    account: SellerAccount;
    seed: SellerSeed;
    /** Its simulator's data directory, under the app's. */
    dir: string;
}

/**
 * The seller accounts of a local app with two (`--accounts 2`): the default one, on the
 * Named Credentials the org deploys, and a second one on its own, as an administrator adds it.
 */
export const LOCAL_SELLER_ACCOUNTS: readonly LocalSellerAccount[] = [
    {
        account: {
            developerName: 'Default',
            label: 'Example Seller (US)',
            namedCredential: 'AWS_Marketplace_Catalog',
            legalDocumentsNamedCredential: 'AWS_Marketplace_Legal_Documents',
            legalDocumentsBucket: SIMULATOR_BUCKET,
            region: 'us-east-1',
            awsAccountId: FIRST_SELLER.sellerAccountId,
            customPermission: null,
        },
        seed: FIRST_SELLER,
        dir: 'catalog',
    },
    {
        account: {
            developerName: 'Europe',
            label: 'Example Seller Europe',
            namedCredential: 'AWS_Marketplace_Catalog_Europe',
            legalDocumentsNamedCredential: 'AWS_Marketplace_Legal_Documents_Europe',
            legalDocumentsBucket: 'local-legal-documents-europe',
            region: 'eu-west-1',
            awsAccountId: SECOND_SELLER.sellerAccountId,
            customPermission: null,
        },
        seed: SECOND_SELLER,
        dir: 'catalog-europe',
    },
];
export const MAX_LOCAL_SELLER_ACCOUNTS = LOCAL_SELLER_ACCOUNTS.length;

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
    /**
     * How many simulated seller accounts (1 by default, at most MAX_LOCAL_SELLER_ACCOUNTS):
     * each has its own simulator and catalog. With --aws, the one AWS account.
     */
    sellerAccounts?: number;
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
    /** The default seller account's simulator. */
    simulator: RunningSimulator | null;
    /** Every seller account's simulator, by the account's developer name. */
    simulators: ReadonlyMap<string, RunningSimulator>;
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

/** The seller accounts asked for, refused beyond those the local app can simulate. */
function localSellerAccounts(options: LocalAppOptions): readonly LocalSellerAccount[] {
    const count = options.sellerAccounts ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > MAX_LOCAL_SELLER_ACCOUNTS) {
        throw new Error(
            `The local app simulates 1 to ${MAX_LOCAL_SELLER_ACCOUNTS} seller accounts, not ${count}.`,
        );
    }
    if (options.aws && count > 1) {
        throw new Error('With a real AWS account, the local app has that one seller account.');
    }
    return LOCAL_SELLER_ACCOUNTS.slice(0, count);
}

export async function startLocalApp(options: LocalAppOptions): Promise<RunningLocalApp> {
    const log = options.log ?? (() => undefined);
    const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const accounts = localSellerAccounts(options);
    const bundle = await buildLocalAppBundle();
    const simulators = new Map<string, RunningSimulator>();
    try {
        if (!options.aws) {
            for (const { account, seed, dir } of accounts) {
                simulators.set(
                    account.developerName,
                    await startCatalogSimulator({
                        port: 0,
                        ...options.simulator,
                        dataDir: path.join(options.dataDir, dir),
                        reset: options.reset,
                        seller: seed,
                    }),
                );
            }
        }
        const simulator = simulators.get('Default') ?? null;
        const clients = options.aws
            ? awsClients(options.aws, timeoutMs)
            : simulatorClients(simulator as RunningSimulator, timeoutMs);
        const catalogCalls = countCatalogCalls(clients.catalog);
        // With several accounts, each one's Named Credentials reach its own simulator.
        const namedCredentials: Record<string, NamedCredentialEndpoint> = {};
        for (const { account } of accounts.slice(1)) {
            const own = simulatorClients(
                simulators.get(account.developerName) as RunningSimulator,
                timeoutMs,
            );
            namedCredentials[account.namedCredential] = { catalog: own.catalog };
            namedCredentials[account.legalDocumentsNamedCredential ?? ''] = { s3: own.s3 };
        }
        const backend = await createLocalBackend({
            dataDir: path.join(options.dataDir, 'store'),
            reset: options.reset ?? false,
            catalog: clients.catalog,
            s3: clients.s3,
            legalDocumentsBucket: clients.bucket,
            ...(accounts.length > 1
                ? { sellerAccounts: accounts.map(({ account }) => account), namedCredentials }
                : {}),
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
        if (options.changeSetEvents !== false) {
            // Each seller account's EventBridge rule and API destination, with the connection's
            // access token: every account's events reach the same resource.
            for (const accountSimulator of simulators.values()) {
                accountSimulator.events.configure({
                    ...options.changeSetEvents,
                    url: `${server.url}${CHANGE_SET_EVENTS_PATH}`,
                    headers: { Authorization: `Bearer ${integrationToken}` },
                });
            }
        }
        return {
            url: server.url,
            simulator,
            simulators,
            backend,
            catalogCalls,
            integrationToken,
            async stop() {
                await server.stop();
                await backend.stop();
                await stopAll(simulators);
            },
        };
    } catch (error) {
        await stopAll(simulators);
        throw error;
    }
}

async function stopAll(simulators: ReadonlyMap<string, RunningSimulator>): Promise<void> {
    await Promise.all([...simulators.values()].map((simulator) => simulator.stop()));
}
