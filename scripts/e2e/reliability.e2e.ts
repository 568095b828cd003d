import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { backToList, clickButton, fillAnalyticsContract, listRow, waitForRecordStatus } from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    // A dropped answer is noticed after this time-out, as a callout times out in the org.
    ctx = await openLocalApp('double click and a dropped answer', { requestTimeoutMs: 2000 });
});

afterAll(async () => {
    await ctx?.close();
});

function entitiesNamed(name: string) {
    return Object.values(ctx.app.simulator?.service.state.entities ?? {}).filter(
        (entity) => entity.name === name,
    );
}

it('creates exactly one resale authorization after a double click and a dropped answer', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await fillAnalyticsContract(page, {
        name: 'Exactly once',
        resellerAccountId: '777788889999',
        seatsRate: '100',
        storageRate: '20',
        buyerTerms: 'Standard contract for AWS Marketplace',
        expiresInDays: 60,
    });
    await clickButton(page, 'Review');

    // AWS records the change set but its answer never arrives.
    ctx.app.simulator?.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
    await page.getByRole('button', { name: 'Create resale authorization' }).dblclick();
    const problem = page.locator('[data-id="aws-errors"], [data-id="top-error"]').filter({
        hasText: 'did not answer in time',
    });
    await problem.first().waitFor({ timeout: 20_000 });
    await ctx.step('no answer from AWS');
    expect(entitiesNamed('Exactly once')).toHaveLength(1);

    // The user tries again: the same ClientRequestToken, so AWS returns the same change set.
    await clickButton(page, 'Create resale authorization');
    await waitForRecordStatus(page, 'Active');
    await ctx.step('published once');
    expect(entitiesNamed('Exactly once')).toHaveLength(1);
    const calls = ctx.app.catalogCalls();
    expect(calls.StartChangeSet).toBe(2);
    const records = ctx.app.backend.store
        .allRecords()
        .filter((r) => r.authorizationName === 'Exactly once');
    expect(records).toHaveLength(1);
    const history = ctx.app.backend.store.changesOf(records[0]?.id ?? '');
    expect(history).toHaveLength(1);
    expect(history[0]?.status).toBe('SUCCEEDED');

    await backToList(page);
    expect(await page.getByRole('row').filter({ hasText: 'Exactly once' }).count()).toBe(1);
    expect(await listRow(page, 'Exactly once').innerText()).toContain('777788889999');
    expect(ctx.pageErrors).toEqual([]);
});
