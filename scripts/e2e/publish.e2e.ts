import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    backToList,
    chooseOption,
    chooseRadio,
    clickButton,
    field,
    fillField,
    inDays,
    listRow,
    openNewWizard,
    rowStatus,
    switchOn,
    typedDate,
    uploadLegalDocument,
    waitForRecordStatus,
} from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    ctx = await openLocalApp('publish a contract with a payment schedule and a custom EULA');
});

afterAll(async () => {
    await ctx?.close();
});

it('publishes a contract with a flexible payment schedule and a custom EULA, and sees it Active', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    // The app opens on the resale authorizations the first start imported from AWS.
    await listRow(page, 'Northwind Usage Rates').waitFor();
    await ctx.step('imported list');

    await openNewWizard(page);
    await chooseOption(page, 'Product', 'Analytics Cloud');
    await fillField(page, 'name', 'Contract with payments');
    await fillField(page, 'resellerAccountId', '111122223333');
    await switchOn(page, 'flexiblePaymentSchedule');
    await fillField(page, 'dimensions.Seats.quantity', '10');
    await fillField(page, 'dimensions.Storage.quantity', '5');
    await clickButton(page, 'Add payment');
    await fillField(page, 'paymentSchedule.0.chargeDate', typedDate(inDays(10)));
    await fillField(page, 'paymentSchedule.0.amount', '1200');
    await clickButton(page, 'Add payment');
    // ISO dates are taken as typed, and amounts as the locale writes them.
    await fillField(page, 'paymentSchedule.1.chargeDate', inDays(40));
    await fillField(page, 'paymentSchedule.1.amount', '1,200.00');
    expect(await field(page, 'paymentSchedule.1.chargeDate').locator('input').inputValue()).toBe(
        typedDate(inDays(40)),
    );
    expect(await page.locator('[data-id="total"]').innerText()).toBe('2,400.00 USD');
    await chooseRadio(page, 'Custom EULA');
    await uploadLegalDocument(page, 'partner-eula.pdf');
    await chooseRadio(page, 'One-time use');
    await fillField(page, 'availability.expiryDate', typedDate(inDays(5)));
    await ctx.step('form filled');

    await clickButton(page, 'Review');
    const summary = page.locator('[data-id="review-summary"]');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Custom EULA (partner-eula.pdf)');
    expect(await page.locator('[data-id="change-list"]').innerText()).toContain(
        'Set the payment schedule',
    );
    await ctx.step('review');

    await clickButton(page, 'Create resale authorization');
    await waitForRecordStatus(page, 'Active');
    await page.locator('[data-id="entity-id"]').filter({ hasText: /\S/ }).waitFor();
    await page.locator('[data-id="history"]').getByText('Succeeded').waitFor();
    await ctx.step('active');

    // The EULA opens from the record view: the local app serves it from the bucket.
    const eula = page.locator('[data-id="documents"] a');
    expect(await eula.innerText()).toContain('partner-eula.pdf (Custom EULA)');
    const opened = await page.request.get(
        new URL((await eula.getAttribute('href')) ?? '', ctx.app.url).toString(),
    );
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect((await opened.body()).toString()).toContain('partner-eula.pdf');
    expect(await page.locator('[data-id="portal-link"]').getAttribute('href')).toBe(
        'https://aws.amazon.com/marketplace/management/partners',
    );

    // What AWS holds: one resale authorization, with the EULA uploaded to S3.
    const state = ctx.app.simulator?.service.state;
    const created = Object.values(state?.entities ?? {}).filter(
        (entity) => entity.name === 'Contract with payments',
    );
    expect(created).toHaveLength(1);
    expect(created[0]?.status).toBe('Active');
    expect(Object.keys(state?.s3 ?? {}).some((key) => key.endsWith('partner-eula.pdf'))).toBe(true);

    await backToList(page);
    expect(await rowStatus(page, 'Contract with payments')).toBe('Active');
    expect(await listRow(page, 'Contract with payments').innerText()).toContain('Analytics Cloud');
    await ctx.step('list');
    expect(ctx.pageErrors).toEqual([]);
});
