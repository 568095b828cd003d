import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    chooseOption,
    chooseRadio,
    fillField,
    field,
    openNewWizard,
    publishFromWizard,
} from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    // Starts empty: the import of the simulator's resale authorizations is another suite's.
    ctx = await openLocalApp('a reseller picked from an Account', { syncWithAws: false });
});

afterAll(async () => {
    await ctx?.close();
});

it('publishes a reseller picked from an Account with that Account’s AWS account id', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await page.locator('[data-id="empty"]').waitFor();
    await openNewWizard(page);
    await chooseOption(page, 'Product', 'Analytics Cloud');
    await fillField(page, 'name', 'Northwind from its Account');

    // Only Accounts with an AWS account id are offered: Tailspin Toys has none.
    const picker = page.getByRole('combobox', { name: 'Reseller Account', exact: true });
    await picker.fill('t');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('Northwind Traders')]),
    );
    expect((await options.allInnerTexts()).join(' ')).not.toContain('Tailspin');
    // Typing part of the AWS account id finds the Account too.
    await picker.fill('2222');
    await page.getByRole('option', { name: /Northwind Traders/ }).click();
    await ctx.step('reseller picked');
    // The Account's AWS account id fills in the reseller, once the server has given it.
    const reseller = await field(page, 'resellerAccountId').locator('input').elementHandle();
    await page.waitForFunction((input) => (input as HTMLInputElement).value !== '', reseller);
    expect(await reseller?.inputValue()).toBe('222233334444');

    await fillField(page, 'dimensions.Seats.rate', '25');
    await fillField(page, 'dimensions.Storage.rate', '0.10');
    await chooseRadio(page, 'Standard contract for AWS Marketplace');
    await publishFromWizard(page);
    await ctx.step('published');

    // What AWS holds: the Account's AWS account id as the reseller.
    const entities = Object.values(ctx.app.simulator?.service.state.entities ?? {}).filter(
        (entity) => entity.name === 'Northwind from its Account',
    );
    expect(entities.map((entity) => entity.resellerAccountId)).toEqual(['222233334444']);
    const stored = ctx.app.backend.store
        .allRecords()
        .find((record) => record.authorizationName === 'Northwind from its Account');
    const northwind = ctx.app.backend.store
        .allAccounts()
        .find((account) => account.name === 'Northwind Traders');
    expect(stored?.resellerAccount).toBe(northwind?.id);
    expect(ctx.pageErrors).toEqual([]);
});

it('shows in the header a notification when a change succeeds', async () => {
    const { page } = ctx;
    // The publish above succeeded: the bell counts the notification, without a reload.
    const unread = page.locator('[data-id="notifications-unread"]');
    await unread.waitFor();
    expect((await unread.innerText()).trim()).toBe('1');
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const notification = page.locator('[data-id="notification"]');
    await notification.first().waitFor();
    expect(await notification.allInnerTexts()).toEqual([
        expect.stringContaining('Change applied on AWS Marketplace'),
    ]);
    expect(await notification.first().innerText()).toContain(
        'Northwind from its Account: AWS Marketplace applied the change you sent.',
    );
    await ctx.step('notification');
    // Opened, it is read: the count goes.
    await unread.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Notifications', exact: true }).count()).toBe(1);
    expect(ctx.pageErrors).toEqual([]);
});
