import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type { CatalogService } from '../catalog-simulator/catalogService';
import { ApiError } from '../catalog-simulator/errors';
import { throwawayCatalog } from '../catalog-simulator/throwawayCatalog';
import { termsNotCarried } from './appliedTerms';
import type { SimulatorVerdict } from './verdicts';

type Json = Record<string, unknown>;

/** Errors that are the API's answer about the request itself, not about its own state. */
const REFUSALS = new Set([
    'ValidationException',
    'ResourceNotFoundException',
    'AccessDeniedException',
    'ResourceNotSupportedException',
]);

const objects = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function refusalsOf(described: Json): string[] {
    const reasons = objects(described.ChangeSet).flatMap((change) =>
        objects(change.ErrorDetailList).map(
            (e) => `${String(change.ChangeType)} ${String(e.ErrorCode)}: ${String(e.ErrorMessage)}`,
        ),
    );
    return reasons.length > 0 ? reasons : [String(described.FailureDescription)];
}

/** A succeeded change set: accepted if its entities carry what it asked for. */
function verdictOfSuccess(catalog: CatalogService, sent: Json, described: Json): SimulatorVerdict {
    const entityIds = objects(described.ChangeSet).map((change) =>
        String((change.Entity as Json | undefined)?.Identifier ?? ''),
    );
    const missing = termsNotCarried(objects(sent.ChangeSet), entityIds, (entityId) => {
        const entity = catalog.describeEntity(
            new URLSearchParams({ catalog: String(sent.Catalog), entityId }),
        );
        return entity.DetailsDocument as Json;
    });
    return missing.length === 0 ? { kind: 'accepted' } : { kind: 'misapplied', reasons: missing };
}

const unavailable = (error: unknown): SimulatorVerdict => ({
    kind: 'unavailable',
    reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

/**
 * Applies a change set in a catalogue of its own, the seed as the API runs it on `today`, and
 * reads what the API made of it: the synchronous answer, then the change set's final state
 * (the API checks most rules while it processes the change set), then, when it succeeded,
 * whether its resale authorizations carry what it asked for. The service is called in-process
 * with the request as the wire carries it (JSON): thousands of change sets take seconds.
 */
export function applyInThrowawayCatalog(
    today: string,
    request: StartChangeSetCommandInput,
): SimulatorVerdict {
    const catalog = throwawayCatalog(today);
    const sent = JSON.parse(JSON.stringify(request)) as Json;
    let started: Json;
    try {
        started = catalog.startChangeSet(sent);
    } catch (error) {
        return error instanceof ApiError && REFUSALS.has(error.type)
            ? { kind: 'refused', stage: 'request', reasons: [`${error.type}: ${error.message}`] }
            : unavailable(error);
    }
    try {
        const described = catalog.describeChangeSet(
            new URLSearchParams({
                catalog: String(sent.Catalog),
                changeSetId: String(started.ChangeSetId),
            }),
        );
        if (described.Status === 'SUCCEEDED') {
            return verdictOfSuccess(catalog, sent, described);
        }
        if (described.Status === 'FAILED') {
            return { kind: 'refused', stage: 'changeSet', reasons: refusalsOf(described) };
        }
        return { kind: 'unavailable', reason: `change set ended ${String(described.Status)}` };
    } catch (error) {
        return unavailable(error);
    }
}
