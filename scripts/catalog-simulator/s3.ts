import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { lookUp } from './idMap';
import type { S3ObjectRecord, SimulatorState } from './model';
import { removeLeftoverTemporaryFiles, writeFileAtomically } from './persistence';

/**
 * A minimal S3 for custom legal documents: path-style PutObject, GetObject and HeadObject
 * (`/<bucket>/<key>`), as `@aws-sdk/client-s3` sends them with `forcePathStyle`.
 */

/** `bucket/key` of a document URL the simulator can serve, or null for any other URL. */
export function documentKeyOfUrl(url: string): string | null {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return null;
    }
    const pathKey = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    const virtualHost = /^([a-z0-9.-]+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(
        parsed.hostname,
    );
    if (virtualHost) {
        return `${virtualHost[1]}/${pathKey}`;
    }
    if (
        /^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.test(parsed.hostname) ||
        ['127.0.0.1', 'localhost'].includes(parsed.hostname)
    ) {
        return pathKey.includes('/') ? pathKey : null;
    }
    return null;
}

/** Reads the body of a request, decoding `aws-chunked` uploads to the object's bytes. */
function decodeBody(request: IncomingMessage, body: Buffer): Buffer {
    const chunked =
        String(request.headers['content-encoding'] ?? '').includes('aws-chunked') ||
        String(request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
    if (!chunked) {
        return body;
    }
    const parts: Buffer[] = [];
    let offset = 0;
    while (offset < body.length) {
        const lineEnd = body.indexOf('\r\n', offset);
        if (lineEnd < 0) {
            break;
        }
        const size = parseInt(
            body.subarray(offset, lineEnd).toString('latin1').split(';')[0] ?? '0',
            16,
        );
        if (!size) {
            break;
        }
        parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
        offset = lineEnd + 2 + size + 2;
    }
    return Buffer.concat(parts);
}

function s3Error(response: ServerResponse, status: number, code: string, message: string): void {
    response.writeHead(status, { 'Content-Type': 'application/xml' });
    response.end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    );
}

/** What the store keeps of an object; its bytes go to the file it names under `s3/`. */
export function objectRecord(key: string, content: Buffer, contentType: string): S3ObjectRecord {
    return {
        size: content.length,
        contentType,
        etag: `"${createHash('md5').update(content).digest('hex')}"`,
        lastModified: new Date().toUTCString(),
        file: createHash('sha256').update(key).digest('hex'),
    };
}

export class ObjectStore {
    constructor(
        private readonly state: SimulatorState,
        private readonly dataDir: string,
        private readonly persist: () => void,
    ) {
        fs.mkdirSync(path.join(dataDir, 's3'), { recursive: true });
        removeLeftoverTemporaryFiles(path.join(dataDir, 's3'));
    }

    put(key: string, content: Buffer, contentType: string): S3ObjectRecord {
        const record = objectRecord(key, content, contentType);
        writeFileAtomically(path.join(this.dataDir, 's3', record.file), content);
        this.state.s3[key] = record;
        this.persist();
        return record;
    }

    handle(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const key = decodeURIComponent(url.pathname.replace(/^\//, ''));
        if (!key.includes('/') || key.endsWith('/')) {
            s3Error(response, 400, 'InvalidRequest', 'Use path-style requests: /bucket/key');
            return;
        }
        if (request.method === 'PUT') {
            const record = this.put(
                key,
                decodeBody(request, body),
                String(request.headers['content-type'] ?? 'application/octet-stream'),
            );
            response.writeHead(200, { ETag: record.etag });
            response.end();
            return;
        }
        const record = lookUp(this.state.s3, key);
        if (!record) {
            if (request.method === 'HEAD') {
                response.writeHead(404);
                response.end();
            } else {
                s3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
            }
            return;
        }
        response.writeHead(200, {
            'Content-Type': record.contentType,
            'Content-Length': String(record.size),
            ETag: record.etag,
            'Last-Modified': record.lastModified,
        });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        const file = path.join(this.dataDir, 's3', record.file);
        response.end(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
    }
}
