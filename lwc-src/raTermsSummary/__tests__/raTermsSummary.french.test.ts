/** The terms as a user in French (France) reads them: plurals, units, dates, amounts. */
import { createElement } from 'lwc';
import type RaTermsSummaryType from 'c/raTermsSummary';
import { emptyFormState, productFromRecord } from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { SAAS_PRODUCT } from '../../test/fixtures/products';
import { cleanDocument, flushPromises, queryAll } from '../../test/dom';
import { useLabelTexts } from '../../test/labelTexts';

useLabelTexts('fr', 'fr-FR');
// The component reads its labels when it loads: after they have their texts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RaTermsSummary = (require('c/raTermsSummary') as { default: typeof RaTermsSummaryType })
    .default;

async function terms(form: FormState, product = SAAS_PRODUCT) {
    const element = createElement('c-ra-terms-summary', {
        is: RaTermsSummary,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.form = form;
    element.product = productFromRecord(product);
    document.body.appendChild(element);
    await flushPromises();
    return (key: string) =>
        queryAll(element, `[data-term="${key}"] div`).map((div) => div.textContent ?? '');
}

const contract = (overrides: Partial<FormState>): FormState => ({
    ...emptyFormState(SAAS_PRODUCT.productId),
    name: 'Partner deal',
    resellerAccountId: '111122223333',
    buyerLegalTerms: { type: 'StandardEula', document: null },
    dimensions: [{ key: 'Seats', rate: '1250.5', quantity: '' }],
    availability: { usage: 'multiUse', expiryDate: '2027-05-31' },
    ...overrides,
});

afterEach(cleanDocument);

describe('c-ra-terms-summary, as a French user reads it', () => {
    it('in French: the same terms, French plurals and formats', async () => {
        const read = await terms(
            contract({
                flexiblePaymentSchedule: true,
                dimensions: [{ key: 'Seats', rate: '', quantity: '12' }],
                paymentSchedule: [{ chargeDate: '2027-01-15', amount: '1000' }],
            }),
        );
        expect(read('pricing')).toEqual(['Contrat de 12 mois']);
        expect(read('prices')).toEqual(['Seats : 12 utilisateurs', 'Storage : 0 To']);
        expect(read('payments')).toEqual([
            '15 janv. 2027 : 1\u202f000 USD',
            'Total : 1\u202f000,00 USD',
        ]);
    });
});
