/**
 * What every end-to-end test needs: the local app on the simulator (fresh data, short
 * lifecycle delays), a Chromium page on it, and a screenshot of each step under
 * test-results/e2e/ (git-ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../build/paths';
import { startLocalApp } from '../local-app/app';
import type { LocalAppOptions, RunningLocalApp } from '../local-app/app';
import { launchChromium } from './browser';

export const SCREENSHOTS_DIR = path.join(PROJECT_ROOT, 'test-results', 'e2e');

export interface E2eContext {
    app: RunningLocalApp;
    browser: Browser;
    page: Page;
    /** Saves a full-page screenshot of the page (or another tab) named after the step. */
    step(name: string, tab?: Page): Promise<void>;
    /** Errors the page threw or logged: a test ends by checking there are none. */
    pageErrors: string[];
    close(): Promise<void>;
}

function slug(text: string): string {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}

export async function openLocalApp(
    suite: string,
    options: Partial<LocalAppOptions> = {},
): Promise<E2eContext> {
    const app = await startLocalApp({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'local-app-e2e-')),
        reset: true,
        statusSyncIntervalMs: 500,
        ...options,
        simulator: {
            delays: { preparingMs: 0, applyingMs: 0 },
            maxRequestsPerSecond: 1000,
            ...options.simulator,
        },
    });
    const browser = await launchChromium();
    // One browser context, as one user's browser: a test may open more tabs in it.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            pageErrors.push(message.text());
        }
    });
    const dir = path.join(SCREENSHOTS_DIR, slug(suite));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let count = 0;
    return {
        app,
        browser,
        page,
        pageErrors,
        async step(name: string, tab: Page = page) {
            count += 1;
            const file = `${String(count).padStart(2, '0')}-${slug(name)}.png`;
            await tab.screenshot({ path: path.join(dir, file), fullPage: true });
        },
        async close() {
            await browser.close();
            await app.stop();
        },
    };
}
