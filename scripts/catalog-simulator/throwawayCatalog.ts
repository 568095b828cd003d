import { CatalogService } from './catalogService';
import { SimulatorClock } from './clock';
import { objectRecord } from './s3';
import { seedDocuments, seedState } from './seed';

const SEED_OBJECTS = seedDocuments().map(
    ({ key, content, contentType }) => [key, objectRecord(key, content, contentType)] as const,
);

/**
 * A catalogue for one change set: the seed in memory (its S3 documents known, their bytes not
 * kept), nothing written anywhere, and change sets applied as soon as they start. Cheap enough
 * to make one for each of thousands of change sets, so that each meets the seed as it is,
 * whatever the others did. Called in-process: the same service the HTTP server answers with.
 */
export function throwawayCatalog(today: string): CatalogService {
    const state = seedState();
    for (const [key, record] of SEED_OBJECTS) {
        state.s3[key] = { ...record };
    }
    return new CatalogService(state, () => undefined, new SimulatorClock(today), {
        preparingMs: 0,
        applyingMs: 0,
    });
}
