import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { subscribe, unsubscribe } from 'lightning/empApi';
import type { EmpMessage, EmpSubscription } from 'lightning/empApi';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import { LOCAL_DRAFT, STATUS_EVENT_CHANNEL, allowedActions } from 'c/raDomain';
import type {
    RecordAction,
    StatusEventPayload,
    ListResaleAuthorizationsParams,
    ProductRecord,
    ResaleAuthorizationRow,
    ResaleAuthorizationSortField,
} from 'c/raDomain';
import {
    confirmDeactivation,
    confirmDraftDeletion,
    deactivateResaleAuthorization,
    deleteDraftResaleAuthorization,
    formatLabel,
    reduceErrors,
    refreshResaleAuthorizationStatus,
} from 'c/raUi';
import { LABELS } from './labels';

const {
    titleLabel,
    newLabel,
    searchLabel,
    searchPlaceholderLabel,
    statusFilterLabel,
    productFilterLabel,
    allLabel,
    emptyLabel,
    emptyFilteredLabel,
    loadErrorLabel,
    retryLabel,
    countLabel,
    columnNameLabel,
    columnProductLabel,
    columnResellerLabel,
    columnStatusLabel,
    columnExpiryLabel,
    columnModifiedLabel,
    actionViewLabel,
    actionEditLabel,
    actionCloneLabel,
    actionDeactivateLabel,
    actionRefreshLabel,
    actionDeleteLabel,
    deletedLabel,
    deactivatedLabel,
    actionFailedLabel,
    statusLocalDraftLabel,
    statusDraftLabel,
    statusActiveLabel,
    statusRestrictedLabel,
    statusPreparingLabel,
    statusApplyingLabel,
    statusFailedLabel,
} = LABELS;

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

type View = 'list' | 'wizard' | 'detail';
type WizardMode = 'create' | 'edit' | 'clone';

interface RowAction {
    label: string;
    name: string;
}

/** The row actions of each action a record allows (see `allowedActions`), after View. */
const ROW_ACTIONS: Partial<Record<RecordAction, RowAction>> = {
    edit: { label: actionEditLabel, name: 'edit' },
    clone: { label: actionCloneLabel, name: 'clone' },
    deactivate: { label: actionDeactivateLabel, name: 'deactivate' },
    refresh: { label: actionRefreshLabel, name: 'refresh' },
    delete: { label: actionDeleteLabel, name: 'delete' },
};

/** View, then what the row allows: the domain decides, as for the record view and the wizard. */
function rowActionsFor(row: ResaleAuthorizationRow): RowAction[] {
    const allowed = allowedActions(row).flatMap((action) => {
        const rowAction = ROW_ACTIONS[action];
        return rowAction ? [rowAction] : [];
    });
    return [{ label: actionViewLabel, name: 'view' }, ...allowed];
}

/**
 * The Resale Authorizations tab: search, filters, sort and a list loaded page by page from the
 * server (keyset paging, so 10,000 records stay fast), row actions, and the wizard and record
 * view it opens.
 */
export default class ResaleAuthorizationList extends LightningElement {
    rows: ResaleAuthorizationRow[] = [];
    totalCount = 0;
    nextCursor: string | null = null;
    isLoading = false;
    loadError = '';
    searchTerm = '';
    statusFilter = '';
    productFilter = '';
    sortedBy: ResaleAuthorizationSortField = 'lastModifiedDate';
    sortedDirection: 'asc' | 'desc' = 'desc';
    products: ProductRecord[] = [];
    view: View = 'list';
    wizardMode: WizardMode = 'create';
    selectedRecordId: string | null = null;

    private searchTimer?: ReturnType<typeof setTimeout>;
    private subscription: EmpSubscription | undefined;
    private requestNumber = 0;

    readonly labels = {
        title: titleLabel,
        newButton: newLabel,
        search: searchLabel,
        searchPlaceholder: searchPlaceholderLabel,
        statusFilter: statusFilterLabel,
        productFilter: productFilterLabel,
        retry: retryLabel,
    };

    readonly columns = [
        { label: columnNameLabel, fieldName: 'name', sortable: true, wrapText: true },
        { label: columnProductLabel, fieldName: 'productTitle', sortable: true },
        { label: columnResellerLabel, fieldName: 'resellerAccountId', sortable: true },
        {
            label: columnStatusLabel,
            fieldName: 'displayStatus',
            type: 'statusBadge',
            sortable: true,
        },
        { label: columnExpiryLabel, fieldName: 'expiryDate', type: 'date-local', sortable: true },
        {
            label: columnModifiedLabel,
            fieldName: 'lastModifiedDate',
            type: 'date',
            sortable: true,
            typeAttributes: {
                year: 'numeric',
                month: 'short',
                day: '2-digit',
                hour: '2-digit',
                minute: '2-digit',
            },
        },
        {
            type: 'action',
            typeAttributes: {
                rowActions: (row: ResaleAuthorizationRow, done: (actions: RowAction[]) => void) =>
                    done(rowActionsFor(row)),
            },
        },
    ];

    connectedCallback(): void {
        this.loadProducts();
        this.reload();
        this.subscribeToStatusEvents();
    }

    disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
        if (this.subscription) {
            Promise.resolve(unsubscribe(this.subscription)).catch(() => undefined);
            this.subscription = undefined;
        }
    }

    /**
     * A row whose status moved on AWS (the status platform event) is read again, so the list
     * shows Active or Restricted without a reload. Without streaming, Refresh still works.
     */
    private async subscribeToStatusEvents(): Promise<void> {
        try {
            this.subscription = await subscribe<StatusEventPayload>(
                STATUS_EVENT_CHANNEL,
                -1,
                (message: EmpMessage<StatusEventPayload>) => {
                    this.reloadRow(message.data.payload.Record_Id__c);
                },
            );
        } catch {
            this.subscription = undefined;
        }
    }

    private async reloadRow(recordId: string): Promise<void> {
        if (!this.rows.some((row) => row.recordId === recordId)) {
            return;
        }
        try {
            this.replaceRow(await getResaleAuthorization({ recordId }));
        } catch {
            // The row keeps what it showed; the next reload or refresh brings the status.
        }
    }

    get isListView(): boolean {
        return this.view === 'list';
    }

    get isWizardView(): boolean {
        return this.view === 'wizard';
    }

    get isDetailView(): boolean {
        return this.view === 'detail';
    }

    get statusOptions(): { label: string; value: string }[] {
        return [
            { label: allLabel, value: '' },
            { label: statusLocalDraftLabel, value: LOCAL_DRAFT },
            { label: statusDraftLabel, value: 'Draft' },
            { label: statusActiveLabel, value: 'Active' },
            { label: statusRestrictedLabel, value: 'Restricted' },
            { label: statusPreparingLabel, value: 'PREPARING' },
            { label: statusApplyingLabel, value: 'APPLYING' },
            { label: statusFailedLabel, value: 'FAILED' },
        ];
    }

    get productOptions(): { label: string; value: string }[] {
        return [
            { label: allLabel, value: '' },
            ...this.products.map((p) => ({ label: p.title, value: p.productId })),
        ];
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isFiltered(): boolean {
        return Boolean(this.searchTerm || this.statusFilter || this.productFilter);
    }

    get emptyMessage(): string {
        return this.isFiltered ? emptyFilteredLabel : emptyLabel;
    }

    get showEmpty(): boolean {
        return !this.isLoading && !this.loadError && this.rows.length === 0;
    }

    get countText(): string {
        return formatLabel(countLabel, this.rows.length, this.totalCount);
    }

    get enableInfiniteLoading(): boolean {
        return this.nextCursor !== null;
    }

    private async loadProducts(): Promise<void> {
        try {
            this.products = await listProducts();
        } catch {
            this.products = [];
        }
    }

    private query(cursor: string | null): ListResaleAuthorizationsParams {
        return {
            searchTerm: this.searchTerm.trim() || null,
            statuses: this.statusFilter ? [this.statusFilter] : null,
            productId: this.productFilter || null,
            sortBy: this.sortedBy,
            sortDirection: this.sortedDirection,
            pageSize: PAGE_SIZE,
            cursor,
        };
    }

    /** Loads the first page again (search, filter or sort changed). */
    async reload(): Promise<void> {
        const requestNumber = (this.requestNumber += 1);
        this.isLoading = true;
        this.loadError = '';
        try {
            const page = await listResaleAuthorizations(this.query(null));
            if (requestNumber !== this.requestNumber) {
                return;
            }
            this.rows = page.rows;
            this.totalCount = page.totalCount;
            this.nextCursor = page.nextCursor;
        } catch (error) {
            if (requestNumber === this.requestNumber) {
                this.loadError = formatLabel(loadErrorLabel, reduceErrors(error).join(' '));
            }
        } finally {
            if (requestNumber === this.requestNumber) {
                this.isLoading = false;
            }
        }
    }

    async handleLoadMore(): Promise<void> {
        if (this.isLoading || this.nextCursor === null) {
            return;
        }
        const requestNumber = this.requestNumber;
        this.isLoading = true;
        try {
            const page = await listResaleAuthorizations(this.query(this.nextCursor));
            if (requestNumber === this.requestNumber) {
                this.rows = [...this.rows, ...page.rows];
                this.nextCursor = page.nextCursor;
                this.totalCount = page.totalCount;
            }
        } catch (error) {
            this.loadError = formatLabel(loadErrorLabel, reduceErrors(error).join(' '));
        } finally {
            this.isLoading = false;
        }
    }

    handleSearchChange(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail.value ?? '';
        clearTimeout(this.searchTimer);
        // Wait for the user to stop typing before asking the server.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => this.reload(), SEARCH_DELAY_MS);
    }

    handleStatusFilterChange(event: CustomEvent<{ value: string }>): void {
        this.statusFilter = event.detail.value;
        this.reload();
    }

    handleProductFilterChange(event: CustomEvent<{ value: string }>): void {
        this.productFilter = event.detail.value;
        this.reload();
    }

    handleSort(
        event: CustomEvent<{
            fieldName: ResaleAuthorizationSortField;
            sortDirection: 'asc' | 'desc';
        }>,
    ): void {
        this.sortedBy = event.detail.fieldName;
        this.sortedDirection = event.detail.sortDirection;
        this.reload();
    }

    handleNew(): void {
        this.openWizard('create', null);
    }

    handleRetry(): void {
        this.reload();
    }

    async handleRowAction(
        event: CustomEvent<{ action: RowAction; row: ResaleAuthorizationRow }>,
    ): Promise<void> {
        const { action, row } = event.detail;
        switch (action.name) {
            case 'view':
                this.selectedRecordId = row.recordId;
                this.view = 'detail';
                break;
            case 'edit':
                this.openWizard('edit', row.recordId);
                break;
            case 'clone':
                this.openWizard('clone', row.recordId);
                break;
            case 'deactivate':
                await this.deactivate(row);
                break;
            case 'refresh':
                await this.refreshRow(row);
                break;
            case 'delete':
                await this.deleteRow(row);
                break;
            default:
                break;
        }
    }

    private openWizard(mode: WizardMode, recordId: string | null): void {
        this.wizardMode = mode;
        this.selectedRecordId = recordId;
        this.view = 'wizard';
    }

    private replaceRow(row: ResaleAuthorizationRow): void {
        this.rows = this.rows.map((existing) =>
            existing.recordId === row.recordId ? { ...existing, ...row } : existing,
        );
    }

    private async deactivate(row: ResaleAuthorizationRow): Promise<void> {
        const confirmed = await confirmDeactivation(row.name);
        if (!confirmed) {
            return;
        }
        try {
            this.replaceRow(await deactivateResaleAuthorization(row.recordId, row.entityId));
            this.toast(deactivatedLabel, 'success');
        } catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }

    private async deleteRow(row: ResaleAuthorizationRow): Promise<void> {
        const confirmed = await confirmDraftDeletion(row.name);
        if (!confirmed) {
            return;
        }
        try {
            await deleteDraftResaleAuthorization(row.recordId);
            const before = this.rows.length;
            this.rows = this.rows.filter((existing) => existing.recordId !== row.recordId);
            this.totalCount = Math.max(0, this.totalCount - (before - this.rows.length));
            this.toast(deletedLabel, 'success');
        } catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }

    private async refreshRow(row: ResaleAuthorizationRow): Promise<void> {
        try {
            const result = await refreshResaleAuthorizationStatus(row.recordId);
            this.replaceRow(result.detail);
        } catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }

    private toast(title: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant }));
    }

    /** The wizard or the record view closed: back to the list, refreshed. */
    handleClose(): void {
        this.view = 'list';
        this.selectedRecordId = null;
        this.reload();
    }

    handleOpenRecord(event: CustomEvent<{ recordId: string }>): void {
        this.selectedRecordId = event.detail.recordId;
        this.view = 'detail';
    }

    handleEditRecord(event: CustomEvent<{ recordId: string }>): void {
        this.openWizard('edit', event.detail.recordId);
    }

    handleCloneRecord(event: CustomEvent<{ recordId: string }>): void {
        this.openWizard('clone', event.detail.recordId);
    }
}
