/**
 * Records at their own URL: a name in the list is a link to the record page, Back returns to the
 * list where the user left it (search, sort, scroll), a record's URL opened in a fresh tab shows
 * the record, and the wizard's URL keeps the draft open across a reload, also the draft a new
 * wizard saved for an upload.
 */
import type { Page } from 'playwright-core';
import { seedRecords } from '../bench/seedRecords';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import {
    chooseOption,
    chooseRadio,
    clickButton,
    fillField,
    listCountText,
    listRow,
    uploadLegalDocument,
    waitForRecordStatus,
    waitForValue,
} from './ui';

let ctx: E2eContext;

/** Enough rows for two pages of the list and a table that scrolls. */
const SEEDED = 120;
const RECORD_PAGE = /\/lightning\/r\/Resale_Authorization__c\/(a01[A-Za-z0-9]+)\/view$/;

beforeAll(async () => {
    ctx = await openLocalApp('records at their own URL');
    seedRecords(ctx.app.backend.store, SEEDED);
});

afterAll(async () => {
    await ctx?.close();
});

/** Waits until a tab shows the record page of `name`: its record view and its status. */
async function recordPageShows(tab: Page, name: string): Promise<void> {
    await tab.locator('c-resale-authorization-detail').getByText(name).first().waitFor();
    await tab.locator('c-resale-authorization-status lightning-badge').waitFor();
}

/** New from the list: the wizard at its create address, on Analytics Cloud. */
async function newAnalyticsWizard(page: Page): Promise<void> {
    await page.goto(ctx.app.url);
    await page.locator('[data-id="new"]').getByRole('button').click();
    await page.waitForURL(/\/lightning\/cmp\/c__resaleAuthorizationWizardPage\?c__mode=create$/);
    await chooseOption(page, 'Product', 'Analytics Cloud');
}

/** The table's own scroller (the rows scroll inside the datatable). */
function scroller() {
    return ctx.page.locator('c-ra-datatable .slds-scrollable_y');
}

it('opens a record from its link in the list, and Back returns to the same search, sort and scroll', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await page.waitForURL(/\/lightning\/n\/Resale_Authorizations$/);
    await page.getByRole('row').nth(5).waitFor();

    // Search (Partner 000 to 099), sort by name, load every page and scroll back up into them.
    const count = page.locator('[data-id="count"]');
    await page.getByRole('searchbox', { name: 'Search' }).fill('Partner 0');
    await count.filter({ hasText: /^20 of 100 / }).waitFor();
    const nameHeader = page.getByRole('columnheader', { name: /Name/ });
    await nameHeader.getByRole('button').first().click();
    await waitForValue(() => nameHeader.getAttribute('aria-sort'), 'ascending');
    await listRow(page, 'Partner 000 deal 0').waitFor();
    const scrollToEnd = () =>
        scroller().evaluate((element) => {
            element.scrollTop = element.scrollHeight;
        });
    await scrollToEnd();
    await count.filter({ hasText: /^70 of 100 / }).waitFor();
    await scrollToEnd();
    await count.filter({ hasText: /^100 of 100 / }).waitFor();
    await scroller().evaluate((element) => {
        element.scrollTop = 1500;
    });
    const countBefore = await listCountText(page);
    const scrollBefore = await scroller().evaluate((element) => element.scrollTop);
    expect(scrollBefore).toBeGreaterThan(1000);
    await ctx.step('list searched, sorted and scrolled');

    // The name is a link with a real address, followed in place (a row on screen at this scroll).
    const link = page.locator('[data-id="record-link"]').filter({ hasText: 'Partner 052 deal 52' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(RECORD_PAGE);
    await link.click();
    await page.waitForURL(RECORD_PAGE);
    expect(new URL(page.url()).pathname).toBe(href);
    await recordPageShows(page, 'Partner 052 deal 52');
    await ctx.step('record page');

    await page.goBack();
    await page.waitForURL(/\/lightning\/n\/Resale_Authorizations$/);
    await page.locator('[data-id="count"]').filter({ hasText: countBefore }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Partner 0');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await waitForValue(() => scroller().evaluate((element) => element.scrollTop), scrollBefore);
    await ctx.step('back: same search, sort and scroll');

    // Ctrl+click (as a middle click) opens the record in a new tab; the list stays as it is.
    const [tab] = await Promise.all([
        page.context().waitForEvent('page'),
        link.click({ modifiers: ['Control'] }),
    ]);
    await tab.waitForURL(RECORD_PAGE);
    expect(new URL(tab.url()).pathname).toBe(href);
    await recordPageShows(tab, 'Partner 052 deal 52');
    expect(new URL(page.url()).pathname).toBe('/lightning/n/Resale_Authorizations');
    await tab.close();
    expect(ctx.pageErrors).toEqual([]);
});

it('opens a shared record URL in a fresh page', async () => {
    const record = ctx.app.backend.store.allRecords()[7];
    if (!record) {
        throw new Error('no seeded record');
    }
    const fresh = await ctx.browser.newPage();
    await fresh.goto(`${ctx.app.url}/lightning/r/Resale_Authorization__c/${record.id}/view`);
    await recordPageShows(fresh, record.authorizationName);
    await ctx.step('shared record URL', fresh);
    await fresh.close();
});

it('keeps a draft open in the wizard across a reload, and Back leaves it', async () => {
    const { page } = ctx;
    await newAnalyticsWizard(page);
    await fillField(page, 'name', 'Reload keeps me');
    await clickButton(page, 'Save as draft');
    await waitForRecordStatus(page, 'Saved in Salesforce');
    await page.waitForURL(RECORD_PAGE);
    const recordId = RECORD_PAGE.exec(new URL(page.url()).pathname)?.[1];

    await clickButton(page, 'Edit');
    await page.waitForURL(new RegExp(`c__mode=edit&c__recordId=${recordId ?? ''}$`));
    const name = page.locator('[data-field="name"] input');
    await waitForValue(() => name.inputValue(), 'Reload keeps me');
    await page.reload();
    await waitForValue(() => name.inputValue(), 'Reload keeps me');
    await ctx.step('wizard in edit mode after a reload');

    // Back to the record page, and Back again to the list.
    await page.goBack();
    await page.waitForURL(RECORD_PAGE);
    await waitForRecordStatus(page, 'Saved in Salesforce');
    // The wizard that created it gave its place to the record page: Back goes to the list.
    await page.goBack();
    await page.waitForURL(/\/lightning\/n\/Resale_Authorizations$/);
    await page.locator('[data-id="count"]').waitFor();
    expect(ctx.pageErrors).toEqual([]);
});

it('names the draft an upload saved in a new wizard, so a reload opens it instead of a second one', async () => {
    const { page } = ctx;
    const named = (name: string) =>
        ctx.app.backend.store.allRecords().filter((record) => record.authorizationName === name);
    await newAnalyticsWizard(page);
    await fillField(page, 'name', 'Uploaded then reloaded');
    await chooseRadio(page, 'Custom EULA');
    await uploadLegalDocument(page, 'reload-eula.pdf');
    // The upload saved a draft: the address is that draft's edit now, in place of create.
    const saved = named('Uploaded then reloaded');
    expect(saved).toHaveLength(1);
    await page.waitForURL(new RegExp(`c__mode=edit&c__recordId=${saved[0]?.id ?? ''}$`));
    await ctx.step('the address names the draft the upload saved');

    await page.reload();
    const name = page.locator('[data-field="name"] input');
    await waitForValue(() => name.inputValue(), 'Uploaded then reloaded');
    expect(named('Uploaded then reloaded')).toHaveLength(1);
    await ctx.step('reloaded: the same draft, not a second one');

    // Back leaves the wizard for the list: no create page left behind it.
    await page.goBack();
    await page.waitForURL(/\/lightning\/n\/Resale_Authorizations$/);
    expect(named('Uploaded then reloaded')).toHaveLength(1);
    expect(ctx.pageErrors).toEqual([]);
});
