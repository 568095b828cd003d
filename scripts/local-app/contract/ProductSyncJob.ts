/** `ProductSyncJob.cls` in TypeScript: the next pages of a product sync, one queueable each. */
import type { Queueable } from './asyncApex';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { ProductSyncService } from './ProductSyncService';
import type { Position } from './ProductSyncService';

export class ProductSyncJob implements Queueable {
    constructor(
        private readonly deps: ContractDeps,
        private readonly position: Position,
    ) {}

    async execute(): Promise<void> {
        const result = await inTransaction(this.deps, (transaction) =>
            new ProductSyncService(this.deps).syncPage(transaction, this.position),
        );
        if (result.next) {
            this.deps.queue.enqueue(new ProductSyncJob(this.deps, result.next));
        }
    }
}
