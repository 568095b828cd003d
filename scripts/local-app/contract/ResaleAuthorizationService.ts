/**
 * `ResaleAuthorizationService.cls` in TypeScript: the list, a record, the products, saving a
 * draft (stored before any callout), deleting a draft never sent to AWS and what a clone starts
 * from. Every record belongs to a seller account (SellerAccounts), and only users who may use
 * it read or change it here.
 */
import type {
    AwsAccount,
    CloneSource,
    DraftInput,
    ProductRecord,
    ResaleAuthorizationDetail,
    ResaleAuthorizationPage,
} from '../../../lwc-src/raDomain/apexContract';
import { AccountSelector } from './AccountSelector';
import { CatalogApiClient } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { DisplayStatuses } from './DisplayStatuses';
import type { ValidationCode } from '../../../lwc-src/raDomain/validationMessages';
import { Iso8601 } from './Iso8601';
import { MarketplaceProductSelector } from './MarketplaceProductSelector';
import { OpportunitySelector } from './OpportunitySelector';
import type { Transaction } from './platform';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { ResaleAuthorizationListQuery } from './ResaleAuthorizationListQuery';
import { ResaleAuthorizationMapper } from './ResaleAuthorizationMapper';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import { isInFlight, ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { SellerAccounts } from './SellerAccounts';
import { NOTHING_ON_AWS } from './store';
import type { StoredAccount, StoredRecord } from './store';
import type { ApexLabel, MessageFormatter } from './UserMessages';

/** Form_State_Json__c holds at most this many characters. */
const MAX_FORM_STATE_LENGTH = 131072;
const RESELLER_ACCOUNT = /^[0-9]{12}$/;
/** The most characters of a name: Authorization_Name__c, and the Catalog API's limit. */
export const NAME_MAX_LENGTH = 100;

function isJsonObject(text: string): boolean {
    try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
        return false;
    }
}

function text(value: unknown): string {
    return typeof value === 'string' ? value.trim() : '';
}

/** What the record's columns say, read from the saved form state: what will be sent. */
interface SavedTerms {
    name: string;
    productId: string;
    resellerAccountId: string;
    resellerAccountRecordId: string;
    opportunityRecordId: string;
    expiryDate: string;
    description: string | null;
}

function savedTermsOf(formStateJson: string): SavedTerms {
    const form = JSON.parse(formStateJson) as Record<string, unknown>;
    const availability = (form.availability ?? {}) as Record<string, unknown>;
    const description = text(form.description);
    return {
        name: text(form.name),
        productId: text(form.productId),
        resellerAccountId: text(form.resellerAccountId),
        resellerAccountRecordId: text(form.resellerAccountRecordId),
        opportunityRecordId: text(form.opportunityRecordId),
        expiryDate: text(availability.expiryDate),
        description: description === '' ? null : description.slice(0, 255),
    };
}

export class ResaleAuthorizationService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    listPage(query: ResaleAuthorizationListQuery): ResaleAuthorizationPage {
        return query.run();
    }

    getDetail(transaction: Transaction, recordId: string): ResaleAuthorizationDetail {
        const record = new ResaleAuthorizationSelector(transaction, this.format).selectWithHistory(
            recordId,
        );
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        return ResaleAuthorizationMapper.toDetail(
            record,
            transaction.changesOf(recordId),
            this.deps,
        );
    }

    /** Every synced product of the seller accounts the user may use. */
    listProducts(): ProductRecord[] {
        const ofUsable = SellerAccounts.recordsOf(SellerAccounts.usableNames(this.deps));
        return new MarketplaceProductSelector(this.deps.store)
            .selectAll()
            .filter(ofUsable)
            .map(ResaleAuthorizationMapper.toProductRecord);
    }

    async saveDraft(
        transaction: Transaction,
        draft: DraftInput | undefined,
    ): Promise<ResaleAuthorizationDetail> {
        this.validate(draft);
        const terms = this.termsOf(draft.formStateJson);
        const now = Iso8601.format(transaction.now());
        let existing: StoredRecord | null = null;
        let accountName = draft.sellerAccount ?? null;
        if (draft.recordId) {
            existing = await new ResaleAuthorizationSelector(
                transaction,
                this.format,
            ).lockForUpdate(draft.recordId);
            SellerAccounts.requireUsable(this.deps, this.format, existing.sellerAccount);
            this.checkEditable(transaction, existing, draft.formStateJson);
            const refusal = SellerAccounts.changeRefusal(
                existing.sellerAccount,
                draft.sellerAccount,
                this.sentToAws(transaction, existing),
            );
            if (refusal) {
                throw new ResaleAuthorizationException(this.format(refusal));
            }
            accountName = accountName?.trim() ? accountName : (existing.sellerAccount ?? null);
        }
        const account = SellerAccounts.requireUsable(this.deps, this.format, accountName);
        const product = new MarketplaceProductSelector(this.deps.store).selectByProductId(
            terms.productId,
        );
        if (
            product &&
            SellerAccounts.accountOf(product.sellerAccount).toLowerCase() !==
                account.developerName.toLowerCase()
        ) {
            throw new ResaleAuthorizationException(
                this.format('RA_Apex_ProductOtherAccount', terms.productId, account.label),
            );
        }
        const fields = {
            authorizationName: terms.name,
            productId: terms.productId,
            productTitle: draft.productTitle || product?.title || null,
            resellerAccountId: terms.resellerAccountId,
            resellerAccount: this.resellerAccountOf(terms),
            opportunity: this.opportunityOf(terms.opportunityRecordId),
            expiryDate: Iso8601.parseCalendarDate(terms.expiryDate),
            formStateJson: draft.formStateJson,
            description: terms.description,
            lastModifiedAt: now,
            sellerAccount: account.developerName,
        };
        const record: StoredRecord = existing
            ? { ...existing, ...fields }
            : {
                  id: transaction.store.newId('a01'),
                  ...fields,
                  displayStatus: DisplayStatuses.LOCAL_DRAFT,
                  ...NOTHING_ON_AWS,
                  createdByName: this.deps.userName,
                  createdAt: now,
              };
        transaction.updateRecord(record);
        return this.getDetail(transaction, record.id);
    }

    /** An Account a reseller or a buyer is picked from, with its AWS account id. */
    getAwsAccount(accountId: string): AwsAccount {
        const account = new AccountSelector(this.deps.store).selectById(accountId);
        if (!account) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_AccountNotFound'));
        }
        return { recordId: account.id, name: account.name, awsAccountId: account.awsAccountId };
    }

    /**
     * Why the Account a reseller was picked from may not be kept on the record, or null
     * (contract vectors `resellerAccount`): the reseller id sent and stored must be that
     * Account's AWS account id. A reseller typed, with no Account picked, is never refused.
     */
    static resellerAccountRefusal(
        pickedRecordId: string,
        account: Pick<StoredAccount, 'awsAccountId'> | null,
        resellerAccountId: string,
    ): { label: ApexLabel; params: string[] } | null {
        if (!pickedRecordId.trim()) {
            return null;
        }
        if (!account) {
            return { label: 'RA_Apex_AccountNotFound', params: [] };
        }
        if ((account.awsAccountId ?? '') !== resellerAccountId) {
            return { label: 'RA_Apex_ResellerAccountMismatch', params: [resellerAccountId] };
        }
        return null;
    }

    /** The Account the reseller was picked from, once checked; null when the id was typed. */
    private resellerAccountOf(terms: SavedTerms): string | null {
        const account = terms.resellerAccountRecordId
            ? new AccountSelector(this.deps.store).selectById(terms.resellerAccountRecordId)
            : null;
        const refusal = ResaleAuthorizationService.resellerAccountRefusal(
            terms.resellerAccountRecordId,
            account,
            terms.resellerAccountId,
        );
        if (refusal) {
            throw new ResaleAuthorizationException(this.format(refusal.label, ...refusal.params));
        }
        return account?.id ?? null;
    }

    /** The Opportunity picked, when it exists; null for none. */
    private opportunityOf(pickedRecordId: string): string | null {
        if (!pickedRecordId) {
            return null;
        }
        const opportunity = new OpportunitySelector(this.deps.store).selectById(pickedRecordId);
        if (!opportunity) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_OpportunityNotFound'));
        }
        return opportunity.id;
    }

    /**
     * Deletes a draft that was never sent to AWS. Locked first, so a prepare of the same record
     * runs before (and its change row refuses the delete) or after (and finds no record).
     */
    async deleteDraft(transaction: Transaction, recordId: string): Promise<void> {
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        const refusal = ResaleAuthorizationService.deleteRefusal(
            record,
            new ResaleAuthorizationChangeSelector(transaction)
                .countByRecords([recordId])
                .get(recordId) ?? 0,
        );
        if (refusal) {
            throw new ResaleAuthorizationException(this.format(refusal));
        }
        transaction.deleteRecord(recordId);
    }

    /**
     * Why a resale authorization may not be deleted, or null (contract vectors `deletable`):
     * anything AWS may know of keeps it, a change row of any status included, even FAILED
     * without a change set id (an earlier send of the same token may have had no answer).
     */
    static deleteRefusal(
        record: Pick<StoredRecord, 'entityId' | 'entityStatus' | 'changeSetId' | 'changeSetStatus'>,
        changeCount: number,
    ): ApexLabel | null {
        const sent =
            Boolean(record.entityId?.trim()) ||
            Boolean(record.entityStatus?.trim()) ||
            Boolean(record.changeSetId?.trim()) ||
            Boolean(record.changeSetStatus?.trim()) ||
            changeCount > 0;
        return sent ? 'RA_Apex_SentNotDeletable' : null;
    }

    /** Whether AWS may know the record: an entity, a change set, or a change row of any status. */
    private sentToAws(transaction: Transaction, record: StoredRecord): boolean {
        return (
            ResaleAuthorizationService.deleteRefusal(
                record,
                new ResaleAuthorizationChangeSelector(transaction)
                    .countByRecords([record.id])
                    .get(record.id) ?? 0,
            ) !== null
        );
    }

    /**
     * Published terms are AWS's; terms sent and not answered yet, or with AWS, stay as sent:
     * saving them again unchanged is allowed (a retry), other terms are refused.
     */
    private checkEditable(
        transaction: Transaction,
        record: StoredRecord,
        formStateJson: string,
    ): void {
        if (
            record.entityStatus &&
            DisplayStatuses.PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)
        ) {
            throw new ResaleAuthorizationException(
                this.format('RA_Apex_PublishedNotEditable', record.entityStatus),
            );
        }
        const underWay =
            isInFlight(record) ||
            new ResaleAuthorizationChangeSelector(transaction).selectUnanswered(record.id) !== null;
        if (underWay && formStateJson !== record.formStateJson) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_OutcomeUnknown'));
        }
    }

    async getCloneSource(transaction: Transaction, recordId: string): Promise<CloneSource> {
        const record = new ResaleAuthorizationSelector(transaction, this.format).selectWithHistory(
            recordId,
        );
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        const source: CloneSource = {
            formStateJson: record.formStateJson,
            entityDetailsJson: null,
            createdDate: record.createdAt,
            sellerAccount: SellerAccounts.accountOf(record.sellerAccount),
        };
        if (record.entityId) {
            const entityId = record.entityId;
            try {
                const entity = await transaction.callout(() =>
                    new CatalogApiClient(this.deps)
                        .forAccount(record.sellerAccount)
                        .describeEntity(entityId),
                );
                const details = CatalogApiClient.detailsOf(entity);
                source.entityDetailsJson = JSON.stringify(details);
                if (typeof details.CreatedDate === 'string') {
                    source.createdDate = details.CreatedDate;
                }
            } catch (error) {
                // The stored form state is enough to clone; without it the user must know why.
                if (!(error instanceof CatalogApiException) || !source.formStateJson) {
                    throw error;
                }
            }
        }
        return source;
    }

    private validate(draft: DraftInput | undefined): asserts draft is DraftInput {
        if (
            !draft ||
            typeof draft !== 'object' ||
            typeof draft.formStateJson !== 'string' ||
            draft.formStateJson.length > MAX_FORM_STATE_LENGTH ||
            !isJsonObject(draft.formStateJson)
        ) {
            throw new ResaleAuthorizationException(this.format('RA_Validation_FormUnreadable'));
        }
    }

    /**
     * What keeps a form state from being kept as a draft: what its record cannot store (a name
     * over NAME_MAX_LENGTH, a reseller account that is not 12 digits) or cannot be found by (no
     * name, no product). The domain's draftProblems refuses the same in the wizard.
     * @returns the validation codes, in the order the wizard lists them
     */
    static draftRefusals(formStateJson: string): ValidationCode[] {
        if (!formStateJson.trim() || !isJsonObject(formStateJson)) {
            return ['FormUnreadable'];
        }
        const terms = savedTermsOf(formStateJson);
        const refusals: ValidationCode[] = [];
        if (!terms.productId) {
            refusals.push('ProductRequired');
        }
        if (!terms.name) {
            refusals.push('NameRequired');
        } else if (terms.name.length > NAME_MAX_LENGTH) {
            refusals.push('NameTooLong');
        }
        if (terms.resellerAccountId && !RESELLER_ACCOUNT.test(terms.resellerAccountId)) {
            refusals.push('ResellerAccountInvalid');
        }
        return refusals;
    }

    /** The saved terms of a form state, refused when a draft cannot hold them. */
    private termsOf(formStateJson: string): SavedTerms {
        const refusals = ResaleAuthorizationService.draftRefusals(formStateJson);
        if (refusals.length > 0) {
            throw new ResaleAuthorizationException(
                refusals
                    .map((code) => this.format(`RA_Validation_${code}`, NAME_MAX_LENGTH))
                    .join(' '),
            );
        }
        return savedTermsOf(formStateJson);
    }
}
