import type { FormState } from './formState';

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

/**
 * The file types a custom legal document may have, by lower-case extension, with the content
 * type it is stored under in S3. AWS Marketplace documents no list of accepted formats: its API
 * reference asks only for the URL of a document in an S3 bucket it can read
 * (https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-agreements_DocumentItem.html),
 * and every example of its documentation, like its own Standard Contract, is a PDF. PDF is
 * therefore the one type accepted (docs/legal-documents.md says why). The same map is
 * LegalDocumentService.ACCEPTED_DOCUMENT_TYPES; the contract vectors and a test compare them.
 */
export const LEGAL_DOCUMENT_TYPES: Readonly<Record<string, string>> = {
    pdf: 'application/pdf',
};

/** The extensions, sorted: `['pdf']`. */
export const LEGAL_DOCUMENT_EXTENSIONS: readonly string[] =
    Object.keys(LEGAL_DOCUMENT_TYPES).sort();

/** `lightning-file-upload`'s `accept`: `['.pdf']`. */
export const LEGAL_DOCUMENT_ACCEPT: readonly string[] = LEGAL_DOCUMENT_EXTENSIONS.map(
    (extension) => `.${extension}`,
);

/** How messages name the accepted types: `PDF` (several are joined with ", "). */
export const LEGAL_DOCUMENT_TYPE_NAMES = LEGAL_DOCUMENT_EXTENSIONS.map((extension) =>
    extension.toUpperCase(),
).join(', ');

/** The lower-case extension of a file name: `pdf` for `EULA.PDF`, '' without one. */
export function fileExtension(fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The content type to store a legal document under, or null when its type is not accepted. */
export function legalDocumentContentType(fileName: string): string | null {
    const extension = fileExtension(fileName);
    return Object.prototype.hasOwnProperty.call(LEGAL_DOCUMENT_TYPES, extension)
        ? (LEGAL_DOCUMENT_TYPES[extension] ?? null)
        : null;
}

/** Why a file cannot be a legal document: a Custom Label and its parameters. */
export interface LegalDocumentTypeRefusal {
    label: 'RA_Apex_DocumentType';
    /** The file name, then the accepted types (`LEGAL_DOCUMENT_TYPE_NAMES`). */
    params: [string, string];
}

/** Null when the file's type is accepted; otherwise the refusal every layer shows. */
export function legalDocumentTypeRefusal(fileName: string): LegalDocumentTypeRefusal | null {
    return legalDocumentContentType(fileName) === null
        ? { label: 'RA_Apex_DocumentType', params: [fileName, LEGAL_DOCUMENT_TYPE_NAMES] }
        : null;
}

/** A custom legal document a form stores: which terms it is, its file and where it is. */
export interface StoredLegalDocument {
    kind: 'buyer' | 'reseller';
    fileName: string;
    url: string;
}

/**
 * The custom legal documents a form holds (custom EULA, custom reseller contract), uploaded and
 * copied to the seller's S3 bucket; none that must be uploaded again (a clone's).
 */
export function storedLegalDocuments(form: FormState): StoredLegalDocument[] {
    const terms = [
        {
            kind: 'buyer' as const,
            custom: form.buyerLegalTerms.type === 'CustomEula',
            ...form.buyerLegalTerms,
        },
        {
            kind: 'reseller' as const,
            custom: form.resellerLegalTerms.type === 'CustomResellerContract',
            ...form.resellerLegalTerms,
        },
    ];
    return terms.flatMap(({ kind, custom, document }) =>
        custom && document && document.url.trim() && !document.mustUploadAgain
            ? [{ kind, fileName: document.fileName, url: document.url.trim() }]
            : [],
    );
}
