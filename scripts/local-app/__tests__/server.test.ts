/**
 * The local app's web server over real HTTP: who may call its state-changing endpoints, what a
 * malformed request gets and which legal documents it takes. The server runs on the local
 * implementation of the contract and the Catalog simulator, as `npm start` runs it.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { formatMessage } from '../../../lwc-src/raDomain/validationMessages';
import { PROJECT_ROOT } from '../../build/paths';
import { saveFormDraft } from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import { startTestSimulator } from '../../catalog-simulator/__tests__/simulatorHarness';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { APEX_LABELS } from '../../labels/apexLabels';
import type { RunningLocalBackend } from '../backend';
import { MAX_UPLOAD_BYTES, startLocalAppServer } from '../server';
import type { RunningLocalAppServer } from '../server';
import { openTestBackend } from './backendHarness';

const PAGE_SCRIPT = `// the page script\n${'export const icons = () => import("./chunks/icons.js");\n'.repeat(200)}`;
const ICONS_CHUNK = '// the icons, loaded when one renders\n';

const STYLESHEET_DIR = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce-ux',
    'design-system',
    'assets',
    'styles',
);

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let server: RunningLocalAppServer;

interface Answer {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
    bytes: Buffer;
}

interface Call {
    method?: string;
    headers?: http.OutgoingHttpHeaders;
    /** Sent in chunks of 1 MB, as a browser streams a file (chunked, unless a length is given). */
    body?: string | Buffer;
}

/** One request to the server, with the exact headers given; the answer, fully read. */
function call(target: string, { method = 'POST', headers = {}, body }: Call = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
        const request = http.request(
            {
                host: '127.0.0.1',
                port: server.port,
                method,
                path: target,
                headers,
            },
            (response) => {
                const chunks: Buffer[] = [];
                response.on('data', (chunk: Buffer) => chunks.push(chunk));
                response.on('end', () => {
                    const bytes = Buffer.concat(chunks);
                    resolve({
                        status: response.statusCode ?? 0,
                        headers: response.headers,
                        body: bytes.toString('utf8'),
                        bytes,
                    });
                });
            },
        );
        request.on('error', reject);
        const bytes = Buffer.from(body ?? '');
        const chunkSize = 1024 * 1024;
        let offset = 0;
        const write = (): void => {
            while (offset < bytes.length) {
                const chunk = bytes.subarray(offset, offset + chunkSize);
                offset += chunk.length;
                if (!request.write(chunk)) {
                    request.once('drain', write);
                    return;
                }
            }
            request.end();
        };
        write();
    });
}

function messageOf(answer: Answer): string {
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const parsed = JSON.parse(answer.body) as { message?: unknown };
    expect(typeof parsed.message).toBe('string');
    return String(parsed.message);
}

function label(name: string, language: 'en' | 'fr', ...params: string[]): string {
    const text = APEX_LABELS[name];
    if (!text) {
        throw new Error(`No label ${name}`);
    }
    return formatMessage(text[language], params);
}

/** The URL of the page's entry script, as the page names it. */
function scriptUrlOf(page: string): string {
    const match = /<script type="module" src="(\/app\/[0-9a-f]+\/app\.js)"><\/script>/.exec(page);
    if (!match?.[1]) {
        throw new Error(`No module script in the page:\n${page}`);
    }
    return match[1];
}

async function pageScriptUrl(): Promise<string> {
    return scriptUrlOf((await call('/', { method: 'GET' })).body);
}

function ownHost(): string {
    return `127.0.0.1:${server.port}`;
}

beforeEach(async () => {
    simulator = await startTestSimulator();
    backend = await openTestBackend(simulator, {
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'local-server-')),
        reset: true,
    });
    const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-bundle-'));
    fs.writeFileSync(path.join(bundleDir, 'app.js'), PAGE_SCRIPT);
    fs.mkdirSync(path.join(bundleDir, 'chunks'));
    fs.writeFileSync(path.join(bundleDir, 'chunks', 'icons.js'), ICONS_CHUNK);
    server = await startLocalAppServer({
        backend,
        bundleDir,
        appLabel: 'AWS Marketplace Resale',
        backendLabel: 'Simulator',
    });
});

afterEach(async () => {
    await server.stop();
    await backend.stop();
    await simulator.stop();
});

describe('requests from other sites', () => {
    it.each([
        ['another site', 'https://attacker.example'],
        ['another port of this machine', 'http://127.0.0.1:1'],
        ['a sandboxed page or a file', 'null'],
    ])('refuses a call to the Apex from %s (Origin %s)', async (_name, origin) => {
        const answer = await call('/apex/saveDraft', {
            headers: { Origin: origin, 'Content-Type': 'text/plain' },
            body: JSON.stringify({ draft: { name: 'Planted' } }),
        });
        expect(answer.status).toBe(403);
        expect(messageOf(answer)).toContain(`"${origin}" may not change anything`);
        expect(backend.store.allRecords()).toEqual([]);
    });

    it('refuses an upload from another site before storing anything', async () => {
        const answer = await call('/upload?fileName=eula.pdf', {
            headers: { Origin: 'https://attacker.example' },
            body: '%PDF-1.4',
        });
        expect(answer.status).toBe(403);
        expect(messageOf(answer)).toMatch(/^Refused/);
        const storedFiles = () => fs.readdirSync(path.join(backend.store.dataDir, 'files'));
        expect(storedFiles()).toEqual([]);
        const uploads = await call('/upload?fileName=eula.pdf', { body: '%PDF-1.4' });
        const { documentId } = JSON.parse(uploads.body) as { documentId: string };
        expect(storedFiles()).toEqual([documentId]);
    });

    it('refuses a request addressed to another name of this machine (DNS rebinding)', async () => {
        const rebound = `attacker.example:${server.port}`;
        for (const headers of [{ Host: rebound }, { Host: rebound, Origin: `http://${rebound}` }]) {
            const answer = await call('/apex/listProducts', { headers, body: '{}' });
            expect(answer.status).toBe(403);
            expect(messageOf(answer)).toContain(`"${rebound}"`);
        }
        const events = await call('/events', { method: 'GET', headers: { Host: rebound } });
        expect(events.status).toBe(403);
    });

    it("answers the app's own page, on each of its loopback names, and tools without Origin", async () => {
        for (const host of [ownHost(), `localhost:${server.port}`]) {
            const answer = await call('/apex/listProducts', {
                headers: { Host: host, Origin: `http://${host}` },
                body: '{}',
            });
            expect(answer.status).toBe(200);
            expect(Array.isArray(JSON.parse(answer.body))).toBe(true);
        }
        expect((await call('/apex/listProducts', { body: '{}' })).status).toBe(200);
    });

    it('keeps the page and its script open to any request', async () => {
        const foreign = { Host: `attacker.example:${server.port}`, Origin: 'https://a.example' };
        const page = await call('/', { method: 'GET', headers: foreign });
        expect(page.status).toBe(200);
        expect(page.body).toContain('<div id="app">');
        const script = await call(scriptUrlOf(page.body), { method: 'GET', headers: foreign });
        expect(script.status).toBe(200);
        expect(script.body).toBe(PAGE_SCRIPT);
    });
});

describe("the page's scripts and stylesheet", () => {
    const STYLESHEET = '/assets/styles/salesforce-lightning-design-system.min.css';
    const CHROMIUM = 'gzip, deflate, br, zstd';

    it('serves the scripts under a URL of their version, for the browser to keep', async () => {
        const entry = await pageScriptUrl();
        const chunk = entry.replace(/app\.js$/, 'chunks/icons.js');
        for (const [url, text] of [
            [entry, PAGE_SCRIPT],
            [chunk, ICONS_CHUNK],
        ] as const) {
            const answer = await call(url, { method: 'GET' });
            expect(answer.status).toBe(200);
            expect(answer.body).toBe(text);
            expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
            expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        }
        const otherVersion = entry.replace(/\/app\/[0-9a-f]+\//, '/app/0123456789abcdef/');
        for (const url of [otherVersion, entry.replace('app.js', 'server.ts'), '/app.js']) {
            expect((await call(url, { method: 'GET' })).status).toBe(404);
        }
    });

    it('gives the scripts a new URL when one of them changes, and forgets the old one', async () => {
        const before = await pageScriptUrl();
        await server.stop();
        const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-bundle-'));
        fs.writeFileSync(path.join(bundleDir, 'app.js'), PAGE_SCRIPT);
        fs.mkdirSync(path.join(bundleDir, 'chunks'));
        fs.writeFileSync(path.join(bundleDir, 'chunks', 'icons.js'), `${ICONS_CHUNK}// new\n`);
        server = await startLocalAppServer({
            backend,
            bundleDir,
            appLabel: 'AWS Marketplace Resale',
            backendLabel: 'Simulator',
        });
        const after = await pageScriptUrl();
        expect(after).not.toBe(before);
        expect((await call(before, { method: 'GET' })).status).toBe(404);
        expect(
            (await call(after.replace('app.js', 'chunks/icons.js'), { method: 'GET' })).body,
        ).toBe(`${ICONS_CHUNK}// new\n`);
    });

    it.each([
        [CHROMIUM, 'br', (bytes: Buffer) => zlib.brotliDecompressSync(bytes)],
        ['gzip, deflate', 'gzip', (bytes: Buffer) => zlib.gunzipSync(bytes)],
        ['br;q=0, gzip', 'gzip', (bytes: Buffer) => zlib.gunzipSync(bytes)],
        ['*', 'br', (bytes: Buffer) => zlib.brotliDecompressSync(bytes)],
        ['identity', 'identity', (bytes: Buffer) => bytes],
        ['br;q=0, gzip;q=0', 'identity', (bytes: Buffer) => bytes],
        ['', 'identity', (bytes: Buffer) => bytes],
    ])(
        'answers Accept-Encoding "%s" with %s, the same bytes once decoded',
        async (accept, encoding, decode) => {
            const url = await pageScriptUrl();
            const plain = fs.readFileSync(
                path.join(STYLESHEET_DIR, 'salesforce-lightning-design-system.min.css'),
            );
            for (const [target, expected] of [
                [url, Buffer.from(PAGE_SCRIPT)],
                [STYLESHEET, plain],
            ] as const) {
                const answer = await call(target, {
                    method: 'GET',
                    headers: { 'Accept-Encoding': accept },
                });
                expect(answer.status).toBe(200);
                expect(answer.headers['content-encoding']).toBe(
                    encoding === 'identity' ? undefined : encoding,
                );
                expect(answer.headers.vary).toBe('Accept-Encoding');
                expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length);
                expect(decode(answer.bytes).equals(expected)).toBe(true);
                if (encoding !== 'identity') {
                    expect(answer.bytes.length).toBeLessThan(expected.length / 2);
                }
            }
        },
    );

    it('answers 304 without a body to a browser that has the script or the stylesheet', async () => {
        for (const target of [await pageScriptUrl(), STYLESHEET]) {
            const first = await call(target, {
                method: 'GET',
                headers: { 'Accept-Encoding': CHROMIUM },
            });
            const etag = String(first.headers.etag);
            expect(etag).toMatch(/^"[0-9a-f]+-br"$/);
            // Any representation the browser holds will do: it asks with the one it has.
            for (const [ifNoneMatch, accept] of [
                [etag, CHROMIUM],
                [etag, 'gzip'],
                [`W/${etag}`, CHROMIUM],
                [`"other", ${etag}`, ''],
            ]) {
                const again = await call(target, {
                    method: 'GET',
                    headers: { 'Accept-Encoding': accept, 'If-None-Match': ifNoneMatch },
                });
                expect(again.status).toBe(304);
                expect(again.bytes.length).toBe(0);
                expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
            }
            const stale = await call(target, {
                method: 'GET',
                headers: { 'Accept-Encoding': CHROMIUM, 'If-None-Match': '"other"' },
            });
            expect(stale.status).toBe(200);
            expect(stale.bytes.equals(first.bytes)).toBe(true);
        }
    });

    it('answers HEAD with the headers of GET and no body', async () => {
        const url = await pageScriptUrl();
        const get = await call(url, { method: 'GET', headers: { 'Accept-Encoding': 'gzip' } });
        const head = await call(url, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
        expect(head.status).toBe(200);
        expect(head.bytes.length).toBe(0);
        expect(head.headers['content-length']).toBe(get.headers['content-length']);
        expect(head.headers.etag).toBe(get.headers.etag);
    });

    it('never lets the browser keep the page itself (its labels and language)', async () => {
        const page = await call('/', { method: 'GET' });
        expect(page.headers['cache-control']).toBe('no-store');
    });
});

describe('the pages of the app', () => {
    it.each([
        ['the home page', '/'],
        ['the tab', '/lightning/n/Resale_Authorizations'],
        ['a record page', '/lightning/r/Resale_Authorization__c/a01000000000001AAA/view'],
        [
            'the wizard in edit mode',
            '/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=edit&c__recordId=a01000000000001AAA',
        ],
    ])(
        'answers %s with the page, whose script shows what its address names',
        async (_name, target) => {
            const answer = await call(target, { method: 'GET' });
            expect(answer.status).toBe(200);
            expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
            // Absolute addresses: the script and styles load from any depth of path.
            expect(answer.body).toMatch(/<script type="module" src="\/[^"]+"><\/script>/);
            expect(answer.body).toMatch(/<link rel="stylesheet" href="\/[^"]+">/);
        },
    );

    it('answers 404 for an address outside the app', async () => {
        expect((await call('/setup/home', { method: 'GET' })).status).toBe(404);
    });
});

describe('malformed requests', () => {
    it.each([
        ['not JSON', '{"recordId": '],
        ['a JSON array', '[]'],
        ['JSON null', 'null'],
        ['a JSON string', '"a01"'],
    ])('refuses a body that is %s with 400 and a message', async (_name, body) => {
        const answer = await call('/apex/getResaleAuthorization', { body });
        expect(answer.status).toBe(400);
        expect(messageOf(answer)).toMatch(/JSON/);
    });

    it.each([
        ['path of an Apex method', '/apex/%E0%A4%A', 'POST'],
        ['query of an upload', '/upload?fileName=%E0%A4%A.pdf', 'POST'],
        ['path of an asset', '/assets/%E0%A4%A', 'GET'],
        ['query of the page', '/?lang=%ZZ', 'GET'],
    ])('refuses a malformed percent-encoding in the %s with 400', async (_name, target, method) => {
        const answer = await call(target, { method, body: method === 'POST' ? '{}' : undefined });
        expect(answer.status).toBe(400);
        expect(messageOf(answer)).toContain('malformed percent-encoding');
        expect(backend.store.allRecords()).toEqual([]);
    });

    it('answers 404 for a folder of the assets, and keeps serving', async () => {
        const answer = await call('/assets/styles/', { method: 'GET' });
        expect(answer.status).toBe(404);
        expect(messageOf(answer)).toBe('No such asset.');
        expect((await call('/health', { method: 'GET' })).status).toBe(200);
    });

    it('answers an upload over the limit with 413 and a message the client reads', async () => {
        const bytes = Buffer.alloc(MAX_UPLOAD_BYTES + 2 * 1024 * 1024, 0x25);
        const streamed = await call('/upload?fileName=eula.pdf', { body: bytes });
        expect(streamed.status).toBe(413);
        expect(messageOf(streamed)).toBe(label('RA_Apex_DocumentTooLarge', 'en', '2'));
        const announced = await call('/upload?fileName=eula.pdf', {
            headers: { 'Content-Length': bytes.length },
            body: bytes,
        });
        expect(announced.status).toBe(413);
        expect(messageOf(announced)).toBe(label('RA_Apex_DocumentTooLarge', 'en', '2'));
        expect((await call('/health', { method: 'GET' })).status).toBe(200);
    });

    it('answers Apex parameters over the limit with 413, read by fetch too', async () => {
        const answer = await fetch(`${server.url}/apex/saveDraft`, {
            method: 'POST',
            body: JSON.stringify({ draft: { name: 'x'.repeat(2 * 1024 * 1024) } }),
        });
        expect(answer.status).toBe(413);
        expect(((await answer.json()) as { message: string }).message).toContain('saveDraft');
        expect(backend.store.allRecords()).toEqual([]);
    });
});

describe('legal document uploads', () => {
    it.each([
        ['en', 'setup.exe'],
        ['fr', 'page.html'],
        ['en', 'eula.docx'],
    ] as const)(
        'refuses a type AWS Marketplace does not accept with 415 (%s, %s)',
        async (language, fileName) => {
            const answer = await call(`/upload?fileName=${encodeURIComponent(fileName)}`, {
                headers: { Cookie: `lang=${language}`, 'Content-Type': 'text/html' },
                body: '<script>alert(1)</script>',
            });
            expect(answer.status).toBe(415);
            expect(messageOf(answer)).toBe(
                label('RA_Apex_DocumentType', language, fileName, 'PDF'),
            );
        },
    );

    it('stores a PDF as application/pdf, whatever type the browser claims', async () => {
        const answer = await call('/upload?fileName=Partner%20EULA.PDF', {
            headers: { 'Content-Type': 'text/html' },
            body: '%PDF-1.4 partner EULA',
        });
        expect(answer.status).toBe(200);
        const { documentId, name } = JSON.parse(answer.body) as {
            documentId: string;
            name: string;
        };
        expect(name).toBe('Partner EULA.PDF');
        expect(backend.store.file(documentId)?.stored.contentType).toBe('application/pdf');
    });
});

describe('legal documents opened from the record view', () => {
    /** A draft with a custom EULA copied to the bucket: the URL its form stores. */
    async function storedEula(): Promise<string> {
        const recordId = await saveFormDraft(backend.apiFor('en'), contractForm('With a EULA'));
        const file = await backend.saveUploadedFile({
            fileName: 'Partner EULA.pdf',
            contentType: 'application/pdf',
            bytes: Buffer.from('%PDF-1.4 partner EULA'),
        });
        const uploaded = await backend
            .apiFor('en')
            .uploadLegalDocument({ recordId, contentDocumentId: file.documentId });
        return uploaded.url;
    }

    it('opens a document of the app bucket, by the URL the form stores', async () => {
        const url = await storedEula();
        const answer = await call(`/legal-documents?url=${encodeURIComponent(url)}`, {
            method: 'GET',
            headers: { Host: ownHost() },
        });
        expect(answer.status).toBe(200);
        expect(answer.headers['content-type']).toBe('application/pdf');
        expect(answer.body).toBe('%PDF-1.4 partner EULA');
    });

    it('opens nothing for another site, or outside the app bucket', async () => {
        const url = await storedEula();
        const elsewhere = await call(`/legal-documents?url=${encodeURIComponent(url)}`, {
            method: 'GET',
            headers: { Host: 'attacker.example' },
        });
        expect(elsewhere.status).toBe(403);
        for (const other of [
            url.replace('test-legal-documents', 'someone-else'),
            'https://example.com/eula.pdf',
            'not a url',
        ]) {
            const answer = await call(`/legal-documents?url=${encodeURIComponent(other)}`, {
                method: 'GET',
                headers: { Host: ownHost() },
            });
            expect(answer.status).toBe(404);
        }
    });
});
