import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { subscribe, unsubscribe } from 'lightning/empApi';
import type { EmpMessage, EmpSubscription } from 'lightning/empApi';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import {
    ENTITY_NOT_FOUND,
    LOCAL_DRAFT,
    STATUS_EVENT_CHANNEL,
    allowedActions,
    productsOfSellerAccount,
} from 'c/raDomain';
import type {
    RecordAction,
    StatusEventPayload,
    ListResaleAuthorizationsParams,
    ProductRecord,
    ResaleAuthorizationRow,
    ResaleAuthorizationSortField,
    SellerAccountOption,
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
import { readListPlace, recordPage, saveListPlace, wizardPage } from 'c/raNavigation';
import type { ListPlace, PageReference, WizardMode } from 'c/raNavigation';
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
    sellerAccountLabel,
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
    statusExpiredLabel,
    statusUsedLabel,
    statusNotFoundLabel,
    statusPreparingLabel,
    statusApplyingLabel,
    statusFailedLabel,
} = LABELS;

/** The first page: what the table shows on one screen, and a few rows more. */
export const FIRST_PAGE_SIZE = 20;
/** The pages the table loads as the user scrolls to its end. */
export const PAGE_SIZE = 50;

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

const COLUMNS = [
    {
        label: columnNameLabel,
        fieldName: 'name',
        type: 'recordLink',
        typeAttributes: { recordId: { fieldName: 'recordId' } },
        sortable: true,
        wrapText: true,
    },
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

/** The columns with the seller account's, after the product's: when the user has several. */
const COLUMNS_WITH_SELLER_ACCOUNT = [
    ...COLUMNS.slice(0, 2),
    { label: sellerAccountLabel, fieldName: 'sellerAccountLabel' },
    ...COLUMNS.slice(2),
];

/** What the list asks of its table to keep its place. */
type PlaceKeepingTable = HTMLElement & {
    scrollPosition(): number;
    scrollToPosition(top: number): void;
};

/**
 * The Resale Authorizations tab: search, filters, sort and a list loaded page by page from the
 * server (keyset paging, so 10,000 records stay fast), row actions; names link to each record's
 * page, and New, Edit and Clone open the wizard at its own address. The list keeps its place
 * (search, filters, sort, rows loaded, scroll) for Back.
 */
export default class ResaleAuthorizationList extends NavigationMixin(LightningElement) {
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
    /** The seller accounts the user may use: a column and a filter when there are several. */
    sellerAccounts: SellerAccountOption[] = [];
    sellerAccountFilter = '';
    columns: object[] = COLUMNS;

    /** While a place is restored, the rows loaded so far are not the place to remember. */
    private restoring = false;
    private subscription: EmpSubscription | undefined;
    private requestNumber = 0;
    /** A first page is being loaded; `reloadAgain`: the search, a filter or the sort changed since. */
    private reloading = false;
    private reloadAgain = false;

    readonly labels = {
        title: titleLabel,
        newButton: newLabel,
        search: searchLabel,
        searchPlaceholder: searchPlaceholderLabel,
        statusFilter: statusFilterLabel,
        productFilter: productFilterLabel,
        sellerAccountFilter: sellerAccountLabel,
        retry: retryLabel,
    };

    connectedCallback(): void {
        this.loadProducts();
        this.loadSellerAccounts();
        const place = readListPlace();
        if (place) {
            this.restorePlace(place);
        } else {
            this.reload();
        }
        this.subscribeToStatusEvents();
    }

    /** Back to where the user was: the same query, as many rows, then the same scroll. */
    private async restorePlace(place: ListPlace): Promise<void> {
        this.searchTerm = place.searchTerm;
        this.statusFilter = place.statusFilter;
        this.productFilter = place.productFilter;
        this.sellerAccountFilter = place.sellerAccountFilter ?? '';
        this.sortedBy = place.sortedBy;
        this.sortedDirection = place.sortedDirection;
        this.restoring = true;
        try {
            await this.reload();
            const requestNumber = this.requestNumber;
            await this.loadAtLeast(place.rowCount, requestNumber);
            if (requestNumber === this.requestNumber) {
                this.table()?.scrollToPosition(place.scrollTop);
            }
        } finally {
            this.restoring = false;
        }
    }

    /** Loads the next pages, one after the other, until `rowCount` rows are shown. */
    private async loadAtLeast(rowCount: number, requestNumber: number): Promise<void> {
        if (
            requestNumber !== this.requestNumber ||
            this.rows.length >= rowCount ||
            this.nextCursor === null ||
            this.loadError
        ) {
            return;
        }
        const before = this.rows.length;
        await this.handleLoadMore();
        if (this.rows.length > before) {
            await this.loadAtLeast(rowCount, requestNumber);
        }
    }

    /**
     * Remembers the list's place: when a query's first rows arrive (at the top), and when the
     * list leaves the page (with the rows loaded and the scroll the table last had).
     */
    private rememberPlace(scrollTop?: number): void {
        if (this.restoring) {
            return;
        }
        const table = this.table();
        saveListPlace({
            searchTerm: this.searchTerm,
            statusFilter: this.statusFilter,
            productFilter: this.productFilter,
            sellerAccountFilter: this.sellerAccountFilter,
            sortedBy: this.sortedBy,
            sortedDirection: this.sortedDirection,
            rowCount: this.rows.length,
            scrollTop: scrollTop ?? (table ? table.scrollPosition() : 0),
        });
    }

    private table(): PlaceKeepingTable | null {
        return this.template?.querySelector<PlaceKeepingTable>('c-ra-datatable') ?? null;
    }

    private navigate(page: PageReference): void {
        this[NavigationMixin.Navigate](page);
    }

    disconnectedCallback(): void {
        this.rememberPlace();
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

    get statusOptions(): { label: string; value: string }[] {
        return [
            { label: allLabel, value: '' },
            { label: statusLocalDraftLabel, value: LOCAL_DRAFT },
            { label: statusDraftLabel, value: 'Draft' },
            { label: statusActiveLabel, value: 'Active' },
            { label: statusRestrictedLabel, value: 'Restricted' },
            { label: statusExpiredLabel, value: 'Expired' },
            { label: statusUsedLabel, value: 'Used' },
            { label: statusNotFoundLabel, value: ENTITY_NOT_FOUND },
            { label: statusPreparingLabel, value: 'PREPARING' },
            { label: statusApplyingLabel, value: 'APPLYING' },
            { label: statusFailedLabel, value: 'FAILED' },
        ];
    }

    /** The products of the seller account kept, or of every one. */
    get productOptions(): { label: string; value: string }[] {
        return [
            { label: allLabel, value: '' },
            ...productsOfSellerAccount(this.products, this.sellerAccountFilter).map((p) => ({
                label: p.title,
                value: p.productId,
            })),
        ];
    }

    get showSellerAccounts(): boolean {
        return this.sellerAccounts.length > 1;
    }

    get sellerAccountOptions(): { label: string; value: string }[] {
        return [
            { label: allLabel, value: '' },
            ...this.sellerAccounts.map((account) => ({
                label: account.label,
                value: account.name,
            })),
        ];
    }

    /**
     * The rows as the table shows them, keyed by their place in the list: after a sort, a search
     * or a filter the table updates the rows it has instead of building new ones (each row is a
     * dozen components), which halves the time to show the new order.
     */
    get tableRows(): (ResaleAuthorizationRow & { rowKey: string })[] {
        return this.rows.map((row, index) => ({ ...row, rowKey: String(index) }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isFiltered(): boolean {
        return Boolean(
            this.searchTerm || this.statusFilter || this.productFilter || this.sellerAccountFilter,
        );
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

    private async loadSellerAccounts(): Promise<void> {
        try {
            this.sellerAccounts = (await listSellerAccounts()) ?? [];
        } catch {
            this.sellerAccounts = [];
        }
        this.columns = this.showSellerAccounts ? COLUMNS_WITH_SELLER_ACCOUNT : COLUMNS;
    }

    private query(cursor: string | null): ListResaleAuthorizationsParams {
        return {
            searchTerm: this.searchTerm.trim() || null,
            statuses: this.statusFilter ? [this.statusFilter] : null,
            productId: this.productFilter || null,
            sellerAccount: this.sellerAccountFilter || null,
            sortBy: this.sortedBy,
            sortDirection: this.sortedDirection,
            pageSize: cursor === null ? FIRST_PAGE_SIZE : PAGE_SIZE,
            cursor,
        };
    }

    /**
     * Loads the first page again (search, filter or sort changed), at once. One request at a
     * time: what changes while one is out is asked for once it is answered, with the search,
     * filters and sort of that moment, and the answer that no longer fits is not shown.
     */
    async reload(): Promise<void> {
        if (this.reloading) {
            this.reloadAgain = true;
            return;
        }
        this.reloading = true;
        try {
            do {
                this.reloadAgain = false;
                // One after the other, never two at once: the loop is the point.
                // eslint-disable-next-line no-await-in-loop
                await this.loadFirstPage();
            } while (this.reloadAgain);
        } finally {
            this.reloading = false;
        }
    }

    private async loadFirstPage(): Promise<void> {
        this.requestNumber += 1;
        this.isLoading = true;
        this.loadError = '';
        try {
            const page = await listResaleAuthorizations(this.query(null));
            if (!this.reloadAgain) {
                this.rows = page.rows;
                this.totalCount = page.totalCount;
                this.nextCursor = page.nextCursor;
                this.rememberPlace(0);
            }
        } catch (error) {
            if (!this.reloadAgain) {
                this.loadError = formatLabel(loadErrorLabel, reduceErrors(error).join(' '));
            }
        } finally {
            if (!this.reloadAgain) {
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
        this.reload();
    }

    handleStatusFilterChange(event: CustomEvent<{ value: string }>): void {
        this.statusFilter = event.detail.value;
        this.reload();
    }

    handleProductFilterChange(event: CustomEvent<{ value: string }>): void {
        this.productFilter = event.detail.value;
        this.reload();
    }

    /** Another seller account kept: a product of another one is no longer a filter. */
    handleSellerAccountFilterChange(event: CustomEvent<{ value: string }>): void {
        this.sellerAccountFilter = event.detail.value;
        if (
            this.productFilter &&
            !productsOfSellerAccount(this.products, this.sellerAccountFilter).some(
                (product) => product.productId === this.productFilter,
            )
        ) {
            this.productFilter = '';
        }
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

    /** A product sync is done: the product filter offers what it stored. */
    handleProductsSynced(): void {
        this.loadProducts();
    }

    handleNew(): void {
        this.openWizard('create', null);
    }

    handleRetry(): void {
        this.reload();
    }

    /** A sync with AWS ended: the list shows what it imported and updated. */
    handleSynced(): void {
        this.reload();
    }

    async handleRowAction(
        event: CustomEvent<{ action: RowAction; row: ResaleAuthorizationRow }>,
    ): Promise<void> {
        const { action, row } = event.detail;
        switch (action.name) {
            case 'view':
                this.navigate(recordPage(row.recordId));
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
        this.navigate(wizardPage(mode, recordId));
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
            // Refused because the row was out of date (a change started elsewhere): show it now.
            await this.reloadRow(row.recordId);
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
            await this.reloadRow(row.recordId);
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
}
