import { createElement } from 'lwc';
import RaLegalDocument from 'c/raLegalDocument';
import { LEGAL_DOCUMENT_TYPES, MAX_LEGAL_DOCUMENT_BYTES, MAX_LEGAL_DOCUMENT_MB } from 'c/raDomain';
import { UI_LABELS } from '../../../scripts/labels/uiLabels';

// The label's English text, so that the limit and the types show in it as in the org.
jest.mock(
    '@salesforce/label/c.RA_Document_MaxSize',
    () => ({ default: '{1} file, up to {0} MB.' }),
    { virtual: true },
);
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

async function render(props: Record<string, unknown>) {
    const element = createElement('c-ra-legal-document', {
        is: RaLegalDocument,
    }) as unknown as HTMLElement & Record<string, unknown>;
    Object.assign(element, {
        label: 'Custom EULA document',
        field: 'buyerLegalTerms.document',
        ...props,
    });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(cleanDocument);

describe('c-ra-legal-document', () => {
    it('uploads to the record and reports the Salesforce file', async () => {
        const element = await render({ recordId: 'a01000000000001AAA', document: null });
        const upload = mustQuery<HTMLElement & { recordId: string; accept: string[] }>(
            element,
            'lightning-file-upload',
        );
        expect(upload.recordId).toBe('a01000000000001AAA');
        expect(upload.accept).toEqual(['.pdf']);
        const uploaded = jest.fn();
        element.addEventListener('documentupload', uploaded);
        upload.dispatchEvent(
            new CustomEvent('uploadfinished', {
                detail: { files: [{ documentId: '069000000000001', name: 'eula.pdf' }] },
            }),
        );
        expect(uploaded.mock.calls[0]?.[0].detail).toEqual({
            field: 'buyerLegalTerms.document',
            contentDocumentId: '069000000000001',
            fileName: 'eula.pdf',
        });
        await expect(element).toBeAccessible();
    });

    it('shows the uploaded document', async () => {
        const element = await render({
            document: {
                url: 'https://b.s3.amazonaws.com/eula.pdf',
                fileName: 'eula.pdf',
                mustUploadAgain: false,
            },
        });
        expect(mustQuery(element, '[data-id="uploaded"]').textContent).toContain(
            'c.RA_Document_Uploaded',
        );
        expect(query(element, '[data-id="upload-again"]')).toBeNull();
    });

    it('asks for the document again on a clone, with the error on the field', async () => {
        const element = await render({
            document: { url: '', fileName: 'eula.pdf', mustUploadAgain: true },
            error: 'Upload the custom EULA again.',
        });
        expect(mustQuery(element, '[data-id="upload-again"]').textContent).toContain(
            'c.RA_Document_UploadAgain',
        );
        expect(query(element, '[data-id="uploaded"]')).toBeNull();
        expect(mustQuery(element, '[data-id="error"]').textContent).toContain(
            'Upload the custom EULA again.',
        );
        await expect(element).toBeAccessible();
    });

    it('says the size limit before anything is uploaded', async () => {
        const element = await render({ recordId: 'a01000000000001AAA', document: null });
        const help = mustQuery<HTMLElement>(element, '[data-id="help"]');
        expect(help.textContent?.trim()).toBe(`PDF file, up to ${MAX_LEGAL_DOCUMENT_MB} MB.`);
        expect(help.getAttribute('data-max-bytes')).toBe(String(MAX_LEGAL_DOCUMENT_BYTES));
        const labelName = 'RA_Document_MaxSize';
        expect(UI_LABELS[labelName]?.en).toBe('{1} file, up to {0} MB.');
        await expect(element).toBeAccessible();
    });

    it('accepts only the types AWS Marketplace takes, and says so before anything is uploaded', async () => {
        expect(LEGAL_DOCUMENT_TYPES).toEqual({ pdf: 'application/pdf' });
        const element = await render({ recordId: 'a01000000000001AAA', document: null });
        const upload = mustQuery<HTMLElement & { accept: string[] }>(
            element,
            'lightning-file-upload',
        );
        expect(upload.accept).toEqual(['.pdf']);
        expect(mustQuery(element, '[data-id="help"]').textContent).toContain('PDF file');
        expect(query(element, '[data-id="error"]')).toBeNull();
    });

    it('refuses a file of another type without sending it on, and says why', async () => {
        const element = await render({ recordId: 'a01000000000001AAA', document: null });
        const uploaded = jest.fn();
        element.addEventListener('documentupload', uploaded);
        const upload = mustQuery(element, 'lightning-file-upload');
        upload.dispatchEvent(
            new CustomEvent('uploadfinished', {
                detail: { files: [{ documentId: '069000000000002', name: 'setup.exe' }] },
            }),
        );
        await flushPromises();
        expect(uploaded).not.toHaveBeenCalled();
        const error = mustQuery(element, '[data-id="error"]');
        expect(error.getAttribute('role')).toBe('alert');
        expect(error.textContent).toContain('c.RA_Apex_DocumentType');
        await expect(element).toBeAccessible();

        // A PDF afterwards goes through, and the refusal goes away.
        upload.dispatchEvent(
            new CustomEvent('uploadfinished', {
                detail: { files: [{ documentId: '069000000000003', name: 'EULA.PDF' }] },
            }),
        );
        await flushPromises();
        expect(uploaded).toHaveBeenCalledTimes(1);
        expect(query(element, '[data-id="error"]')).toBeNull();
    });

    it('keeps the limit a synchronous Apex heap can hold: the file and the request body', () => {
        const heapBytes = 6 * 1024 * 1024;
        expect(MAX_LEGAL_DOCUMENT_BYTES).toBe(MAX_LEGAL_DOCUMENT_MB * 1024 * 1024);
        expect(2 * MAX_LEGAL_DOCUMENT_BYTES + 1024 * 1024).toBeLessThanOrEqual(heapBytes);
    });
});
