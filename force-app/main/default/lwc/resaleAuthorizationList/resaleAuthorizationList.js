import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { subscribe, unsubscribe } from 'lightning/empApi';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import listResaleAuthorizations from '@salesforce/apex/ResaleAuthorizationController.listResaleAuthorizations';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import { ENTITY_NOT_FOUND, LOCAL_DRAFT, STATUS_EVENT_CHANNEL, allowedActions, productsOfSellerAccount, } from 'c/raDomain';
import { confirmDeactivation, confirmDraftDeletion, deactivateResaleAuthorization, deleteDraftResaleAuthorization, formatLabel, reduceErrors, refreshResaleAuthorizationStatus, } from 'c/raUi';
import { readListPlace, recordPage, saveListPlace, wizardPage } from 'c/raNavigation';
import { LABELS } from './labels';
const { titleLabel, newLabel, searchLabel, searchPlaceholderLabel, statusFilterLabel, productFilterLabel, allLabel, emptyLabel, emptyFilteredLabel, loadErrorLabel, retryLabel, countLabel, columnNameLabel, columnProductLabel, columnResellerLabel, sellerAccountLabel, columnStatusLabel, columnExpiryLabel, columnModifiedLabel, actionViewLabel, actionEditLabel, actionCloneLabel, actionDeactivateLabel, actionRefreshLabel, actionDeleteLabel, deletedLabel, deactivatedLabel, actionFailedLabel, statusLocalDraftLabel, statusDraftLabel, statusActiveLabel, statusRestrictedLabel, statusExpiredLabel, statusUsedLabel, statusNotFoundLabel, statusPreparingLabel, statusApplyingLabel, statusFailedLabel, } = LABELS;
/** The first page: what the table shows on one screen, and a few rows more. */
export const FIRST_PAGE_SIZE = 20;
/** The pages the table loads as the user scrolls to its end. */
export const PAGE_SIZE = 50;
/** The row actions of each action a record allows (see `allowedActions`), after View. */
const ROW_ACTIONS = {
    edit: { label: actionEditLabel, name: 'edit' },
    clone: { label: actionCloneLabel, name: 'clone' },
    deactivate: { label: actionDeactivateLabel, name: 'deactivate' },
    refresh: { label: actionRefreshLabel, name: 'refresh' },
    delete: { label: actionDeleteLabel, name: 'delete' },
};
/** View, then what the row allows: the domain decides, as for the record view and the wizard. */
function rowActionsFor(row) {
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
            rowActions: (row, done) => done(rowActionsFor(row)),
        },
    },
];
/** The columns with the seller account's, after the product's: when the user has several. */
const COLUMNS_WITH_SELLER_ACCOUNT = [
    ...COLUMNS.slice(0, 2),
    { label: sellerAccountLabel, fieldName: 'sellerAccountLabel' },
    ...COLUMNS.slice(2),
];
/**
 * The Resale Authorizations tab: search, filters, sort and a list loaded page by page from the
 * server (keyset paging, so 10,000 records stay fast), row actions; names link to each record's
 * page, and New, Edit and Clone open the wizard at its own address. The list keeps its place
 * (search, filters, sort, rows loaded, scroll) for Back.
 */
export default class ResaleAuthorizationList extends NavigationMixin(LightningElement) {
    rows = [];
    totalCount = 0;
    nextCursor = null;
    isLoading = false;
    loadError = '';
    searchTerm = '';
    statusFilter = '';
    productFilter = '';
    sortedBy = 'lastModifiedDate';
    sortedDirection = 'desc';
    products = [];
    /** The seller accounts the user may use: a column and a filter when there are several. */
    sellerAccounts = [];
    sellerAccountFilter = '';
    columns = COLUMNS;
    /** While a place is restored, the rows loaded so far are not the place to remember. */
    restoring = false;
    subscription;
    requestNumber = 0;
    /** A first page is being loaded; `reloadAgain`: the search, a filter or the sort changed since. */
    reloading = false;
    reloadAgain = false;
    labels = {
        title: titleLabel,
        newButton: newLabel,
        search: searchLabel,
        searchPlaceholder: searchPlaceholderLabel,
        statusFilter: statusFilterLabel,
        productFilter: productFilterLabel,
        sellerAccountFilter: sellerAccountLabel,
        retry: retryLabel,
    };
    connectedCallback() {
        this.loadProducts();
        this.loadSellerAccounts();
        const place = readListPlace();
        if (place) {
            this.restorePlace(place);
        }
        else {
            this.reload();
        }
        this.subscribeToStatusEvents();
    }
    /** Back to where the user was: the same query, as many rows, then the same scroll. */
    async restorePlace(place) {
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
        }
        finally {
            this.restoring = false;
        }
    }
    /** Loads the next pages, one after the other, until `rowCount` rows are shown. */
    async loadAtLeast(rowCount, requestNumber) {
        if (requestNumber !== this.requestNumber ||
            this.rows.length >= rowCount ||
            this.nextCursor === null ||
            this.loadError) {
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
    rememberPlace(scrollTop) {
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
    table() {
        return this.template?.querySelector('c-ra-datatable') ?? null;
    }
    navigate(page) {
        this[NavigationMixin.Navigate](page);
    }
    disconnectedCallback() {
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
    async subscribeToStatusEvents() {
        try {
            this.subscription = await subscribe(STATUS_EVENT_CHANNEL, -1, (message) => {
                this.reloadRow(message.data.payload.Record_Id__c);
            });
        }
        catch {
            this.subscription = undefined;
        }
    }
    async reloadRow(recordId) {
        if (!this.rows.some((row) => row.recordId === recordId)) {
            return;
        }
        try {
            this.replaceRow(await getResaleAuthorization({ recordId }));
        }
        catch {
            // The row keeps what it showed; the next reload or refresh brings the status.
        }
    }
    get statusOptions() {
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
    get productOptions() {
        return [
            { label: allLabel, value: '' },
            ...productsOfSellerAccount(this.products, this.sellerAccountFilter).map((p) => ({
                label: p.title,
                value: p.productId,
            })),
        ];
    }
    get showSellerAccounts() {
        return this.sellerAccounts.length > 1;
    }
    get sellerAccountOptions() {
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
    get tableRows() {
        return this.rows.map((row, index) => ({ ...row, rowKey: String(index) }));
    }
    get hasRows() {
        return this.rows.length > 0;
    }
    get isFiltered() {
        return Boolean(this.searchTerm || this.statusFilter || this.productFilter || this.sellerAccountFilter);
    }
    get emptyMessage() {
        return this.isFiltered ? emptyFilteredLabel : emptyLabel;
    }
    get showEmpty() {
        return !this.isLoading && !this.loadError && this.rows.length === 0;
    }
    get countText() {
        return formatLabel(countLabel, this.rows.length, this.totalCount);
    }
    get enableInfiniteLoading() {
        return this.nextCursor !== null;
    }
    async loadProducts() {
        try {
            this.products = await listProducts();
        }
        catch {
            this.products = [];
        }
    }
    async loadSellerAccounts() {
        try {
            this.sellerAccounts = (await listSellerAccounts()) ?? [];
        }
        catch {
            this.sellerAccounts = [];
        }
        this.columns = this.showSellerAccounts ? COLUMNS_WITH_SELLER_ACCOUNT : COLUMNS;
    }
    query(cursor) {
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
    async reload() {
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
        }
        finally {
            this.reloading = false;
        }
    }
    async loadFirstPage() {
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
        }
        catch (error) {
            if (!this.reloadAgain) {
                this.loadError = formatLabel(loadErrorLabel, reduceErrors(error).join(' '));
            }
        }
        finally {
            if (!this.reloadAgain) {
                this.isLoading = false;
            }
        }
    }
    async handleLoadMore() {
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
        }
        catch (error) {
            this.loadError = formatLabel(loadErrorLabel, reduceErrors(error).join(' '));
        }
        finally {
            this.isLoading = false;
        }
    }
    handleSearchChange(event) {
        this.searchTerm = event.detail.value ?? '';
        this.reload();
    }
    handleStatusFilterChange(event) {
        this.statusFilter = event.detail.value;
        this.reload();
    }
    handleProductFilterChange(event) {
        this.productFilter = event.detail.value;
        this.reload();
    }
    /** Another seller account kept: a product of another one is no longer a filter. */
    handleSellerAccountFilterChange(event) {
        this.sellerAccountFilter = event.detail.value;
        if (this.productFilter &&
            !productsOfSellerAccount(this.products, this.sellerAccountFilter).some((product) => product.productId === this.productFilter)) {
            this.productFilter = '';
        }
        this.reload();
    }
    handleSort(event) {
        this.sortedBy = event.detail.fieldName;
        this.sortedDirection = event.detail.sortDirection;
        this.reload();
    }
    /** A product sync is done: the product filter offers what it stored. */
    handleProductsSynced() {
        this.loadProducts();
    }
    handleNew() {
        this.openWizard('create', null);
    }
    handleRetry() {
        this.reload();
    }
    /** A sync with AWS ended: the list shows what it imported and updated. */
    handleSynced() {
        this.reload();
    }
    async handleRowAction(event) {
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
    openWizard(mode, recordId) {
        this.navigate(wizardPage(mode, recordId));
    }
    replaceRow(row) {
        this.rows = this.rows.map((existing) => existing.recordId === row.recordId ? { ...existing, ...row } : existing);
    }
    async deactivate(row) {
        const confirmed = await confirmDeactivation(row.name);
        if (!confirmed) {
            return;
        }
        try {
            this.replaceRow(await deactivateResaleAuthorization(row.recordId, row.entityId));
            this.toast(deactivatedLabel, 'success');
        }
        catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
            // Refused because the row was out of date (a change started elsewhere): show it now.
            await this.reloadRow(row.recordId);
        }
    }
    async deleteRow(row) {
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
        }
        catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
            await this.reloadRow(row.recordId);
        }
    }
    async refreshRow(row) {
        try {
            const result = await refreshResaleAuthorizationStatus(row.recordId);
            this.replaceRow(result.detail);
        }
        catch (error) {
            this.toast(formatLabel(actionFailedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }
    toast(title, variant) {
        this.dispatchEvent(new ShowToastEvent({ title, variant }));
    }
}
