import { LightningElement, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { refreshApex } from '@salesforce/apex';
import syncProducts from '@salesforce/apex/ResaleAuthorizationController.syncProducts';
import getProductSync from '@salesforce/apex/ResaleAuthorizationController.getProductSync';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import hasProductSyncPermission from '@salesforce/customPermission/Marketplace_Resale_Product_Sync';
import { formatLabel, reduceErrors } from 'c/raUi';
import { LABELS } from './labels';
const { button: buttonLabel, running: runningLabel, done: doneLabel, failed: failedLabel, failedAccount: failedAccountLabel, } = LABELS;
/** How long to wait between two looks at a sync whose next pages are read in queued jobs. */
export const POLL_INTERVAL_MS = 3000;
/**
 * The product sync button of the tab, for administrators only (the custom permission
 * Marketplace_Resale_Product_Sync; the server checks it again). It starts the sync, says
 * "Syncing products…" while the next pages are read in queued jobs, then shows the counts or
 * the reason it stopped, and fires `synced` once the products are in (the cached product list
 * refreshed first). With several seller accounts, it syncs the products of each one the user may
 * use, one after the other, and gives the counts of all.
 */
export default class RaProductSync extends LightningElement {
    syncing = false;
    pollTimer;
    /** The seller accounts whose products are still to sync, and what the others counted. */
    waiting = [];
    syncingAccount = null;
    severalAccounts = false;
    counted = { resellableCount: 0, notResellableCount: 0 };
    productsResult;
    labels = { button: buttonLabel, running: runningLabel };
    /** The products of the pickers, whose cached copy is refreshed once a sync is done. */
    @wire(listProducts)
    wiredProducts(result) {
        this.productsResult = result;
    }
    get canSync() {
        return hasProductSyncPermission === true;
    }
    disconnectedCallback() {
        clearTimeout(this.pollTimer);
    }
    async handleSync() {
        if (this.syncing) {
            return;
        }
        this.syncing = true;
        this.counted = { resellableCount: 0, notResellableCount: 0 };
        try {
            const accounts = (await listSellerAccounts()) ?? [];
            // Without a seller account to name, the server syncs the default one.
            this.waiting = [...accounts];
            this.severalAccounts = accounts.length > 1;
            await this.syncNextAccount();
        }
        catch (error) {
            this.stopOnError(reduceErrors(error).join(' '));
        }
    }
    /** Starts the sync of the next account (or the only one). */
    async syncNextAccount() {
        this.syncingAccount = this.waiting.shift() ?? null;
        try {
            this.follow(await syncProducts({ sellerAccount: this.syncingAccount?.name ?? null }));
        }
        catch (error) {
            this.stopOnError(reduceErrors(error).join(' '));
        }
    }
    /** Waits while the sync runs, then tells how it ended. */
    follow(progress) {
        if (progress.status === 'Running') {
            // The next pages are read in queued jobs: look again in a moment.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.pollTimer = setTimeout(() => this.poll(progress.syncId), POLL_INTERVAL_MS);
            return;
        }
        if (progress.status === 'Failed') {
            this.stopOnError(progress.errorMessage ?? '');
            return;
        }
        this.counted = {
            resellableCount: this.counted.resellableCount + progress.resellableCount,
            notResellableCount: this.counted.notResellableCount + progress.notResellableCount,
        };
        if (this.waiting.length > 0) {
            this.syncNextAccount();
            return;
        }
        this.done({ ...progress, ...this.counted });
    }
    async poll(syncId) {
        try {
            this.follow(await getProductSync({ syncId }));
        }
        catch (error) {
            this.stopOnError(reduceErrors(error).join(' '));
        }
    }
    /** Why the sync stopped, naming the account when there are several. */
    stopOnError(reason) {
        const account = this.syncingAccount;
        this.waiting = [];
        this.stop(account && this.severalAccounts
            ? formatLabel(failedAccountLabel, account.label, reason)
            : formatLabel(failedLabel, reason), 'error');
    }
    async done(progress) {
        try {
            if (this.productsResult) {
                await refreshApex(this.productsResult);
            }
        }
        catch {
            // The products are stored; a component that reads them later asks the server.
        }
        this.stop(formatLabel(doneLabel, progress.resellableCount, progress.notResellableCount), 'success');
        this.dispatchEvent(new CustomEvent('synced', { detail: progress }));
    }
    stop(title, variant) {
        this.syncing = false;
        this.dispatchEvent(new ShowToastEvent({ title, variant }));
    }
}
