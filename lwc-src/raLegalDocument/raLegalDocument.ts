import { LightningElement, api } from 'lwc';
import {
    LEGAL_DOCUMENT_ACCEPT,
    LEGAL_DOCUMENT_TYPE_NAMES,
    legalDocumentTypeRefusal,
    MAX_LEGAL_DOCUMENT_BYTES,
    MAX_LEGAL_DOCUMENT_MB,
} from 'c/raDomain';
import type { LegalDocument } from 'c/raDomain';
import { formatLabel, FocusRequests } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/**
 * A custom legal document (EULA or reseller contract): the file upload, what is uploaded, and on
 * a clone the reminder that the original's document must be uploaded again. Says before the
 * upload which files are accepted (the types AWS Marketplace accepts, LEGAL_DOCUMENT_TYPES), up
 * to MAX_LEGAL_DOCUMENT_MB (the server refuses others). Sends `documentupload`
 * `{ field, contentDocumentId, fileName }` (bubbling to the form) once Salesforce has a file of an
 * accepted type; a file of another type is not sent on: the component says why.
 */
export default class RaLegalDocument extends LightningElement {
    @api label = '';
    /** The form field it fills: `buyerLegalTerms.document` or `resellerLegalTerms.document`. */
    @api field = '';
    @api document: LegalDocument | null = null;
    /** The resale authorization record the file is attached to, once saved. */
    @api recordId: string | null = null;
    @api error = '';
    @api disabled = false;

    readonly acceptedFormats = [...LEGAL_DOCUMENT_ACCEPT];
    readonly maxBytes = MAX_LEGAL_DOCUMENT_BYTES;
    readonly helpText = formatLabel(
        LABELS.maxSize,
        MAX_LEGAL_DOCUMENT_MB,
        LEGAL_DOCUMENT_TYPE_NAMES,
    );
    /** The refusal of the last file chosen, when its type is not accepted. */
    typeError = '';

    /** The parent's error on the field, or this component's own refusal of a file. */
    get shownError(): string {
        return this.error || this.typeError;
    }

    private readonly focusRequests = new FocusRequests(
        () => this.field,
        () => this.template?.querySelector<HTMLElement>('lightning-file-upload'),
    );

    /** Takes the focus (on the upload) when the request names this document's field. */
    @api
    get focusRequest(): FocusRequest | null {
        return this.focusRequests.current;
    }
    set focusRequest(value: FocusRequest | null) {
        this.focusRequests.receive(value);
    }

    renderedCallback(): void {
        this.focusRequests.take();
    }

    get uploadedText(): string {
        const document = this.document;
        return document && document.url && !document.mustUploadAgain
            ? formatLabel(LABELS.uploaded, document.fileName)
            : '';
    }

    get uploadAgainText(): string {
        const document = this.document;
        return document?.mustUploadAgain ? formatLabel(LABELS.uploadAgain, document.fileName) : '';
    }

    handleUploadFinished(
        event: CustomEvent<{ files: { documentId: string; name: string }[] }>,
    ): void {
        const file = event.detail.files[0];
        if (!file) {
            return;
        }
        const refusal = legalDocumentTypeRefusal(file.name);
        this.typeError = refusal ? formatLabel(LABELS.wrongType, ...refusal.params) : '';
        if (refusal) {
            return;
        }
        this.dispatchEvent(
            new CustomEvent('documentupload', {
                detail: {
                    field: this.field,
                    contentDocumentId: file.documentId,
                    fileName: file.name,
                },
                // Out of the section that places it, to the form that saves the document.
                bubbles: true,
                composed: true,
            }),
        );
    }
}
