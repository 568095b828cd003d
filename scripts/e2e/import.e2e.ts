/**
 * AWS as the source of truth, in Chromium: a fresh app opens on the simulator's resale
 * authorizations in every state; a sync run twice, or from two tabs at once, creates nothing
 * twice; a resale authorization created and then restricted directly through the API appears,
 * then shows Restricted after the next sync; an expired one shows Expired.
 */
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type { Page } from 'playwright-core';
import { toRestrictChangeSet } from '../../lwc-src/raDomain/changeSet';
import { publishRequestOf } from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { catalogClient, runChangeSet } from '../catalog-simulator/__tests__/simulatorHarness';
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import type { RunningSimulator } from '../catalog-simulator/server';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { listCountText, listRow, rowAction, rowStatus, waitForRowStatus } from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    ctx = await openLocalApp('sync with AWS');
});

afterAll(async () => {
    await ctx?.close();
});

function simulator(): RunningSimulator {
    if (!ctx.app.simulator) {
        throw new Error('no simulator');
    }
    return ctx.app.simulator;
}

/** The entity ids of the records: one record per entity, whatever ran. */
function storedEntityIds(): string[] {
    return ctx.app.backend.store
        .allRecords()
        .map((record) => record.entityId)
        .filter((id): id is string => id !== null);
}

function finishedRuns(): number {
    return ctx.app.backend.store.allImportRuns().filter((run) => run.status === 'SUCCEEDED').length;
}

/** Waits until a run has ended since `before` runs had. */
async function waitForRunEnd(before: number): Promise<void> {
    for (let waited = 0; finishedRuns() <= before; waited += 100) {
        if (waited > 20_000) {
            throw new Error('the sync did not end');
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/** Sync with AWS from the tab, and wait until the run it started has ended. */
async function syncFromTab(page: Page): Promise<void> {
    const before = finishedRuns();
    await page.locator('[data-id="import-start"]').getByRole('button').click();
    await waitForRunEnd(before);
    await page.locator('[data-id="import-finished"]').waitFor();
}

it('opens on the simulator’s resale authorizations, in every state the Portal shows', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await listRow(page, 'Northwind Gateway One Deal').waitFor();
    expect(await listCountText(page)).toBe(
        `${SEED_RESALE_AUTHORIZATIONS.length} of ${SEED_RESALE_AUTHORIZATIONS.length} resale authorizations`,
    );
    expect({
        active: await rowStatus(page, 'Example Reseller Analytics 2027'),
        draft: await rowStatus(page, 'Contoso Gateway Draft'),
        restricted: await rowStatus(page, 'Example Reseller Edge Proxy 2025'),
        expired: await rowStatus(page, 'Contoso Analytics 2026 H1'),
        used: await rowStatus(page, 'Northwind Gateway One Deal'),
    }).toEqual({
        active: 'Active',
        draft: 'Draft on AWS',
        restricted: 'Restricted',
        expired: 'Expired',
        used: 'Used',
    });
    expect(await page.locator('[data-id="import-counts"]').innerText()).toContain(
        `Found ${SEED_RESALE_AUTHORIZATIONS.length}, imported ${SEED_RESALE_AUTHORIZATIONS.length}`,
    );
    await ctx.step('imported at the first start');

    // The expired one's record view: Expired, with when it last matched AWS.
    await rowAction(page, 'Contoso Analytics 2026 H1', 'View');
    await page
        .locator('c-resale-authorization-status lightning-badge')
        .filter({ hasText: 'Expired' })
        .waitFor();
    await page.locator('[data-id="last-synced"]').waitFor();
    await ctx.step('expired, in the record view');
    expect(ctx.pageErrors).toEqual([]);
});

it('creates nothing twice when the sync runs again, or from two tabs at once', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await listRow(page, 'Northwind Usage Rates').waitFor();
    await syncFromTab(page);
    expect(storedEntityIds().sort()).toEqual(
        SEED_RESALE_AUTHORIZATIONS.map((seed) => seed.entityId).sort(),
    );
    await ctx.step('synced again: nothing new');

    const other = await page.context().newPage();
    await other.goto(ctx.app.url);
    await listRow(other, 'Northwind Usage Rates').waitFor();
    const runsBefore = ctx.app.backend.store.allImportRuns().length;
    const before = finishedRuns();
    // AWS slow to list: the run the first tab starts is still under way when the second asks
    // (the second click waits until that run is stored, so a slow click cannot come after it
    // ended).
    simulator().faults.set([
        { operation: 'ListEntities', kind: 'latency', latencyMs: 8000, count: 1 },
    ]);
    await page.locator('[data-id="import-start"]').getByRole('button').click();
    for (let waited = 0; ctx.app.backend.store.allImportRuns().length === runsBefore;) {
        if ((waited += 50) > 10_000) {
            throw new Error('the first tab started no sync');
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await other.locator('[data-id="import-start"]').getByRole('button').click();
    expect(finishedRuns()).toBe(before);
    await waitForRunEnd(before);
    expect(ctx.app.backend.store.allImportRuns().length).toBe(runsBefore + 1);
    expect(storedEntityIds()).toHaveLength(SEED_RESALE_AUTHORIZATIONS.length);
    expect(new Set(storedEntityIds()).size).toBe(storedEntityIds().length);
    await ctx.step('two tabs at once: one run', other);
    await other.close();
    expect(ctx.pageErrors).toEqual([]);
});

it('follows a resale authorization created, then restricted, directly through the API', async () => {
    const { page } = ctx;
    const aws = catalogClient(simulator());
    const created = await runChangeSet(aws, {
        ...(JSON.parse(
            publishRequestOf(contractForm('Made Through The API')),
        ) as StartChangeSetCommandInput),
        ClientRequestToken: 'made-through-the-api',
    });
    const entityId =
        created.ChangeSet?.find((change) => change.ChangeType === 'CreateResaleAuthorization')
            ?.Entity?.Identifier ?? '';
    await page.goto(ctx.app.url);
    await listRow(page, 'Northwind Usage Rates').waitFor();
    expect(await listRow(page, 'Made Through The API').count()).toBe(0);
    await syncFromTab(page);
    await waitForRowStatus(page, 'Made Through The API', 'Active');
    await ctx.step('appeared after the sync');

    await runChangeSet(aws, toRestrictChangeSet(entityId, 'restricted-through-the-api'));
    await syncFromTab(page);
    await waitForRowStatus(page, 'Made Through The API', 'Restricted');
    await ctx.step('restricted after the next sync');
    expect(
        ctx.app.backend.store
            .allRecords()
            .filter((record) => record.authorizationName === 'Made Through The API'),
    ).toHaveLength(1);
    expect(ctx.pageErrors).toEqual([]);
});
