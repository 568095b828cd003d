/**
 * `LegalDocumentService.cls` in TypeScript: copies an uploaded legal document (a custom EULA or
 * reseller contract) to the legal-documents S3 bucket and returns its URL for the change set.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { UploadedDocument } from '../../../lwc-src/raDomain/apexContract';
import {
    legalDocumentTypeRefusal,
    MAX_LEGAL_DOCUMENT_BYTES,
    MAX_LEGAL_DOCUMENT_MB,
} from '../../../lwc-src/raDomain/legalDocuments';
import { CatalogApiException, LEGAL_DOCUMENTS_CREDENTIAL } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import type { MessageFormatter } from './UserMessages';

const KEY_PREFIX = 'resale-authorizations/';

function safeKeyPart(fileName: string): string {
    const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    return safe.trim() === '' ? 'document' : safe.slice(-200);
}

export class LegalDocumentService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    /**
     * Why a file cannot be a legal document, checked before anything is read or sent.
     * @returns the user message, or null when its type is accepted
     */
    static typeRefusal(fileName: string, format: MessageFormatter): string | null {
        const refusal = legalDocumentTypeRefusal(fileName);
        return refusal ? format(refusal.label, ...refusal.params) : null;
    }

    async upload(
        transaction: Transaction,
        recordId: string,
        contentDocumentId: string,
    ): Promise<UploadedDocument> {
        await new ResaleAuthorizationSelector(transaction, this.format).lockForUpdate(recordId);
        const bucket = this.deps.legalDocumentsBucket;
        if (!bucket) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_LegalBucketMissing'));
        }
        const file = transaction.store.file(contentDocumentId);
        if (!file) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_DocumentNotFound'));
        }
        const wrongType = LegalDocumentService.typeRefusal(file.stored.fileName, this.format);
        if (wrongType) {
            throw new ResaleAuthorizationException(wrongType);
        }
        if (file.stored.size > MAX_LEGAL_DOCUMENT_BYTES) {
            throw new ResaleAuthorizationException(
                this.format('RA_Apex_DocumentTooLarge', MAX_LEGAL_DOCUMENT_MB),
            );
        }
        const key = `${KEY_PREFIX}${recordId}/${file.stored.documentId}/${safeKeyPart(file.stored.fileName)}`;
        try {
            await transaction.callout(() =>
                this.deps.s3.send(
                    new PutObjectCommand({
                        Bucket: bucket,
                        Key: key,
                        Body: file.bytes,
                        ContentType: file.stored.contentType,
                    }),
                ),
            );
        } catch (error) {
            throw CatalogApiException.of(error, LEGAL_DOCUMENTS_CREDENTIAL);
        }
        const region = await this.deps.s3.config.region();
        return {
            url: `https://${bucket}.s3.${region}.amazonaws.com/${key}`,
            fileName: file.stored.fileName,
        };
    }
}
