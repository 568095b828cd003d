/**
 * AWS's change set events against polling, in Chromium on the local app: the time from the
 * simulator finishing a change set to its new status on the record page's screen, with the
 * events the simulator delivers as EventBridge does (target 2 s) and without them, by polling
 * alone (target 31 s: the 30-second window and a second); and the DescribeChangeSet calls each
 * change set costs, once events flow (target 0) and without them.
 *
 * Each sample publishes a resale authorization through the contract, opens its record page while
 * AWS prepares the change set, and waits for Active on screen; the end of the change set is when
 * the simulator applied it (the event it publishes records that moment either way). The first
 * change set of the events run ends by its event before the samples, as in an org where events
 * already flow (the first after a week without events is polled as before until its event).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalApp } from '../local-app/app';
import type { RunningLocalApp } from '../local-app/app';
import { launchChromium } from '../e2e/browser';
import { waitForRecordStatus } from '../e2e/ui';
import { publishDraft, saveFormDraft } from './contractWorkflows';
import { contractForm } from './seedForms';
import { round } from './stats';

/** Time in PREPARING, then in APPLYING: long enough for the record page to open first. */
const LIFECYCLE = { preparingMs: 3000, applyingMs: 1500 };
export const EVENT_TARGETS_MS = { withEvents: 2_000, polling: 31_000 } as const;
/** DescribeChangeSet calls per change set while events flow. */
export const DESCRIBES_PER_CHANGE_SET_TARGET = 0;

export interface StatusOnScreen {
    /** The median of the samples beside its target. */
    ms: number;
    targetMs: number;
    withinTarget: boolean;
    samplesMs: number[];
    /** DescribeChangeSet calls per change set in the samples. */
    describeChangeSetPerChangeSet: number;
    describeChangeSetTarget: number | null;
}

export interface ChangeSetEventsBenchResult {
    lifecycleMs: { preparing: number; applying: number };
    withEvents: StatusOnScreen;
    polling: StatusOnScreen;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** One publish: its record page open while AWS works, then Active on screen. */
async function sample(app: RunningLocalApp, page: Page, name: string): Promise<number> {
    const api = app.backend.apiFor('en');
    const form = contractForm(name);
    const recordId = await saveFormDraft(api, form);
    const { changeSetId } = await publishDraft(api, recordId, form);
    await page.goto(`${app.url}/lightning/r/Resale_Authorization__c/${recordId}/view`);
    await waitForRecordStatus(page, 'Active', 60_000);
    const shownAt = Date.now();
    const finished = app.simulator?.events
        .events()
        .find(({ event }) => event.detail.ChangeSetId === changeSetId);
    if (!finished) {
        throw new Error(`The simulator did not finish change set ${String(changeSetId)}`);
    }
    return shownAt - finished.finishedAt;
}

async function measure(
    events: boolean,
    samples: number,
    targetMs: number,
    describeTarget: number | null,
): Promise<StatusOnScreen> {
    const app = await startLocalApp({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-events-')),
        reset: true,
        syncWithAws: false,
        simulator: { delays: LIFECYCLE },
        changeSetEvents: events ? {} : false,
    });
    const browser = await launchChromium();
    try {
        const page = await browser.newPage();
        if (events) {
            // Events already flow: a change set ended by its event before the samples.
            await sample(app, page, 'Warm Up');
        }
        const describedBefore = app.simulator?.calls().DescribeChangeSet ?? 0;
        const samplesMs: number[] = [];
        for (let index = 0; index < samples; index += 1) {
            samplesMs.push(await sample(app, page, `Sample ${index + 1}`));
        }
        const described = (app.simulator?.calls().DescribeChangeSet ?? 0) - describedBefore;
        const ms = round(median(samplesMs), 0);
        return {
            ms,
            targetMs,
            withinTarget: ms <= targetMs,
            samplesMs: samplesMs.map((value) => round(value, 0)),
            describeChangeSetPerChangeSet: round(described / samples, 2),
            describeChangeSetTarget: describeTarget,
        };
    } finally {
        await browser.close();
        await app.stop();
    }
}

export async function runChangeSetEventsBench(
    samples = { withEvents: 7, polling: 3 },
): Promise<ChangeSetEventsBenchResult> {
    return {
        lifecycleMs: { preparing: LIFECYCLE.preparingMs, applying: LIFECYCLE.applyingMs },
        withEvents: await measure(
            true,
            samples.withEvents,
            EVENT_TARGETS_MS.withEvents,
            DESCRIBES_PER_CHANGE_SET_TARGET,
        ),
        polling: await measure(false, samples.polling, EVENT_TARGETS_MS.polling, null),
    };
}
