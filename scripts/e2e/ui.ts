/**
 * How a user works the app's screens, in Playwright: by the labels they read (accessible names),
 * with `data-field` / `data-id` where a label repeats.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** YYYY-MM-DD, `days` from today (UTC), as the wizard's date fields take it. */
export function inDays(days: number): string {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** A date as a user in the en-US locale types it (the date fields' medium style). */
export function typedDate(isoDate: string): string {
    return new Intl.DateTimeFormat('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
    }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function field(page: Page, name: string): Locator {
    return page.locator(`[data-field="${name}"]`);
}

export async function clickButton(scope: Page | Locator, name: string | RegExp): Promise<void> {
    await scope.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

/** Types into a text field, then leaves it (the wizard checks a field when it loses focus). */
export async function fillField(page: Page, fieldName: string, value: string): Promise<void> {
    const input = field(page, fieldName).locator('input, textarea').first();
    await input.fill(value);
    await input.press('Tab');
}

/**
 * Chooses an option by its label. An option may show a second line under it (a product's type
 * and ID): the label is the line that reads exactly `option`.
 */
export async function chooseOption(
    page: Page,
    comboboxName: string,
    option: string,
): Promise<void> {
    await page.getByRole('combobox', { name: comboboxName, exact: true }).click();
    await page
        .getByRole('option')
        .filter({ has: page.getByText(option, { exact: true }) })
        .click();
}

/** The options of a combobox as a user reads them (label, then any second line), then closes it. */
export async function comboboxOptions(page: Page, comboboxName: string): Promise<string[]> {
    await page.getByRole('combobox', { name: comboboxName, exact: true }).click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const texts = (await options.allInnerTexts()).map((text) => text.replace(/\s*\n\s*/g, ' '));
    await page.keyboard.press('Escape');
    return texts;
}

export async function chooseRadio(page: Page, name: string): Promise<void> {
    // The radio input is drawn by SLDS under its label: a user clicks the label.
    const radio = page.getByRole('radio', { name, exact: true });
    const id = await radio.getAttribute('id');
    await page.locator(`label[for="${id ?? ''}"]`).click();
}

export async function switchOn(page: Page, fieldName: string): Promise<void> {
    await field(page, fieldName).locator('label').first().click();
}

export async function openNewWizard(page: Page): Promise<void> {
    await page.locator('[data-id="new"]').getByRole('button').click();
    await page.getByRole('combobox', { name: 'Product', exact: true }).waitFor();
}

export async function listCountText(page: Page): Promise<string> {
    return (await page.locator('[data-id="count"]').innerText()).trim();
}

/** Terms of a contract for Analytics Cloud's two entitled dimensions, as a user types them. */
export interface AnalyticsContract {
    name: string;
    resellerAccountId: string;
    seatsRate: string;
    storageRate: string;
    buyerTerms: 'Standard contract for AWS Marketplace' | 'Custom EULA';
    /** Typed after the legal terms; without it, the caller fills the expiry date. */
    expiresInDays?: number;
}

/** Opens the wizard and fills a contract for Analytics Cloud. */
export async function fillAnalyticsContract(page: Page, terms: AnalyticsContract): Promise<void> {
    await openNewWizard(page);
    await chooseOption(page, 'Product', 'Analytics Cloud');
    await fillField(page, 'name', terms.name);
    await fillField(page, 'resellerAccountId', terms.resellerAccountId);
    await fillField(page, 'dimensions.Seats.rate', terms.seatsRate);
    await fillField(page, 'dimensions.Storage.rate', terms.storageRate);
    await chooseRadio(page, terms.buyerTerms);
    if (terms.expiresInDays !== undefined) {
        await fillField(page, 'availability.expiryDate', typedDate(inDays(terms.expiresInDays)));
    }
}

/**
 * The confirmation a question opens (a modal dialog whose buttons name what they do), once it
 * shows.
 */
export async function confirmation(page: Page): Promise<Locator> {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
}

/** The list's row of a resale authorization, by its name. */
export function listRow(page: Page, name: string): Locator {
    return page.getByRole('row').filter({ hasText: name });
}

export async function rowAction(page: Page, name: string, action: string): Promise<void> {
    await listRow(page, name).getByRole('button').last().click();
    await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** Waits until the record view's status badge shows `status` (a status event or a refresh). */
export async function waitForRecordStatus(
    page: Page,
    status: string,
    timeout = 20_000,
): Promise<void> {
    await page
        .locator('c-resale-authorization-status lightning-badge')
        .filter({ hasText: new RegExp(`^\\s*${status}\\s*$`) })
        .waitFor({ timeout });
}

export async function backToList(page: Page): Promise<void> {
    await page.locator('[data-id="back"]').getByRole('button').click();
    await listLoaded(page);
}

/** Waits until the list, opened anew, shows the rows the server gave it. */
export async function listLoaded(page: Page): Promise<void> {
    await page.locator('[data-id="count"]').waitFor();
    await page
        .locator('c-resale-authorization-list lightning-spinner')
        .waitFor({ state: 'detached' });
}

/** The status badge of a list row. */
export async function rowStatus(page: Page, name: string): Promise<string> {
    return (await listRow(page, name).locator('lightning-badge').innerText()).trim();
}

/** A small PDF to upload as a custom legal document, in a new temporary folder. */
export function pdfFile(fileName: string): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'legal-')), fileName);
    fs.writeFileSync(file, `%PDF-1.4\n% ${fileName}\n`);
    return file;
}

export async function waitForRowStatus(
    page: Page,
    name: string,
    status: string,
    timeout = 20_000,
): Promise<void> {
    await listRow(page, name)
        .locator('lightning-badge')
        .filter({ hasText: new RegExp(`^\\s*${status}\\s*$`) })
        .waitFor({ timeout });
}

/** Uploads a custom legal document in the wizard and waits until it is on file. */
export async function uploadLegalDocument(page: Page, fileName: string): Promise<void> {
    await page
        .locator('[data-id="document"] input[type="file"]')
        .first()
        .setInputFiles(pdfFile(fileName));
    await page.locator('[data-id="uploaded"]').filter({ hasText: fileName }).waitFor();
}

/** From the wizard's form: Review, then publish, then the record view shows Active. */
export async function publishFromWizard(page: Page): Promise<void> {
    await clickButton(page, 'Review');
    await clickButton(page, 'Create resale authorization');
    await waitForRecordStatus(page, 'Active');
}

/** Waits until `read` gives `expected`: something the page reaches once it has rendered. */
export async function waitForValue<T>(
    read: () => Promise<T>,
    expected: T,
    timeoutMs = 10_000,
): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (value !== expected) {
        if (Date.now() > deadline) {
            throw new Error(`Expected ${String(expected)}, still ${String(value)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        value = await read();
    }
}
