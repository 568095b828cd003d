import type { RefreshResult } from '../../lwc-src/raDomain/raDomain';
import { publishDraft, saveFormDraft } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { rowAction } from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    // AWS takes minutes to apply these change sets: they stay in flight during the test.
    ctx = await openLocalApp('refresh status and its 30-second window', {
        simulator: { delays: { preparingMs: 600_000, applyingMs: 600_000 } },
    });
});

afterAll(async () => {
    await ctx?.close();
});

/** Publishes through the contract, as the wizard does, and returns the record id. */
async function publishInFlight(name: string): Promise<string> {
    const api = ctx.app.backend.apiFor('en');
    const form = contractForm(name);
    const recordId = await saveFormDraft(api, form);
    await publishDraft(api, recordId, form);
    return recordId;
}

it('refreshes at most once every 30 seconds, however many tabs ask', async () => {
    const { page } = ctx;
    const recordId = await publishInFlight('Still preparing');
    await page.goto(ctx.app.url);
    await rowAction(page, 'Still preparing', 'View');
    const refresh = page.locator('[data-id="refresh"]').getByRole('button');
    await refresh.waitFor();
    // Whoever looked first (the button or the status sync), the button then rests 30 seconds.
    if (await refresh.isEnabled()) {
        await refresh.click();
    }
    const countdown = page.locator('[data-id="countdown"]');
    await countdown.filter({ hasText: /Next refresh possible in \d+ s/ }).waitFor();
    expect(await refresh.isDisabled()).toBe(true);
    await ctx.step('refresh resting with a countdown');
    const describedOnce = ctx.app.catalogCalls().DescribeChangeSet ?? 0;
    expect(describedOnce).toBeGreaterThanOrEqual(1);

    // Three more tabs and twenty refreshes at once: AWS is not asked again inside the window.
    const tabs = await Promise.all([1, 2, 3].map(() => ctx.browser.newPage()));
    await Promise.all(tabs.map((tab) => tab.goto(ctx.app.url)));
    const results = await Promise.all(
        tabs.flatMap((tab) =>
            Array.from({ length: 7 }, () =>
                tab.evaluate(async (id) => {
                    const response = await fetch('/apex/refreshStatus', {
                        method: 'POST',
                        headers: { 'Content-Type': 'application/json' },
                        body: JSON.stringify({ recordId: id }),
                    });
                    return (await response.json()) as RefreshResult;
                }, recordId),
            ),
        ),
    );
    expect(results.every((result) => result.refreshed === false)).toBe(true);
    expect(new Set(results.map((result) => result.nextRefreshAllowedAt)).size).toBe(1);
    await ctx.app.backend.syncStatusesNow();
    expect(ctx.app.catalogCalls().DescribeChangeSet ?? 0).toBe(describedOnce);
    await ctx.step('no extra call to AWS');
    expect(ctx.pageErrors).toEqual([]);
});
