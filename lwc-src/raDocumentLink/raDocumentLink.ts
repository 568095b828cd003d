/**
 * Where a user opens a custom legal document the form stores. In the org, its S3 address as
 * stored: the seller's bucket decides who may read it. The local app stands in for this module
 * (scripts/local-app/web/localDocumentLink) and opens the document through its own server.
 * A service module (no template).
 */
export function legalDocumentHref(url: string): string {
    return url;
}
