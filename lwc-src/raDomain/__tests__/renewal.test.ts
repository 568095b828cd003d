import {
    NAME_MAX_LENGTH,
    RENEWAL_SUFFIX,
    cloneSourceForm,
    emptyFormState,
    renewalFormState,
    renewalName,
    renewedExpiryDate,
    serializeFormState,
    validate,
} from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { SAAS_PRODUCT } from './testProducts';

const TODAY = '2026-11-25';

function contract(overrides: Partial<FormState> = {}): FormState {
    return {
        ...emptyFormState(SAAS_PRODUCT.productId),
        name: 'Example Reseller Analytics',
        resellerAccountId: '111122223333',
        dimensions: [{ key: 'Seats', rate: '42', quantity: '' }],
        buyerLegalTerms: {
            type: 'CustomEula',
            document: {
                url: 'https://bucket.s3.amazonaws.com/eula.pdf',
                fileName: 'eula.pdf',
                mustUploadAgain: false,
            },
        },
        availability: { usage: 'multiUse', expiryDate: '2026-12-15' },
        ...overrides,
    };
}

describe('the expiry date of a renewal', () => {
    it('moves forward by as long as the resale authorization was available', () => {
        // Created 2026-09-16, expiring 2026-12-15: 90 days, so 90 days more.
        expect(renewedExpiryDate('2026-12-15', '2026-09-16', TODAY)).toBe('2027-03-15');
    });

    it('is tomorrow at the earliest, for one long expired', () => {
        expect(renewedExpiryDate('2026-01-31', '2026-01-01', TODAY)).toBe('2026-11-26');
    });

    it('keeps the expiry date when how long it lasted is unknown', () => {
        expect(renewedExpiryDate('2026-12-15', null, TODAY)).toBe('2026-12-15');
        expect(renewedExpiryDate('2026-12-15', '2026-12-20', TODAY)).toBe('2026-12-15');
    });
});

describe('a renewal', () => {
    it('is a clone with the expiry date moved and the legal documents to upload again', () => {
        const renewal = renewalFormState(contract(), { createdDate: '2026-09-16', today: TODAY });
        expect(renewal.name).toBe('Example Reseller Analytics Renewal');
        expect(renewal.availability).toEqual({ usage: 'multiUse', expiryDate: '2027-03-15' });
        expect(renewal.buyerLegalTerms.document).toEqual({
            url: '',
            fileName: 'eula.pdf',
            mustUploadAgain: true,
        });
        expect(renewal.dimensions).toEqual(contract().dimensions);
        expect(renewal.resellerAccountId).toBe('111122223333');
    });

    it('of a one-time resale authorization is one-time again', () => {
        const renewal = renewalFormState(
            contract({ availability: { usage: 'oneTime', expiryDate: '2026-12-15' } }),
            { createdDate: '2026-11-15', today: TODAY },
        );
        expect(renewal.availability).toEqual({ usage: 'oneTime', expiryDate: '2027-01-14' });
    });

    it('moves the payment schedule and the latest agreement start with the expiry date', () => {
        const renewal = renewalFormState(
            contract({
                flexiblePaymentSchedule: true,
                paymentSchedule: [
                    { chargeDate: '2027-01-01', amount: '100' },
                    { chargeDate: '', amount: '5' },
                ],
                futureStart: { enabled: true, maximumAgreementStartDate: '2027-02-01' },
            }),
            { createdDate: '2026-11-05', today: TODAY },
        );
        expect(renewal.availability.expiryDate).toBe('2027-01-24');
        expect(renewal.paymentSchedule).toEqual([
            { chargeDate: '2027-02-10', amount: '100' },
            { chargeDate: '', amount: '5' },
        ]);
        expect(renewal.futureStart.maximumAgreementStartDate).toBe('2027-03-13');
    });

    it('of one that never expires never expires', () => {
        const renewal = renewalFormState(
            contract({ availability: { usage: 'multiUse', expiryDate: '' } }),
            { createdDate: '2026-09-16', today: TODAY },
        );
        expect(renewal.availability.expiryDate).toBe('');
    });

    it('is valid to publish once its documents are uploaded again', () => {
        const renewal = renewalFormState(contract(), { createdDate: '2026-09-16', today: TODAY });
        const uploaded: FormState = {
            ...renewal,
            buyerLegalTerms: {
                type: 'CustomEula',
                document: {
                    url: 'https://bucket.s3.amazonaws.com/new.pdf',
                    fileName: 'new.pdf',
                    mustUploadAgain: false,
                },
            },
        };
        expect(validate(uploaded, SAAS_PRODUCT, TODAY, { purpose: 'publish' })).toEqual([]);
    });
});

describe('the name of a renewal', () => {
    it('says Renewal once, within the name limit', () => {
        expect(renewalName('  Deal 7 ')).toBe('Deal 7 Renewal');
        expect(renewalName('Deal 7 Renewal')).toBe('Deal 7 Renewal');
        const long = renewalName('A'.repeat(NAME_MAX_LENGTH));
        expect(long).toHaveLength(NAME_MAX_LENGTH);
        expect(long.endsWith(RENEWAL_SUFFIX)).toBe(true);
    });
});

describe('what a clone opens with', () => {
    const stored = contract();

    it('is the stored form, as a clone or as a renewal', () => {
        const source = {
            formStateJson: serializeFormState(stored),
            entityDetailsJson: null,
            createdDate: '2026-09-16T10:00:00.000Z',
        };
        expect(cloneSourceForm(source)?.name).toBe('Example Reseller Analytics Copy');
        const renewal = cloneSourceForm(source, { today: TODAY });
        expect(renewal?.name).toBe('Example Reseller Analytics Renewal');
        expect(renewal?.availability.expiryDate).toBe('2027-03-15');
    });

    it('is what AWS describes when no form was stored, and nothing when neither is there', () => {
        const details = {
            Name: 'Described',
            ProductId: SAAS_PRODUCT.productId,
            Rules: [
                { Type: 'AvailabilityRule', AvailabilityEndDate: '2026-12-15T23:59:59Z' },
                { Type: 'PartnerTargetingRule', ResellerAccountId: '111122223333' },
            ],
        };
        const source = {
            formStateJson: null,
            entityDetailsJson: JSON.stringify({ DetailsDocument: details }),
            createdDate: '2026-10-16T00:00:00Z',
        };
        expect(cloneSourceForm(source, { today: TODAY })?.availability.expiryDate).toBe(
            '2027-02-13',
        );
        expect(
            cloneSourceForm({ formStateJson: null, entityDetailsJson: null, createdDate: null }),
        ).toBeNull();
    });
});
