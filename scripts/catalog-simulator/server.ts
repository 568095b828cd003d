import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CatalogService } from './catalogService';
import type { LifecycleDelays } from './catalogService';
import { SimulatorClock } from './clock';
import { ChangeSetEventEmitter } from './changeSetEvents';
import type { EventDeliveryOptions } from './changeSetEvents';
import { ApiError } from './errors';
import { FaultInjector, RequestRateLimiter } from './faults';
import { lookUp } from './idMap';
import type { FaultRule } from './faults';
import type { Json } from './model';
import { StateFile } from './persistence';
import { ObjectStore } from './s3';
import { seedDocuments, seedState } from './seed';
import type { SellerSeed } from './seed';

export interface SimulatorOptions {
    host?: string;
    /** 0 picks a free port. */
    port?: number;
    dataDir?: string;
    /** Start from the seed data, forgetting what the data directory held. */
    reset?: boolean;
    /**
     * `false` keeps the state in memory only: it starts from the seed and is never saved, so
     * tens of thousands of change sets cost no disk writes (custom documents still go to disk).
     */
    durable?: boolean;
    delays?: Partial<LifecycleDelays>;
    /** Catalog API requests allowed per second before ThrottlingException. */
    maxRequestsPerSecond?: number;
    /** Fixed date (YYYY-MM-DD) the date rules use instead of today. */
    today?: string;
    /** The seller account whose catalog a new data directory starts with (the first seed's). */
    seller?: SellerSeed;
    faults?: FaultRule[];
    /** Where and how AWS's change set events are delivered (EventBridge's API destination). */
    events?: Partial<EventDeliveryOptions>;
}

export interface RunningSimulator {
    url: string;
    port: number;
    faults: FaultInjector;
    limiter: RequestRateLimiter;
    service: CatalogService;
    /** The change set events AWS publishes, and their deliveries. */
    events: ChangeSetEventEmitter;
    /** Catalog API requests answered or refused so far, by operation (`DescribeChangeSet`...). */
    calls(): Record<string, number>;
    stop(): Promise<void>;
}

export const DEFAULT_PORT = 4566;
export const DEFAULT_DELAYS: LifecycleDelays = { preparingMs: 2000, applyingMs: 3000 };

type Route = (query: URLSearchParams, body: unknown) => Json;

const SIGV4_SCOPE = /Credential=[^/,\s]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/;

function signingService(request: http.IncomingMessage): string | null {
    const header = String(request.headers.authorization ?? '');
    if (!header.startsWith('AWS4-HMAC-SHA256')) {
        return null;
    }
    return SIGV4_SCOPE.exec(header)?.[1] ?? null;
}

/** The whole body of a request, or of an answer read as a client. */
export function readBody(request: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}

function sendJson(
    response: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(text)),
        'x-amzn-RequestId': randomUUID(),
        ...headers,
    });
    response.end(text);
}

function sendError(response: http.ServerResponse, error: ApiError): void {
    sendJson(
        response,
        error.status,
        { Message: error.message },
        { 'x-amzn-ErrorType': error.type },
    );
}

const isLoopback = (address: string | undefined): boolean =>
    address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/** Starts the Catalog API simulator; resolves once it listens. */
export async function startCatalogSimulator(
    options: SimulatorOptions = {},
): Promise<RunningSimulator> {
    const dataDir = path.resolve(options.dataDir ?? path.join('.data', 'catalog'));
    const stateFile = new StateFile(dataDir);
    if (options.reset) {
        stateFile.reset();
    }
    const durable = options.durable ?? true;
    const loaded = durable ? stateFile.load() : null;
    const state = loaded ?? seedState(options.seller);
    const persist = (): void => {
        if (durable) {
            stateFile.save(state);
        }
    };
    const objects = new ObjectStore(state, dataDir, persist);
    if (!loaded) {
        for (const { key, content, contentType } of seedDocuments()) {
            objects.put(key, content, contentType);
        }
        persist();
    }
    const service = new CatalogService(state, persist, new SimulatorClock(options.today), {
        ...DEFAULT_DELAYS,
        ...options.delays,
    });
    const events = new ChangeSetEventEmitter(state.sellerAccountId);
    events.configure(options.events ?? {});
    service.onChangeSetFinished = (record, arn) => events.changeSetFinished(record, arn);
    service.resumePending();
    const faults = new FaultInjector();
    faults.set(options.faults ?? []);
    const limiter = new RequestRateLimiter(options.maxRequestsPerSecond ?? 100);

    const calls: Record<string, number> = {};
    const routes: Record<string, { method: string; route: Route }> = {
        StartChangeSet: { method: 'POST', route: (_, body) => service.startChangeSet(body) },
        DescribeChangeSet: { method: 'GET', route: (query) => service.describeChangeSet(query) },
        ListChangeSets: { method: 'POST', route: (_, body) => service.listChangeSets(body) },
        CancelChangeSet: { method: 'PATCH', route: (query) => service.cancelChangeSet(query) },
        DescribeEntity: { method: 'GET', route: (query) => service.describeEntity(query) },
        ListEntities: { method: 'POST', route: (_, body) => service.listEntities(body) },
        BatchDescribeEntities: {
            method: 'POST',
            route: (_, body) => service.batchDescribeEntities(body),
        },
    };

    async function handleAdmin(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        body: Buffer,
        url: URL,
    ): Promise<void> {
        if (!isLoopback(request.socket.remoteAddress)) {
            sendError(
                response,
                new ApiError(
                    'AccessDeniedException',
                    'The admin endpoint only answers on loopback',
                ),
            );
            return;
        }
        if (url.pathname === '/__admin/faults' && request.method === 'POST') {
            const parsed = JSON.parse(body.toString('utf8') || '{}') as { faults?: FaultRule[] };
            faults.set(parsed.faults ?? []);
            sendJson(response, 200, { faults: faults.list() });
        } else if (url.pathname === '/__admin/faults' && request.method === 'DELETE') {
            faults.clear();
            sendJson(response, 200, { faults: [] });
        } else if (url.pathname === '/__admin/faults') {
            sendJson(response, 200, { faults: faults.list() });
        } else if (url.pathname === '/__admin/offers' && request.method === 'POST') {
            const parsed = JSON.parse(body.toString('utf8') || '{}') as {
                resaleAuthorizationId?: string;
            };
            sendJson(response, 200, service.createOffer(parsed.resaleAuthorizationId ?? ''));
        } else if (url.pathname.startsWith('/__admin/entities/') && request.method === 'DELETE') {
            sendJson(
                response,
                200,
                service.removeEntity(
                    decodeURIComponent(url.pathname.slice('/__admin/entities/'.length)),
                ),
            );
        } else if (url.pathname === '/__admin/events' && request.method === 'POST') {
            const parsed = JSON.parse(body.toString('utf8') || '{}') as Partial<
                EventDeliveryOptions & { flush: boolean }
            >;
            const { flush, ...delivery } = parsed;
            const settings = events.configure(delivery);
            if (flush) {
                events.flush();
            }
            sendJson(response, 200, { settings: { ...settings, headers: {} } });
        } else if (url.pathname === '/__admin/events') {
            sendJson(response, 200, {
                events: events.events().map((published) => published.event),
                deliveries: events.deliveries(),
                deadLetters: events.deadLetters(),
            });
        } else if (url.pathname === '/__admin/state') {
            sendJson(response, 200, {
                resaleAuthorizations: Object.keys(state.entities).length,
                changeSets: Object.keys(state.changeSets).length,
                products: state.products.length,
                documents: Object.keys(state.s3).length,
            });
        } else {
            sendJson(response, 404, { Message: 'Unknown admin path' });
        }
    }

    async function handle(
        request: http.IncomingMessage,
        response: http.ServerResponse,
    ): Promise<void> {
        const body = await readBody(request);
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname.startsWith('/__admin/')) {
            try {
                await handleAdmin(request, response, body, url);
            } catch (error) {
                if (!(error instanceof ApiError)) {
                    throw error;
                }
                sendError(response, error);
            }
            return;
        }
        const operation = url.pathname.slice(1);
        const endpoint = lookUp(routes, operation);
        if (endpoint) {
            calls[operation] = (calls[operation] ?? 0) + 1;
        }
        if (!endpoint) {
            if (signingService(request) !== 's3') {
                response.writeHead(403, { 'Content-Type': 'application/xml' });
                response.end(
                    '<Error><Code>AccessDenied</Code><Message>Sign S3 requests with SigV4 for service s3</Message></Error>',
                );
                return;
            }
            objects.handle(request, response, body);
            return;
        }
        if (signingService(request) !== 'aws-marketplace') {
            sendError(
                response,
                new ApiError(
                    'AccessDeniedException',
                    'Sign the request with AWS Signature Version 4 for service aws-marketplace',
                ),
            );
            return;
        }
        if (request.method !== endpoint.method) {
            sendError(
                response,
                new ApiError('ValidationException', `${operation} expects ${endpoint.method}`),
            );
            return;
        }
        if (!limiter.allow()) {
            sendError(response, new ApiError('ThrottlingException', 'Rate exceeded'));
            return;
        }
        const fault = faults.take(operation);
        if (fault.latencyMs > 0) {
            await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
        }
        if (fault.error) {
            sendError(
                response,
                new ApiError('InternalServiceException', 'Injected internal error'),
            );
            return;
        }
        let parsedBody: unknown = {};
        if (body.length > 0) {
            try {
                parsedBody = JSON.parse(body.toString('utf8'));
            } catch {
                sendError(
                    response,
                    new ApiError('ValidationException', 'The request body is not valid JSON'),
                );
                return;
            }
        }
        let result: Json;
        try {
            result = endpoint.route(url.searchParams, parsedBody);
        } catch (error) {
            if (fault.drop) {
                request.socket.destroy();
                return;
            }
            sendError(
                response,
                error instanceof ApiError
                    ? error
                    : new ApiError(
                          'InternalServiceException',
                          error instanceof Error ? error.message : String(error),
                      ),
            );
            return;
        }
        if (fault.drop) {
            request.socket.destroy();
            return;
        }
        sendJson(response, 200, result);
    }

    const server = http.createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            if (!response.headersSent) {
                sendError(
                    response,
                    new ApiError(
                        'InternalServiceException',
                        error instanceof Error ? error.message : String(error),
                    ),
                );
            }
        });
    });
    // Node's HTTP clients drop a kept-alive connection a second before the server's hint
    // (`Keep-Alive: timeout=N`): a hint of 1 s meant a new connection for every request.
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        port,
        faults,
        limiter,
        service,
        events,
        calls: () => ({ ...calls }),
        stop: () =>
            new Promise<void>((resolve) => {
                service.stopTimers();
                events.stop();
                server.closeAllConnections();
                server.close(() => resolve());
            }),
    };
}
