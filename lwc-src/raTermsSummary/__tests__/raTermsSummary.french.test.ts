/** The terms as a user in French (France) reads them: plurals, units, dates, amounts. */
import type RaTermsSummaryType from 'c/raTermsSummary';
import { cleanDocument } from '../../test/dom';
import { useLabelTexts } from '../../test/labelTexts';
import { contract, readTerms } from './readTerms';

useLabelTexts('fr', 'fr-FR');
// The component reads its labels when it loads: after they have their texts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RaTermsSummary = (require('c/raTermsSummary') as { default: typeof RaTermsSummaryType })
    .default;

const terms = (form: Parameters<typeof readTerms>[1], product?: Parameters<typeof readTerms>[2]) =>
    readTerms(RaTermsSummary, form, product);

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
