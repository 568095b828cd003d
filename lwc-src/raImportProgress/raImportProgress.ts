import { LightningElement } from 'lwc';
import getImportProgress from '@salesforce/apex/ResaleAuthorizationController.getImportProgress';
import startImport from '@salesforce/apex/ResaleAuthorizationController.startImport';
import type { ImportProgress, ImportRun } from 'c/raDomain';
import { formatLabel, reduceErrors } from 'c/raUi';
import { LABELS } from './labels';

const {
    start: startLabel,
    running: runningLabel,
    counts: countsLabel,
    finished: finishedLabel,
    stopped: stoppedLabel,
    failed: failedLabel,
} = LABELS;

/** How often the progress of a sync under way is read again. */
export const POLL_INTERVAL_MS = 3000;

/**
 * The sync with AWS on the tab, for administrators (users without the permission see nothing):
 * Sync with AWS starts it (or resumes the one that stopped), and while it runs its counts are
 * read again every few seconds: found, imported, updated, failed. Fires `synced` when a sync it
 * watched has ended, so the list shows what it brought.
 */
export default class RaImportProgress extends LightningElement {
    progress: ImportProgress | null = null;
    starting = false;
    errorMessage = '';

    private pollTimer?: ReturnType<typeof setTimeout>;
    private watched = false;
    private connected = false;

    readonly labels = {
        start: startLabel,
        running: runningLabel,
        finished: finishedLabel,
    };

    connectedCallback(): void {
        this.connected = true;
        this.load();
    }

    disconnectedCallback(): void {
        this.connected = false;
        clearTimeout(this.pollTimer);
    }

    get canImport(): boolean {
        return this.progress?.canImport === true;
    }

    get run(): ImportRun | null {
        return this.progress?.run ?? null;
    }

    get isRunning(): boolean {
        return this.run?.status === 'RUNNING';
    }

    get isFinished(): boolean {
        return this.run?.status === 'SUCCEEDED';
    }

    get isBusy(): boolean {
        return this.starting || this.isRunning;
    }

    get countsText(): string {
        const run = this.run;
        return run
            ? formatLabel(countsLabel, run.found, run.imported, run.updated, run.failed)
            : '';
    }

    get stoppedText(): string {
        const run = this.run;
        return run?.status === 'FAILED' ? formatLabel(stoppedLabel, run.errorMessage ?? '') : '';
    }

    async handleStart(): Promise<void> {
        if (this.isBusy) {
            return;
        }
        this.starting = true;
        this.errorMessage = '';
        // Even a sync over by the time it answers is one this tab watched: the list reloads.
        this.watched = true;
        try {
            this.show(await startImport());
        } catch (error) {
            this.errorMessage = formatLabel(failedLabel, reduceErrors(error).join(' '));
        } finally {
            this.starting = false;
        }
    }

    private async load(): Promise<void> {
        try {
            this.show(await getImportProgress());
        } catch (error) {
            this.errorMessage = formatLabel(failedLabel, reduceErrors(error).join(' '));
        }
    }

    /** Shows the progress; reads it again while the sync runs, and says when it has ended. */
    private show(progress: ImportProgress): void {
        this.progress = progress;
        clearTimeout(this.pollTimer);
        if (this.isRunning) {
            this.watched = true;
            if (this.connected) {
                // The sync runs in the background: its counts are read again while it does.
                // eslint-disable-next-line @lwc/lwc/no-async-operation
                this.pollTimer = setTimeout(() => this.load(), POLL_INTERVAL_MS);
            }
        } else if (this.watched) {
            this.watched = false;
            this.dispatchEvent(new CustomEvent('synced'));
        }
    }
}
