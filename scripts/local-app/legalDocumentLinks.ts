/**
 * Where an S3 URL of a legal document points: its bucket and key, in the forms AWS writes them
 * (`https://<bucket>.s3.<region>.amazonaws.com/<key>`, `https://<bucket>.s3.amazonaws.com/<key>`,
 * `https://s3.<region>.amazonaws.com/<bucket>/<key>`, `https://s3.amazonaws.com/<bucket>/<key>`).
 */
export interface S3Location {
    bucket: string;
    key: string;
}

export function s3LocationOf(url: string): S3Location | null {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return null;
    }
    if (parsed.protocol !== 'https:') {
        return null;
    }
    const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    const virtualHost = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(parsed.hostname);
    if (virtualHost?.[1]) {
        return path ? { bucket: virtualHost[1], key: path } : null;
    }
    if (/^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.test(parsed.hostname)) {
        const [bucket, ...key] = path.split('/');
        return bucket && key.length > 0 ? { bucket, key: key.join('/') } : null;
    }
    return null;
}
