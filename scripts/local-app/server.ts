/**
 * The local app's web server: the page (the compiled components in a Lightning-like shell),
 * the SLDS assets, the `@salesforce/apex/*` methods of `ResaleAuthorizationController` served
 * by the local implementation, file uploads, platform events as server-sent events, and the
 * Apex REST resource of AWS's change set events (CHANGE_SET_EVENTS_PATH), for callers with the
 * integration user's bearer token, as the org's OAuth would grant it.
 * State-changing requests and the event stream are refused (403) unless they come from the app's
 * own page (requestGuard.ts); malformed requests get a 4xx with a JSON message, never a 500.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type {
    ResaleAuthorizationApi,
    StatusEventPayload,
} from '../../lwc-src/raDomain/apexContract';
import { STATUS_EVENT_CHANNEL } from '../../lwc-src/raDomain/apexContract';
import {
    legalDocumentContentType,
    legalDocumentTypeRefusal,
    MAX_LEGAL_DOCUMENT_MB,
} from '../../lwc-src/raDomain/legalDocuments';
import { formatMessage } from '../../lwc-src/raDomain/validationMessages';
import { PROJECT_ROOT } from '../build/paths';
import { CHANGE_SET_EVENTS_PATH } from './contract/ChangeSetEventResource';
import type { EventOutcome } from './contract/ChangeSetEvents';
import { isLanguage, readPageLabels } from './pageLabels';
import { pageLocale } from './pageLocales';
import type { Language } from './pageLabels';
import { PickerQueryError } from './recordPickerSearch';
import type { PickerQuery, PickerRecord } from './recordPickerSearch';
import { foreignRequestRefusal, ownHosts } from './requestGuard';
import {
    IMMUTABLE,
    PAGE_ENTRY,
    loadPageScripts,
    precompress,
    sendPrecompressed,
} from './staticFiles';
import type { PageScripts } from './staticFiles';

const SLDS_ASSETS_DIR = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce-ux',
    'design-system',
    'assets',
);
const SLDS_STYLESHEET = '/assets/styles/salesforce-lightning-design-system.min.css';
/** The stylesheet is kept an hour, then asked for again with its ETag (a 304 when unchanged). */
const ASSET_CACHE_CONTROL = 'public, max-age=3600';
const PAGE_SCRIPTS_PREFIX = '/app/';

/** The methods the page may call: the contract's, nothing else. */
export const APEX_METHODS: readonly (keyof ResaleAuthorizationApi)[] = [
    'listResaleAuthorizations',
    'getExpiryRadar',
    'getResaleAuthorization',
    'listProducts',
    'listSellerAccounts',
    'getAwsAccount',
    'saveDraft',
    'deleteDraft',
    'prepareChangeSet',
    'claimSend',
    'discardChange',
    'sendChangeSet',
    'refreshStatus',
    'completeStatusRefresh',
    'getCloneSource',
    'uploadLegalDocument',
    'syncProducts',
    'getProductSync',
    'getImportProgress',
    'startImport',
];

/**
 * The custom permissions of the local app's one user, its administrator, as
 * `@salesforce/customPermission/*` gives them to the components (the Marketplace_Resale_Admin
 * permission set grants them in the org).
 */
export const LOCAL_USER_CUSTOM_PERMISSIONS: Readonly<Record<string, boolean>> = {
    Marketplace_Resale_Product_Sync: true,
};

const MAX_APEX_BODY_BYTES = 1024 * 1024;
/** The size limit of a legal document the app uploads. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * What the server still reads, and drops, of a request it answered before reading its whole
 * body (too large, refused): the client keeps sending until it reads the answer, and closing the
 * connection under it would lose the answer. Past this, the connection is closed.
 */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

const CONTENT_TYPES: Record<string, string> = {
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
};

export interface UploadedFileRecord {
    documentId: string;
    name: string;
}

/** What the server needs from the local implementation of the contract. */
export interface LocalBackend {
    apiFor(language: Language): ResaleAuthorizationApi;
    saveUploadedFile(file: {
        fileName: string;
        contentType: string;
        bytes: Buffer;
    }): Promise<UploadedFileRecord>;
    /**
     * A legal document the app stored in its S3 bucket, by the URL the form holds; null when
     * the URL names no document of that bucket.
     */
    readLegalDocument(
        url: string,
    ): Promise<{ fileName: string; contentType: string; bytes: Buffer } | null>;
    /** The message to show for an error the Apex would throw as AuraHandledException. */
    userMessageOf(error: unknown): string | null;
    onStatusEvent(listener: (payload: StatusEventPayload) => void): () => void;
    /** What `lightning-record-picker` finds (GraphQL in the org). */
    searchRecords(query: PickerQuery): PickerRecord[];
    /** The local user's custom notifications (the bell), newest first, in a language. */
    notificationsFor(language: Language): ShownNotification[];
    /** The user opened the notifications: all are read. */
    markNotificationsRead(): void;
    /** Called when a notification reaches the local user. */
    onNotifications(listener: () => void): () => void;
    /** A change set event, posted by EventBridge's API destination as the integration user. */
    receiveChangeSetEvent(body: string): Promise<EventOutcome>;
}

/** A custom notification as the header's bell lists it. */
export interface ShownNotification {
    id: string;
    title: string;
    body: string;
    /** The record it opens. */
    targetId: string;
    createdAt: string;
    read: boolean;
}

/** The server-sent event channel that tells the page a notification arrived. */
export const NOTIFICATIONS_CHANNEL = '/local/notifications';

export interface LocalAppServerOptions {
    backend: LocalBackend;
    /** The folder of the page's scripts built by `buildLocalAppBundle` (`app.js` and chunks). */
    bundleDir: string;
    appLabel: string;
    /** Shown in the header: which Catalog API the app talks to. */
    backendLabel: string;
    host?: string;
    /** 0 picks a free port. */
    port?: number;
    /**
     * The integration user's access token, as the org's token endpoint gives it to EventBridge's
     * connection (OAuth client credentials): the Apex REST resource answers only its bearer.
     * Without one, the resource refuses every request.
     */
    integrationToken?: string;
    log?: (line: string) => void;
}

export interface RunningLocalAppServer {
    url: string;
    port: number;
    stop(): Promise<void>;
}

class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message);
    }
}

/**
 * The request's body, up to `limit` bytes; a larger one is refused with `tooLarge` as soon as
 * its length is known, and the rest of it is left to `discardRest`.
 */
function readBody(
    request: http.IncomingMessage,
    limit: number,
    tooLarge: () => HttpError,
): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        if (Number(request.headers['content-length'] ?? 0) > limit) {
            reject(tooLarge());
            return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let settled = false;
        const settle = (outcome: () => void) => {
            if (!settled) {
                settled = true;
                outcome();
            }
        };
        const onData = (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
                request.off('data', onData);
                request.pause();
                settle(() => reject(tooLarge()));
                return;
            }
            chunks.push(chunk);
        };
        request.on('data', onData);
        request.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
        request.on('error', (error) => settle(() => reject(error)));
        request.on('close', () =>
            settle(() => reject(new HttpError(400, 'The request ended before its body did.'))),
        );
    });
}

/**
 * After an answer sent before the request's body was read: reads and drops the rest, so that the
 * client, still sending, gets to read the answer; past MAX_DISCARDED_BYTES the connection closes.
 */
function discardRest(request: http.IncomingMessage): void {
    if (request.complete || request.destroyed) {
        return;
    }
    let discarded = 0;
    request.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > MAX_DISCARDED_BYTES) {
            request.destroy();
        }
    });
    request.resume();
}

/** Whether percent-decoding a part of a URL succeeds (`%E0%A4%A` does not). */
function decodable(part: string): boolean {
    try {
        decodeURIComponent(part);
        return true;
    } catch {
        return false;
    }
}

/** The request's URL; a malformed one, or one with a malformed percent-encoding, is refused. */
function requestUrl(target: string | undefined): URL {
    let url: URL;
    try {
        url = new URL(target ?? '/', 'http://localhost');
    } catch {
        throw new HttpError(400, 'The request URL is not valid.');
    }
    const parts = [url.pathname, ...url.search.slice(1).split('&')];
    const malformed = parts.find((part) => !decodable(part));
    if (malformed !== undefined) {
        throw new HttpError(
            400,
            `The request URL has a malformed percent-encoding: ${malformed.slice(0, 200)}`,
        );
    }
    return url;
}

/**
 * The addresses of the app's pages: the home page and Lightning Experience's URLs (the tab
 * `/lightning/n/...`, record pages `/lightning/r/...`, the wizard `/lightning/cmp/...`). Each
 * gets the same page, whose script shows what the address names, so a reload or a shared link
 * opens the same thing.
 */
export function isPagePath(pathname: string): boolean {
    return pathname === '/' || pathname === '/index.html' || pathname.startsWith('/lightning/');
}

/**
 * Whether an endpoint changes something, streams the records or reads the legal documents: only
 * the app may call it.
 */
function isGuarded(method: string, pathname: string): boolean {
    return (
        (method !== 'GET' && method !== 'HEAD') ||
        pathname === '/events' ||
        pathname === '/legal-documents'
    );
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
    });
    response.end(JSON.stringify(value ?? null));
}

function cookieLanguage(request: http.IncomingMessage): Language | null {
    const match = /(?:^|;\s*)lang=(en|fr)(?:;|$)/.exec(request.headers.cookie ?? '');
    return match && isLanguage(match[1]) ? match[1] : null;
}

/** JSON inside a <script> element: nothing in it may close the element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

function pageHtml(language: Language, config: Record<string, unknown>, scriptUrl: string): string {
    return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${String(config.appLabel)}</title>
<link rel="stylesheet" href="${SLDS_STYLESHEET}">
<script>window.LOCAL_APP = ${scriptJson(config)};</script>
<script type="module" src="${scriptUrl}"></script>
</head>
<body class="slds-scope">
<div id="app"></div>
</body>
</html>
`;
}

export async function startLocalAppServer(
    options: LocalAppServerOptions,
): Promise<RunningLocalAppServer> {
    const log = options.log ?? (() => undefined);
    const labels = readPageLabels();
    const [scripts, stylesheet] = await Promise.all([
        loadPageScripts(options.bundleDir),
        precompress(
            fs.readFileSync(path.join(SLDS_ASSETS_DIR, SLDS_STYLESHEET.slice('/assets/'.length))),
            CONTENT_TYPES['.css'],
        ),
    ]);
    const scriptUrl = `${PAGE_SCRIPTS_PREFIX}${scripts.version}/${PAGE_ENTRY}`;
    const streams = new Set<http.ServerResponse>();
    // Known once the server listens: its port may be chosen then.
    let hosts: ReadonlySet<string> = new Set();
    let appUrl = '';

    /** A Custom Label of the Apex (`RA_Apex_*`) in the user's language, its `{n}` filled. */
    function labelText(language: Language, name: string, params: readonly string[]): string {
        return formatMessage(labels[language][name] ?? name, params);
    }

    function handlePage(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
        const requested = url.searchParams.get('lang');
        const language = isLanguage(requested) ? requested : (cookieLanguage(request) ?? 'en');
        const headers: http.OutgoingHttpHeaders = {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
        };
        if (isLanguage(requested)) {
            headers['Set-Cookie'] = `lang=${requested}; Path=/; SameSite=Lax`;
        }
        response.writeHead(200, headers);
        response.end(
            pageHtml(
                language,
                {
                    language,
                    appLabel: options.appLabel,
                    backend: options.backendLabel,
                    labels: labels[language],
                    customPermissions: LOCAL_USER_CUSTOM_PERMISSIONS,
                    ...pageLocale(language, Intl.DateTimeFormat().resolvedOptions().timeZone),
                },
                scriptUrl,
            ),
        );
    }

    /** `/app/<version>/<script>`: only the current version's scripts, kept by the browser. */
    function handlePageScript(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        url: URL,
        current: PageScripts,
    ) {
        const [version, ...rest] = url.pathname.slice(PAGE_SCRIPTS_PREFIX.length).split('/');
        const file = version === current.version ? current.files.get(rest.join('/')) : undefined;
        if (!file) {
            throw new HttpError(404, 'No such script in this version of the app.');
        }
        sendPrecompressed(request, response, file, IMMUTABLE);
    }

    function handleAsset(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
        if (url.pathname === SLDS_STYLESHEET) {
            sendPrecompressed(request, response, stylesheet, ASSET_CACHE_CONTROL);
            return;
        }
        const relative = decodeURIComponent(url.pathname.slice('/assets/'.length));
        const file = path.resolve(SLDS_ASSETS_DIR, relative);
        if (
            !file.startsWith(SLDS_ASSETS_DIR + path.sep) ||
            !fs.statSync(file, { throwIfNoEntry: false })?.isFile()
        ) {
            throw new HttpError(404, 'No such asset.');
        }
        response.writeHead(200, {
            'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
            'Cache-Control': ASSET_CACHE_CONTROL,
        });
        fs.createReadStream(file)
            .on('error', () => response.destroy())
            .pipe(response);
    }

    async function handleApex(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        method: string,
    ) {
        const known = APEX_METHODS.find((name) => name === method);
        if (!known) {
            throw new HttpError(404, `No Apex method ${method}.`);
        }
        const params = await readJsonObject(request, `The parameters of ${known}`);
        const api = options.backend.apiFor(cookieLanguage(request) ?? 'en');
        const call = api[known] as (params: unknown) => Promise<unknown>;
        sendJson(response, 200, await call.call(api, params));
    }

    /** Reads a JSON object body, at most MAX_APEX_BODY_BYTES. */
    async function readJsonObject(
        request: http.IncomingMessage,
        what: string,
    ): Promise<Record<string, unknown>> {
        const body = await readBody(
            request,
            MAX_APEX_BODY_BYTES,
            () => new HttpError(413, `${what}: larger than ${MAX_APEX_BODY_BYTES} bytes.`),
        );
        let parsed: unknown;
        try {
            parsed = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
        } catch {
            throw new HttpError(400, 'The request body is not JSON.');
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new HttpError(400, `${what}: not a JSON object.`);
        }
        return parsed as Record<string, unknown>;
    }

    /**
     * The Apex REST resource of AWS's change set events: the platform first authenticates the
     * bearer token (401 as Salesforce answers an invalid session), then the resource answers.
     */
    async function handleChangeSetEvent(
        request: http.IncomingMessage,
        response: http.ServerResponse,
    ) {
        const authorization = request.headers.authorization ?? '';
        const token = options.integrationToken;
        if (!token || authorization !== `Bearer ${token}`) {
            response.writeHead(401, {
                'Content-Type': 'application/json; charset=utf-8',
                'WWW-Authenticate': 'Token',
            });
            response.end(
                JSON.stringify([
                    { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
                ]),
            );
            discardRest(request);
            return;
        }
        const body = await readBody(
            request,
            MAX_APEX_BODY_BYTES,
            () =>
                new HttpError(413, `A change set event: larger than ${MAX_APEX_BODY_BYTES} bytes.`),
        );
        const outcome = await options.backend.receiveChangeSetEvent(body.toString('utf8'));
        sendJson(response, outcome.statusCode, {
            outcome: outcome.outcome,
            message: outcome.message,
        });
    }

    /** `lightning-record-picker`'s search, which the platform answers through GraphQL. */
    async function handleRecordSearch(
        request: http.IncomingMessage,
        response: http.ServerResponse,
    ) {
        const query = await readJsonObject(request, 'A record search');
        if (typeof query.objectApiName !== 'string') {
            throw new HttpError(400, 'A record search names its objectApiName.');
        }
        try {
            sendJson(response, 200, {
                records: options.backend.searchRecords(query as unknown as PickerQuery),
            });
        } catch (error) {
            if (error instanceof PickerQueryError) {
                throw new HttpError(400, error.message);
            }
            throw error;
        }
    }

    /** The bell: the user's notifications, or all of them read once opened. */
    function handleNotifications(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        markRead: boolean,
    ) {
        if (markRead) {
            options.backend.markNotificationsRead();
        }
        const notifications = options.backend.notificationsFor(cookieLanguage(request) ?? 'en');
        sendJson(response, 200, {
            notifications,
            unreadCount: notifications.filter((notification) => !notification.read).length,
        });
    }

    async function handleUpload(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        url: URL,
    ) {
        const language = cookieLanguage(request) ?? 'en';
        const fileName = url.searchParams.get('fileName')?.trim();
        if (!fileName) {
            throw new HttpError(400, 'The file has no name.');
        }
        // Refused before its bytes are read: AWS Marketplace would not take it.
        const wrongType = legalDocumentTypeRefusal(fileName);
        if (wrongType) {
            throw new HttpError(415, labelText(language, wrongType.label, wrongType.params));
        }
        // Any file over the upload limit is over the legal document limit too: the same message.
        const bytes = await readBody(
            request,
            MAX_UPLOAD_BYTES,
            () =>
                new HttpError(
                    413,
                    labelText(language, 'RA_Apex_DocumentTooLarge', [
                        String(MAX_LEGAL_DOCUMENT_MB),
                    ]),
                ),
        );
        if (bytes.length === 0) {
            throw new HttpError(400, 'The file is empty.');
        }
        // The type of the rule, never what the browser claims.
        const saved = await options.backend.saveUploadedFile({
            fileName,
            contentType: legalDocumentContentType(fileName) ?? 'application/octet-stream',
            bytes,
        });
        sendJson(response, 200, { ...saved, contentVersionId: saved.documentId });
    }

    /** A stored legal document, opened from the record view (`c/raDocumentLink`). */
    async function handleLegalDocument(response: http.ServerResponse, url: URL) {
        const document = await options.backend.readLegalDocument(url.searchParams.get('url') ?? '');
        if (!document) {
            throw new HttpError(404, 'No such legal document.');
        }
        response.writeHead(200, {
            'Content-Type': document.contentType,
            'Content-Disposition': `inline; filename="${document.fileName.replace(/[^\w.-]/g, '_')}"`,
            'Cache-Control': 'no-store',
            'X-Content-Type-Options': 'nosniff',
        });
        response.end(document.bytes);
    }

    function handleEvents(request: http.IncomingMessage, response: http.ServerResponse) {
        response.writeHead(200, {
            'Content-Type': 'text/event-stream',
            'Cache-Control': 'no-store',
            Connection: 'keep-alive',
        });
        response.write(': connected\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
    }

    const unsubscribe = options.backend.onStatusEvent((payload) => {
        const line = `data: ${JSON.stringify({ channel: STATUS_EVENT_CHANNEL, payload })}\n\n`;
        streams.forEach((stream) => stream.write(line));
    });
    const unsubscribeNotifications = options.backend.onNotifications(() => {
        const line = `data: ${JSON.stringify({ channel: NOTIFICATIONS_CHANNEL, payload: {} })}\n\n`;
        streams.forEach((stream) => stream.write(line));
    });
    const heartbeat = setInterval(
        () => streams.forEach((s) => s.write(': ping\n\n')),
        HEARTBEAT_MS,
    );
    heartbeat.unref();

    async function route(request: http.IncomingMessage, response: http.ServerResponse) {
        const url = requestUrl(request.url);
        const method = request.method ?? 'GET';
        // An API for AWS, authenticated by its bearer token, not a page's request.
        if (method === 'POST' && url.pathname === CHANGE_SET_EVENTS_PATH) {
            await handleChangeSetEvent(request, response);
            return;
        }
        if (isGuarded(method, url.pathname)) {
            const refusal = foreignRequestRefusal(request.headers, hosts, appUrl);
            if (refusal !== null) {
                throw new HttpError(403, refusal);
            }
        }
        if (method === 'POST' && url.pathname.startsWith('/apex/')) {
            await handleApex(request, response, decodeURIComponent(url.pathname.slice(6)));
        } else if (method === 'POST' && url.pathname === '/upload') {
            await handleUpload(request, response, url);
        } else if (method === 'POST' && url.pathname === '/records/search') {
            await handleRecordSearch(request, response);
        } else if (method === 'POST' && url.pathname === '/notifications') {
            handleNotifications(request, response, false);
        } else if (method === 'POST' && url.pathname === '/notifications/read') {
            handleNotifications(request, response, true);
        } else if (method !== 'GET' && method !== 'HEAD') {
            throw new HttpError(405, `${method} is not allowed here.`);
        } else if (url.pathname.startsWith(PAGE_SCRIPTS_PREFIX)) {
            handlePageScript(request, response, url, scripts);
        } else if (url.pathname.startsWith('/assets/')) {
            handleAsset(request, response, url);
        } else if (url.pathname === '/events') {
            handleEvents(request, response);
        } else if (url.pathname === '/legal-documents') {
            await handleLegalDocument(response, url);
        } else if (url.pathname === '/favicon.ico') {
            response.writeHead(204);
            response.end();
        } else if (url.pathname === '/health') {
            sendJson(response, 200, { ok: true });
        } else if (isPagePath(url.pathname)) {
            handlePage(request, response, url);
        } else {
            throw new HttpError(404, 'Not found.');
        }
    }

    function answerError(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        status: number,
        message: string,
    ) {
        if (response.headersSent) {
            // Part of an answer is out: the client can only learn of the failure this way.
            response.destroy();
            return;
        }
        sendJson(response, status, { message });
        discardRest(request);
    }

    const server = http.createServer((request, response) => {
        route(request, response).catch((error: unknown) => {
            const userMessage = options.backend.userMessageOf(error);
            if (error instanceof HttpError) {
                answerError(request, response, error.status, error.message);
            } else if (userMessage !== null) {
                answerError(request, response, 400, userMessage);
            } else {
                log(
                    `${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`,
                );
                answerError(
                    request,
                    response,
                    500,
                    'Something went wrong on the local server; its console has the details.',
                );
            }
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    hosts = ownHosts(options.host ?? '127.0.0.1', port);
    appUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
    return {
        url: appUrl,
        port,
        async stop() {
            unsubscribe();
            unsubscribeNotifications();
            clearInterval(heartbeat);
            streams.forEach((stream) => stream.end());
            streams.clear();
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}
