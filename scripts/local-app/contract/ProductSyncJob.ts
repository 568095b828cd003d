/**
 * `ProductSyncJob.cls` in TypeScript: the next pages of a product sync, one queueable each. At
 * the org's chain depth limit the chain hands over to a scheduled run; a page AWS refuses marks
 * the sync Failed with the reason, and a finalizer does the same after an unhandled failure.
 */
import type { Queueable, QueueableContext } from './asyncApex';
import { CatalogApiException } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { inTransaction } from './platform';
import { ProductSyncService } from './ProductSyncService';
import type { Position } from './ProductSyncService';
import { messagesIn } from './UserMessages';

/** Developer Edition and Trial orgs allow chains of 5: the chain never goes deeper. */
export const MAX_CHAIN_DEPTH = 5;
export const DELAY_MINUTES_AT_DEPTH_LIMIT = 1;

export class ProductSyncJob implements Queueable {
    constructor(
        private readonly deps: ContractDeps,
        private readonly position: Position,
        private readonly syncId: string,
    ) {}

    /** Queues the run of the next page. */
    static enqueue(deps: ContractDeps, position: Position, syncId: string): void {
        deps.queue.enqueue(new ProductSyncJob(deps, position, syncId));
    }

    async execute(context: QueueableContext): Promise<void> {
        // A job has no user language: the reason it stores is in the org's.
        const format = messagesIn('en');
        context.attachFinalizer(async (result) => {
            if (result === 'UNHANDLED_EXCEPTION') {
                await inTransaction(this.deps, async (transaction) =>
                    ProductSyncService.fail(
                        transaction,
                        this.syncId,
                        format('RA_Apex_Unexpected'),
                        format,
                    ),
                );
            }
        });
        const next = await inTransaction(this.deps, async (transaction) => {
            try {
                return await new ProductSyncService(this.deps, format).syncNext(
                    transaction,
                    this.syncId,
                    this.position,
                );
            } catch (error) {
                if (!(error instanceof CatalogApiException)) {
                    throw error;
                }
                ProductSyncService.fail(
                    transaction,
                    this.syncId,
                    error.userMessage(format),
                    format,
                );
                return null;
            }
        });
        if (!next) {
            return;
        }
        if (context.depth >= MAX_CHAIN_DEPTH) {
            ProductSyncJob.scheduleResume(this.deps, next, this.syncId);
        } else {
            ProductSyncJob.enqueue(this.deps, next, this.syncId);
        }
    }

    /** A new chain a minute from now that goes on from `position` (its depth starts at 1). */
    static scheduleResume(deps: ContractDeps, position: Position, syncId: string): void {
        deps.queue.schedule(DELAY_MINUTES_AT_DEPTH_LIMIT, () => {
            ProductSyncJob.enqueue(deps, position, syncId);
        });
    }
}
