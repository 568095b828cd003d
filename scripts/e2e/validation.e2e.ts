import { holdsSeed } from '../reliability/awsAgreement';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { chooseOption, clickButton, field, fillField, openNewWizard } from './ui';

let ctx: E2eContext;

beforeAll(async () => {
    ctx = await openLocalApp('invalid input and French');
});

afterAll(async () => {
    await ctx?.close();
});

async function fieldError(fieldName: string): Promise<string> {
    return (
        await field(ctx.page, fieldName)
            .locator('[data-help-message], .slds-form-element__help')
            .first()
            .innerText()
    ).trim();
}

it('shows each problem on its field, in plain words, and sends nothing', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await openNewWizard(page);
    await clickButton(page, 'Review');
    await page.locator('[data-id="problem-summary"]').waitFor();
    expect(await fieldError('productId')).toContain('Choose a product.');
    expect(await fieldError('name')).toContain('Enter a name.');
    expect(await fieldError('resellerAccountId')).toContain("Enter the reseller's AWS account ID.");
    await ctx.step('required fields');

    await chooseOption(page, 'Product', 'Analytics Cloud');
    await fillField(page, 'name', 'Invalid input');
    await fillField(page, 'resellerAccountId', '12345');
    expect(await fieldError('resellerAccountId')).toContain(
        "Enter the reseller's AWS account ID as 12 digits.",
    );
    await fillField(page, 'dimensions.Seats.rate', '-3');
    await clickButton(page, 'Review');
    const summary = page.locator('[data-id="problem-summary"]');
    expect(await summary.innerText()).toMatch(/Fix these \d+ problems first:/);
    // Every problem is listed, where it is: those the form shows on a field, and the others.
    const listed = await summary.locator('li').allInnerTexts();
    expect(listed).toEqual(
        expect.arrayContaining([
            expect.stringMatching(/^Resale authorization details: Enter the reseller's AWS/),
            'Product dimensions – Named user seats: Enter the rate as a number, such as 10 or 0.25.',
            'Product dimensions: Enter a rate for at least one dimension.',
            "Legal terms: Choose the buyer's legal terms.",
        ]),
    );
    expect(await fieldError('dimensions.Seats.rate')).not.toBe('');
    // The first field with a problem gets the focus.
    // Each shadow root retargets the focus to its host: walk down to the focused field.
    const focusedField = `(() => {
        let active = document.activeElement;
        while (active) {
            if (active.getAttribute('data-field')) return active.getAttribute('data-field');
            active = active.shadowRoot ? active.shadowRoot.activeElement : null;
        }
        return null;
    })()`;
    await page.waitForFunction(focusedField);
    expect(await page.evaluate(focusedField)).toBe('resellerAccountId');
    await ctx.step('field errors');
    expect(ctx.app.catalogCalls().StartChangeSet ?? 0).toBe(0);
    // Nothing saved: the records are those the sync imported from AWS at the first start.
    expect(ctx.app.backend.store.allRecords().filter((record) => !holdsSeed(record))).toEqual([]);
});

it('switches to French: labels and validation messages', async () => {
    const { page } = ctx;
    await page.goto(ctx.app.url);
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Autorisations de revente' }).first().waitFor();
    await ctx.step('list in French');
    await page.locator('[data-id="new"]').getByRole('button', { name: 'Nouveau' }).click();
    await page.getByRole('combobox', { name: 'Produit', exact: true }).waitFor();
    await fillField(page, 'resellerAccountId', '12345');
    expect(await fieldError('resellerAccountId')).toContain(
        "Saisissez l'identifiant de compte AWS du revendeur sur 12 chiffres.",
    );
    // Dates as the French locale writes them, read back as typed; the base components' words too.
    await chooseOption(page, 'Produit', 'Analytics Cloud');
    await fillField(page, 'availability.expiryDate', '31/12/2030');
    expect(await field(page, 'availability.expiryDate').locator('input').inputValue()).toBe(
        '31 déc. 2030',
    );
    expect(await field(page, 'name').locator('abbr').first().getAttribute('title')).toBe(
        'obligatoire',
    );
    await fillField(page, 'dimensions.Seats.rate', '1 000,5');
    expect(await field(page, 'dimensions.Seats.rate').locator('input').inputValue()).toBe(
        '1\u202f000,5',
    );
    await ctx.step('wizard in French');
    // The choice stays for the next visit.
    await page.goto(ctx.app.url);
    await page.getByRole('heading', { name: 'Autorisations de revente' }).first().waitFor();
    expect(ctx.pageErrors).toEqual([]);
});
