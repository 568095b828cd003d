import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextValue, MessageSubscription } from 'lightning/messageService';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import {
    LOCAL_DRAFT,
    canDelete,
    parseErrorDetails,
    parseFormStateJson,
    productFromRecord,
    sellerAccountOf,
} from 'c/raDomain';
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
} from 'c/raUi';
import { listPage, wizardPage } from 'c/raNavigation';
import type { PageReference, WizardMode } from 'c/raNavigation';
import {
    newSender,
    publishRecordChanged,
    subscribeToRecordChanges,
    unsubscribeFromRecordChanges,
} from 'c/raRecordChannel';
import productLabel from '@salesforce/label/c.RA_Field_Product';
import resellerLabel from '@salesforce/label/c.RA_Field_ResellerAccount';
import sellerAccountLabel from '@salesforce/label/c.RA_Field_SellerAccount';
import expiryLabel from '@salesforce/label/c.RA_Field_ExpiryDate';
import modifiedLabel from '@salesforce/label/c.RA_Field_LastModified';
import editLabel from '@salesforce/label/c.RA_Action_Edit';
import cloneLabel from '@salesforce/label/c.RA_Action_Clone';
import deactivateLabel from '@salesforce/label/c.RA_Action_Deactivate';
import deactivatedLabel from '@salesforce/label/c.RA_Deactivate_Sent';
import deleteLabel from '@salesforce/label/c.RA_Action_Delete';
import deletedLabel from '@salesforce/label/c.RA_Delete_Done';
import actionFailedLabel from '@salesforce/label/c.RA_Action_Failed';
import loadFailedLabel from '@salesforce/label/c.RA_Wizard_LoadFailed';
import loadingLabel from '@salesforce/label/c.RA_List_Loading';
import { LABELS } from './labels';

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
        this.isLoading = true;
        try {
            const detail = await getResaleAuthorization({ recordId });
            if (recordId === this.recordId) {
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

    get canEdit(): boolean {
        const detail = this.detail;
        return Boolean(
            detail &&
            detail.entityStatus !== 'Active' &&
            detail.entityStatus !== 'Restricted' &&
            (detail.displayStatus === LOCAL_DRAFT ||
                detail.displayStatus === 'Draft' ||
                detail.displayStatus === 'FAILED'),
        );
    }

    get canDeactivate(): boolean {
        const status = this.detail?.changeSetStatus;
        return (
            this.detail?.entityStatus === 'Active' &&
            status !== 'PREPARING' &&
            status !== 'APPLYING'
        );
    }

    /** A draft AWS never heard of: its change history is known here, so the rule is exact. */
    get canDelete(): boolean {
        const detail = this.detail;
        return detail ? canDelete(detail) : false;
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
