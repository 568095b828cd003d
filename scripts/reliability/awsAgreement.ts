/**
 * Whether AWS (the simulator's resale authorizations) and the records agree once everything has
 * settled: exactly one resale authorization per record that reached AWS, none that no record
 * knows, and each record saying what AWS says: the same name, product, reseller account and
 * status, and the rates of its saved form state.
 */
import { parseFormStateJson } from '../../lwc-src/raDomain/formState';
import type { ResaleAuthorizationRecord } from '../catalog-simulator/model';
import { SEED_RESALE_AUTHORIZATIONS } from '../catalog-simulator/seed';
import { isInFlight } from '../local-app/contract/ResaleAuthorizationSelector';
import type { StoredRecord } from '../local-app/contract/store';

export interface AgreementReport {
    /** Resale authorizations on AWS that the seed does not hold. */
    entitiesOnAws: number;
    /** Records whose resale authorization is on AWS. */
    publishedRecords: number;
    /** Names AWS holds more than one resale authorization of. */
    duplicates: string[];
    /** Records that say something else than AWS, one line each. */
    mismatches: string[];
    /** Resale authorizations on AWS that no record holds. */
    orphans: string[];
    /** Records still waiting for AWS. */
    notFinal: string[];
    /** Resale authorizations of the seed that something changed: no record may touch them. */
    changedSeeds: string[];
}

/** The report of a run where AWS and the records agree, with this many published records. */
export function agreeingReport(publishedRecords: number): AgreementReport {
    return {
        entitiesOnAws: publishedRecords,
        publishedRecords,
        duplicates: [],
        mismatches: [],
        orphans: [],
        notFinal: [],
        changedSeeds: [],
    };
}

const SEEDS = new Map(SEED_RESALE_AUTHORIZATIONS.map((entity) => [entity.entityId, entity]));

/**
 * Whether a record holds a resale authorization of the seed: imported from AWS by the sync, it
 * is no record of the run (the sync's own tests check it).
 */
export function holdsSeed(record: Pick<StoredRecord, 'entityId'>): boolean {
    return record.entityId !== null && SEEDS.has(record.entityId);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** A decimal as one text: `100`, `100.0` and `100.00` are one rate. */
function decimal(value: unknown): string {
    const number = Number(value);
    return Number.isFinite(number) ? String(number) : String(value);
}

/** The price of each dimension in the entity's pricing terms, `key=price`, sorted. */
export function awsRates(entity: ResaleAuthorizationRecord): string[] {
    const rates = new Map<string, string>();
    for (const term of objects(entity.pricing?.Terms)) {
        for (const rateCard of objects(term.RateCards)) {
            for (const rate of objects(rateCard.RateCard)) {
                rates.set(String(rate.DimensionKey), decimal(rate.Price));
            }
        }
    }
    return [...rates].map(([key, price]) => `${key}=${price}`).sort();
}

/** The rate of each priced dimension of a saved form state, as `awsRates` writes them. */
export function savedRates(formStateJson: string | null): string[] {
    const form = parseFormStateJson(formStateJson);
    return (form?.dimensions ?? [])
        .filter((dimension) => dimension.rate.trim() !== '')
        .map((dimension) => `${dimension.key}=${decimal(dimension.rate)}`)
        .sort();
}

function differences(record: StoredRecord, entity: ResaleAuthorizationRecord): string[] {
    const found: string[] = [];
    const compare = (what: string, here: unknown, there: unknown) => {
        if (here !== there) {
            found.push(`${what} ${String(here)} here, ${String(there)} on AWS`);
        }
    };
    compare('entity', record.entityId, entity.entityId);
    compare('product', record.productId, entity.productId);
    compare('reseller', record.resellerAccountId, entity.resellerAccountId);
    compare('status', record.entityStatus, entity.status);
    compare('displayed status', record.displayStatus, entity.status);
    compare('rates', savedRates(record.formStateJson).join(' '), awsRates(entity).join(' '));
    return found;
}

/**
 * Compares AWS with the records: resale authorizations are matched to records by name, so each
 * record of a run must have its own name.
 */
export function compareAwsWithRecords(
    entities: Iterable<ResaleAuthorizationRecord>,
    allRecords: readonly StoredRecord[],
): AgreementReport {
    const records = allRecords.filter((record) => !holdsSeed(record));
    const byName = new Map<string, ResaleAuthorizationRecord[]>();
    let entitiesOnAws = 0;
    const changedSeeds: string[] = [];
    for (const entity of entities) {
        const seed = SEEDS.get(entity.entityId);
        if (seed) {
            if (JSON.stringify(entity) !== JSON.stringify(seed)) {
                changedSeeds.push(entity.entityId);
            }
            continue;
        }
        entitiesOnAws += 1;
        byName.set(entity.name, [...(byName.get(entity.name) ?? []), entity]);
    }
    const report: AgreementReport = {
        entitiesOnAws,
        publishedRecords: 0,
        duplicates: [],
        mismatches: [],
        orphans: [],
        notFinal: records.filter(isInFlight).map((record) => record.authorizationName),
        changedSeeds,
    };
    const recordNames = new Set(records.map((record) => record.authorizationName));
    for (const [name, named] of byName) {
        if (named.length > 1) {
            report.duplicates.push(`${name}: ${named.length} resale authorizations`);
        }
        if (!recordNames.has(name)) {
            report.orphans.push(`${name} (${named.map((entity) => entity.entityId).join(', ')})`);
        }
    }
    for (const record of records) {
        const entity = byName.get(record.authorizationName)?.[0];
        if (!entity) {
            if (record.entityId !== null) {
                report.mismatches.push(
                    `${record.authorizationName}: ${record.entityId} here, absent on AWS`,
                );
            }
            continue;
        }
        report.publishedRecords += 1;
        const found = differences(record, entity);
        if (found.length > 0) {
            report.mismatches.push(`${record.authorizationName}: ${found.join('; ')}`);
        }
    }
    return report;
}
