import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    chooseOption,
    chooseRadio,
    clickButton,
    field,
    comboboxOptions,
    fillField,
    openNewWizard,
} from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    // No products until the administrator syncs them from the tab.
    ctx = await openLocalApp('product sync and product rules', {
        syncProductsAtStart: false,
        syncWithAws: false,
    });
});

afterAll(async () => {
    await ctx?.close();
});

it('an administrator syncs the products from the tab; the beta product AWS will not resell is not offered', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await page.locator('[data-id="empty"]').waitFor();
    expect(ctx.app.backend.store.allProducts()).toEqual([]);

    await clickButton(page, 'Sync products');
    // The next pages are read in queued jobs: the tab says so until the last one is in.
    await page.getByRole('status').filter({ hasText: 'Syncing products…' }).waitFor();
    await ctx.step('syncing');
    const toast = page.getByText(
        'Products synced: 5 can be resold, 1 AWS Marketplace does not resell (not published or restricted).',
    );
    await toast.waitFor({ timeout: 30_000 });
    await ctx.step('synced');
    expect(await page.getByRole('status').filter({ hasText: 'Syncing' }).count()).toBe(0);
    expect(ctx.app.catalogCalls().ListEntities).toBe(4);

    await openNewWizard(page);
    const offered = await comboboxOptions(page, 'Product');
    expect(offered).toEqual([
        'Analytics Cloud SaaS · prod-saas-analytics',
        'Cloud Migration Services Professional services · prod-ps-migration',
        'Edge Proxy for Amazon EKS Container · prod-container-proxy',
        'Secure Gateway AMI AMI · prod-ami-gateway',
        'Test Product SaaS · prod-1111111111111',
    ]);
    // One seller account, set for the user (its products are offered): never asked for.
    const sellerAccount = page.getByRole('combobox', { name: 'Seller account', exact: true });
    expect(await sellerAccount.count()).toBe(0);
    // Stored, with its visibility, but not offered: AWS refuses to resell a draft product.
    expect(ctx.app.backend.store.allProducts().map((p) => p.productId)).toContain('prod-saas-beta');
    await ctx.step('products offered');
    expect(ctx.pageErrors).toEqual([]);
});

it('refuses a professional services product without a custom EULA, on the legal terms field', async () => {
    const { page } = ctx;
    await chooseOption(page, 'Product', 'Cloud Migration Services');
    await fillField(page, 'name', 'Migration for Partner');
    await fillField(page, 'resellerAccountId', '111122223333');
    await fillField(page, 'dimensions.Workshop.rate', '2500');
    await chooseRadio(page, 'Standard contract for AWS Marketplace');
    await clickButton(page, 'Review');
    const legalTerms = field(page, 'buyerLegalTerms.type');
    await legalTerms
        .getByText(
            'Professional services are resold with a custom EULA only: choose Custom EULA and upload it.',
        )
        .waitFor();
    await ctx.step('custom EULA required');
    expect(ctx.app.catalogCalls().StartChangeSet ?? 0).toBe(0);

    await chooseRadio(page, 'Custom EULA');
    expect(
        await legalTerms
            .getByText('Professional services are resold with a custom EULA only', {
                exact: false,
            })
            .count(),
    ).toBe(0);
    expect(ctx.pageErrors).toEqual([]);
});
