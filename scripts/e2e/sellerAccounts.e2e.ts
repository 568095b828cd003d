/**
 * Two AWS seller accounts (`npm start -- --accounts 2`), each on its own simulated catalog: each
 * account's products and resale authorizations, the list's Seller account column and filter,
 * the wizard asking for the account and offering its products, and a publish with the second
 * account that creates the resale authorization in its catalog only.
 */
import { SECOND_SELLER } from '../catalog-simulator/seed';
import type { RunningSimulator } from '../catalog-simulator/server';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    chooseOption,
    chooseRadio,
    comboboxOptions,
    fillField,
    inDays,
    listCountText,
    listLoaded,
    listRow,
    openNewWizard,
    publishFromWizard,
    typedDate,
    uploadLegalDocument,
    waitForValue,
} from './ui';

const US = 'Example Seller (US)';
const EUROPE = 'Example Seller Europe';

let ctx: E2eContext;

beforeAll(async () => {
    ctx = await openLocalApp('two seller accounts', { sellerAccounts: 2 });
});

afterAll(async () => {
    await ctx?.close();
});

function simulatorOf(account: string): RunningSimulator {
    const simulator = ctx.app.simulators.get(account);
    if (!simulator) {
        throw new Error(`No simulator for ${account}`);
    }
    return simulator;
}

const entitiesNamed = (account: string, name: string) =>
    Object.values(simulatorOf(account).service.state.entities).filter(
        (entity) => entity?.name === name,
    );

it("lists each account's resale authorizations, with their account, and filters on one account", async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await listLoaded(page);
    // The first start imported both catalogs: the second seller's one resale authorization too.
    const europeSeed = SECOND_SELLER.resaleAuthorizations[0]?.name ?? '';
    await listRow(page, europeSeed).waitFor();
    expect(await listRow(page, europeSeed).innerText()).toContain(EUROPE);
    expect(await listRow(page, 'Northwind Usage Rates').innerText()).toContain(US);
    await page
        .getByRole('columnheader', { name: 'Seller account' })
        .first()
        .waitFor({ state: 'attached' });
    await ctx.step('both accounts listed');

    await chooseOption(page, 'Seller account', EUROPE);
    await waitForValue(() => listCountText(page), '1 of 1 resale authorizations');
    await listRow(page, europeSeed).waitFor();
    expect(await listRow(page, 'Northwind Usage Rates').count()).toBe(0);
    // The product filter offers that account's products only.
    expect(await comboboxOptions(page, 'Product')).toEqual([
        'All',
        'Edge Firewall AMI',
        'Insights Hub',
    ]);
    await ctx.step('filtered on the second account');

    await chooseOption(page, 'Seller account', 'All');
    await listRow(page, 'Northwind Usage Rates').waitFor();
    expect(ctx.pageErrors).toEqual([]);
});

it('asks for the account in the wizard, offers its products, and publishes in its catalog only', async () => {
    const { page } = ctx;
    await openNewWizard(page);
    // Asked first, the default account chosen; the products are that account's.
    expect(await comboboxOptions(page, 'Seller account')).toEqual([
        `${US} · 999988887777`,
        `${EUROPE} · 888877776666`,
    ]);
    const usProducts = await comboboxOptions(page, 'Product');
    expect(usProducts).toContain('Analytics Cloud SaaS · prod-saas-analytics');
    expect(usProducts.some((option) => option.includes('prod-eu-'))).toBe(false);
    await chooseOption(page, 'Product', 'Analytics Cloud');

    // Another account: its products, and the product chosen is gone.
    await chooseOption(page, 'Seller account', `${EUROPE} · 888877776666`);
    expect(await comboboxOptions(page, 'Product')).toEqual([
        'Edge Firewall AMI AMI · prod-eu-ami-firewall',
        'Insights Hub SaaS · prod-eu-saas-insights',
    ]);
    await ctx.step('the second account chosen');

    await chooseOption(page, 'Product', 'Insights Hub');
    await fillField(page, 'name', 'Fabrikam Insights Europe');
    await fillField(page, 'resellerAccountId', '666677778888');
    await fillField(page, 'dimensions.Analysts.rate', '50');
    await chooseRadio(page, 'Custom EULA');
    await uploadLegalDocument(page, 'europe-eula.pdf');
    await fillField(page, 'availability.expiryDate', typedDate(inDays(90)));
    await ctx.step('form filled');
    await publishFromWizard(page);
    await page.locator('[data-id="seller-account"]').filter({ hasText: EUROPE }).first().waitFor();
    await ctx.step('published in the second account');

    // AWS: in the second account's catalog, not in the first's; the EULA in its bucket.
    expect(entitiesNamed('Europe', 'Fabrikam Insights Europe')).toHaveLength(1);
    expect(entitiesNamed('Europe', 'Fabrikam Insights Europe')[0]?.status).toBe('Active');
    expect(entitiesNamed('Default', 'Fabrikam Insights Europe')).toHaveLength(0);
    const europeDocuments = Object.keys(simulatorOf('Europe').service.state.s3);
    expect(
        europeDocuments.some(
            (key) =>
                key.startsWith('local-legal-documents-europe/') && key.endsWith('europe-eula.pdf'),
        ),
    ).toBe(true);
    expect(
        Object.keys(simulatorOf('Default').service.state.s3).some((key) =>
            key.endsWith('europe-eula.pdf'),
        ),
    ).toBe(false);
    expect(ctx.pageErrors).toEqual([]);
});
