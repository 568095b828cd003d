/**
 * The list in Chromium on the local app, with 10,000 resale authorizations: time from
 * navigation to the first rows, to a filtered list after typing a search (the list waits
 * 300 ms for the user to stop typing, included), and to a list sorted by another column.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalApp } from '../local-app/app';
import { launchChromium } from '../e2e/browser';
import { seedRecords } from './seedRecords';
import { round } from './stats';

export interface ListBenchResult {
    records: number;
    firstRenderMs: number;
    filterMs: number;
    sortMs: number;
    samples: number;
}

const COUNT_CHANGED = (previous: string) => `(() => {
    const find = (root) => {
        for (const element of root.querySelectorAll('*')) {
            if (element.getAttribute('data-id') === 'count') return element;
            if (element.shadowRoot) { const found = find(element.shadowRoot); if (found) return found; }
        }
        return null;
    };
    const count = find(document);
    return count && count.textContent.trim() !== ${JSON.stringify(previous)} && /\\d/.test(count.textContent) ? count.textContent.trim() : false;
})()`;

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runListBench(records = 10_000, samples = 3): Promise<ListBenchResult> {
    const app = await startLocalApp({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-list-')),
        reset: true,
        simulator: { delays: { preparingMs: 0, applyingMs: 0 } },
    });
    seedRecords(app.backend.store, records);
    const browser = await launchChromium();
    const timings = { first: [] as number[], filter: [] as number[], sort: [] as number[] };
    try {
        for (let sample = 0; sample < samples; sample += 1) {
            const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
            const navigated = Date.now();
            await page.goto(app.url);
            await page.getByRole('row').nth(5).waitFor();
            timings.first.push(Date.now() - navigated);
            const count = (await page.locator('[data-id="count"]').innerText()).trim();

            const search = page.getByRole('searchbox', { name: 'Search' });
            const typed = Date.now();
            await search.fill('deal 99');
            const filtered = await page.waitForFunction(COUNT_CHANGED(count));
            timings.filter.push(Date.now() - typed);
            const filteredCount = String(await filtered.jsonValue());
            await search.fill('');
            await page.waitForFunction(COUNT_CHANGED(filteredCount));

            const firstRow = await page.getByRole('row').nth(1).innerText();
            const clicked = Date.now();
            await page
                .getByRole('columnheader', { name: /Reseller AWS account/ })
                .getByRole('button')
                .first()
                .click();
            await page
                .getByRole('row')
                .nth(1)
                .filter({ hasNotText: firstRow.split('\n')[0] ?? '' })
                .waitFor();
            timings.sort.push(Date.now() - clicked);
            await page.close();
        }
    } finally {
        await browser.close();
        await app.stop();
    }
    return {
        records,
        firstRenderMs: round(median(timings.first), 0),
        filterMs: round(median(timings.filter), 0),
        sortMs: round(median(timings.sort), 0),
        samples,
    };
}
