/**
 * The largest custom legal document (EULA, reseller contract) the server copies to S3.
 *
 * LegalDocumentService.cls copies the file in the request's own, synchronous transaction, whose
 * heap is 6 MB (Apex Developer Guide, Execution Governors and Limits). The file's bytes
 * (ContentVersion.VersionData) and the callout's request body are on the heap at once: 2 x the
 * file, plus the rest of the transaction (queries, the answer, the strings around them), for
 * which 1 MB is kept. (6 MB - 1 MB) / 2 = 2.5 MB, rounded down to 2 MB so that a copy the
 * platform makes without telling still fits. The same value is LegalDocumentService.MAX_DOCUMENT_BYTES
 * (a test compares them); the component shows it before the upload.
 */
export const MAX_LEGAL_DOCUMENT_MB = 2;
export const MAX_LEGAL_DOCUMENT_BYTES = MAX_LEGAL_DOCUMENT_MB * 1024 * 1024;
