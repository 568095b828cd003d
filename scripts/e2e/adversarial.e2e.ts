/**
 * Publishing against users, networks and AWS that do not behave: two tabs on one draft, terms
 * saved over by another tab mid-publish, a lost answer followed by an edit, a user who leaves in
 * the middle of a publish, a deactivation while a change is with AWS. Each test ends with AWS and the records in agreement: one resale
 * authorization per published record, with its name, product, reseller, status and rates.
 *
 * AWS is held where a test needs a change set in flight: the simulator keeps new change sets in
 * PREPARING until the test finishes them. The server's clock is the test's, so the 30-second
 * window of the status sync and the send claim pass when the test says, not after real waits.
 */
import { EVENTS_FALLBACK_SECONDS } from '../local-app/contract/ChangeSetStatusSync';
import type { Page, Route } from 'playwright-core';
import { toRestrictChangeSet } from '../../lwc-src/raDomain/raDomain';
import { saveFormDraft } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { lookUp } from '../catalog-simulator/idMap';
import type { RunningSimulator } from '../catalog-simulator/server';
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import { isInFlight } from '../local-app/contract/ResaleAuthorizationSelector';
import type { StoredRecord } from '../local-app/contract/store';
import { messagesIn } from '../local-app/contract/UserMessages';
import {
    agreeingReport,
    awsRates,
    compareAwsWithRecords,
    holdsSeed,
    savedRates,
} from '../reliability/awsAgreement';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    backToList,
    clickButton,
    confirmation,
    field,
    fillAnalyticsContract,
    fillField,
    listRow,
    rowAction,
    waitForRecordStatus,
    waitForRowStatus,
} from './ui';

let ctx: E2eContext;
/** How far the server's clock is ahead of the real one. */
let clockOffsetMs = 0;

const message = messagesIn('en');
const PUBLISH = 'Create resale authorization';
/** Longer than any test: a held change set stays PREPARING until the test finishes it. */
const HOLD_MS = 600_000;
/**
 * Past the status sync's longest wait: while change set events flow it waits 5 minutes, not 30
 * seconds, and an event may arrive after the sync ran (or answer "unknown" when it reached the
 * app before the send stored the change set id): the sync then asks AWS itself.
 */
const PAST_REFRESH_WINDOW_MS = (EVENTS_FALLBACK_SECONDS + 1) * 1000;
const FINAL_CHANGE_SET_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

beforeAll(async () => {
    ctx = await openLocalApp('adversarial publishing', {
        clock: () => Date.now() + clockOffsetMs,
    });
});

afterAll(async () => {
    await ctx?.close();
});

beforeEach(() => {
    ctx.pageErrors.length = 0;
});

/**
 * What a page logged that a test did not expect: a refused call is a 400 the browser logs as a
 * failed resource, and each test checks the message the user was shown instead.
 */
function unexpected(errors: readonly string[]): string[] {
    return errors.filter(
        (error) =>
            error !==
            'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    );
}

function simulator(): RunningSimulator {
    const running = ctx.app.simulator;
    if (!running) {
        throw new Error('The end-to-end tests run on the simulator');
    }
    return running;
}

function api() {
    return ctx.app.backend.apiFor('en');
}

function startChangeSetCalls(): number {
    return ctx.app.catalogCalls().StartChangeSet ?? 0;
}

/** A draft saved in Salesforce, as the wizard saves one. */
async function saveDraftOf(name: string, resellerAccountId: string): Promise<void> {
    await saveFormDraft(api(), contractForm(name, resellerAccountId));
}

function recordNamed(name: string): StoredRecord {
    const record = ctx.app.backend.store.allRecords().find((r) => r.authorizationName === name);
    if (!record) {
        throw new Error(`No record ${name}`);
    }
    return record;
}

/** The change sets AWS holds for the record of this name (creation and restrictions). */
function changeSetsOf(name: string) {
    const entityId = ctx.app.backend.store
        .allRecords()
        .find((r) => r.authorizationName === name)?.entityId;
    return Object.values(simulator().service.state.changeSets).filter(
        (changeSet) =>
            changeSet.changes.some((change) => change.DetailsDocument.Name === name) ||
            (entityId !== null && entityId !== undefined && changeSet.entityIds.includes(entityId)),
    );
}

/** The rates of each resale authorization of this name on AWS. */
function ratesOnAws(name: string): string[][] {
    return Object.values(simulator().service.state.entities)
        .filter((entity) => entity.name === name)
        .map(awsRates);
}

/** Waits for a condition of the server or of AWS, checking it every 50 ms. */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
        if (Date.now() > deadline) {
            throw new Error(`Still waiting: ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

/** From now on, AWS keeps each new change set in PREPARING until `finishOnAws`. */
function holdOnAws(): void {
    simulator().service.delays.preparingMs = HOLD_MS;
    simulator().service.delays.applyingMs = 0;
}

/** AWS applies every change set it holds now, and the next ones at once. */
async function finishOnAws(): Promise<void> {
    const { service } = simulator();
    service.delays.preparingMs = 0;
    service.delays.applyingMs = 0;
    const now = Date.now();
    for (const changeSet of Object.values(service.state.changeSets)) {
        if (changeSet.nextStepAt !== undefined) {
            changeSet.nextStepAt = now;
        }
    }
    service.stopTimers();
    service.resumePending();
    await waitUntil(
        () =>
            Object.values(service.state.changeSets).every((changeSet) =>
                FINAL_CHANGE_SET_STATUSES.has(changeSet.status),
            ),
        'AWS applies the change sets',
    );
}

/** AWS finishes, then the status sync brings every record to what AWS says. */
async function settle(): Promise<void> {
    await finishOnAws();
    for (let round = 0; round < 5 && ctx.app.backend.store.allRecords().some(isInFlight);) {
        round += 1;
        clockOffsetMs += PAST_REFRESH_WINDOW_MS;
        await ctx.app.backend.syncStatusesNow();
    }
    expect(ctx.app.backend.store.allRecords().filter(isInFlight)).toEqual([]);
}

/** AWS and the records agree: one resale authorization per published record, the same terms. */
function expectAwsToMatchRecords(): void {
    const records = ctx.app.backend.store.allRecords();
    expect(
        compareAwsWithRecords(Object.values(simulator().service.state.entities), records),
    ).toEqual(
        agreeingReport(
            records.filter((record) => record.entityId !== null && !holdsSeed(record)).length,
        ),
    );
}

/**
 * A second tab of the same browser context; `close` closes it and checks it logged no error
 * but the refusals the test checks.
 */
async function secondTab(): Promise<{ tab: Page; close(): Promise<void> }> {
    const tab = await ctx.page.context().newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (entry) => {
        if (entry.type() === 'error') {
            errors.push(entry.text());
        }
    });
    return {
        tab,
        async close() {
            await tab.close();
            expect(unexpected(errors)).toEqual([]);
        },
    };
}

/**
 * Puts a tab in front: Chromium slows the animation frames of a tab behind another, and a click
 * there waits seconds for its target to be still.
 */
async function inFront(tab: Page): Promise<Page> {
    await tab.bringToFront();
    return tab;
}

async function openDraftForReview(page: Page, name: string): Promise<void> {
    await inFront(page);
    await page.goto(ctx.app.url);
    await rowAction(page, name, 'Edit');
    await field(page, 'name').locator('input').waitFor();
    await clickButton(page, 'Review');
    await page.getByRole('button', { name: PUBLISH, exact: true }).waitFor();
}

/** Publishes from the review step; AWS applies it and the record, opened again, is Active. */
async function publishUntilActive(page: Page, name: string): Promise<void> {
    await clickButton(page, PUBLISH);
    await waitForRecordStatus(page, '(Preparing|Active)');
    await settle();
    await showRecord(page, name, 'Active');
}

/**
 * What every test ends with: the record's one change set on AWS, `sends` StartChangeSet calls
 * since `callsBefore`, AWS and the records in agreement, and no page error.
 */
function expectPublishedOnce(name: string, callsBefore: number, sends = 1): void {
    expect(startChangeSetCalls() - callsBefore).toBe(sends);
    expect(changeSetsOf(name)).toHaveLength(1);
    expectAwsToMatchRecords();
    expect(unexpected(ctx.pageErrors)).toEqual([]);
}

/** Opens the record from a freshly loaded list and waits for its status. */
async function showRecord(page: Page, name: string, status: string): Promise<void> {
    await inFront(page);
    await page.goto(ctx.app.url);
    await rowAction(page, name, 'View');
    await waitForRecordStatus(page, status);
}

function topError(page: Page, text: string) {
    return page.locator('[data-id="top-error"]').filter({ hasText: text });
}

/** A promise and what settles it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((done) => {
        resolve = done;
    });
    return { promise, resolve };
}

/**
 * Passes the page's next call of an Apex method to the server, then keeps the answer from the
 * page until `release`: the server has done its work, the page has not heard of it.
 */
async function withholdAnswer(page: Page, method: string) {
    const answered = signal();
    const released = signal();
    const pattern = `**/apex/${method}`;
    await page.route(pattern, async (route: Route) => {
        const response = await route.fetch();
        answered.resolve();
        await released.promise;
        // The page that asked has gone: there is no one left to answer.
        await route.fulfill({ response }).catch(() => undefined);
    });
    return {
        answered: answered.promise,
        async release() {
            released.resolve();
            await page.unroute(pattern);
        },
    };
}

it('publishes a draft open in two tabs once; the second tab is told a change is under way', async () => {
    const name = 'Two tabs one draft';
    const { page } = ctx;
    await saveDraftOf(name, '222233334444');
    const { tab: second, close: closeSecond } = await secondTab();
    await openDraftForReview(page, name);
    await openDraftForReview(second, name);
    holdOnAws();
    const callsBefore = startChangeSetCalls();

    await clickButton(await inFront(page), PUBLISH);
    await waitForRecordStatus(page, 'Preparing');
    await clickButton(await inFront(second), PUBLISH);
    await topError(second, message('RA_Apex_ChangeInFlight', 'PREPARING')).waitFor();
    await ctx.step('second tab told a change is under way', second);
    expect(startChangeSetCalls() - callsBefore).toBe(1);
    expect(changeSetsOf(name)).toHaveLength(1);

    await settle();
    await showRecord(page, name, 'Active');
    await ctx.step('published once');
    expectPublishedOnce(name, callsBefore);
    await closeSecond();
});

it('refuses to send terms another tab saved over, then publishes the saved terms once', async () => {
    const name = 'Saved over in another tab';
    const { page } = ctx;
    await saveDraftOf(name, '777788889999');
    const { tab: second, close: closeSecond } = await secondTab();
    await openDraftForReview(page, name);
    const callsBefore = startChangeSetCalls();
    // This tab's draft is saved, and its prepare waits until the other tab has saved.
    const prepareRequested = signal();
    const otherTabSaved = signal();
    await page.route('**/apex/prepareChangeSet', async (route: Route) => {
        prepareRequested.resolve();
        await otherTabSaved.promise;
        await route.continue();
    });
    await clickButton(page, PUBLISH);
    await prepareRequested.promise;

    await inFront(second);
    await second.goto(ctx.app.url);
    await rowAction(second, name, 'Edit');
    await fillField(second, 'dimensions.Seats.rate', '250');
    await clickButton(second, 'Save as draft');
    await waitForRecordStatus(second, 'Saved in Salesforce');
    otherTabSaved.resolve();

    await inFront(page);
    await topError(page, message('RA_Apex_DraftChanged')).waitFor();
    await page.unroute('**/apex/prepareChangeSet');
    await ctx.step('terms saved over in another tab: nothing sent');
    expect(startChangeSetCalls()).toBe(callsBefore);
    expect(changeSetsOf(name)).toHaveLength(0);

    // Reloaded, the page shows the saved terms, and those are published.
    await openDraftForReview(page, name);
    await publishUntilActive(page, name);
    await ctx.step('the saved terms published');
    expect(ratesOnAws(name)).toEqual([['Seats=250', 'Storage=100']]);
    expectPublishedOnce(name, callsBefore);
    await closeSecond();
});

it('refuses other terms after a lost answer, then publishes the original terms once', async () => {
    const name = 'Lost answer then edited';
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await fillAnalyticsContract(page, {
        name,
        resellerAccountId: '333344445555',
        seatsRate: '100',
        storageRate: '20',
        buyerTerms: 'Standard contract for AWS Marketplace',
        expiresInDays: 60,
    });
    await clickButton(page, 'Review');
    const callsBefore = startChangeSetCalls();

    // AWS creates the resale authorization; its answer never reaches the server.
    simulator().faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
    await clickButton(page, PUBLISH);
    await topError(page, message('RA_Aws_Timeout')).waitFor();
    await ctx.step('no answer from AWS');

    // Other terms for a change AWS may have taken: refused, nothing sent.
    await clickButton(page, 'Back');
    await fillField(page, 'dimensions.Seats.rate', '150');
    await clickButton(page, 'Review');
    await clickButton(page, PUBLISH);
    await topError(page, message('RA_Apex_OutcomeUnknown')).waitFor();
    await ctx.step('edited terms refused');
    expect(startChangeSetCalls() - callsBefore).toBe(1);
    expect(savedRates(recordNamed(name).formStateJson)).toEqual(['Seats=100', 'Storage=20']);

    // The terms that were sent, sent again: the same change set, the original rates.
    await clickButton(page, 'Back');
    await fillField(page, 'dimensions.Seats.rate', '100');
    await clickButton(page, 'Review');
    await publishUntilActive(page, name);
    await ctx.step('published with the original terms');
    expect(ratesOnAws(name)).toEqual([['Seats=100', 'Storage=20']]);
    expectPublishedOnce(name, callsBefore, 2);
});

it('publishes once when the user leaves while the change set is being sent, and shows it Active on return', async () => {
    const name = 'Left during the send';
    const { page } = ctx;
    await saveDraftOf(name, '444455556666');
    await openDraftForReview(page, name);
    const callsBefore = startChangeSetCalls();
    simulator().faults.add({
        operation: 'StartChangeSet',
        kind: 'latency',
        latencyMs: 1500,
        count: 1,
    });
    const send = await withholdAnswer(page, 'sendChangeSet');

    await clickButton(page, PUBLISH);
    await waitUntil(() => startChangeSetCalls() > callsBefore, 'the server calls AWS');
    // Back to the list before the page has any answer.
    await page.goto(ctx.app.url);
    await listRow(page, name).waitFor();
    await ctx.step('left before the answer');
    await send.release();
    await send.answered;

    await settle();
    await showRecord(page, name, 'Active');
    await ctx.step('back on the record, Active');
    expectPublishedOnce(name, callsBefore);
});

it('after the user left between prepare and send, says the change was not sent, discards it, and publishes the edited terms once', async () => {
    const name = 'Left before the send';
    const { page } = ctx;
    await saveDraftOf(name, '555566667777');
    await openDraftForReview(page, name);
    const callsBefore = startChangeSetCalls();
    const prepare = await withholdAnswer(page, 'prepareChangeSet');

    await clickButton(page, PUBLISH);
    await prepare.answered;
    await page.goto(ctx.app.url);
    await listRow(page, name).waitFor();
    await prepare.release();
    // Prepared, never claimed, never sent: nothing holds the record.
    expect(startChangeSetCalls()).toBe(callsBefore);
    const [prepared] = ctx.app.backend.store.changesOf(recordNamed(name).id);
    expect(prepared).toEqual(
        expect.objectContaining({ status: 'PENDING', sentAt: null, sendClaimedUntil: null }),
    );

    await rowAction(page, name, 'View');
    const notice = page.locator('[data-id="unanswered"]');
    await notice.getByText('prepared but not sent to AWS').waitFor();
    await ctx.step('the record says the publish was not sent');
    await notice.getByRole('button', { name: 'Discard' }).click();
    const question = await confirmation(page);
    expect(await question.innerText()).toContain('never sent to AWS');
    await question.getByRole('button', { name: 'Discard change', exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    await ctx.step('discarded');

    await backToList(page);
    await rowAction(page, name, 'Edit');
    await field(page, 'name').locator('input').waitFor();
    await fillField(page, 'dimensions.Seats.rate', '95');
    await clickButton(page, 'Review');
    await publishUntilActive(page, name);
    await ctx.step('the edited terms published once');
    expect(ratesOnAws(name)).toEqual([['Seats=95', 'Storage=100']]);
    expect(lookUp(simulator().service.state.tokens, prepared?.clientRequestToken ?? '')).toBe(
        undefined,
    );
    expectPublishedOnce(name, callsBefore);
});

it('refuses a deactivation while a change is with AWS, restricts nothing, and deactivates once afterwards', async () => {
    const name = 'Deactivate in flight';
    const { page } = ctx;
    const { tab: second, close: closeSecond } = await secondTab();
    await saveDraftOf(name, '666677778888');
    await openDraftForReview(page, name);
    holdOnAws();
    await clickButton(page, PUBLISH);
    await waitForRecordStatus(page, 'Preparing');

    // While the publish is PREPARING, no screen offers a deactivation ...
    await inFront(second);
    await second.goto(ctx.app.url);
    await waitForRowStatus(second, name, 'Preparing');
    await listRow(second, name).getByRole('button').last().click();
    await second.getByRole('menuitem', { name: 'View', exact: true }).waitFor();
    expect(await second.getByRole('menuitem', { name: 'Deactivate' }).count()).toBe(0);
    await second.keyboard.press('Escape');
    // ... and one sent anyway, as a page would send it, is refused before AWS is called.
    const callsBefore = startChangeSetCalls();
    const seed = SEED_RESALE_AUTHORIZATIONS[0]?.entityId ?? '';
    const refused = await second.evaluate(
        async ({ recordId, changeSetJson }) => {
            const response = await fetch('/apex/prepareChangeSet', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ recordId, action: 'RESTRICT', changeSetJson }),
            });
            return { status: response.status, body: (await response.json()) as unknown };
        },
        {
            recordId: recordNamed(name).id,
            changeSetJson: JSON.stringify(toRestrictChangeSet(seed)),
        },
    );
    expect(refused).toEqual({ status: 400, body: { message: message('RA_Apex_NotOnAws') } });
    expect(startChangeSetCalls()).toBe(callsBefore);
    expect(lookUp(simulator().service.state.entities, seed)?.status).toBe('Active');

    await settle();
    await showRecord(page, name, 'Active');

    // Deactivated from the record view, while a second tab still shows the row Active.
    await (await inFront(second)).goto(ctx.app.url);
    await waitForRowStatus(second, name, 'Active');
    holdOnAws();
    await (await inFront(page)).locator('[data-id="deactivate"]').getByRole('button').click();
    await (
        await confirmation(page)
    )
        .getByRole('button', { name: 'Deactivate', exact: true })
        .click();
    await waitForRecordStatus(page, 'Preparing');
    await rowAction(await inFront(second), name, 'Deactivate');
    await (
        await confirmation(second)
    )
        .getByRole('button', { name: 'Deactivate', exact: true })
        .click();
    await second
        .locator('[data-id="toast"]')
        .filter({ hasText: message('RA_Apex_ChangeInFlight', 'PREPARING') })
        .waitFor();
    await ctx.step('second deactivation refused', second);
    const restrictions = () =>
        changeSetsOf(name).filter((changeSet) =>
            changeSet.changes.some((change) => change.ChangeType === 'RestrictResaleAuthorization'),
        );
    expect(restrictions()).toHaveLength(1);

    await settle();
    await showRecord(page, name, 'Restricted');
    await ctx.step('restricted once');
    expect(restrictions()).toHaveLength(1);
    expectAwsToMatchRecords();
    await backToList(page);
    await closeSecond();
    expect(unexpected(ctx.pageErrors)).toEqual([]);
});
