import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextValue, MessageSubscription } from 'lightning/messageService';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import {
    MANAGEMENT_PORTAL_PARTNERS_URL,
    allows,
    parseErrorDetails,
    parseFormStateJson,
    productFromRecord,
    storedLegalDocuments,
    validate,
    sellerAccountOf,
} from 'c/raDomain';
import { legalDocumentHref } from 'c/raDocumentLink';
import type {
    FormState,
    Product,
    ProductRecord,
    ResaleAuthorizationDetail as DetailRecord,
} from 'c/raDomain';
import {
    changeActionLabel,
    changeStatusLabel,
    confirmDeactivation,
    confirmDraftDeletion,
    deactivateResaleAuthorization,
    deleteDraftResaleAuthorization,
    formatLabel,
    reduceErrors,
    todayIsoDate,
    validationMessage,
} from 'c/raUi';
import { listPage, wizardPage } from 'c/raNavigation';
import type { PageReference, WizardMode } from 'c/raNavigation';
import {
    newSender,
    publishRecordChanged,
    subscribeToRecordChanges,
    unsubscribeFromRecordChanges,
} from 'c/raRecordChannel';
import { LABELS } from './labels';

const {
    productLabel,
    resellerLabel,
    sellerAccountLabel,
    expiryLabel,
    modifiedLabel,
    editLabel,
    cloneLabel,
    deactivateLabel,
    deactivatedLabel,
    deleteLabel,
    deletedLabel,
    actionFailedLabel,
    loadFailedLabel,
    loadingLabel,
} = LABELS;

/**
 * The record view, on the resale authorization's Lightning record page: every term in plain
 * words, where its latest change stands (with Refresh status, unless the page shows the status
 * component beside it: `hideStatus`), its change history, and Edit / Clone (the wizard, at its
 * own address) / Deactivate / Delete. It reads the record again when another component of the
 * page says it changed, and says so when it changes it.
 */
export default class ResaleAuthorizationDetail extends NavigationMixin(LightningElement) {
    /** The status component stands beside the record view on the page: no status section. */
    @api hideStatus = false;

    detail: DetailRecord | null = null;
    productRecords: ProductRecord[] = [];
    isLoading = false;
    private loadSequence = 0;
    loadError = '';
    inFlight = false;

    readonly labels = {
        ...LABELS,
        product: productLabel,
        reseller: resellerLabel,
        sellerAccount: sellerAccountLabel,
        expiry: expiryLabel,
        modified: modifiedLabel,
        edit: editLabel,
        clone: cloneLabel,
        deactivate: deactivateLabel,
        delete: deleteLabel,
        loading: loadingLabel,
    };

    @wire(MessageContext)
    messageContext?: MessageContextValue;

    private currentRecordId: string | null = null;
    private readonly sender = newSender();
    private subscription: MessageSubscription | null = null;

    /** The record shown; the page may show another one in the same component. */
    @api
    get recordId(): string | null {
        return this.currentRecordId;
    }
    set recordId(value: string | null) {
        const changed = value !== this.currentRecordId;
        this.currentRecordId = value;
        if (changed && this.isConnected) {
            this.detail = null;
            this.load();
        }
    }

    @wire(listProducts)
    wiredProducts({ data }: { data?: ProductRecord[] }): void {
        if (data) {
            this.productRecords = data;
        }
    }

    connectedCallback(): void {
        this.subscription = subscribeToRecordChanges(
            this.messageContext,
            () => this.recordId,
            this.sender,
            () => this.load(),
        );
        this.load();
    }

    disconnectedCallback(): void {
        unsubscribeFromRecordChanges(this.subscription);
        this.subscription = null;
    }

    async load(): Promise<void> {
        const recordId = this.recordId;
        if (!recordId) {
            return;
        }
        // Loads may overlap (status events close together): only the latest one is shown, never
        // an earlier answer arriving last.
        const sequence = ++this.loadSequence;
        this.isLoading = true;
        try {
            const detail = await getResaleAuthorization({ recordId });
            if (recordId === this.recordId && sequence === this.loadSequence) {
                this.detail = detail;
                this.loadError = '';
            }
        } catch (error) {
            if (recordId === this.recordId) {
                this.loadError = formatLabel(loadFailedLabel, reduceErrors(error).join(' '));
            }
        } finally {
            this.isLoading = false;
        }
    }

    get title(): string {
        return this.detail?.name ?? '';
    }

    get form(): FormState | null {
        return parseFormStateJson(this.detail?.formStateJson);
    }

    get product(): Product | null {
        return productFromRecord(
            this.productRecords.find((p) => p.productId === this.detail?.productId),
        );
    }

    get productText(): string {
        const detail = this.detail;
        return detail ? `${detail.productTitle ?? detail.productId} (${detail.productId})` : '';
    }

    /** The AWS seller account it belongs to, by its label. */
    get sellerAccountText(): string {
        const detail = this.detail;
        return detail ? (detail.sellerAccountLabel ?? sellerAccountOf(detail.sellerAccount)) : '';
    }

    /**
     * What a draft still needs before it can be published (a draft keeps what is incomplete):
     * the problems publishing would find, once the product is known.
     */
    get publishNeeds(): { key: string; text: string }[] {
        const detail = this.detail;
        const form = this.form;
        const product = this.product;
        if (!detail || !form || !product || !allows(detail, 'publish')) {
            return [];
        }
        return validate(form, product, todayIsoDate()).map((problem, index) => ({
            key: `${index}-${problem.field}`,
            text: validationMessage(problem),
        }));
    }

    /** Each custom legal document uploaded, with the link that opens it. */
    get documents(): { key: string; text: string; href: string }[] {
        const form = this.form;
        return form
            ? storedLegalDocuments(form).map((document) => ({
                  key: document.kind,
                  text: formatLabel(
                      LABELS.documentOf,
                      document.fileName,
                      document.kind === 'buyer' ? LABELS.customEula : LABELS.customResellerContract,
                  ),
                  href: legalDocumentHref(document.url),
              }))
            : [];
    }

    get hasDocuments(): boolean {
        return this.documents.length > 0;
    }

    /** Where the resale authorization is on AWS's side, once AWS has it. */
    get portalUrl(): string {
        return this.detail?.entityId ? MANAGEMENT_PORTAL_PARTNERS_URL : '';
    }

    get hasPublishNeeds(): boolean {
        return this.publishNeeds.length > 0;
    }

    get canEdit(): boolean {
        return this.detail ? allows(this.detail, 'edit') : false;
    }

    get canDeactivate(): boolean {
        return this.detail ? allows(this.detail, 'deactivate') : false;
    }

    /** A draft AWS never heard of: its change history is known here, so the rule is exact. */
    get canDelete(): boolean {
        return this.detail ? allows(this.detail, 'delete') : false;
    }

    get deactivateDisabled(): boolean {
        return this.inFlight;
    }

    get history(): {
        key: string;
        action: string;
        status: string;
        changeSetId: string;
        startedAt: string;
        finishedAt: string;
        errors: string;
    }[] {
        return (this.detail?.history ?? []).map((entry) => ({
            key: entry.clientRequestToken,
            action: changeActionLabel(entry.action),
            status: changeStatusLabel(entry),
            changeSetId: entry.changeSetId ?? '',
            startedAt: entry.startedAt,
            finishedAt: entry.finishedAt ?? '',
            errors: parseErrorDetails(entry.errorDetails)
                .map((e) => (e.code ? `${e.code}: ${e.message}` : e.message))
                .join(' '),
        }));
    }

    get hasHistory(): boolean {
        return this.history.length > 0;
    }

    get showStatus(): boolean {
        return !this.hideStatus;
    }

    /** The list, where the user left it. */
    handleBack(): void {
        this.navigate(listPage());
    }

    handleEdit(): void {
        this.openWizard('edit');
    }

    handleClone(): void {
        this.openWizard('clone');
    }

    private openWizard(mode: WizardMode): void {
        if (this.recordId) {
            this.navigate(wizardPage(mode, this.recordId));
        }
    }

    private navigate(page: PageReference, replace = false): void {
        this[NavigationMixin.Navigate](page, replace);
    }

    /**
     * Deletes the draft after confirmation, then the list takes the record page's place in the
     * history (Back does not come back to a record that is gone).
     */
    async handleDelete(): Promise<void> {
        const deleted = await this.runConfirmed(
            confirmDraftDeletion,
            (detail) => deleteDraftResaleAuthorization(detail.recordId),
            deletedLabel,
        );
        if (deleted) {
            this.navigate(listPage(), true);
        }
    }

    async handleDeactivate(): Promise<void> {
        await this.runConfirmed(
            confirmDeactivation,
            async (detail) => {
                this.detail = await deactivateResaleAuthorization(detail.recordId, detail.entityId);
                publishRecordChanged(this.messageContext, detail.recordId, this.sender);
            },
            deactivatedLabel,
        );
    }

    /**
     * An action the user confirms first, one at a time: its success in a toast, or why it
     * failed and the record as it now stands. @returns whether it was done
     */
    private async runConfirmed(
        confirm: (name: string) => Promise<boolean>,
        action: (detail: DetailRecord) => Promise<void>,
        doneLabel: string,
    ): Promise<boolean> {
        const detail = this.detail;
        if (!detail || this.inFlight || !(await confirm(detail.name))) {
            return false;
        }
        this.inFlight = true;
        try {
            await action(detail);
            this.dispatchEvent(new ShowToastEvent({ title: doneLabel, variant: 'success' }));
            return true;
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: formatLabel(actionFailedLabel, reduceErrors(error).join(' ')),
                    variant: 'error',
                }),
            );
            await this.load();
            return false;
        } finally {
            this.inFlight = false;
        }
    }
}
