import type { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';

/** Counts every Catalog API request of a client by operation (`StartChangeSet`...), attempts included. */
export function countCatalogCalls(client: MarketplaceCatalogClient): () => Record<string, number> {
    const counts: Record<string, number> = {};
    client.middlewareStack.add(
        (next, context) => async (args) => {
            const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
            counts[operation] = (counts[operation] ?? 0) + 1;
            return next(args);
        },
        { step: 'finalizeRequest', name: 'countCatalogCalls' },
    );
    return () => ({ ...counts });
}
