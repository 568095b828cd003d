import { LightningElement, api } from 'lwc';
import { MAX_LEGAL_DOCUMENT_BYTES, MAX_LEGAL_DOCUMENT_MB } from 'c/raDomain';
import { formatLabel } from 'c/raUi';
import { LABELS } from './labels';
/** File types accepted for legal documents. */
export const ACCEPTED_FORMATS = ['.pdf', '.doc', '.docx', '.txt', '.rtf'];
/**
 * A custom legal document (EULA or reseller contract): the file upload, what is uploaded, and on
 * a clone the reminder that the original's document must be uploaded again. Says before the
 * upload which files are accepted, up to MAX_LEGAL_DOCUMENT_MB (the server refuses larger). Sends
 * `documentupload` `{ field, contentDocumentId, fileName }` once Salesforce has the file.
 */
export default class RaLegalDocument extends LightningElement {
    @api
    label = '';
    /** The form field it fills: `buyerLegalTerms.document` or `resellerLegalTerms.document`. */
    @api
    field = '';
    @api
    document = null;
    /** The resale authorization record the file is attached to, once saved. */
    @api
    recordId = null;
    @api
    error = '';
    @api
    disabled = false;
    acceptedFormats = ACCEPTED_FORMATS;
    maxBytes = MAX_LEGAL_DOCUMENT_BYTES;
    helpText = formatLabel(LABELS.maxSize, MAX_LEGAL_DOCUMENT_MB);
    @api
    focusField() {
        this.template?.querySelector('lightning-file-upload')?.focus();
    }
    get uploadedText() {
        const document = this.document;
        return document && document.url && !document.mustUploadAgain
            ? formatLabel(LABELS.uploaded, document.fileName)
            : '';
    }
    get uploadAgainText() {
        const document = this.document;
        return document?.mustUploadAgain ? formatLabel(LABELS.uploadAgain, document.fileName) : '';
    }
    handleUploadFinished(event) {
        const file = event.detail.files[0];
        if (!file) {
            return;
        }
        this.dispatchEvent(new CustomEvent('documentupload', {
            detail: {
                field: this.field,
                contentDocumentId: file.documentId,
                fileName: file.name,
            },
        }));
    }
}
