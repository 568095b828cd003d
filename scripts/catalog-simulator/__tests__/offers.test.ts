import {
    BatchDescribeEntitiesCommand,
    DescribeEntityCommand,
    ListEntitiesCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { createResellerOffer, removeEntity } from '../adminClient';
import type { RunningSimulator } from '../server';
import { catalogClient, startTestSimulator } from './simulatorHarness';

let simulator: RunningSimulator;
let client: MarketplaceCatalogClient;

beforeAll(async () => {
    simulator = await startTestSimulator({ today: '2026-11-25' });
    client = catalogClient(simulator);
});

afterAll(async () => {
    await simulator?.stop();
});

async function offerDetails(entityId: string): Promise<unknown> {
    const entity = await client.send(
        new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }),
    );
    return (entity.DetailsDocument as Record<string, unknown>).OfferDetails;
}

async function summaryOf(entityId: string): Promise<Record<string, unknown> | undefined> {
    const page = await client.send(
        new ListEntitiesCommand({
            Catalog: 'AWSMarketplace',
            EntityType: 'ResaleAuthorization',
            MaxResults: 50,
            EntityTypeFilters: {
                ResaleAuthorizationFilters: { EntityId: { ValueList: [entityId] } },
            },
        }),
    );
    return page.EntitySummaryList?.[0] as Record<string, unknown> | undefined;
}

describe('offers made from resale authorizations, and entities AWS no longer has', () => {
    it('seeds a one-time resale authorization the reseller has used', async () => {
        expect(await offerDetails('resaleauthz-seedused00007')).toEqual({
            OfferExtendedStatus: 'Completed-Used',
            OfferCreatedCount: 1,
        });
        expect(await offerDetails('resaleauthz-seedactive001')).toEqual({
            OfferExtendedStatus: 'Not Started',
            OfferCreatedCount: 0,
        });
    });

    it('uses a one-time resale authorization once, and says so in DescribeEntity and ListEntities', async () => {
        const before = await summaryOf('resaleauthz-seedonetim005');
        await createResellerOffer(simulator.url, 'resaleauthz-seedonetim005');
        expect(await offerDetails('resaleauthz-seedonetim005')).toEqual({
            OfferExtendedStatus: 'Completed-Used',
            OfferCreatedCount: 1,
        });
        const after = await summaryOf('resaleauthz-seedonetim005');
        expect(after?.ResaleAuthorizationSummary).toMatchObject({
            OfferExtendedStatus: 'Completed-Used',
        });
        expect(String(after?.LastModifiedDate) > String(before?.LastModifiedDate)).toBe(true);
        await expect(
            createResellerOffer(simulator.url, 'resaleauthz-seedonetim005'),
        ).rejects.toThrow('already used');
    });

    it('keeps a multi-use one usable after offers', async () => {
        await createResellerOffer(simulator.url, 'resaleauthz-seedactive001');
        await createResellerOffer(simulator.url, 'resaleauthz-seedactive001');
        expect(await offerDetails('resaleauthz-seedactive001')).toEqual({
            OfferExtendedStatus: 'Completed-Usable',
            OfferCreatedCount: 2,
        });
    });

    it('refuses offers from an expired, a restricted or a draft resale authorization', async () => {
        for (const entityId of [
            'resaleauthz-seedexpir0006',
            'resaleauthz-seedrestr0004',
            'resaleauthz-seeddraft0003',
        ]) {
            await expect(createResellerOffer(simulator.url, entityId)).rejects.toThrow('422');
        }
    });

    it('answers ResourceNotFoundException for a resale authorization AWS no longer has', async () => {
        await removeEntity(simulator.url, 'resaleauthz-seeddraft0003');
        await expect(
            client.send(
                new DescribeEntityCommand({
                    Catalog: 'AWSMarketplace',
                    EntityId: 'resaleauthz-seeddraft0003',
                }),
            ),
        ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
        const batch = await client.send(
            new BatchDescribeEntitiesCommand({
                EntityRequestList: [
                    { Catalog: 'AWSMarketplace', EntityId: 'resaleauthz-seeddraft0003' },
                ],
            }),
        );
        expect(batch.Errors?.['resaleauthz-seeddraft0003']?.ErrorCode).toBe(
            'ResourceNotFoundException',
        );
        await expect(removeEntity(simulator.url, 'resaleauthz-seeddraft0003')).rejects.toThrow(
            '404',
        );
    });
});
