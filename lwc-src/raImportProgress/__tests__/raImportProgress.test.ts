import { createElement } from 'lwc';
import RaImportProgress, { POLL_INTERVAL_MS } from 'c/raImportProgress';
import getImportProgress from '@salesforce/apex/ResaleAuthorizationController.getImportProgress';
import startImport from '@salesforce/apex/ResaleAuthorizationController.startImport';
import type { ImportProgress, ImportRun } from 'c/raDomain';
import { cleanDocument, flushPromises, mustQuery, query } from '../../test/dom';

jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.getImportProgress',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.startImport',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/label/c.RA_Import_Counts',
    () => ({ default: 'Found {0}, imported {1}, updated {2}, failed {3}' }),
    { virtual: true },
);
jest.mock('@salesforce/label/c.RA_Import_Stopped', () => ({ default: 'Stopped: {0}' }), {
    virtual: true,
});
jest.mock('@salesforce/label/c.RA_Action_Failed', () => ({ default: 'Failed: {0}' }), {
    virtual: true,
});

const progressMock = getImportProgress as unknown as jest.Mock;
const startMock = startImport as unknown as jest.Mock;

function runOf(overrides: Partial<ImportRun> = {}): ImportRun {
    return {
        runId: 'a03000000000001AAA',
        status: 'RUNNING',
        phase: 'LIST',
        startedAt: '2026-11-25T10:00:00.000Z',
        finishedAt: null,
        modifiedAfter: null,
        found: 50,
        imported: 20,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        failed: 0,
        errorMessage: null,
        ...overrides,
    };
}

function progress(run: ImportRun | null, canImport = true): ImportProgress {
    return { canImport, run };
}

async function render(initial: ImportProgress): Promise<HTMLElement> {
    progressMock.mockResolvedValue(initial);
    const element = createElement('c-ra-import-progress', { is: RaImportProgress });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function text(element: HTMLElement, selector: string): string {
    return query(element, selector)?.textContent?.trim() ?? '';
}

afterEach(() => {
    cleanDocument();
    jest.useRealTimers();
    jest.resetAllMocks();
});

describe('c-ra-import-progress', () => {
    it('shows nothing to users who may not sync with AWS', async () => {
        const element = await render(progress(null, false));
        expect(query(element, '[data-id="import"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('starts a sync, shows its counts while it runs, and says when it has ended', async () => {
        jest.useFakeTimers();
        const element = await render(progress(null));
        const synced = jest.fn();
        element.addEventListener('synced', synced);
        startMock.mockResolvedValue(progress(runOf()));
        mustQuery<HTMLElement>(element, '[data-id="import-start"]').click();
        await flushPromises();
        expect(startMock).toHaveBeenCalledTimes(1);
        expect(text(element, '[data-id="import-running"]')).toBe('c.RA_Import_Running');
        expect(text(element, '[data-id="import-counts"]')).toBe(
            'Found 50, imported 20, updated 0, failed 0',
        );
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="import-start"]')
                .disabled,
        ).toBe(true);

        progressMock.mockResolvedValue(
            progress(
                runOf({
                    status: 'SUCCEEDED',
                    found: 120,
                    imported: 100,
                    updated: 15,
                    finishedAt: '2026-11-25T10:02:00.000Z',
                }),
            ),
        );
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await flushPromises();
        expect(text(element, '[data-id="import-finished"]')).toBe('c.RA_Import_Finished');
        expect(text(element, '[data-id="import-counts"]')).toBe(
            'Found 120, imported 100, updated 15, failed 0',
        );
        expect(synced).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(POLL_INTERVAL_MS * 3);
        await flushPromises();
        expect(progressMock).toHaveBeenCalledTimes(2);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('follows a sync already under way when the tab opens', async () => {
        jest.useFakeTimers();
        const element = await render(progress(runOf()));
        expect(text(element, '[data-id="import-running"]')).toBe('c.RA_Import_Running');
        jest.advanceTimersByTime(POLL_INTERVAL_MS);
        await flushPromises();
        expect(progressMock).toHaveBeenCalledTimes(2);
    });

    it('says why a sync stopped, and offers to resume it', async () => {
        const element = await render(
            progress(runOf({ status: 'FAILED', errorMessage: 'AWS did not answer in time.' })),
        );
        expect(text(element, '[data-id="import-stopped"]')).toBe(
            'Stopped: AWS did not answer in time.',
        );
        expect(
            mustQuery<HTMLElement & { disabled: boolean }>(element, '[data-id="import-start"]')
                .disabled,
        ).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('shows why a sync could not start', async () => {
        const element = await render(progress(null));
        startMock.mockRejectedValue({ body: { message: 'Only administrators can sync.' } });
        mustQuery<HTMLElement>(element, '[data-id="import-start"]').click();
        await flushPromises();
        expect(text(element, '[data-id="import-error"]')).toBe(
            'Failed: Only administrators can sync.',
        );
    });
});
