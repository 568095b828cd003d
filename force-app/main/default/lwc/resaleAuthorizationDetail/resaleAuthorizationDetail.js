import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import { MANAGEMENT_PORTAL_PARTNERS_URL, allows, parseErrorDetails, parseFormStateJson, productFromRecord, storedLegalDocuments, validate, } from 'c/raDomain';
import { legalDocumentHref } from 'c/raDocumentLink';
import { changeActionLabel, changeStatusLabel, confirmDeactivation, confirmDraftDeletion, deactivateResaleAuthorization, deleteDraftResaleAuthorization, formatLabel, reduceErrors, todayIsoDate, validationMessage, } from 'c/raUi';
import { LABELS } from './labels';
const { productLabel, resellerLabel, expiryLabel, modifiedLabel, editLabel, cloneLabel, deactivateLabel, deactivatedLabel, deleteLabel, deletedLabel, actionFailedLabel, loadFailedLabel, loadingLabel, } = LABELS;
/**
 * The record view: every term of a resale authorization in plain words, where its latest change
 * stands (with Refresh status), its change history, and Edit / Clone / Deactivate / Delete.
 */
export default class ResaleAuthorizationDetail extends LightningElement {
    @api
    recordId = null;
    detail = null;
    productRecords = [];
    isLoading = false;
    loadError = '';
    inFlight = false;
    labels = {
        ...LABELS,
        product: productLabel,
        reseller: resellerLabel,
        expiry: expiryLabel,
        modified: modifiedLabel,
        edit: editLabel,
        clone: cloneLabel,
        deactivate: deactivateLabel,
        delete: deleteLabel,
        loading: loadingLabel,
    };
    @wire(listProducts)
    wiredProducts({ data }) {
        if (data) {
            this.productRecords = data;
        }
    }
    connectedCallback() {
        this.load();
    }
    async load() {
        if (!this.recordId) {
            return;
        }
        this.isLoading = true;
        try {
            this.detail = await getResaleAuthorization({ recordId: this.recordId });
            this.loadError = '';
        }
        catch (error) {
            this.loadError = formatLabel(loadFailedLabel, reduceErrors(error).join(' '));
        }
        finally {
            this.isLoading = false;
        }
    }
    get title() {
        return this.detail?.name ?? '';
    }
    get form() {
        return parseFormStateJson(this.detail?.formStateJson);
    }
    get product() {
        return productFromRecord(this.productRecords.find((p) => p.productId === this.detail?.productId));
    }
    get productText() {
        const detail = this.detail;
        return detail ? `${detail.productTitle ?? detail.productId} (${detail.productId})` : '';
    }
    /**
     * What a draft still needs before it can be published (a draft keeps what is incomplete):
     * the problems publishing would find, once the product is known.
     */
    get publishNeeds() {
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
    get documents() {
        const form = this.form;
        return form
            ? storedLegalDocuments(form).map((document) => ({
                key: document.kind,
                text: formatLabel(LABELS.documentOf, document.fileName, document.kind === 'buyer' ? LABELS.customEula : LABELS.customResellerContract),
                href: legalDocumentHref(document.url),
            }))
            : [];
    }
    get hasDocuments() {
        return this.documents.length > 0;
    }
    /** Where the resale authorization is on AWS's side, once AWS has it. */
    get portalUrl() {
        return this.detail?.entityId ? MANAGEMENT_PORTAL_PARTNERS_URL : '';
    }
    get hasPublishNeeds() {
        return this.publishNeeds.length > 0;
    }
    get canEdit() {
        return this.detail ? allows(this.detail, 'edit') : false;
    }
    get canDeactivate() {
        return this.detail ? allows(this.detail, 'deactivate') : false;
    }
    /** A draft AWS never heard of: its change history is known here, so the rule is exact. */
    get canDelete() {
        return this.detail ? allows(this.detail, 'delete') : false;
    }
    get deactivateDisabled() {
        return this.inFlight;
    }
    get history() {
        return (this.detail?.history ?? []).map((entry) => ({
            key: entry.clientRequestToken,
            action: changeActionLabel(entry.action),
            status: changeStatusLabel(entry.status),
            changeSetId: entry.changeSetId ?? '',
            startedAt: entry.startedAt,
            finishedAt: entry.finishedAt ?? '',
            errors: parseErrorDetails(entry.errorDetails)
                .map((e) => (e.code ? `${e.code}: ${e.message}` : e.message))
                .join(' '),
        }));
    }
    get hasHistory() {
        return this.history.length > 0;
    }
    handleStatusChange() {
        this.load();
    }
    handleBack() {
        this.dispatchEvent(new CustomEvent('close'));
    }
    handleEdit() {
        this.dispatchEvent(new CustomEvent('edit', { detail: { recordId: this.recordId } }));
    }
    handleClone() {
        this.dispatchEvent(new CustomEvent('clone', { detail: { recordId: this.recordId } }));
    }
    /** Deletes the draft after confirmation, then back to the list. */
    async handleDelete() {
        const deleted = await this.runConfirmed(confirmDraftDeletion, (detail) => deleteDraftResaleAuthorization(detail.recordId), deletedLabel);
        if (deleted) {
            this.dispatchEvent(new CustomEvent('close'));
        }
    }
    async handleDeactivate() {
        await this.runConfirmed(confirmDeactivation, async (detail) => {
            this.detail = await deactivateResaleAuthorization(detail.recordId, detail.entityId);
        }, deactivatedLabel);
    }
    /**
     * An action the user confirms first, one at a time: its success in a toast, or why it
     * failed and the record as it now stands. @returns whether it was done
     */
    async runConfirmed(confirm, action, doneLabel) {
        const detail = this.detail;
        if (!detail || this.inFlight || !(await confirm(detail.name))) {
            return false;
        }
        this.inFlight = true;
        try {
            await action(detail);
            this.dispatchEvent(new ShowToastEvent({ title: doneLabel, variant: 'success' }));
            return true;
        }
        catch (error) {
            this.dispatchEvent(new ShowToastEvent({
                title: formatLabel(actionFailedLabel, reduceErrors(error).join(' ')),
                variant: 'error',
            }));
            await this.load();
            return false;
        }
        finally {
            this.inFlight = false;
        }
    }
}
