/** The terms as a user in English (United States) reads them: plurals, units, dates, amounts. */
import type RaTermsSummaryType from 'c/raTermsSummary';
import { AMI_PRODUCT } from '../../test/fixtures/products';
import { cleanDocument } from '../../test/dom';
import { useLabelTexts } from '../../test/labelTexts';
import { contract, readTerms } from './readTerms';

useLabelTexts('en', 'en-US');
// The component reads its labels when it loads: after they have their texts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RaTermsSummary = (require('c/raTermsSummary') as { default: typeof RaTermsSummaryType })
    .default;

const terms = (form: Parameters<typeof readTerms>[1], product?: Parameters<typeof readTerms>[2]) =>
    readTerms(RaTermsSummary, form, product);

afterEach(cleanDocument);

describe('c-ra-terms-summary, as the user reads it', () => {
    it('in English: months in the plural, a price per unit, the locale formats', async () => {
        const read = await terms(contract({}));
        expect(read('pricing')).toEqual(['Contract for 12 months']);
        expect(read('prices')).toEqual([
            'Seats: 1,250.5 USD per user',
            'Storage: not priced',
            'Several dimensions in one purchase: Allowed',
            'Buyer sets the quantities: Allowed',
        ]);
        expect(read('availability')).toEqual([
            'Multi-use until the expiry date, expires on May 31, 2027',
        ]);
    });

    it('in English: one month, hours and units in the singular and plural', async () => {
        const oneMonth = await terms(
            contract({
                contractDuration: {
                    kind: 'standard',
                    standard: 'P1M',
                    customValue: '',
                    customUnit: 'Months',
                },
            }),
        );
        expect(oneMonth('pricing')).toEqual(['Contract for 1 month']);
        const usage = await terms(
            {
                ...contract({}),
                productId: AMI_PRODUCT.productId,
                pricingModel: 'Usage',
                dimensions: [{ key: 't3.medium', rate: '0.12', quantity: '' }],
            },
            AMI_PRODUCT,
        );
        expect(usage('prices')).toEqual(['t3.medium: 0.12 USD per hour']);
        const granted = await terms(
            contract({
                flexiblePaymentSchedule: true,
                dimensions: [
                    { key: 'Seats', rate: '', quantity: '1' },
                    { key: 'Storage', rate: '', quantity: '20' },
                ],
            }),
        );
        expect(granted('prices')).toEqual(['Seats: 1 user', 'Storage: 20 TB']);
    });

    it('in English: where the renewed agreement was bought, in words', async () => {
        const outside = await terms(
            contract({
                renewal: { isRenewal: true, acquisitionChannel: 'External', pricingModel: 'BYOL' },
            }),
        );
        expect(outside('renewal')).toEqual([
            'Renews an agreement bought outside AWS Marketplace (pricing: Bring your own license)',
        ]);
    });
});
