/**
 * The product sync of the local twin, as ProductSyncService_Test checks the Apex: the first page
 * at once, the next pages in queued jobs, progress and counts, a page AWS refuses, the chain
 * depth limit and an unhandled failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import { resellableProductRecords } from '../../../lwc-src/raDomain/product';
import {
    catalogClient,
    startTestSimulator,
    TEST_CREDENTIALS,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { LocalAsyncQueue } from '../contract/asyncApex';
import type { ContractDeps } from '../contract/contractDeps';
import { inTransaction, RecordLocks } from '../contract/platform';
import { MAX_CHAIN_DEPTH, ProductSyncJob } from '../contract/ProductSyncJob';
import { ProductSyncService } from '../contract/ProductSyncService';
import { ResaleAuthorizationController } from '../contract/ResaleAuthorizationController';
import { StatusEvents } from '../contract/statusEvents';
import { LocalStore } from '../contract/store';
import { messagesIn } from '../contract/UserMessages';

const format = messagesIn('en');
let simulator: RunningSimulator;
let deps: ContractDeps;
let queue: LocalAsyncQueue;

function contractDeps(catalog: MarketplaceCatalogClient): ContractDeps {
    queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: MAX_CHAIN_DEPTH });
    return {
        store: LocalStore.open({
            dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'product-sync-')),
            reset: true,
        }),
        catalog,
        s3: new S3Client({
            endpoint: simulator.url,
            region: 'us-east-1',
            credentials: TEST_CREDENTIALS,
            forcePathStyle: true,
        }),
        legalDocumentsBucket: 'test-legal-documents',
        events: new StatusEvents(),
        queue,
        locks: new RecordLocks(),
        clock: () => Date.parse('2026-11-25T10:00:00Z'),
        userName: 'Admin',
        log: () => undefined,
    };
}

beforeEach(async () => {
    simulator = await startTestSimulator();
    deps = contractDeps(catalogClient(simulator, 1500));
});

afterEach(async () => {
    await queue.stop();
    await simulator.stop();
});

const controller = () => new ResaleAuthorizationController(deps, 'en');

describe('the product sync', () => {
    it('stores the first page at once and the next pages in queued jobs, then says it is complete', async () => {
        const started = await controller().syncProducts({ sellerAccount: null });

        // The first page: the seed's SaaS products, the beta one still in draft on AWS.
        expect(started).toEqual(
            expect.objectContaining({
                status: 'Running',
                resellableCount: 2,
                notResellableCount: 1,
                finishedAt: null,
                errorMessage: null,
            }),
        );
        expect(queue.queuedCount()).toBe(1);

        await queue.runNow();
        const done = await controller().getProductSync({ syncId: started.syncId });
        expect(done).toEqual(
            expect.objectContaining({
                syncId: started.syncId,
                status: 'Completed',
                resellableCount: 5,
                notResellableCount: 1,
                errorMessage: null,
            }),
        );
        expect(done.finishedAt).not.toBeNull();

        const products = await controller().listProducts();
        expect(products.map((p) => [p.productId, p.productType, p.visibility])).toEqual(
            expect.arrayContaining([
                ['prod-saas-beta', 'SaaS', 'Draft'],
                ['prod-ps-migration', 'ProfessionalServices', 'Limited'],
                ['prod-container-proxy', 'Container', 'Public'],
            ]),
        );
        // Data products are not listed: AWS does not resell them.
        expect(products.map((p) => p.productId)).not.toContain('prod-data-market');
        expect(resellableProductRecords(products).map((p) => p.productId)).not.toContain(
            'prod-saas-beta',
        );
        expect(resellableProductRecords(products)).toHaveLength(5);
    });

    it('stops on a page AWS refuses, with the reason, keeping what it stored', async () => {
        const started = await controller().syncProducts({ sellerAccount: null });
        simulator.faults.set([{ operation: 'ListEntities', kind: 'error' }]);

        await queue.runNow();

        const stopped = await controller().getProductSync({ syncId: started.syncId });
        expect(stopped.status).toBe('Failed');
        expect(stopped.errorMessage).toBe(format('RA_Aws_ServiceError', 500));
        expect(stopped.resellableCount).toBe(2);
        expect(stopped.finishedAt).not.toBeNull();
    });

    it('hands over to a scheduled run at the chain depth limit, which goes on from there', async () => {
        const started = await controller().syncProducts({ sellerAccount: null });
        await queue.stop();
        queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: MAX_CHAIN_DEPTH });
        deps = { ...deps, queue };

        await new ProductSyncJob(deps, { entityTypeIndex: 1 }, started.syncId).execute({
            depth: MAX_CHAIN_DEPTH,
            attachFinalizer: () => undefined,
        });
        expect(queue.queuedCount()).toBe(1);
        const midway = await controller().getProductSync({ syncId: started.syncId });
        expect(midway).toEqual(expect.objectContaining({ status: 'Running', resellableCount: 3 }));

        await queue.runNow();
        const done = await controller().getProductSync({ syncId: started.syncId });
        expect(done).toEqual(expect.objectContaining({ status: 'Completed', resellableCount: 5 }));
    });

    it('marks the sync failed after an unhandled failure of a run', async () => {
        const started = await controller().syncProducts({ sellerAccount: null });
        // A page larger than asked for: the run throws what it does not expect.
        const tooLarge = {
            send: async () => ({
                EntitySummaryList: Array.from({ length: 21 }, (_, i) => ({
                    EntityId: `prod-${i}`,
                })),
            }),
        } as unknown as MarketplaceCatalogClient;
        const failing: ContractDeps = { ...deps, catalog: tooLarge };
        await queue.stop();

        const job = new ProductSyncJob(failing, { entityTypeIndex: 2 }, started.syncId);
        let finalizer: ((result: 'SUCCESS' | 'UNHANDLED_EXCEPTION') => Promise<void>) | null = null;
        await expect(
            job.execute({
                depth: 1,
                attachFinalizer: (f) => {
                    finalizer = f;
                },
            }),
        ).rejects.toThrow(format('RA_Apex_Unexpected'));
        await (
            finalizer as ((result: 'SUCCESS' | 'UNHANDLED_EXCEPTION') => Promise<void>) | null
        )?.('UNHANDLED_EXCEPTION');

        const stopped = await controller().getProductSync({ syncId: started.syncId });
        expect(stopped).toEqual(
            expect.objectContaining({
                status: 'Failed',
                errorMessage: format('RA_Apex_Unexpected'),
            }),
        );
    });

    it('leaves a finished sync as it is, and says when a sync does not exist', async () => {
        const started = await controller().syncProducts({ sellerAccount: null });
        await queue.runNow();
        await inTransaction(deps, async (transaction) =>
            ProductSyncService.fail(transaction, started.syncId, 'too late', format),
        );
        expect((await controller().getProductSync({ syncId: started.syncId })).status).toBe(
            'Completed',
        );
        await expect(controller().getProductSync({ syncId: 'a03000000000999AAA' })).rejects.toThrow(
            format('RA_Apex_ProductSyncNotFound'),
        );
    });
});
