import { LightningElement, api, wire } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import getCloneSource from '@salesforce/apex/ResaleAuthorizationController.getCloneSource';
import uploadLegalDocument from '@salesforce/apex/ResaleAuthorizationController.uploadLegalDocument';
import {
    FIELD_IDS,
    FIELD_SECTIONS,
    addPaymentRow,
    cloneFormState,
    emptyFormState,
    fieldOfAwsError,
    formLayout,
    fromEntity,
    isFieldId,
    parseErrorDetails,
    parseFormStateJson,
    paymentScheduleTotal,
    productFromRecord,
    productsOfSellerAccount,
    sameSellerAccount,
    removePaymentRow,
    setDimensionPrice,
    toStartChangeSet,
    updatePaymentRow,
    validate,
    withBuyerAccount,
    withFieldValue,
    withLegalDocument,
    withOpportunity,
    withResellerAccount,
} from 'c/raDomain';
import type {
    FormLayout,
    FormState,
    PickedAccount,
    Product,
    ProductRecord,
    ResaleAuthorizationDetail,
    SectionId,
    ValidationProblem,
} from 'c/raDomain';
import {
    Memo,
    applyFieldErrors,
    deleteDraftResaleAuthorization,
    focusFieldIn,
    formatLabel,
    publishResaleAuthorization,
    reduceErrors,
    saveDraftResaleAuthorization,
    todayIsoDate,
    validationMessage,
} from 'c/raUi';
import { LABELS } from './labels';
import { optionsFor } from './options';

type Mode = 'create' | 'edit' | 'clone';
type DocumentField = 'buyerLegalTerms.document' | 'resellerLegalTerms.document';

const SECTION_LABELS: Record<SectionId, string> = {
    productsAndBuyers: LABELS.sectionProductsAndBuyers,
    details: LABELS.sectionDetails,
    contractDuration: LABELS.sectionContractDuration,
    pricing: LABELS.sectionPricing,
    legalTerms: LABELS.sectionLegalTerms,
    dimensions: LABELS.sectionDimensions,
    duration: LABELS.sectionDuration,
    renewals: LABELS.sectionRenewals,
    paymentSchedule: LABELS.sectionPaymentSchedule,
};
const REVIEW_STEP = 'review';

/** `contractDuration.kind` → `contractDurationKind`: the template's name of a field. */
function templateKey(field: string): string {
    return field.replace(/\.(\w)/g, (_whole, letter: string) => letter.toUpperCase());
}

/** The section a field path belongs to (`dimensions.X.rate` → dimensions). */
function sectionOf(field: string): SectionId | null {
    if (isFieldId(field, FIELD_IDS)) {
        return FIELD_SECTIONS[field];
    }
    const head = field.split('.')[0];
    return head === 'dimensions' || head === 'paymentSchedule' ? head : null;
}

/**
 * Create, edit (drafts) and clone a resale authorization. Every section and field shows or hides
 * from the domain's `formLayout`; the domain's `validate` gives every problem, shown on its field
 * when the user leaves it and all at once on submit; publishing saves the draft in Salesforce
 * first, then sends one change set with a token stored beforehand.
 */
export default class ResaleAuthorizationWizard extends LightningElement {
    @api mode: Mode = 'create';
    @api recordId: string | null = null;

    form: FormState = emptyFormState();
    /** The products offered: those of the seller account (all synced ones in allProductRecords). */
    productRecords: ProductRecord[] = [];
    allProductRecords: ProductRecord[] = [];
    /** The seller account the resale authorization is in; set by its picker, or by its source. */
    sellerAccount = '';
    productsError = '';
    isLoading = false;
    loadError = '';
    step: 'form' | 'review' = 'form';
    currentSection: string = 'productsAndBuyers';
    touched: string[] = [];
    submitted = false;
    /** AWS errors of the last attempt: on their field where one matches, else at the top. */
    awsFieldErrors: Record<string, string> = {};
    awsErrors: string[] = [];
    topError = '';
    inFlight = false;
    dirty = false;
    isClone = false;
    /** The Salesforce record once saved (a draft, or before an upload). */
    savedRecordId: string | null = null;
    /**
     * The draft saved only so that a document could be uploaded (its id once saved), until the
     * user saves or publishes: Cancel deletes it, so that no record is left behind.
     */
    private uploadDraft: Promise<string | null> | null = null;
    /** The draft being edited as the server had it: a change AWS has not answered shows. */
    editedDetail: ResaleAuthorizationDetail | null = null;

    readonly labels = LABELS;
    private pendingFocus: string | null = null;
    /**
     * What the template reads, derived from the form: computed once per change of what each
     * depends on, and the same object while equal, so a keystroke re-renders what it changed
     * only (not 60 payment rows, 20 dimensions and every option list).
     */
    private readonly derived = {
        product: new Memo<Product | null>(),
        layout: new Memo<FormLayout>(),
        view: new Memo<Record<string, { visible: boolean; required: boolean }>>(),
        sections: new Memo<Record<string, boolean>>(),
        steps: new Memo<{ value: string; label: string }[]>(),
        options: new Memo<ReturnType<typeof optionsFor>>(),
        fieldErrors: new Memo<Record<string, string>>(),
    };
    /** Not a reactive field: the cache is filled while rendering. */
    private readonly validation: {
        last?: {
            form: FormState;
            productRecords: ProductRecord[];
            today: string;
            problems: ValidationProblem[];
        };
    } = {};
    private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
        if (this.dirty) {
            event.preventDefault();
        }
    };

    @wire(listProducts)
    wiredProducts({ data, error }: { data?: ProductRecord[]; error?: unknown }): void {
        if (data) {
            this.allProductRecords = data;
            this.productRecords = productsOfSellerAccount(data, this.sellerAccount);
            this.productsError = '';
        } else if (error) {
            this.productsError = reduceErrors(error).join(' ');
        }
    }

    connectedCallback(): void {
        this.savedRecordId = this.mode === 'edit' ? this.recordId : null;
        window.addEventListener('beforeunload', this.beforeUnload);
        if (this.mode !== 'create' && this.recordId) {
            this.loadSource(this.recordId);
        }
    }

    disconnectedCallback(): void {
        window.removeEventListener('beforeunload', this.beforeUnload);
    }

    renderedCallback(): void {
        this.showFieldErrors();
        this.focusPendingField();
    }

    private focusPendingField(): void {
        if (this.pendingFocus) {
            const field = this.pendingFocus;
            this.pendingFocus = null;
            this.focusField(field);
        }
    }

    // ----- what the template shows -----

    get title(): string {
        if (this.mode === 'edit') {
            return LABELS.titleEdit;
        }
        return this.mode === 'clone' ? LABELS.titleClone : LABELS.titleCreate;
    }

    get product(): Product | null {
        const { form, productRecords } = this;
        return this.derived.product.get([form.productId, productRecords], () =>
            this.selectedProductFor(form.productId),
        );
    }

    get layout(): FormLayout {
        const { form, product } = this;
        return this.derived.layout.get([form, product], () => formLayout(form, product));
    }

    /** Visibility and requirement of each field, keyed by its template name. */
    get view(): Record<string, { visible: boolean; required: boolean }> {
        const { fields } = this.layout;
        return this.derived.view.get([fields], () =>
            Object.fromEntries(FIELD_IDS.map((id) => [templateKey(id), fields[id]])),
        );
    }

    get sections(): Record<string, boolean> {
        const { sections } = this.layout;
        return this.derived.sections.get([sections], () =>
            Object.fromEntries(sections.map((s) => [s.id, s.visible])),
        );
    }

    get steps(): { value: string; label: string }[] {
        const { sections } = this.layout;
        return this.derived.steps.get([sections], () => [
            ...sections
                .filter((s) => s.visible)
                .map((s) => ({ value: s.id, label: SECTION_LABELS[s.id] })),
            { value: REVIEW_STEP, label: LABELS.sectionReview },
        ]);
    }

    get currentStep(): string {
        return this.step === 'review' ? REVIEW_STEP : this.currentSection;
    }

    get options() {
        const { productRecords, layout } = this;
        const { productId } = this.form;
        return this.derived.options.get([productRecords, layout, productId], () =>
            optionsFor(productRecords, layout, productId),
        );
    }

    get noProducts(): boolean {
        return !this.productsError && this.productRecords.length === 0;
    }

    get isFormStep(): boolean {
        return this.step === 'form' && !this.isLoading && !this.loadError;
    }

    get isReviewStep(): boolean {
        return this.step === 'review';
    }

    get buttonsDisabled(): boolean {
        return this.inFlight || this.isLoading || Boolean(this.loadError);
    }

    /** Today as AWS sees it (UTC): what every date after today is compared with. */
    get today(): string {
        return todayIsoDate();
    }

    /** Help of the date fields: dates are compared with today in UTC, shown as such. */
    get datesInUtcHelp(): string {
        return formatLabel(LABELS.datesInUtc, this.today);
    }

    /**
     * Every problem of the form. A render reads it through several getters; it is validated
     * once per form, product list and day.
     */
    get problems(): ValidationProblem[] {
        const { form, productRecords, today } = this;
        const cached = this.validation.last;
        if (
            cached &&
            cached.form === form &&
            cached.productRecords === productRecords &&
            cached.today === today
        ) {
            return cached.problems;
        }
        const problems = validate(form, this.product, today, { purpose: 'publish' });
        this.validation.last = { form, productRecords, today, problems };
        return problems;
    }

    /** The message shown on each field: domain problems once touched or submitted, AWS errors. */
    get fieldErrors(): Record<string, string> {
        const { awsFieldErrors, problems, submitted, touched } = this;
        return this.derived.fieldErrors.get([awsFieldErrors, problems, submitted, touched], () => {
            const errors: Record<string, string> = { ...awsFieldErrors };
            for (const problem of problems) {
                const shown =
                    submitted ||
                    touched.includes(problem.field) ||
                    touched.some((t) => problem.field.startsWith(`${t}.`));
                if (shown && !(problem.field in errors)) {
                    errors[problem.field] = validationMessage(problem);
                }
            }
            return errors;
        });
    }

    get problemSummary(): string {
        const count = this.submitted ? this.problems.length : 0;
        return count > 0 ? formatLabel(LABELS.fixProblems, count) : '';
    }

    get paymentTotal(): string {
        return paymentScheduleTotal(this.form);
    }

    get cloneNeedsDocuments(): boolean {
        return (
            this.isClone &&
            Boolean(
                this.form.buyerLegalTerms.document?.mustUploadAgain ||
                this.form.resellerLegalTerms.document?.mustUploadAgain,
            )
        );
    }

    get buyerDocumentError(): string {
        return this.fieldErrors['buyerLegalTerms.document'] ?? '';
    }

    get resellerDocumentError(): string {
        return this.fieldErrors['resellerLegalTerms.document'] ?? '';
    }

    /** The Account the reseller was picked from, for its picker. */
    get resellerAccountRecordId(): string | null {
        return this.form.resellerAccountRecordId || null;
    }

    get opportunityRecordId(): string | null {
        return this.form.opportunityRecordId || null;
    }

    get uploadRecordId(): string | null {
        return this.savedRecordId;
    }

    get changeList(): { key: string; text: string }[] {
        const product = this.product;
        if (!product) {
            return [];
        }
        const request = toStartChangeSet(this.form, product, {
            intent: 'publish',
            clientRequestToken: 'review',
        });
        const labels = LABELS as Record<string, string>;
        return (request.ChangeSet ?? []).map((change, index) => ({
            key: `${index}`,
            text: labels[`change${change.ChangeType ?? ''}`] ?? change.ChangeType ?? '',
        }));
    }

    // ----- loading the resale authorization to edit or clone -----

    private async loadSource(recordId: string): Promise<void> {
        this.isLoading = true;
        try {
            if (this.mode === 'edit') {
                this.loadError = this.applyEditSource(await getResaleAuthorization({ recordId }));
            } else {
                const source = await getCloneSource({ recordId });
                this.useSellerAccount(source.sellerAccount);
                const stored = parseFormStateJson(source.formStateJson);
                if (stored) {
                    this.form = cloneFormState(stored);
                } else if (source.entityDetailsJson) {
                    this.form = fromEntity(JSON.parse(source.entityDetailsJson));
                } else {
                    this.loadError = LABELS.unreadable;
                }
                this.isClone = true;
            }
        } catch (error) {
            this.loadError = formatLabel(LABELS.loadFailed, reduceErrors(error).join(' '));
        } finally {
            this.isLoading = false;
        }
    }

    /** Its seller account, whose products the product picker offers. */
    private useSellerAccount(sellerAccount: string | null | undefined): void {
        this.sellerAccount = sellerAccount ?? '';
        this.productRecords = productsOfSellerAccount(this.allProductRecords, this.sellerAccount);
    }

    /** A draft AWS may know stays in its seller account (clone it into another). */
    get sellerAccountLocked(): boolean {
        const detail = this.editedDetail;
        return Boolean(
            detail && (detail.entityId || detail.changeSetId || detail.history.length > 0),
        );
    }

    /**
     * Another seller account: its products are offered, and the product chosen goes when the
     * user changed the account, or when it is another account's (a clone moved to an account
     * the user may use).
     */
    handleSellerAccountChange(
        event: CustomEvent<{ sellerAccount: string; chosenByUser: boolean }>,
    ): void {
        this.useSellerAccount(event.detail.sellerAccount);
        const { productId } = this.form;
        const ofAnotherAccount = this.allProductRecords.some(
            (product) =>
                product.productId === productId &&
                !sameSellerAccount(product.sellerAccount, this.sellerAccount),
        );
        if (productId && (event.detail.chosenByUser || ofAnotherAccount)) {
            this.update(withFieldValue(this.form, 'productId', '', null), 'productId');
        }
    }

    /** The change AWS had not answered was sent again: the record view takes over. */
    handleUnansweredSent(event: CustomEvent<ResaleAuthorizationDetail>): void {
        this.dispatchEvent(
            new CustomEvent('saved', { detail: { recordId: event.detail.recordId } }),
        );
    }

    /** The change never sent was discarded: the draft stays open, free to edit and publish. */
    handleUnansweredDiscarded(event: CustomEvent<ResaleAuthorizationDetail>): void {
        this.editedDetail = event.detail;
    }

    /** Opens a draft for editing; the reason when it cannot be edited here. */
    private applyEditSource(detail: ResaleAuthorizationDetail): string {
        if (detail.entityStatus === 'Active' || detail.entityStatus === 'Restricted') {
            return LABELS.notEditable;
        }
        this.editedDetail = detail;
        this.useSellerAccount(detail.sellerAccount);
        const stored = parseFormStateJson(detail.formStateJson);
        if (!stored) {
            return LABELS.unreadable;
        }
        this.form = stored;
        this.showAwsErrors(detail);
        return '';
    }

    /** Puts the errors AWS reported on the fields they concern; the rest go to the top. */
    private showAwsErrors(detail: ResaleAuthorizationDetail): void {
        const fieldErrors: Record<string, string> = {};
        const unmatched: string[] = [];
        for (const error of parseErrorDetails(detail.errorDetails)) {
            const text = error.code ? `${error.message} (${error.code})` : error.message;
            const field = fieldOfAwsError(error.code);
            if (field && !(field in fieldErrors)) {
                fieldErrors[field] = text;
            } else {
                unmatched.push(text);
            }
        }
        this.awsFieldErrors = fieldErrors;
        this.awsErrors = unmatched;
        const first = Object.keys(fieldErrors)[0];
        if (first) {
            this.pendingFocus = first;
        }
    }

    // ----- editing -----

    private update(form: FormState, field: string): void {
        this.form = form;
        this.dirty = true;
        if (field in this.awsFieldErrors) {
            this.awsFieldErrors = Object.fromEntries(
                Object.entries(this.awsFieldErrors).filter(([key]) => key !== field),
            );
        }
    }

    private selectedProductFor(productId: string): Product | null {
        return productFromRecord(this.productRecords.find((p) => p.productId === productId));
    }

    handleFieldChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        const target = event.target as HTMLElement & { type?: string };
        const field = target.dataset.field;
        if (!isFieldId(field, FIELD_IDS)) {
            return;
        }
        const isToggle = target.type === 'toggle' || target.type === 'checkbox';
        const value = isToggle ? Boolean(event.detail.checked) : (event.detail.value ?? '');
        const product =
            field === 'productId' ? this.selectedProductFor(String(value)) : this.product;
        this.update(withFieldValue(this.form, field, value, product), field);
    }

    /** An Account picked as the reseller: its AWS account id is the reseller's. */
    handleResellerPick(event: CustomEvent<PickedAccount | null>): void {
        this.update(withResellerAccount(this.form, event.detail), 'resellerAccountId');
        this.markTouched('resellerAccountId');
    }

    /** An Account picked as a buyer: its AWS account id joins the buyers. */
    handleBuyerPick(event: CustomEvent<PickedAccount | null>): void {
        if (event.detail) {
            this.update(
                withBuyerAccount(this.form, event.detail.awsAccountId),
                'buyerAccountsText',
            );
            this.markTouched('buyerAccountsText');
        }
    }

    handleOpportunityChange(event: CustomEvent<{ recordId?: string | null }>): void {
        this.update(
            withOpportunity(this.form, event.detail.recordId ?? null),
            'opportunityRecordId',
        );
    }

    handleFieldBlur(event: FocusEvent): void {
        this.markTouched((event.target as HTMLElement).dataset.field);
    }

    handleChildBlur(event: CustomEvent<{ field?: string }>): void {
        this.markTouched(event.detail.field);
    }

    private markTouched(field: string | undefined): void {
        if (field && !this.touched.includes(field)) {
            this.touched = [...this.touched, field];
            // Leaving a field changes nothing the template shows: show its problem now.
            this.showFieldErrors();
        }
    }

    handleFocusIn(event: FocusEvent): void {
        const section = (event.target as HTMLElement).closest?.('[data-section]');
        const id = section instanceof HTMLElement ? section.dataset.section : undefined;
        if (id) {
            this.currentSection = id;
        }
    }

    handleDimensionChange(
        event: CustomEvent<{ key: string; field: 'rate' | 'quantity'; value: string }>,
    ): void {
        const { key, field, value } = event.detail;
        this.update(
            setDimensionPrice(this.form, key, { [field]: value }),
            `dimensions.${key}.${field}`,
        );
    }

    handlePaymentChange(
        event: CustomEvent<{ index: number; field: 'chargeDate' | 'amount'; value: string }>,
    ): void {
        const { index, field, value } = event.detail;
        this.update(
            updatePaymentRow(this.form, index, { [field]: value }),
            `paymentSchedule.${index}.${field}`,
        );
    }

    handlePaymentAdd(): void {
        this.update(addPaymentRow(this.form), 'paymentSchedule');
    }

    handlePaymentRemove(event: CustomEvent<{ index: number }>): void {
        this.update(removePaymentRow(this.form, event.detail.index), 'paymentSchedule');
    }

    /** A file was uploaded to Salesforce: copy it to the seller's S3 bucket for the legal terms. */
    async handleDocumentUpload(
        event: CustomEvent<{ field: DocumentField; contentDocumentId: string }>,
    ): Promise<void> {
        const { field, contentDocumentId } = event.detail;
        this.topError = '';
        this.inFlight = true;
        try {
            const recordId = await this.ensureSaved();
            const uploaded = await uploadLegalDocument({ recordId, contentDocumentId });
            this.update(
                withLegalDocument(this.form, field, {
                    url: uploaded.url,
                    fileName: uploaded.fileName,
                    mustUploadAgain: false,
                }),
                field,
            );
        } catch (error) {
            this.topError = formatLabel(LABELS.uploadFailed, reduceErrors(error).join(' '));
        } finally {
            this.inFlight = false;
        }
    }

    // ----- errors on the fields -----

    private showFieldErrors(): void {
        applyFieldErrors(this.template, this.fieldErrors);
    }

    /** Moves the focus to a field, whichever component renders it. */
    private focusField(field: string): void {
        const section = sectionOf(field);
        if (section) {
            this.currentSection = section;
        }
        if (focusFieldIn(this.template, field)) {
            return;
        }
        const child = this.template?.querySelector<
            HTMLElement & { focusField?: (f: string) => void }
        >(`[data-owns="${field.split('.')[0]}"]`);
        child?.focusField?.(field);
    }

    /** Shows every problem; false (and the focus on the first) when there is one. */
    private checkAll(problems: readonly ValidationProblem[]): boolean {
        this.submitted = true;
        const first = problems[0];
        if (!first) {
            return true;
        }
        this.step = 'form';
        this.pendingFocus = first.field;
        // When nothing on screen changes (a second Review), no render comes to move the focus:
        // after any render this click caused, the focus moves all the same.
        Promise.resolve().then(() => this.focusPendingField());
        return false;
    }

    // ----- actions -----

    handleReview(): void {
        if (this.checkAll(this.problems)) {
            this.step = 'review';
        }
    }

    handleBack(): void {
        this.step = 'form';
    }

    async handleSaveDraft(): Promise<void> {
        if (this.inFlight) {
            return;
        }
        const problems = validate(this.form, this.product, this.today, { purpose: 'draft' }).filter(
            (p) => p.field === 'name' || p.field === 'productId',
        );
        if (!this.checkAll(problems)) {
            return;
        }
        this.inFlight = true;
        this.topError = '';
        this.keepUploadDraft();
        try {
            const saved = await saveDraftResaleAuthorization(
                this.form,
                this.product,
                this.savedRecordId,
                this.sellerAccount || null,
            );
            this.savedRecordId = saved.recordId;
            this.dirty = false;
            this.toast(LABELS.draftSaved, 'success');
            this.dispatchEvent(new CustomEvent('saved', { detail: { recordId: saved.recordId } }));
        } catch (error) {
            this.topError = formatLabel(LABELS.saveFailed, reduceErrors(error).join(' '));
        } finally {
            this.inFlight = false;
        }
    }

    async handlePublish(): Promise<void> {
        // The flag is set before the first await: a second click finds it set.
        if (this.inFlight) {
            return;
        }
        const product = this.product;
        if (!product || !this.checkAll(this.problems)) {
            return;
        }
        this.inFlight = true;
        this.topError = '';
        this.awsErrors = [];
        this.awsFieldErrors = {};
        this.keepUploadDraft();
        try {
            const detail = await publishResaleAuthorization(
                this.form,
                product,
                this.savedRecordId,
                (recordId) => {
                    this.savedRecordId = recordId;
                },
                this.sellerAccount || null,
            );
            this.savedRecordId = detail.recordId;
            if (detail.errorDetails) {
                // The server keeps AWS refusals and retryable failures on the record instead of
                // throwing, so the token and the error survive: show them and let the user retry.
                const reasons = parseErrorDetails(detail.errorDetails).map((e) => e.message);
                this.topError = formatLabel(LABELS.publishFailed, reasons.join(' '));
                this.showAwsErrors(detail);
                // A message the top already says in full (no answer: no code) is not listed twice.
                const said = new Set(reasons);
                this.awsErrors = this.awsErrors.filter((text) => !said.has(text));
                if (Object.keys(this.awsFieldErrors).length > 0) {
                    this.step = 'form';
                }
                return;
            }
            this.dirty = false;
            this.toast(LABELS.published, 'success');
            this.dispatchEvent(new CustomEvent('saved', { detail: { recordId: detail.recordId } }));
        } catch (error) {
            this.topError = formatLabel(LABELS.publishFailed, reduceErrors(error).join(' '));
            await this.loadAwsErrors();
        } finally {
            this.inFlight = false;
        }
    }

    /** After a refused publish, the stored AWS error details say which fields to fix. */
    private async loadAwsErrors(): Promise<void> {
        if (!this.savedRecordId) {
            return;
        }
        try {
            const detail = await getResaleAuthorization({ recordId: this.savedRecordId });
            this.showAwsErrors(detail);
            if (Object.keys(this.awsFieldErrors).length > 0) {
                this.step = 'form';
            }
        } catch {
            // The message at the top already says what happened.
        }
    }

    /** The record an upload belongs to: saved now (an upload draft) when the user has not. */
    private async ensureSaved(): Promise<string> {
        if (this.savedRecordId) {
            return this.savedRecordId;
        }
        const saving = saveDraftResaleAuthorization(
            this.form,
            this.product,
            null,
            this.sellerAccount || null,
        ).then((saved) => saved.recordId);
        this.uploadDraft = saving.catch(() => null);
        const recordId = await saving;
        this.savedRecordId = recordId;
        return recordId;
    }

    /** The user saves or publishes: the record is theirs from now on, Cancel keeps it. */
    private keepUploadDraft(): void {
        this.uploadDraft = null;
    }

    /** Cancel before the user ever saved: the draft saved only for an upload goes too. */
    private async deleteUploadDraft(): Promise<void> {
        const saving = this.uploadDraft;
        this.uploadDraft = null;
        const recordId = saving ? await saving : null;
        if (!recordId) {
            return;
        }
        try {
            await deleteDraftResaleAuthorization(recordId);
        } catch (error) {
            this.toast(formatLabel(LABELS.uploadDraftKept, reduceErrors(error).join(' ')), 'error');
        }
    }

    async handleCancel(): Promise<void> {
        if (this.dirty) {
            const leave = await LightningConfirm.open({
                label: LABELS.discardTitle,
                message: LABELS.discardMessage,
                theme: 'warning',
            });
            if (!leave) {
                return;
            }
        }
        this.dirty = false;
        await this.deleteUploadDraft();
        this.dispatchEvent(new CustomEvent('close'));
    }

    private toast(title: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant }));
    }
}
