/**
 * `LegalDocumentService.cls` in TypeScript: copies an uploaded legal document (a custom EULA or
 * reseller contract) to the legal documents S3 bucket of the resale authorization's seller
 * account, through what that account's Named Credential reaches, and returns its URL for the
 * change set.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { UploadedDocument } from '../../../lwc-src/raDomain/apexContract';
import {
    legalDocumentTypeRefusal,
    MAX_LEGAL_DOCUMENT_BYTES,
    MAX_LEGAL_DOCUMENT_MB,
} from '../../../lwc-src/raDomain/legalDocuments';
import { CatalogApiException } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { missingNamedCredential, SellerAccounts } from './SellerAccounts';
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
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        const account = SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        const s3 = SellerAccounts.legalDocumentsEndpoint(this.deps, account);
        const bucketUrl = SellerAccounts.legalDocumentsBucketUrl(
            account,
            this.format,
            (await s3?.config.region()) ?? '',
        );
        const credential = account.legalDocumentsNamedCredential ?? '';
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
            await transaction.callout(() => {
                if (!s3) {
                    // The platform refuses a callout through a Named Credential it does not have.
                    throw missingNamedCredential(credential);
                }
                return s3.send(
                    new PutObjectCommand({
                        Bucket: account.legalDocumentsBucket ?? '',
                        Key: key,
                        Body: file.bytes,
                        ContentType: file.stored.contentType,
                    }),
                );
            });
        } catch (error) {
            throw CatalogApiException.of(error, credential);
        }
        return {
            url: `${bucketUrl}/${key}`,
            fileName: file.stored.fileName,
        };
    }
}
