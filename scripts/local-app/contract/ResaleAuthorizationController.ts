/**
 * `ResaleAuthorizationController.cls` in TypeScript, for the local app: the same methods and
 * contract (lwc-src/raDomain/apexContract.ts). Each call is one transaction, as an Apex request
 * is, and any error reaches the component as `ControllerErrors` words it.
 */
import type {
    AwsAccount,
    CloneSource,
    ExpiryRadarView,
    ImportProgress,
    ListResaleAuthorizationsParams,
    PreparedChangeSet,
    ProductRecord,
    ProductSyncProgress,
    RefreshResult,
    ResaleAuthorizationApi,
    ResaleAuthorizationDetail,
    ResaleAuthorizationPage,
    SellerAccountOption,
    UploadedDocument,
} from '../../../lwc-src/raDomain/apexContract';
import type { Language } from '../pageLabels';
import { ChangeSetService } from './ChangeSetService';
import type { ContractDeps } from './contractDeps';
import { ControllerErrors } from './ControllerErrors';
import { DisplayStatuses } from './DisplayStatuses';
import { ExpiryRadar } from './ExpiryRadar';
import { LegalDocumentService } from './LegalDocumentService';
import { inTransaction } from './platform';
import type { Transaction } from './platform';
import { ResaleAuthorizationImport } from './ResaleAuthorizationImport';
import { ResaleAuthorizationImportJob } from './ResaleAuthorizationImportJob';
import { ProductSyncService } from './ProductSyncService';
import { ResaleAuthorizationListQuery } from './ResaleAuthorizationListQuery';
import { ResaleAuthorizationService } from './ResaleAuthorizationService';
import { SellerAccounts } from './SellerAccounts';
import { StatusRefreshService } from './StatusRefreshService';
import type { StoredFile } from './store';
import { messagesIn } from './UserMessages';
import type { MessageFormatter } from './UserMessages';

type ApiParams<K extends keyof ResaleAuthorizationApi> = Parameters<ResaleAuthorizationApi[K]>[0];

export class ResaleAuthorizationController implements ResaleAuthorizationApi {
    private readonly format: MessageFormatter;

    constructor(
        private readonly deps: ContractDeps,
        language: Language,
    ) {
        this.format = messagesIn(language);
    }

    listResaleAuthorizations(
        params: ListResaleAuthorizationsParams,
    ): Promise<ResaleAuthorizationPage> {
        return this.request(async () =>
            this.resaleAuthorizations().listPage(
                new ResaleAuthorizationListQuery(this.deps.store, params, this.format, this.deps),
            ),
        );
    }

    /** The expiry radar as of today in UTC; null days: the org's expiry notice days. */
    getExpiryRadar({ days }: ApiParams<'getExpiryRadar'>): Promise<ExpiryRadarView> {
        return this.inTransaction(async (transaction) =>
            new ExpiryRadar(this.deps, this.format).load(
                transaction,
                days ?? null,
                DisplayStatuses.todayUtc(this.deps.clock()),
            ),
        );
    }

    getResaleAuthorization({
        recordId,
    }: ApiParams<'getResaleAuthorization'>): Promise<ResaleAuthorizationDetail> {
        return this.inTransaction(async (transaction) =>
            this.resaleAuthorizations().getDetail(transaction, String(recordId)),
        );
    }

    listProducts(): Promise<ProductRecord[]> {
        return this.request(async () => this.resaleAuthorizations().listProducts());
    }

    listSellerAccounts(): Promise<SellerAccountOption[]> {
        return this.request(async () => SellerAccounts.options(this.deps));
    }

    getAwsAccount({ recordId }: ApiParams<'getAwsAccount'>): Promise<AwsAccount> {
        return this.request(async () =>
            this.resaleAuthorizations().getAwsAccount(String(recordId)),
        );
    }

    saveDraft({ draft }: ApiParams<'saveDraft'>): Promise<ResaleAuthorizationDetail> {
        return this.inTransaction((transaction) =>
            this.resaleAuthorizations().saveDraft(transaction, draft),
        );
    }

    deleteDraft({ recordId }: ApiParams<'deleteDraft'>): Promise<void> {
        return this.inTransaction((transaction) =>
            this.resaleAuthorizations().deleteDraft(transaction, String(recordId)),
        );
    }

    prepareChangeSet({
        recordId,
        action,
        changeSetJson,
        formStateJson,
    }: ApiParams<'prepareChangeSet'>): Promise<PreparedChangeSet> {
        return this.inTransaction((transaction) =>
            new ChangeSetService(this.deps, this.format).prepare(
                transaction,
                String(recordId),
                action,
                changeSetJson,
                formStateJson ?? null,
            ),
        );
    }

    claimSend({ recordId, clientRequestToken }: ApiParams<'claimSend'>): Promise<void> {
        return this.inTransaction((transaction) =>
            new ChangeSetService(this.deps, this.format).claimSend(
                transaction,
                String(recordId),
                clientRequestToken,
            ),
        );
    }

    discardChange({
        recordId,
        clientRequestToken,
    }: ApiParams<'discardChange'>): Promise<ResaleAuthorizationDetail> {
        return this.inTransaction((transaction) =>
            new ChangeSetService(this.deps, this.format).discard(
                transaction,
                String(recordId),
                clientRequestToken,
            ),
        );
    }

    sendChangeSet({
        recordId,
        clientRequestToken,
    }: ApiParams<'sendChangeSet'>): Promise<ResaleAuthorizationDetail> {
        return this.inTransaction((transaction) =>
            new ChangeSetService(this.deps, this.format).send(
                transaction,
                String(recordId),
                clientRequestToken,
            ),
        );
    }

    refreshStatus({ recordId }: ApiParams<'refreshStatus'>): Promise<RefreshResult> {
        return this.inTransaction((transaction) =>
            new StatusRefreshService(this.deps, this.format).claim(transaction, String(recordId)),
        );
    }

    completeStatusRefresh({
        recordId,
        claimId,
    }: ApiParams<'completeStatusRefresh'>): Promise<RefreshResult> {
        return this.inTransaction((transaction) =>
            new StatusRefreshService(this.deps, this.format).refresh(
                transaction,
                String(recordId),
                claimId ?? null,
            ),
        );
    }

    getCloneSource({ recordId }: ApiParams<'getCloneSource'>): Promise<CloneSource> {
        return this.inTransaction((transaction) =>
            this.resaleAuthorizations().getCloneSource(transaction, String(recordId)),
        );
    }

    uploadLegalDocument({
        recordId,
        contentDocumentId,
    }: ApiParams<'uploadLegalDocument'>): Promise<UploadedDocument> {
        return this.inTransaction((transaction) =>
            new LegalDocumentService(this.deps, this.format).upload(
                transaction,
                String(recordId),
                String(contentDocumentId),
            ),
        );
    }

    /** The first page of one seller account's products now; the next in queued jobs. */
    syncProducts({ sellerAccount }: ApiParams<'syncProducts'>): Promise<ProductSyncProgress> {
        return this.inTransaction(async (transaction) => {
            ProductSyncService.requireSyncPermission();
            return new ProductSyncService(this.deps, this.format).start(
                transaction,
                sellerAccount ?? null,
            );
        });
    }

    getProductSync({ syncId }: ApiParams<'getProductSync'>): Promise<ProductSyncProgress> {
        return this.inTransaction(async (transaction) => {
            ProductSyncService.requireSyncPermission();
            return new ProductSyncService(this.deps, this.format).progress(
                transaction,
                String(syncId),
            );
        });
    }

    getImportProgress(): Promise<ImportProgress> {
        return this.inTransaction(async (transaction) =>
            new ResaleAuthorizationImport(this.deps, this.format).progress(transaction),
        );
    }

    /** Starts (or resumes) a sync with AWS, its steps in queued jobs as in the org. */
    startImport(): Promise<ImportProgress> {
        return this.request(async () => {
            ResaleAuthorizationImport.requireImportPermission();
            await ResaleAuthorizationImportJob.start(this.deps);
            return this.getImportProgress();
        });
    }

    /** What lightning-file-upload does in the org: store a file, return its document id. */
    saveUploadedFile(file: { fileName: string; contentType: string; bytes: Buffer }): StoredFile {
        return this.deps.store.saveFile(file.fileName, file.contentType, file.bytes);
    }

    private resaleAuthorizations(): ResaleAuthorizationService {
        return new ResaleAuthorizationService(this.deps, this.format);
    }

    private inTransaction<T>(body: (transaction: Transaction) => Promise<T>): Promise<T> {
        return this.request(() => inTransaction(this.deps, body));
    }

    private async request<T>(call: () => Promise<T>): Promise<T> {
        try {
            return await call();
        } catch (error) {
            throw ControllerErrors.toAuraHandledException(error, this.format, this.deps.log);
        }
    }
}
