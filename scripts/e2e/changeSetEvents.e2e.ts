/**
 * AWS's change set events end to end: the simulator publishes the end of a change set and
 * delivers it, as EventBridge's API destination does, to the local app's Apex REST resource;
 * the status turns Active on screen with no DescribeChangeSet call. The wait is shorter than the
 * 30-second polling interval, so only the event can bring the status in time (how long it takes
 * is measured by `npm run bench`, never here).
 */
import { publishDraft, saveFormDraft } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { clickButton, fillAnalyticsContract, waitForRecordStatus, waitForValue } from './ui';

let ctx: E2eContext;

/** Shorter than the 30-second polling interval: only an event brings the status in time. */
const SHORTER_THAN_POLLING_MS = 20_000;

beforeAll(async () => {
    // AWS takes a few seconds: the change set is in flight when the record page opens.
    ctx = await openLocalApp('change set events', {
        simulator: { delays: { preparingMs: 1500, applyingMs: 1500 } },
    });
});

afterAll(async () => {
    await ctx?.close();
});

function describeChangeSetCalls(): number {
    return ctx.app.simulator?.calls().DescribeChangeSet ?? 0;
}

it('publishes, and the status turns Active by the event, with no DescribeChangeSet', async () => {
    const { page } = ctx;
    const api = ctx.app.backend.apiFor('en');
    // Events already flow: one change set of the day ended by its event.
    const form = contractForm('First of the day');
    const first = await saveFormDraft(api, form);
    await publishDraft(api, first, form);
    await waitForValue(
        async () => (await api.getResaleAuthorization({ recordId: first })).displayStatus,
        'Active',
        SHORTER_THAN_POLLING_MS,
    );
    const describedBefore = describeChangeSetCalls();

    await page.goto(ctx.app.url);
    await fillAnalyticsContract(page, {
        name: 'Brought by its event',
        resellerAccountId: '111122223333',
        seatsRate: '42',
        storageRate: '7',
        buyerTerms: 'Standard contract for AWS Marketplace',
        expiresInDays: 30,
    });
    await clickButton(page, 'Review');
    await clickButton(page, 'Create resale authorization');
    await waitForRecordStatus(page, 'Active', SHORTER_THAN_POLLING_MS);
    await page.locator('[data-id="history"]').getByText('SUCCEEDED').waitFor();
    await ctx.step('active by the event');

    const record = ctx.app.backend.store
        .allRecords()
        .find((candidate) => candidate.authorizationName === 'Brought by its event');
    const delivered = ctx.app.simulator?.events
        .deliveries()
        .filter((delivery) => delivery.changeSetId === record?.changeSetId);
    expect(delivered?.map((delivery) => delivery.status)).toContain(200);
    expect(describeChangeSetCalls() - describedBefore).toBe(0);
    expect(ctx.pageErrors).toEqual([]);
});
