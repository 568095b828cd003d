import type { Change, StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';

/** Changes and requests of resale authorization change sets, for tests. */

export const RA = 'ResaleAuthorization@1.0';
/** The entity the `create()` change of the same change set makes. */
export const REF = '$ra.Entity.Identifier';

export const create = (details: Record<string, unknown> = {}): Change => ({
    ChangeType: 'CreateResaleAuthorization',
    ChangeName: 'ra',
    Entity: { Type: RA },
    DetailsDocument: {
        ProductId: 'prod-saas-analytics',
        Name: 'Acme 2027',
        ResellerAccountId: '111122223333',
        ...details,
    },
});

export const update = (
    ChangeType: string,
    details: Record<string, unknown>,
    Identifier = REF,
): Change => ({
    ChangeType,
    Entity: { Type: RA, Identifier },
    DetailsDocument: details as NonNullable<Change['DetailsDocument']>,
});

/** Contract pricing for 12 months, with the rates given. */
export const contractRates = (rateCard: { DimensionKey: string; Price: string }[]): Change =>
    update('UpdatePricingTerms', {
        PricingModel: 'Contract',
        Terms: [
            {
                Type: 'ResaleConfigurableUpfrontPricingTerm',
                CurrencyCode: 'USD',
                RateCards: [{ Selector: { Type: 'Duration', Value: 'P12M' }, RateCard: rateCard }],
            },
        ],
    });

export const contractPricing = (price = '10.00', key = 'Seats'): Change =>
    contractRates([{ DimensionKey: key, Price: price }]);

/** Contract pricing paid by a payment schedule: 5 seats for the duration, at no upfront price. */
export const fixedUpfrontPricing = (duration = 'P12M'): Change =>
    update('UpdatePricingTerms', {
        PricingModel: 'Contract',
        Terms: [
            {
                Type: 'ResaleFixedUpfrontPricingTerm',
                CurrencyCode: 'USD',
                Price: '0.00',
                Duration: duration,
                Grants: [{ DimensionKey: 'Seats', MaxQuantity: 5 }],
            },
        ],
    });

export const paymentSchedule = (
    schedule: { ChargeDate: string; ChargeAmount: string }[],
    Identifier = REF,
): Change =>
    update(
        'UpdatePaymentScheduleTerms',
        { Terms: [{ Type: 'ResalePaymentScheduleTerm', CurrencyCode: 'USD', Schedule: schedule }] },
        Identifier,
    );

export const standardLegal = (Identifier = REF): Change =>
    update(
        'UpdateLegalTerms',
        { Terms: [{ Type: 'BuyerLegalTerm', Documents: [{ Type: 'StandardEula' }] }] },
        Identifier,
    );

export const release = (Identifier = REF): Change =>
    update('ReleaseResaleAuthorization', {}, Identifier);

export const request = (changes: Change[], token?: string): StartChangeSetCommandInput => ({
    Catalog: 'AWSMarketplace',
    ChangeSet: changes,
    ...(token ? { ClientRequestToken: token } : {}),
});

export const publishChanges = (): Change[] => [
    create(),
    contractPricing(),
    standardLegal(),
    release(),
];
