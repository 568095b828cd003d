import { LightningElement, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { refreshApex } from '@salesforce/apex';
import syncProducts from '@salesforce/apex/ResaleAuthorizationController.syncProducts';
import getProductSync from '@salesforce/apex/ResaleAuthorizationController.getProductSync';
import listProducts from '@salesforce/apex/ResaleAuthorizationController.listProducts';
import hasProductSyncPermission from '@salesforce/customPermission/Marketplace_Resale_Product_Sync';
import type { ProductRecord, ProductSyncProgress } from 'c/raDomain';
import { formatLabel, reduceErrors } from 'c/raUi';
import { LABELS } from './labels';

const { button: buttonLabel, running: runningLabel, done: doneLabel, failed: failedLabel } = LABELS;

/** How long to wait between two looks at a sync whose next pages are read in queued jobs. */
export const POLL_INTERVAL_MS = 3000;

/**
 * The product sync button of the tab, for administrators only (the custom permission
 * Marketplace_Resale_Product_Sync; the server checks it again). It starts the sync, says
 * "Syncing products…" while the next pages are read in queued jobs, then shows the counts or
 * the reason it stopped, and fires `synced` once the products are in (the cached product list
 * refreshed first).
 */
export default class RaProductSync extends LightningElement {
    syncing = false;

    private pollTimer?: ReturnType<typeof setTimeout>;
    private productsResult?: { data?: ProductRecord[]; error?: unknown };

    readonly labels = { button: buttonLabel, running: runningLabel };

    /** The products of the pickers, whose cached copy is refreshed once a sync is done. */
    @wire(listProducts)
    wiredProducts(result: { data?: ProductRecord[]; error?: unknown }): void {
        this.productsResult = result;
    }

    get canSync(): boolean {
        return hasProductSyncPermission === true;
    }

    disconnectedCallback(): void {
        clearTimeout(this.pollTimer);
    }

    async handleSync(): Promise<void> {
        if (this.syncing) {
            return;
        }
        this.syncing = true;
        try {
            this.follow(await syncProducts());
        } catch (error) {
            this.stop(formatLabel(failedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }

    /** Waits while the sync runs, then tells how it ended. */
    private follow(progress: ProductSyncProgress): void {
        if (progress.status === 'Running') {
            // The next pages are read in queued jobs: look again in a moment.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.pollTimer = setTimeout(() => this.poll(progress.syncId), POLL_INTERVAL_MS);
            return;
        }
        if (progress.status === 'Failed') {
            this.stop(formatLabel(failedLabel, progress.errorMessage ?? ''), 'error');
            return;
        }
        this.done(progress);
    }

    private async poll(syncId: string): Promise<void> {
        try {
            this.follow(await getProductSync({ syncId }));
        } catch (error) {
            this.stop(formatLabel(failedLabel, reduceErrors(error).join(' ')), 'error');
        }
    }

    private async done(progress: ProductSyncProgress): Promise<void> {
        try {
            if (this.productsResult) {
                await refreshApex(this.productsResult);
            }
        } catch {
            // The products are stored; a component that reads them later asks the server.
        }
        this.stop(
            formatLabel(doneLabel, progress.resellableCount, progress.notResellableCount),
            'success',
        );
        this.dispatchEvent(new CustomEvent('synced', { detail: progress }));
    }

    private stop(title: string, variant: 'success' | 'error'): void {
        this.syncing = false;
        this.dispatchEvent(new ShowToastEvent({ title, variant }));
    }
}
