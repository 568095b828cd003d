import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import getCloneSource from '@salesforce/apex/ResaleAuthorizationController.getCloneSource';
import uploadLegalDocument from '@salesforce/apex/ResaleAuthorizationController.uploadLegalDocument';
import {
    addPaymentRow,
    allows,
    isReleasedOnAws,
    cloneSourceForm,
    draftProblems,
    emptyFormState,
    fieldOfAwsError,
    formLayout,
    isFieldShown,
    parseErrorDetails,
    parseFormStateJson,
    productFromRecord,
    productsOfSellerAccount,
    sameSellerAccount,
    removePaymentRow,
    sectionOfField,
    validate,
    withBuyerAccount,
    withFieldEdit,
    withLegalDocument,
    withOpportunity,
    withRecordLookups,
    withResellerAccount,
} from 'c/raDomain';
import type {
    FieldValue,
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
    confirmAction,
    deleteDraftResaleAuthorization,
    formatDecimal,
    formatLabel,
    pluralLabel,
    publishResaleAuthorization,
    reduceErrors,
    saveDraftResaleAuthorization,
    todayIsoDate,
    validationMessage,
} from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import type { ProgressStep } from 'c/raProgress';
import { LABELS } from './labels';

type Mode = 'create' | 'edit' | 'clone';
/** Which problems the wizard lists: none yet, what publishing needs, what keeps a draft. */
type ListedProblems = 'none' | 'publish' | 'draft';

/** A problem in the wizard's list: where it is, what it says, the field it focuses. */
interface ListedProblem {
    key: string;
    text: string;
    field: string;
}
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
/** No problem listed (the same array each time it is read). */
const NO_PROBLEMS: ValidationProblem[] = [];
/** The focus request of the problem list, when the first problem has no field on screen. */
const PROBLEM_SUMMARY_FOCUS = 'problem-summary';

/**
 * Create, edit (drafts) and clone a resale authorization: the flow and the form's state. Each
 * section is a component of its own that draws its fields from the domain's `formLayout`; their
 * inputs send `fieldchange` and `fieldblur` up to here. The domain's `validate` gives every
 * problem, shown on its field when the user leaves it and all at once on submit; publishing saves
 * the draft in Salesforce first, then sends one change set with a token stored beforehand.
 */
export default class ResaleAuthorizationWizard extends LightningElement {
    @api mode: Mode = 'create';
    @api recordId: string | null = null;
    /** A clone that renews its source: the expiry date moves forward (`renewalFormState`). */
    @api renew = false;

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
    /** Set by Review and Publish (what publishing needs) and by a refused Save as draft. */
    listed: ListedProblems = 'none';
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
    /** Whether the wizard has shown its first screen, and given its title the focus. */
    private opened = false;
    /** The field whose input takes the focus next (a problem to fix), passed to the sections. */
    focusRequest: FocusRequest | null = null;
    private focusToken = 0;
    /**
     * What the template reads, derived from the form: computed once per change of what each
     * depends on, and the same object while equal, so a keystroke re-renders what it changed
     * only (not 60 payment rows, 20 dimensions and every option list).
     */
    private readonly derived = {
        product: new Memo<Product | null>(),
        layout: new Memo<FormLayout>(),
        sections: new Memo<Record<string, boolean>>(),
        progressSteps: new Memo<ProgressStep[]>(),
        draftProblems: new Memo<ValidationProblem[]>(),
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
        // Opened (and loaded): the focus goes to the title, not the page behind it.
        if (!this.opened && !this.isLoading) {
            this.opened = true;
            this.template?.querySelector<HTMLElement>('[data-id="wizard-title"]')?.focus();
        }
    }

    // ----- what the template shows -----

    get title(): string {
        if (this.mode === 'edit') {
            return LABELS.titleEdit;
        }
        if (this.mode === 'clone') {
            return this.renew ? LABELS.titleRenew : LABELS.titleClone;
        }
        return LABELS.titleCreate;
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

    get sections(): Record<string, boolean> {
        const { sections } = this.layout;
        return this.derived.sections.get([sections], () =>
            Object.fromEntries(sections.map((s) => [s.id, s.visible])),
        );
    }

    /** The name of each section, by id: the headings of the form. */
    get sectionLabels(): Record<SectionId, string> {
        return SECTION_LABELS;
    }

    /**
     * The steps: every section the form shows, complete when publishing would find no problem
     * in it, then Review.
     */
    get progressSteps(): ProgressStep[] {
        const { sections } = this.layout;
        const problems = this.problems;
        return this.derived.progressSteps.get([sections, problems], () => [
            ...sections
                .filter((section) => section.visible)
                .map((section) => ({
                    id: section.id,
                    label: SECTION_LABELS[section.id],
                    complete: !problems.some((p) => sectionOfField(p.field) === section.id),
                })),
            { id: REVIEW_STEP, label: LABELS.sectionReview, complete: false },
        ]);
    }

    get currentStep(): string {
        return this.step === 'review' ? REVIEW_STEP : this.currentSection;
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

    /**
     * The problems the wizard lists, all of them: Review's, or a refused draft's. The same array
     * while they are the same (the field errors and the steps derive from it).
     */
    get listedProblems(): ValidationProblem[] {
        if (this.listed === 'publish') {
            return this.problems;
        }
        const { form } = this;
        return this.listed === 'draft'
            ? this.derived.draftProblems.get([form], () => draftProblems(form))
            : NO_PROBLEMS;
    }

    /**
     * The message shown on each field: AWS errors, the listed problems, and the problems of
     * the fields the user has left.
     */
    get fieldErrors(): Record<string, string> {
        const { awsFieldErrors, listedProblems, problems, touched } = this;
        return this.derived.fieldErrors.get(
            [awsFieldErrors, listedProblems, problems, touched],
            () => {
                const errors: Record<string, string> = { ...awsFieldErrors };
                const left = problems.filter(
                    (problem) =>
                        touched.includes(problem.field) ||
                        touched.some((t) => problem.field.startsWith(`${t}.`)),
                );
                for (const problem of [...listedProblems, ...left]) {
                    if (!(problem.field in errors)) {
                        errors[problem.field] = validationMessage(problem);
                    }
                }
                return errors;
            },
        );
    }

    /** How many problems there are to fix, in the user's words ("Fix this problem first:"). */
    get problemSummary(): string {
        const count = this.listedProblems.length;
        if (count === 0) {
            return '';
        }
        const label = pluralLabel(count, {
            one: LABELS.fixProblemsOne,
            other: LABELS.fixProblemsOther,
        });
        return formatLabel(label, formatDecimal(String(count)));
    }

    /**
     * Every listed problem, with where it is: the summary lists them all, those of a field the
     * form does not show too (a choice the product no longer offers, a whole table), each
     * focusing its field.
     */
    get problemList(): ListedProblem[] {
        return this.listedProblems.map((problem, index) => {
            const where = this.problemPlace(problem.field);
            const message = validationMessage(problem);
            return {
                key: `${index}-${problem.field}-${problem.code}`,
                text: where ? formatLabel(LABELS.problemAt, where, message) : message,
                field: problem.field,
            };
        });
    }

    /** Where a field is, in the user's words: its section, and the row of a table. */
    private problemPlace(field: string): string {
        const section = sectionOfField(field);
        if (!section) {
            return '';
        }
        const name = SECTION_LABELS[section];
        const price = /^dimensions\.(.+)\.(rate|quantity)$/.exec(field);
        const dimension = this.layout.dimensions.find((d) => d.dimension.key === price?.[1]);
        if (dimension) {
            return `${name} – ${dimension.dimension.name}`;
        }
        const payment = /^paymentSchedule\.(\d+)\./.exec(field);
        return payment
            ? `${name} – ${formatLabel(LABELS.paymentNumber, Number(payment[1]) + 1)}`
            : name;
    }

    get isRenewal(): boolean {
        return this.isClone && this.renew && !this.loadError;
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

    get uploadRecordId(): string | null {
        return this.savedRecordId;
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
                const form = cloneSourceForm(source, this.renew ? { today: this.today } : null);
                if (form) {
                    this.form = form;
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
            this.update(withFieldEdit(this.form, 'productId', '', null), 'productId');
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
        if (!allows(detail, 'edit')) {
            // Released on AWS (clone it), or a change set is with AWS (wait until it finishes).
            return isReleasedOnAws(detail)
                ? LABELS.notEditable
                : formatLabel(LABELS.changeWithAws, detail.changeSetStatus ?? '');
        }
        this.editedDetail = detail;
        this.useSellerAccount(detail.sellerAccount);
        const stored = parseFormStateJson(detail.formStateJson);
        if (!stored) {
            return LABELS.unreadable;
        }
        this.form = withRecordLookups(stored, detail);
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
            this.requestFocus(first);
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

    /** A section's input changed: the form with its new value. */
    handleFieldChange(event: CustomEvent<{ field: string; value: FieldValue }>): void {
        event.stopPropagation();
        const { field, value } = event.detail;
        const product =
            field === 'productId' ? this.selectedProductFor(String(value)) : this.product;
        this.update(withFieldEdit(this.form, field, value, product), field);
    }

    /** An Account picked as the reseller: its AWS account id is the reseller's. */
    handleResellerPick(event: CustomEvent<PickedAccount | null>): void {
        event.stopPropagation();
        this.update(withResellerAccount(this.form, event.detail), 'resellerAccountId');
        this.markTouched('resellerAccountId');
    }

    /** An Account picked as a buyer: its AWS account id joins the buyers. */
    handleBuyerPick(event: CustomEvent<PickedAccount>): void {
        event.stopPropagation();
        this.update(withBuyerAccount(this.form, event.detail.awsAccountId), 'buyerAccountsText');
        this.markTouched('buyerAccountsText');
    }

    handleOpportunityChange(event: CustomEvent<{ recordId: string | null }>): void {
        event.stopPropagation();
        this.update(withOpportunity(this.form, event.detail.recordId), 'opportunityRecordId');
    }

    /** The user left a field: its problem shows from now on. */
    handleFieldBlur(event: CustomEvent<{ field?: string }>): void {
        event.stopPropagation();
        this.markTouched(event.detail.field);
    }

    private markTouched(field: string | undefined): void {
        if (field && !this.touched.includes(field)) {
            this.touched = [...this.touched, field];
        }
    }

    handleFocusIn(event: FocusEvent): void {
        const section = (event.target as HTMLElement).closest?.('[data-section]');
        const id = section instanceof HTMLElement ? section.dataset.section : undefined;
        if (id) {
            this.currentSection = id;
        }
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
        event.stopPropagation();
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

    // ----- focus -----

    /** Moves the focus to a field's input, whichever section draws it. */
    private requestFocus(field: string): void {
        const section = sectionOfField(field);
        if (section) {
            this.currentSection = section;
        }
        this.focusToken += 1;
        this.focusRequest = { field, token: this.focusToken };
        if (field === PROBLEM_SUMMARY_FOCUS) {
            // Once the render this causes is over: the list shows then.
            Promise.resolve().then(() =>
                this.template?.querySelector<HTMLElement>('[data-id="problem-summary"]')?.focus(),
            );
        }
    }

    /**
     * Lists every problem of a kind; false when there is one, the focus then on the first: its
     * field when the form shows it, else the list.
     */
    private checkAll(kind: Exclude<ListedProblems, 'none'>): boolean {
        this.listed = kind;
        const first = this.listedProblems[0];
        if (!first) {
            return true;
        }
        this.step = 'form';
        this.requestFocus(
            isFieldShown(this.layout, first.field) ? first.field : PROBLEM_SUMMARY_FOCUS,
        );
        return false;
    }

    /** A problem of the list was chosen: its field takes the focus. */
    handleProblemSelect(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.problemField;
        if (field) {
            this.requestFocus(field);
        }
    }

    // ----- actions -----

    handleReview(): void {
        if (this.checkAll('publish')) {
            this.step = 'review';
            this.focusHeading(REVIEW_STEP);
        }
    }

    handleBack(): void {
        this.step = 'form';
        this.focusHeading(this.currentSection);
    }

    /** A step was chosen: its section's heading takes the focus; Review reviews. */
    handleStepSelect(event: CustomEvent<{ step: string }>): void {
        const step = event.detail.step;
        if (step === REVIEW_STEP) {
            this.handleReview();
            return;
        }
        this.step = 'form';
        this.currentSection = step;
        this.focusHeading(step);
    }

    /** Once the render under way is over, the heading of a section (or of Review) takes the focus. */
    private focusHeading(id: string): void {
        Promise.resolve().then(() =>
            this.template?.querySelector<HTMLElement>(`[data-heading="${id}"]`)?.focus(),
        );
    }

    async handleSaveDraft(): Promise<void> {
        if (this.inFlight) {
            return;
        }
        // A draft keeps what is incomplete: only what its record cannot hold is refused.
        if (!this.checkAll('draft')) {
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
            this.toast(LABELS.draftSaved, 'success', this.publishNeeds());
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
        if (!product || !this.checkAll('publish')) {
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
                (recordId) => this.keepSavedRecord(recordId),
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
        this.keepSavedRecord(recordId);
        return recordId;
    }

    /**
     * The record the wizard goes on with once saved. The first save of a new resale
     * authorization (or a clone) while the wizard stays open fires `draftcreated` with its id:
     * its page then names that draft, so that a reload or Back opens it instead of making a
     * second one.
     */
    private keepSavedRecord(recordId: string): void {
        const created = !this.savedRecordId;
        this.savedRecordId = recordId;
        if (created) {
            this.dispatchEvent(new CustomEvent('draftcreated', { detail: { recordId } }));
        }
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
            const leave = await confirmAction({
                title: LABELS.discardTitle,
                message: LABELS.discardMessage,
                confirmLabel: LABELS.discardAction,
                cancelLabel: LABELS.keepEditing,
            });
            if (!leave) {
                return;
            }
        }
        this.dirty = false;
        await this.deleteUploadDraft();
        this.dispatchEvent(new CustomEvent('close'));
    }

    /** What publishing the draft will need, in a sentence; '' when it may be published. */
    private publishNeeds(): string {
        const needs = this.problems.map((problem) => validationMessage(problem));
        return needs.length > 0 ? formatLabel(LABELS.publishNeeds, needs.join(' ')) : '';
    }

    private toast(title: string, variant: 'success' | 'error', message = ''): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
