import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { startTestSimulator } from '../../catalog-simulator/__tests__/simulatorHarness';
import { CatalogConnection, catalogVerdict } from '../catalogVerdict';

const RA = 'ResaleAuthorization@1.0';
const REF = '$ra.Entity.Identifier';

function validateOnly(
    name: string,
    token: string,
    usageRates: string[],
): StartChangeSetCommandInput {
    return {
        Catalog: 'AWSMarketplace',
        Intent: 'VALIDATE',
        ClientRequestToken: token,
        ChangeSet: [
            {
                ChangeType: 'CreateResaleAuthorization',
                ChangeName: 'ra',
                Entity: { Type: RA },
                DetailsDocument: {
                    ProductId: 'prod-saas-analytics',
                    Name: name,
                    ResellerAccountId: '111122223333',
                },
            },
            {
                ChangeType: 'UpdatePricingTerms',
                Entity: { Type: RA, Identifier: REF },
                DetailsDocument: {
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
            },
        ],
    };
}

const ALL_METERED = ['ApiCalls', 'DataScanned'];

describe('reading the API verdict of a change set', () => {
    let simulator: RunningSimulator;
    let connection: CatalogConnection;

    beforeAll(async () => {
        simulator = await startTestSimulator({ today: '2026-11-24', durable: false });
        connection = new CatalogConnection(simulator.url);
    });

    afterAll(async () => {
        connection.close();
        await simulator.stop();
    });

    afterEach(() => simulator.faults.clear());

    it('reads an accepted change set', async () => {
        await expect(
            catalogVerdict(connection, validateOnly('Acme', 'accepted', ALL_METERED)),
        ).resolves.toEqual({ kind: 'accepted' });
    });

    it('reads a synchronous refusal and a refusal found while validating', async () => {
        await expect(
            catalogVerdict(connection, validateOnly('Acme & Co', 'sync', ALL_METERED)),
        ).resolves.toMatchObject({
            kind: 'refused',
            stage: 'request',
            reasons: [expect.stringMatching(/^ValidationException: .*Name/)],
        });
        await expect(
            catalogVerdict(connection, validateOnly('Acme', 'async', ['ApiCalls'])),
        ).resolves.toMatchObject({
            kind: 'refused',
            stage: 'changeSet',
            reasons: [expect.stringMatching(/^UpdatePricingTerms INVALID_RATE_CARD: /)],
        });
    });

    it('gives no verdict on a server fault, and retries a connection lost before the answer', async () => {
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'error', count: 1 });
        await expect(
            catalogVerdict(connection, validateOnly('Acme', 'fault', ALL_METERED)),
        ).resolves.toMatchObject({ kind: 'unavailable', reason: /InternalServiceException/ });
        simulator.faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
        await expect(
            catalogVerdict(connection, validateOnly('Acme', 'dropped', ALL_METERED)),
        ).resolves.toEqual({ kind: 'accepted' });
    });
});
