import fs from 'node:fs';
import http from 'node:http';
import {
    BatchDescribeEntitiesCommand,
    CancelChangeSetCommand,
    DescribeChangeSetCommand,
    DescribeEntityCommand,
    ListChangeSetsCommand,
    ListEntitiesCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type { Change, StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import {
    GetObjectCommand,
    HeadObjectCommand,
    PutObjectCommand,
    S3Client,
} from '@aws-sdk/client-s3';
import type { RunningSimulator } from '../server';
import { startCatalogSimulator } from '../server';
import {
    SAMPLES_DIR,
    SAMPLE_TODAY,
    TEST_CREDENTIALS,
    catalogClient,
    createdEntityId,
    readSample,
    runChangeSet,
    startTestSimulator,
    tempDataDir,
} from './simulatorHarness';
import {
    RA,
    contractPricing,
    contractRates,
    create,
    fixedUpfrontPricing,
    paymentSchedule,
    publishChanges,
    release,
    request,
    standardLegal,
    update,
} from './changeBuilders';

const TODAY = '2026-06-01';

describe('Catalog simulator through @aws-sdk/client-marketplace-catalog', () => {
    let simulator: RunningSimulator;

    beforeAll(async () => {
        simulator = await startTestSimulator({ today: TODAY });
    });
    afterAll(() => simulator.stop());

    const client = () => catalogClient(simulator);

    it('publishes a resale authorization: PREPARING to SUCCEEDED, entity Active with its terms', async () => {
        const described = await runChangeSet(client(), request(publishChanges()));
        expect(described.Status).toBe('SUCCEEDED');
        const entityId = createdEntityId(described);
        expect(entityId).toMatch(/^resaleauthz-/);
        const entity = await client().send(
            new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }),
        );
        const details = entity.DetailsDocument as Record<string, unknown>;
        expect(details.Status).toBe('Active');
        expect(entity.EntityType).toBe(RA);
        expect(details.Rules).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    Type: 'PartnerTargetingRule',
                    ResellerAccountId: '111122223333',
                }),
            ]),
        );
        const legal = (details.Terms as Record<string, unknown>[]).find(
            (t) => t.Type === 'BuyerLegalTerm',
        );
        expect(legal?.Id).toEqual(expect.any(String));
    });

    it('accepts Details as a JSON string as well as DetailsDocument', async () => {
        const changes = publishChanges().map((c) => ({
            ...c,
            DetailsDocument: undefined,
            Details: JSON.stringify(c.DetailsDocument),
        }));
        const described = await runChangeSet(client(), request(changes));
        expect(described.Status).toBe('SUCCEEDED');
        expect(typeof described.ChangeSet?.[0]?.Details).toBe('string');
    });

    it('saves a draft without release, then publishes the existing draft', async () => {
        const draft = await runChangeSet(client(), request([create(), contractPricing()]));
        const entityId = createdEntityId(draft);
        let entity = await client().send(
            new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }),
        );
        expect((entity.DetailsDocument as Record<string, unknown>).Status).toBe('Draft');
        const published = await runChangeSet(
            client(),
            request([
                update(
                    'UpdateLegalTerms',
                    {
                        Terms: [
                            { Type: 'BuyerLegalTerm', Documents: [{ Type: 'EnterpriseEula' }] },
                        ],
                    },
                    entityId,
                ),
                release(entityId),
            ]),
        );
        expect(published.Status).toBe('SUCCEEDED');
        entity = await client().send(
            new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }),
        );
        expect((entity.DetailsDocument as Record<string, unknown>).Status).toBe('Active');
    });

    it('restricts an active resale authorization, and refuses to edit its terms after release', async () => {
        const entityId = createdEntityId(await runChangeSet(client(), request(publishChanges())));
        const newPricing = contractPricing('12.00').DetailsDocument as Record<string, unknown>;
        const edit = await runChangeSet(
            client(),
            request([update('UpdatePricingTerms', newPricing, entityId)]),
        );
        expect(edit.Status).toBe('FAILED');
        expect(edit.ChangeSet?.[0]?.ErrorDetailList?.[0]?.ErrorCode).toBe('INCOMPATIBLE_STATUS');
        const newEnd = await runChangeSet(
            client(),
            request([
                update('UpdateAvailability', { AvailabilityEndDate: '2027-03-31' }, entityId),
            ]),
        );
        expect(newEnd.Status).toBe('SUCCEEDED');
        const restricted = await runChangeSet(
            client(),
            request([update('RestrictResaleAuthorization', {}, entityId)]),
        );
        expect(restricted.Status).toBe('SUCCEEDED');
        const entity = await client().send(
            new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }),
        );
        expect((entity.DetailsDocument as Record<string, unknown>).Status).toBe('Restricted');
        const again = await runChangeSet(
            client(),
            request([update('RestrictResaleAuthorization', {}, entityId)]),
        );
        expect(again.ChangeSet?.[0]?.ErrorDetailList?.[0]?.ErrorCode).toBe('INCOMPATIBLE_STATUS');
    });

    it('refuses Intent VALIDATE with 422, as AWS does outside new versions of single-AMI products, and records nothing', async () => {
        const state = simulator.service.state;
        const before = [state.entities, state.changeSets, state.tokens].map(
            (map) => Object.keys(map).length,
        );
        for (const changes of [publishChanges(), [create()]]) {
            await expect(
                client().send(
                    new StartChangeSetCommand({
                        ...request(changes, 'validate-only'),
                        Intent: 'VALIDATE',
                    }),
                ),
            ).rejects.toMatchObject({
                name: 'ValidationException',
                $metadata: { httpStatusCode: 422 },
                message: expect.stringMatching(
                    /^StartChangeSetRequest\.Intent: VALIDATE is only available for adding versions to single-AMI products/,
                ),
            });
        }
        expect(
            [state.entities, state.changeSets, state.tokens].map((map) => Object.keys(map).length),
        ).toEqual(before);
        // The token was not taken: the same change set, applied, goes through with it.
        const applied = await runChangeSet(client(), {
            ...request(publishChanges(), 'validate-only'),
            Intent: 'APPLY',
        });
        expect(applied.Status).toBe('SUCCEEDED');
        expect(applied.Intent).toBe('APPLY');
    });

    it.each<[string, Change[], RegExp]>([
        [
            'an unknown property',
            [create({ Colour: 'red' })],
            /DetailsDocument\.Colour: is not a known property/,
        ],
        [
            'a reseller account of 11 digits',
            [create({ ResellerAccountId: '11112222333' })],
            /ResellerAccountId: must be a 12-digit AWS account ID/,
        ],
        [
            'a name with special characters',
            [create({ Name: 'Acme & Co' })],
            /Name: must have only letters, digits and spaces/,
        ],
        [
            'a name over 100 characters',
            [create({ Name: 'a'.repeat(101) })],
            /Name: must have at most 100 characters/,
        ],
        [
            'a description over 255 characters',
            [create({ Description: 'a'.repeat(256) })],
            /Description: must have at most 255 characters/,
        ],
        [
            '26 buyer accounts',
            [
                create(),
                update('UpdateBuyerTargetingTerms', {
                    Terms: [
                        {
                            Type: 'BuyerTargetingTerm',
                            PositiveTargeting: {
                                BuyerAccounts: Array.from({ length: 26 }, (_, i) =>
                                    String(100000000000 + i),
                                ),
                            },
                        },
                    ],
                }),
            ],
            /BuyerAccounts: must have at most 25 items/,
        ],
        [
            'an OffersMaxQuantity of 2',
            [create(), update('UpdateAvailability', { OffersMaxQuantity: 2 })],
            /OffersMaxQuantity: must be at most 1/,
        ],
        [
            'an availability end date that is not a calendar date',
            [create(), update('UpdateAvailability', { AvailabilityEndDate: '2027-02-30' })],
            /AvailabilityEndDate: must be a real date/,
        ],
        [
            'an availability end date in the past',
            [create(), update('UpdateAvailability', { AvailabilityEndDate: '2026-01-01' })],
            /AvailabilityEndDate: must be in the future/,
        ],
        [
            'an empty availability',
            [create(), update('UpdateAvailability', {})],
            /must have AvailabilityEndDate or OffersMaxQuantity/,
        ],
        [
            'a future start more than 3 years ahead',
            [
                create(),
                update('UpdateBuyerValidityTerms', {
                    Terms: [{ Type: 'BuyerValidityTerm', MaximumAgreementStartDate: '2029-06-02' }],
                }),
            ],
            /MaximumAgreementStartDate: must be at most 3 years from now/,
        ],
        [
            'legal terms without a BuyerLegalTerm',
            [
                create(),
                update('UpdateLegalTerms', {
                    Terms: [
                        {
                            Type: 'ResaleLegalTerm',
                            Documents: [{ Type: 'StandardResellerContract' }],
                        },
                    ],
                }),
            ],
            /must contain a BuyerLegalTerm/,
        ],
        [
            'a custom EULA without a URL',
            [
                create(),
                update('UpdateLegalTerms', {
                    Terms: [{ Type: 'BuyerLegalTerm', Documents: [{ Type: 'CustomEula' }] }],
                }),
            ],
            /Url: must be a string/,
        ],
        [
            'a standard EULA with a URL',
            [
                create(),
                update('UpdateLegalTerms', {
                    Terms: [
                        {
                            Type: 'BuyerLegalTerm',
                            Documents: [{ Type: 'StandardEula', Url: 'https://x.example/y' }],
                        },
                    ],
                }),
            ],
            /Url: must not be given for StandardEula/,
        ],
        [
            'a price with 7 decimals',
            [create(), contractPricing('1.1234567')],
            /Price: must have at most 6 decimal places/,
        ],
        [
            'a negative price',
            [create(), contractPricing('-1')],
            /Price: must be a non-negative decimal number/,
        ],
        [
            'a usage term in euros',
            [
                create(),
                update('UpdatePricingTerms', {
                    PricingModel: 'Usage',
                    Terms: [
                        {
                            Type: 'ResaleUsageBasedPricingTerm',
                            CurrencyCode: 'EUR',
                            RateCards: [{ RateCard: [{ DimensionKey: 'ApiCalls', Price: '1' }] }],
                        },
                    ],
                }),
            ],
            /CurrencyCode: must be one of USD/,
        ],
        [
            '61 payments',
            [
                create(),
                paymentSchedule(
                    Array.from({ length: 61 }, (_, i) => ({
                        ChargeDate: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
                        ChargeAmount: '1',
                    })),
                ),
            ],
            /Schedule: must have at most 60 items/,
        ],
        [
            'a payment date in the past',
            [create(), paymentSchedule([{ ChargeDate: '2026-01-01', ChargeAmount: '1' }])],
            /ChargeDate: must be in the future/,
        ],
        [
            'a payment schedule for an AMI product',
            [
                create({ ProductId: 'prod-ami-gateway' }),
                paymentSchedule([{ ChargeDate: '2027-01-01', ChargeAmount: '1' }]),
            ],
            /Not supported for AmiProduct product/,
        ],
        [
            'a net payment period of 10 days',
            [
                create(),
                update('UpdateNetPaymentTerms', {
                    Terms: [{ Type: 'ResaleNetPaymentTerm', PaymentDuePeriod: 'P10D' }],
                }),
            ],
            /PaymentDuePeriod: must be one of/,
        ],
        [
            'a renewal name with a space',
            [create(), update('UpdateInformation', { Name: 'Acme 2027' })],
            /Name: must have only letters and digits/,
        ],
        [
            'a non-empty restrict',
            [update('RestrictResaleAuthorization', { Reason: 'x' }, 'resaleauthz-seedactive001')],
            /Reason: is not a known property/,
        ],
        [
            'a reference to no created entity',
            [update('UpdateAvailability', { OffersMaxQuantity: 1 }, '$other.Entity.Identifier')],
            /refers to other/,
        ],
        [
            'an unknown change type',
            [update('UpdateEverything', {}, 'resaleauthz-seedactive001')],
            /UpdateEverything is not a change type/,
        ],
        [
            '21 changes',
            Array.from({ length: 21 }, () =>
                update('UpdateAvailability', { OffersMaxQuantity: 1 }, 'resaleauthz-seeddraft0003'),
            ),
            /ChangeSet: must have at most 20 items/,
        ],
    ])('refuses %s with 422 ValidationException naming the field', async (_, changes, message) => {
        await expect(
            client().send(new StartChangeSetCommand(request(changes))),
        ).rejects.toMatchObject({
            name: 'ValidationException',
            $metadata: { httpStatusCode: 422 },
            message: expect.stringMatching(message),
        });
    });

    it('accepts a payment schedule whose contract is too long to end on a calendar date', async () => {
        const described = await runChangeSet(
            client(),
            request([
                create(),
                fixedUpfrontPricing(`P${'9'.repeat(20)}M`),
                paymentSchedule([{ ChargeDate: '2027-01-01', ChargeAmount: '1' }]),
                update('UpdateAvailability', {
                    AvailabilityEndDate: '2026-12-01',
                    OffersMaxQuantity: 1,
                }),
            ]),
        );
        expect(described.Status).toBe('SUCCEEDED');
    });

    it('answers 404 for an unknown product, one AWS does not resell, and an unknown entity', async () => {
        // Unknown; still in draft; a data product (AWS resells AMI, container, SaaS and
        // professional services products).
        for (const productId of ['prod-unknown', 'prod-saas-beta', 'prod-data-market']) {
            await expect(
                client().send(
                    new StartChangeSetCommand(request([create({ ProductId: productId })])),
                ),
            ).rejects.toMatchObject({
                name: 'ResourceNotFoundException',
                message: expect.stringContaining('does not exist or cannot be resold'),
                $metadata: { httpStatusCode: 404 },
            });
        }
        await expect(
            client().send(
                new DescribeEntityCommand({
                    Catalog: 'AWSMarketplace',
                    EntityId: 'resaleauthz-nope',
                }),
            ),
        ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    });

    it('answers 415 for an entity type other than ResaleAuthorization@1.0', async () => {
        await expect(
            client().send(
                new StartChangeSetCommand(
                    request([
                        {
                            ChangeType: 'UpdateInformation',
                            Entity: { Type: 'Offer@1.0', Identifier: 'offer-1' },
                            DetailsDocument: {},
                        },
                    ]),
                ),
            ),
        ).rejects.toMatchObject({
            name: 'ResourceNotSupportedException',
            $metadata: { httpStatusCode: 415 },
        });
    });

    it.each<[string, Change[], string]>([
        [
            'the seller as its own reseller',
            [create({ ResellerAccountId: '999988887777' })],
            'INVALID_RESELLER_ACCOUNT',
        ],
        [
            'release without legal terms',
            [create(), contractPricing(), release()],
            'MISSING_MANDATORY_TERMS',
        ],
        [
            'release without pricing',
            [create(), standardLegal(), release()],
            'MISSING_MANDATORY_TERMS',
        ],
        [
            'a dimension the product does not have',
            [create(), contractPricing('5', 'NoSuchKey')],
            'INCOMPATIBLE_PRODUCT',
        ],
        [
            'a metered dimension in an upfront price',
            [create(), contractPricing('5', 'ApiCalls')],
            'INVALID_RATE_CARD',
        ],
        [
            'usage rates missing a metered dimension',
            [
                create(),
                update('UpdatePricingTerms', {
                    PricingModel: 'Usage',
                    Terms: [
                        {
                            Type: 'ResaleUsageBasedPricingTerm',
                            CurrencyCode: 'USD',
                            RateCards: [{ RateCard: [{ DimensionKey: 'ApiCalls', Price: '0.1' }] }],
                        },
                    ],
                }),
            ],
            'INVALID_RATE_CARD',
        ],
        [
            'a dimension priced twice',
            [
                create(),
                contractRates([
                    { DimensionKey: 'Seats', Price: '1' },
                    { DimensionKey: 'Seats', Price: '2' },
                ]),
            ],
            'DUPLICATE_DIMENSION_KEYS',
        ],
        [
            'professional services with the standard EULA',
            [
                create({ ProductId: 'prod-ps-migration' }),
                contractPricing('2500', 'Workshop'),
                standardLegal(),
            ],
            'INCOMPATIBLE_PRODUCT',
        ],
        [
            'pricing and payments in two currencies',
            [
                create(),
                update('UpdatePricingTerms', {
                    PricingModel: 'Contract',
                    Terms: [
                        {
                            Type: 'ResaleFixedUpfrontPricingTerm',
                            CurrencyCode: 'EUR',
                            Price: '0.00',
                            Duration: 'P12M',
                            Grants: [{ DimensionKey: 'Seats', MaxQuantity: 5 }],
                        },
                    ],
                }),
                paymentSchedule([{ ChargeDate: '2027-01-15', ChargeAmount: '100' }]),
                update('UpdateAvailability', {
                    AvailabilityEndDate: '2027-01-01',
                    OffersMaxQuantity: 1,
                }),
            ],
            'INVALID_CURRENCY_CODE',
        ],
        [
            'future start on an AMI product',
            [
                create({ ProductId: 'prod-ami-gateway' }),
                update('UpdateBuyerValidityTerms', {
                    Terms: [{ Type: 'BuyerValidityTerm', MaximumAgreementStartDate: '2027-01-01' }],
                }),
            ],
            'INCOMPATIBLE_PRODUCT',
        ],
        [
            'a renewal without buyers',
            [
                create(),
                contractPricing(),
                standardLegal(),
                update('UpdateInformation', {
                    PreExistingBuyerAgreement: {
                        AcquisitionChannel: 'External',
                        PricingModel: 'Contract',
                    },
                }),
                release(),
            ],
            'INCOMPATIBLE_BUYER_TARGETING',
        ],
        [
            'two payments on one date',
            [
                create(),
                paymentSchedule([
                    { ChargeDate: '2027-01-01', ChargeAmount: '1' },
                    { ChargeDate: '2027-01-01', ChargeAmount: '2' },
                ]),
            ],
            'DUPLICATE_CHARGE_DATES',
        ],
        [
            'an end date after the first payment',
            [
                create(),
                update('UpdateAvailability', {
                    AvailabilityEndDate: '2027-02-01',
                    OffersMaxQuantity: 1,
                }),
                paymentSchedule([{ ChargeDate: '2027-01-01', ChargeAmount: '1' }]),
            ],
            'INVALID_AVAILABILITY_END_DATE',
        ],
        [
            'a payment schedule without one-time use',
            [
                create(),
                fixedUpfrontPricing(),
                paymentSchedule([{ ChargeDate: '2027-01-01', ChargeAmount: '1' }]),
                update('UpdateAvailability', { AvailabilityEndDate: '2026-12-01' }),
                standardLegal(),
                release(),
            ],
            'INCOMPATIBLE_TERMS',
        ],
        [
            'a fixed upfront price without a payment schedule',
            [create(), fixedUpfrontPricing(), standardLegal(), release()],
            'MISSING_MANDATORY_TERMS',
        ],
        [
            'a custom EULA that is not in S3',
            [
                create(),
                update('UpdateLegalTerms', {
                    Terms: [
                        {
                            Type: 'BuyerLegalTerm',
                            Documents: [
                                {
                                    Type: 'CustomEula',
                                    Url: 'https://s3.amazonaws.com/ra-legal/missing.pdf',
                                },
                            ],
                        },
                    ],
                }),
            ],
            'INVALID_BUYER_LEGAL_DOCUMENTS',
        ],
    ])('fails %s asynchronously', async (_, changes, code) => {
        const described = await runChangeSet(client(), request(changes));
        expect(described.Status).toBe('FAILED');
        expect(described.FailureCode).toBe('CLIENT_ERROR');
        const codes = (described.ChangeSet ?? []).flatMap((c) =>
            (c.ErrorDetailList ?? []).map((e) => e.ErrorCode),
        );
        expect(codes).toContain(code);
    });

    it('lists, filters, sorts and pages resale authorizations', async () => {
        const first = await client().send(
            new ListEntitiesCommand({
                Catalog: 'AWSMarketplace',
                EntityType: 'ResaleAuthorization',
                MaxResults: 2,
                EntityTypeSort: {
                    ResaleAuthorizationSort: { SortBy: 'Name', SortOrder: 'ASCENDING' },
                },
            }),
        );
        expect(first.EntitySummaryList).toHaveLength(2);
        expect(first.NextToken).toBeDefined();
        const second = await client().send(
            new ListEntitiesCommand({
                Catalog: 'AWSMarketplace',
                EntityType: 'ResaleAuthorization',
                MaxResults: 2,
                NextToken: first.NextToken,
                EntityTypeSort: {
                    ResaleAuthorizationSort: { SortBy: 'Name', SortOrder: 'ASCENDING' },
                },
            }),
        );
        const names = [...(first.EntitySummaryList ?? []), ...(second.EntitySummaryList ?? [])].map(
            (e) => e.Name ?? '',
        );
        expect(names).toEqual([...names].sort());
        const restricted = await client().send(
            new ListEntitiesCommand({
                Catalog: 'AWSMarketplace',
                EntityType: 'ResaleAuthorization',
                EntityTypeFilters: {
                    ResaleAuthorizationFilters: {
                        Status: { ValueList: ['Restricted'] },
                        ProductId: { ValueList: ['prod-container-proxy'] },
                    },
                },
            }),
        );
        expect(restricted.EntitySummaryList?.map((e) => e.EntityId)).toContain(
            'resaleauthz-seedrestr0004',
        );
        expect(
            restricted.EntitySummaryList?.every(
                (e) => e.ResaleAuthorizationSummary?.Status === 'Restricted',
            ),
        ).toBe(true);
        const byName = await client().send(
            new ListEntitiesCommand({
                Catalog: 'AWSMarketplace',
                EntityType: 'ResaleAuthorization',
                EntityTypeFilters: {
                    ResaleAuthorizationFilters: { Name: { WildCardValue: 'northwind' } },
                },
            }),
        );
        expect(byName.EntitySummaryList?.map((e) => e.Name)).toEqual(
            expect.arrayContaining(['Northwind Usage Rates', 'Northwind Migration Workshop']),
        );
        const shared = await client().send(
            new ListEntitiesCommand({
                Catalog: 'AWSMarketplace',
                EntityType: 'ResaleAuthorization',
                OwnershipType: 'SHARED',
            }),
        );
        expect(shared.EntitySummaryList).toEqual([]);
    });

    it('lists products of every type and describes their dimensions', async () => {
        for (const type of [
            'SaaSProduct',
            'AmiProduct',
            'ContainerProduct',
            'ProfessionalServicesProduct',
            'DataProduct',
        ]) {
            const listed = await client().send(
                new ListEntitiesCommand({ Catalog: 'AWSMarketplace', EntityType: type }),
            );
            expect(listed.EntitySummaryList?.length).toBeGreaterThan(0);
        }
        const product = await client().send(
            new DescribeEntityCommand({
                Catalog: 'AWSMarketplace',
                EntityId: 'prod-saas-analytics',
            }),
        );
        const dimensions = (
            product.DetailsDocument as { Dimensions: { Key: string; Types: string[] }[] }
        ).Dimensions;
        expect(dimensions.map((d) => d.Key)).toEqual([
            'Seats',
            'Storage',
            'ApiCalls',
            'DataScanned',
        ]);
        const batch = await client().send(
            new BatchDescribeEntitiesCommand({
                EntityRequestList: [
                    { Catalog: 'AWSMarketplace', EntityId: 'resaleauthz-seedactive001' },
                    { Catalog: 'AWSMarketplace', EntityId: 'resaleauthz-missing' },
                ],
            }),
        );
        expect(Object.keys(batch.EntityDetails ?? {})).toEqual(['resaleauthz-seedactive001']);
        expect(batch.Errors?.['resaleauthz-missing']?.ErrorCode).toBe('ResourceNotFoundException');
    });

    it('lists change sets by entity', async () => {
        const entityId = createdEntityId(await runChangeSet(client(), request(publishChanges())));
        await runChangeSet(
            client(),
            request([update('RestrictResaleAuthorization', {}, entityId)]),
        );
        const listed = await client().send(
            new ListChangeSetsCommand({
                Catalog: 'AWSMarketplace',
                FilterList: [{ Name: 'EntityId', ValueList: [entityId] }],
            }),
        );
        expect(listed.ChangeSetSummaryList?.map((c) => c.Status)).toEqual([
            'SUCCEEDED',
            'SUCCEEDED',
        ]);
    });

    it('uploads a custom EULA to its S3 endpoint and accepts its URL in the legal terms', async () => {
        const s3 = new S3Client({
            endpoint: simulator.url,
            forcePathStyle: true,
            region: 'us-east-1',
            credentials: TEST_CREDENTIALS,
        });
        await s3.send(
            new PutObjectCommand({
                Bucket: 'ra-legal-documents',
                Key: 'acme/eula.pdf',
                Body: Buffer.from('%PDF-1.4 custom eula'),
                ContentType: 'application/pdf',
            }),
        );
        const head = await s3.send(
            new HeadObjectCommand({ Bucket: 'ra-legal-documents', Key: 'acme/eula.pdf' }),
        );
        expect(head.ContentLength).toBe(20);
        const object = await s3.send(
            new GetObjectCommand({ Bucket: 'ra-legal-documents', Key: 'acme/eula.pdf' }),
        );
        expect(await object.Body?.transformToString()).toBe('%PDF-1.4 custom eula');
        await expect(
            s3.send(new HeadObjectCommand({ Bucket: 'ra-legal-documents', Key: 'nope.pdf' })),
        ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
        const described = await runChangeSet(
            client(),
            request([
                create(),
                contractPricing(),
                update('UpdateLegalTerms', {
                    Terms: [
                        {
                            Type: 'BuyerLegalTerm',
                            Documents: [
                                {
                                    Type: 'CustomEula',
                                    Url: `${simulator.url}/ra-legal-documents/acme/eula.pdf`,
                                },
                            ],
                        },
                    ],
                }),
                release(),
            ]),
        );
        expect(described.Status).toBe('SUCCEEDED');
    });
});

describe('official sample change sets', () => {
    let simulator: RunningSimulator;
    beforeAll(async () => {
        simulator = await startTestSimulator({ today: SAMPLE_TODAY });
    });
    afterAll(() => simulator.stop());

    const creating = fs
        .readdirSync(SAMPLES_DIR)
        .filter(
            (f) =>
                f.endsWith('.json') &&
                ![
                    'RestrictResaleAuthorization.json',
                    'UpdateUnpublishedResaleAuthorization.json',
                ].includes(f),
        );

    it.each(creating)('%s is accepted and reaches SUCCEEDED', async (file) => {
        const described = await runChangeSet(catalogClient(simulator), readSample(file));
        expect(described.ChangeSet?.flatMap((c) => c.ErrorDetailList ?? [])).toEqual([]);
        expect(described.Status).toBe('SUCCEEDED');
    });

    it('RestrictResaleAuthorization.json restricts a created and released entity (its placeholder id replaced)', async () => {
        const client = catalogClient(simulator);
        const entityId = createdEntityId(
            await runChangeSet(client, readSample('PublishOnetimeResaleAuthSpecificBuyer.json')),
        );
        const sample = JSON.parse(
            JSON.stringify(readSample('RestrictResaleAuthorization.json')).replace(
                /resaleauthz-1111111111111/g,
                entityId,
            ),
        ) as StartChangeSetCommandInput;
        expect((await runChangeSet(client, sample)).Status).toBe('SUCCEEDED');
    });

    it('UpdateUnpublishedResaleAuthorization.json is refused as published (a nested change set), and accepted as meant', async () => {
        const client = catalogClient(simulator);
        const sample = readSample('UpdateUnpublishedResaleAuthorization.json');
        await expect(client.send(new StartChangeSetCommand(sample))).rejects.toMatchObject({
            name: 'ValidationException',
        });
        const entityId = createdEntityId(
            await runChangeSet(client, readSample('DraftResaleauthAllProductType.json')),
        );
        const inner = (sample.ChangeSet?.[0] as unknown as { ChangeSet: Change[] }).ChangeSet.map(
            (c) => ({
                ...c,
                Entity: { ...c.Entity, Type: c.Entity?.Type ?? RA, Identifier: entityId },
            }),
        );
        expect(
            (await runChangeSet(client, { Catalog: 'AWSMarketplace', ChangeSet: inner })).Status,
        ).toBe('SUCCEEDED');
    });
});

describe('reliability', () => {
    it('creates one entity when a publish whose answer was dropped is retried with the same token', async () => {
        const simulator = await startTestSimulator({ today: TODAY });
        try {
            const before = Object.keys(simulator.service.state.entities).length;
            simulator.faults.set([{ operation: 'StartChangeSet', kind: 'drop', count: 1 }]);
            const input = request(publishChanges(), 'publish-token-1');
            await expect(
                catalogClient(simulator, 2000).send(new StartChangeSetCommand(input)),
            ).rejects.toThrow();
            const retried = await catalogClient(simulator).send(new StartChangeSetCommand(input));
            const again = await catalogClient(simulator).send(new StartChangeSetCommand(input));
            expect(again.ChangeSetId).toBe(retried.ChangeSetId);
            expect(Object.keys(simulator.service.state.entities)).toHaveLength(before + 1);
            await expect(
                catalogClient(simulator).send(
                    new StartChangeSetCommand({ ...input, ChangeSetName: 'other' }),
                ),
            ).rejects.toMatchObject({
                name: 'ValidationException',
                message: expect.stringMatching(/ClientRequestToken/),
            });
        } finally {
            await simulator.stop();
        }
    });

    it('answers 500 when told to, then works again', async () => {
        const simulator = await startTestSimulator({ today: TODAY });
        try {
            simulator.faults.set([{ operation: '*', kind: 'error', count: 1 }]);
            await expect(
                catalogClient(simulator).send(
                    new DescribeEntityCommand({
                        Catalog: 'AWSMarketplace',
                        EntityId: 'resaleauthz-seedactive001',
                    }),
                ),
            ).rejects.toMatchObject({
                name: 'InternalServiceException',
                $metadata: { httpStatusCode: 500 },
            });
            await expect(
                catalogClient(simulator).send(
                    new DescribeEntityCommand({
                        Catalog: 'AWSMarketplace',
                        EntityId: 'resaleauthz-seedactive001',
                    }),
                ),
            ).resolves.toBeDefined();
        } finally {
            await simulator.stop();
        }
    });

    it('refuses a change set on an entity already in one that has not finished (423), and cancels one PREPARING', async () => {
        const simulator = await startTestSimulator({
            today: TODAY,
            delays: { preparingMs: 60_000, applyingMs: 60_000 },
        });
        try {
            const client = catalogClient(simulator);
            const first = await client.send(
                new StartChangeSetCommand(
                    request([
                        update(
                            'UpdateAvailability',
                            { OffersMaxQuantity: 1 },
                            'resaleauthz-seeddraft0003',
                        ),
                    ]),
                ),
            );
            await expect(
                client.send(
                    new StartChangeSetCommand(
                        request([
                            update(
                                'UpdateAvailability',
                                { AvailabilityEndDate: '2027-01-01' },
                                'resaleauthz-seeddraft0003',
                            ),
                        ]),
                    ),
                ),
            ).rejects.toMatchObject({
                name: 'ResourceInUseException',
                $metadata: { httpStatusCode: 423 },
            });
            expect(
                (
                    await client.send(
                        new DescribeChangeSetCommand({
                            Catalog: 'AWSMarketplace',
                            ChangeSetId: first.ChangeSetId,
                        }),
                    )
                ).Status,
            ).toBe('PREPARING');
            await client.send(
                new CancelChangeSetCommand({
                    Catalog: 'AWSMarketplace',
                    ChangeSetId: first.ChangeSetId,
                }),
            );
            expect(
                (
                    await client.send(
                        new DescribeChangeSetCommand({
                            Catalog: 'AWSMarketplace',
                            ChangeSetId: first.ChangeSetId,
                        }),
                    )
                ).Status,
            ).toBe('CANCELLED');
            await expect(
                client.send(
                    new StartChangeSetCommand(
                        request([
                            update(
                                'UpdateAvailability',
                                { AvailabilityEndDate: '2027-01-01' },
                                'resaleauthz-seeddraft0003',
                            ),
                        ]),
                    ),
                ),
            ).resolves.toBeDefined();
        } finally {
            await simulator.stop();
        }
    });

    it('throttles above the configured request rate with 429', async () => {
        const simulator = await startTestSimulator({ maxRequestsPerSecond: 3 });
        try {
            const client = catalogClient(simulator);
            const results = await Promise.allSettled(
                Array.from({ length: 6 }, () =>
                    client.send(
                        new DescribeEntityCommand({
                            Catalog: 'AWSMarketplace',
                            EntityId: 'prod-ami-gateway',
                        }),
                    ),
                ),
            );
            const throttled = results.filter(
                (r) =>
                    r.status === 'rejected' &&
                    (r.reason as { name?: string }).name === 'ThrottlingException',
            );
            expect(throttled.length).toBeGreaterThanOrEqual(3);
        } finally {
            await simulator.stop();
        }
    });

    it('keeps a connection alive across requests (a client trusting its keep-alive hint reuses it)', async () => {
        const simulator = await startTestSimulator();
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const sockets = new Set<unknown>();
        const get = () =>
            new Promise<number>((resolve, reject) => {
                const call = http.get(
                    `${simulator.url}/DescribeEntity?catalog=AWSMarketplace&entityId=prod-ami-gateway`,
                    { agent },
                    (response) => {
                        response.resume();
                        response.on('end', () => resolve(response.statusCode ?? 0));
                    },
                );
                call.on('socket', (socket) => sockets.add(socket));
                call.on('error', reject);
            });
        try {
            for (let i = 0; i < 3; i += 1) {
                await get();
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            expect(sockets.size).toBe(1);
        } finally {
            agent.destroy();
            await simulator.stop();
        }
    });

    it('refuses unsigned requests and requests signed for another service with 403', async () => {
        const simulator = await startTestSimulator();
        try {
            const unsigned = await fetch(
                `${simulator.url}/DescribeEntity?catalog=AWSMarketplace&entityId=prod-ami-gateway`,
            );
            expect(unsigned.status).toBe(403);
            expect(unsigned.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
            const wrongService = await fetch(
                `${simulator.url}/DescribeEntity?catalog=AWSMarketplace&entityId=prod-ami-gateway`,
                {
                    headers: {
                        Authorization:
                            'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc',
                    },
                },
            );
            expect(wrongService.status).toBe(403);
        } finally {
            await simulator.stop();
        }
    });

    it('keeps its state across a restart, and a change set in flight finishes after it', async () => {
        const dataDir = tempDataDir();
        let simulator = await startCatalogSimulator({
            port: 0,
            dataDir,
            today: TODAY,
            delays: { preparingMs: 50, applyingMs: 50 },
        });
        const started = await catalogClient(simulator).send(
            new StartChangeSetCommand(request(publishChanges(), 'restart-token')),
        );
        await simulator.stop();
        simulator = await startCatalogSimulator({
            port: 0,
            dataDir,
            today: TODAY,
            delays: { preparingMs: 50, applyingMs: 50 },
        });
        try {
            const client = catalogClient(simulator);
            let status = '';
            for (let i = 0; i < 100 && status !== 'SUCCEEDED'; i += 1) {
                status =
                    (
                        await client.send(
                            new DescribeChangeSetCommand({
                                Catalog: 'AWSMarketplace',
                                ChangeSetId: started.ChangeSetId,
                            }),
                        )
                    ).Status ?? '';
                await new Promise((resolve) => setTimeout(resolve, 20));
            }
            expect(status).toBe('SUCCEEDED');
            const retried = await client.send(
                new StartChangeSetCommand(request(publishChanges(), 'restart-token')),
            );
            expect(retried.ChangeSetId).toBe(started.ChangeSetId);
        } finally {
            await simulator.stop();
        }
    });

    it('keeps nothing on disk when not durable, and starts from the seed again', async () => {
        const dataDir = tempDataDir();
        let simulator = await startTestSimulator({ dataDir, today: TODAY, durable: false });
        const started = await catalogClient(simulator).send(
            new StartChangeSetCommand(request(publishChanges(), 'memory-token')),
        );
        await simulator.stop();
        expect(fs.existsSync(`${dataDir}/state.json`)).toBe(false);
        simulator = await startTestSimulator({ dataDir, today: TODAY, durable: false });
        try {
            await expect(
                catalogClient(simulator).send(
                    new DescribeChangeSetCommand({
                        Catalog: 'AWSMarketplace',
                        ChangeSetId: started.ChangeSetId,
                    }),
                ),
            ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
        } finally {
            await simulator.stop();
        }
    });
});
