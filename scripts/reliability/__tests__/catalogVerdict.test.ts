import type { Change, StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import {
    create,
    release,
    request,
    standardLegal,
    update,
} from '../../catalog-simulator/__tests__/changeBuilders';
import { applyInThrowawayCatalog } from '../catalogVerdict';

const TODAY = '2026-11-24';
const SEED_DRAFT = 'resaleauthz-seeddraft0003';

const usagePricing = (usageRates: string[], identifier?: string): Change =>
    update(
        'UpdatePricingTerms',
        {
            PricingModel: 'Usage',
            Terms: [
                {
                    Type: 'ResaleUsageBasedPricingTerm',
                    CurrencyCode: 'USD',
                    RateCards: [
                        {
                            RateCard: usageRates.map((key) => ({
                                DimensionKey: key,
                                Price: '0.01',
                            })),
                        },
                    ],
                },
            ],
        },
        identifier,
    );

/** One token for different requests: a catalogue that kept them would refuse all but one. */
const createWithUsage = (name: string, usageRates: string[]): StartChangeSetCommandInput =>
    request([create({ Name: name }), usagePricing(usageRates)], 'same-token-every-time');

/** Completes and releases the seed's draft resale authorization (of the AMI product). */
const PUBLISH_SEED_DRAFT = request([
    usagePricing(['m5.large', 'm5.xlarge'], SEED_DRAFT),
    standardLegal(SEED_DRAFT),
    release(SEED_DRAFT),
]);

const ALL_METERED = ['ApiCalls', 'DataScanned'];

describe('the API verdict of a change set applied in a throwaway catalogue', () => {
    it('accepts a change set whose resale authorization then shows what it asked for', () => {
        expect(applyInThrowawayCatalog(TODAY, createWithUsage('Acme', ALL_METERED))).toEqual({
            kind: 'accepted',
        });
    });

    it('reads a synchronous refusal and a refusal found while applying', () => {
        expect(
            applyInThrowawayCatalog(TODAY, createWithUsage('Acme & Co', ALL_METERED)),
        ).toMatchObject({
            kind: 'refused',
            stage: 'request',
            reasons: [expect.stringMatching(/^ValidationException: .*Name/)],
        });
        expect(applyInThrowawayCatalog(TODAY, createWithUsage('Acme', ['ApiCalls']))).toMatchObject(
            {
                kind: 'refused',
                stage: 'changeSet',
                reasons: [expect.stringMatching(/^UpdatePricingTerms INVALID_RATE_CARD: /)],
            },
        );
    });

    it('applies every change set to the seed as it is, whatever was applied before', () => {
        // In one catalogue the second publish would find the draft released already.
        expect(applyInThrowawayCatalog(TODAY, PUBLISH_SEED_DRAFT)).toEqual({ kind: 'accepted' });
        expect(applyInThrowawayCatalog(TODAY, PUBLISH_SEED_DRAFT)).toEqual({ kind: 'accepted' });
    });

    it('runs the API on the given day', () => {
        const endingOn = (date: string): StartChangeSetCommandInput =>
            request([update('UpdateAvailability', { AvailabilityEndDate: date }, SEED_DRAFT)]);
        expect(applyInThrowawayCatalog('2026-11-24', endingOn('2026-12-01'))).toEqual({
            kind: 'accepted',
        });
        expect(applyInThrowawayCatalog('2026-12-01', endingOn('2026-12-01'))).toMatchObject({
            kind: 'refused',
            reasons: [expect.stringMatching(/AvailabilityEndDate: must be in the future/)],
        });
    });
});
