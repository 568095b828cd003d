/**
 * The French wizard has no English left on screen: a user in French walks every step of the
 * wizard (every section a product shows, the problems Review lists, the review step, the
 * question before leaving), then publishes and reads the record page; at each step nothing
 * Chromium renders reads in English (`englishOnScreen.ts`), but the records' own data.
 */
import { UI_LABELS } from '../labels/uiLabels';
import { openLocalApp } from './harness';
import type { E2eContext } from './harness';
import { englishIn, englishOnScreen, renderedTexts } from './englishOnScreen';
import {
    chooseOption,
    chooseRadio,
    clickButton,
    confirmation,
    fillField,
    inDays,
    switchOn,
    uploadLegalDocument,
} from './ui';

let ctx: E2eContext;

const NAME = 'Partenaire Nord';

beforeAll(async () => {
    ctx = await openLocalApp('the French wizard has no English left on screen');
    sellerAccountLabels = (await ctx.app.backend.apiFor('fr').listSellerAccounts()).map(
        (account) => account.label,
    );
});

afterAll(async () => {
    await ctx?.close();
});

/** A label as a user in French reads it. */
function fr(label: keyof typeof UI_LABELS): string {
    return UI_LABELS[label].fr;
}

/** What the records hold, which the user or AWS named: allowed in any language. */
/** The names the administrator gave the seller accounts (custom metadata records): data. */
let sellerAccountLabels: string[] = [];

function recordData(): string[] {
    const { store } = ctx.app.backend;
    const products = store.allProducts();
    const dimensions = products.flatMap((product) =>
        (JSON.parse(product.dimensionsJson) as { key: string; name: string }[]).flatMap(
            (dimension) => [dimension.key, dimension.name],
        ),
    );
    return [
        NAME,
        ...products.flatMap((product) => [product.title, product.productId]),
        ...dimensions,
        ...store.allAccounts().map((account) => account.name),
        ...store.allOpportunities().map((opportunity) => opportunity.name),
        ...sellerAccountLabels,
        ...store.allRecords().flatMap((record) => [record.authorizationName, record.productTitle]),
    ].filter((value): value is string => Boolean(value));
}

/** The list, in French (the language stays for the next visits). */
async function openListInFrench(): Promise<void> {
    await ctx.page.goto(`${ctx.app.url}?lang=fr`);
    await ctx.page
        .getByRole('heading', { name: fr('RA_List_Title') })
        .first()
        .waitFor();
}

/** A screenshot of the step, and nothing in English on screen. */
async function readsInFrench(step: string): Promise<void> {
    await ctx.step(step);
    expect({ step, english: await englishOnScreen(ctx.page, recordData()) }).toEqual({
        step,
        english: [],
    });
}

it('tells English from French on screen: a label hard-coded in English, and English words', async () => {
    const { page } = ctx;
    await openListInFrench();
    await page.evaluate(() => {
        const stray = document.createElement('p');
        stray.id = 'hard-coded';
        stray.textContent = 'Choose a product.';
        const words = document.createElement('p');
        words.id = 'hard-coded-words';
        words.textContent = 'Upload the signed contract';
        document.body.append(stray, words);
    });
    const found = englishIn(await renderedTexts(page), recordData());
    expect(found).toEqual(
        expect.arrayContaining([
            expect.objectContaining({ text: 'Choose a product.' }),
            { text: 'Upload the signed contract', match: 'Upload' },
        ]),
    );
    await page.evaluate(() => {
        document.getElementById('hard-coded')?.remove();
        document.getElementById('hard-coded-words')?.remove();
    });
});

it('walks every step of the wizard in French with no English left on screen', async () => {
    const { page } = ctx;
    await openListInFrench();
    await page
        .locator('[data-id="new"]')
        .getByRole('button', { name: fr('RA_List_New') })
        .click();
    await page.getByRole('combobox', { name: fr('RA_Wizard_Product'), exact: true }).waitFor();
    await readsInFrench('a new wizard');

    await chooseOption(page, fr('RA_Wizard_Product'), 'Analytics Cloud');
    await readsInFrench('the sections of a SaaS contract');

    // Every section and field the product can show.
    await chooseRadio(page, fr('RA_Wizard_DurationCustom'));
    await switchOn(page, 'flexiblePaymentSchedule');
    await clickButton(page, fr('RA_Payment_Add'));
    await switchOn(page, 'renewal.isRenewal');
    await switchOn(page, 'futureStart.enabled');
    await chooseRadio(page, fr('RA_Terms_CustomEula'));
    await chooseRadio(page, fr('RA_Terms_CustomResellerContract'));
    await readsInFrench('every section shown');

    // Review with every problem listed, on its field too.
    await clickButton(page, fr('RA_Wizard_Review'));
    await page.locator('[data-id="problem-summary"] li').first().waitFor();
    await readsInFrench('review with problems');

    // The question before leaving with unsaved changes.
    await clickButton(page, fr('RA_Wizard_Cancel'));
    const question = await confirmation(page);
    await readsInFrench('the question before leaving');
    await clickButton(question, fr('RA_Wizard_KeepEditing'));
    await question.waitFor({ state: 'detached' });

    // A contract that may be published: custom duration, a payment schedule, a renewal, a future
    // start, a custom EULA uploaded.
    await fillField(page, 'name', NAME);
    await fillField(page, 'resellerAccountId', '444455556666');
    await fillField(page, 'buyerAccountsText', '777788889999');
    await fillField(page, 'contractDuration.customValue', '18');
    await fillField(page, 'dimensions.Seats.quantity', '10');
    await fillField(page, 'paymentSchedule.0.chargeDate', inDays(10));
    await fillField(page, 'paymentSchedule.0.amount', '1 200,50');
    await chooseRadio(page, fr('RA_Usage_OneTime'));
    await fillField(page, 'availability.expiryDate', inDays(5));
    await fillField(page, 'futureStart.maximumAgreementStartDate', inDays(30));
    await chooseOption(page, fr('RA_Wizard_AcquisitionChannel'), fr('RA_Channel_External'));
    await chooseOption(page, fr('RA_Wizard_RenewalPricingModel'), fr('RA_Pricing_Byol'));
    await chooseRadio(page, fr('RA_Terms_StandardResellerContract'));
    await uploadLegalDocument(page, 'contrat-partenaire.pdf');
    await readsInFrench('every section filled in');

    await clickButton(page, fr('RA_Wizard_Review'));
    await page.locator('c-ra-terms-summary').waitFor();
    await readsInFrench('the review step');

    await clickButton(page, fr('RA_Wizard_Publish'));
    await page.locator('c-resale-authorization-detail').getByText(NAME).first().waitFor();
    await page
        .locator('c-resale-authorization-status lightning-badge')
        .getByText(fr('RA_Status_Active'))
        .waitFor();
    await readsInFrench('the record page once published');
    expect(ctx.pageErrors).toEqual([]);
});
