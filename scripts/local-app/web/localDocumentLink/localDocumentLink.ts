/**
 * The local app's `c/raDocumentLink`: a legal document opens through the local server
 * (`/legal-documents`), which reads it from the S3 bucket with the app's own access, where the
 * org links the S3 address itself.
 */
export function legalDocumentHref(url: string): string {
    return `/legal-documents?url=${encodeURIComponent(url)}`;
}
