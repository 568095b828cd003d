import { LightningElement, api } from 'lwc';

/** What `uploadfinished` reports for each file, as the platform's file upload does. */
interface UploadedFile {
    name: string;
    documentId: string;
    contentVersionId: string;
    mimeType: string;
}

/**
 * `lightning-file-upload` for the local app: the same attributes and `uploadfinished` event,
 * with files stored by the local server instead of Salesforce Files.
 */
export default class LocalFileUpload extends LightningElement {
    @api label = '';
    @api name = '';
    @api recordId: string | undefined;
    @api disabled = false;
    @api multiple = false;
    @api accept: string[] | string | undefined;

    uploading = false;
    error: string | null = null;

    get acceptList(): string | undefined {
        return Array.isArray(this.accept) ? this.accept.join(',') : this.accept;
    }

    get isDisabled(): boolean {
        return this.disabled || this.uploading;
    }

    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('lightning-input')?.focus();
    }

    async handleChange(event: Event): Promise<void> {
        const detail = (event as CustomEvent<{ files?: FileList }>).detail;
        const files = Array.from(detail.files ?? []);
        if (files.length === 0) {
            return;
        }
        this.uploading = true;
        this.error = null;
        try {
            const uploaded = await Promise.all(files.map((file) => this.upload(file)));
            this.dispatchEvent(new CustomEvent('uploadfinished', { detail: { files: uploaded } }));
        } catch (error) {
            this.error = error instanceof Error ? error.message : String(error);
        } finally {
            this.uploading = false;
        }
    }

    private async upload(file: File): Promise<UploadedFile> {
        const query = new URLSearchParams({ fileName: file.name });
        if (this.recordId) {
            query.set('recordId', this.recordId);
        }
        const response = await fetch(`/upload?${query.toString()}`, {
            method: 'POST',
            headers: { 'Content-Type': file.type || 'application/octet-stream' },
            body: file,
        });
        const payload = (await response.json()) as Partial<UploadedFile> & { message?: string };
        if (!response.ok || !payload.documentId) {
            throw new Error(payload.message ?? response.statusText);
        }
        return {
            name: payload.name ?? file.name,
            documentId: payload.documentId,
            contentVersionId: payload.contentVersionId ?? payload.documentId,
            mimeType: payload.mimeType ?? file.type,
        };
    }
}
