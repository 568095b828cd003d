/**
 * The expiry radar in Chromium: its tab lists the simulator's resale authorization that expires
 * soon, with its days left, and the one-time one used recently; Renew opens the wizard on a
 * renewal, prefilled with the expiry date moved forward and the custom legal document to upload
 * again; publishing it creates a new resale authorization on AWS and leaves the old one as it was.
 */
import type { Locator } from 'playwright-core';
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { inDays, publishFromWizard, typedDate, uploadLegalDocument } from './ui';

const EXPIRING = 'Contoso Edge Proxy Quarter';
const EXPIRING_ENTITY = 'resaleauthz-seedsoon00008';
const USED = 'Northwind Gateway One Deal';

let ctx: E2eContext;

beforeAll(async () => {
    ctx = await openLocalApp('expiry radar and renew');
});

afterAll(async () => {
    await ctx?.close();
});

/** A row of one of the radar's lists, by the name it shows. */
function radarRow(list: 'expiring' | 'used', name: string): Locator {
    return ctx.page.locator(`[data-id="${list}"]`).getByRole('row').filter({ hasText: name });
}

function entities() {
    return Object.values(ctx.app.simulator?.service.state.entities ?? {});
}

it('lists what expires soon with its days left, and what was used recently', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await page.locator('[data-id="radar-tab"]').click();
    await page.waitForURL(/\/lightning\/n\/Expiring_Resale_Authorizations$/);
    const expiring = radarRow('expiring', EXPIRING);
    await expiring.waitFor();
    // Seeded to expire 20 days after the simulator's first start: today.
    expect(await expiring.innerText()).toContain('20 days left');
    expect(await expiring.innerText()).toContain('Edge Proxy for Amazon EKS');
    await radarRow('used', USED).waitFor();
    // The window opens on the org's notice days.
    expect(
        await page
            .locator('[data-id="window"] button, [data-id="window"] input')
            .first()
            .innerText(),
    ).toContain('Next 30 days');
    await ctx.step('the radar');
});

it('renews it: the wizard opens prefilled, with the expiry date moved and the document to upload again', async () => {
    const { page } = ctx;
    const seed = SEED_RESALE_AUTHORIZATIONS.find((entity) => entity.entityId === EXPIRING_ENTITY);
    const before = ctx.app.backend.store
        .allRecords()
        .find((record) => record.entityId === EXPIRING_ENTITY);
    await radarRow('expiring', EXPIRING).getByRole('button').last().click();
    await page.getByRole('menuitem', { name: 'Renew', exact: true }).click();
    await page.waitForURL(/c__mode=clone&c__recordId=\w+&c__renew=1$/);
    const name = page.locator('[data-field="name"] input');
    await name.waitFor();
    expect(await name.inputValue()).toBe(`${EXPIRING} Renewal`);
    // 90 days available, so 90 more: from 20 days to 110 days from today.
    expect(await page.locator('[data-field="availability.expiryDate"] input').inputValue()).toBe(
        typedDate(inDays(110)),
    );
    await page.locator('[data-id="renew-notice"]').waitFor();
    await page.locator('[data-id="upload-again"]').waitFor();
    await ctx.step('the renewal, prefilled');

    await uploadLegalDocument(page, 'renewal-eula.pdf');
    await publishFromWizard(page);
    await ctx.step('the renewal published');

    const renewal = entities().find((entity) => entity.name === `${EXPIRING} Renewal`);
    expect(renewal).toEqual(
        expect.objectContaining({
            status: 'Active',
            productId: 'prod-container-proxy',
            resellerAccountId: '333344445555',
            availability: expect.objectContaining({ AvailabilityEndDate: inDays(110) }),
        }),
    );
    // The old one is as it was, on AWS and in Salesforce.
    expect(entities().find((entity) => entity.entityId === EXPIRING_ENTITY)).toEqual(seed);
    const after = ctx.app.backend.store
        .allRecords()
        .find((record) => record.entityId === EXPIRING_ENTITY);
    expect(after).toEqual(before);
    expect(ctx.pageErrors).toEqual([]);
});
