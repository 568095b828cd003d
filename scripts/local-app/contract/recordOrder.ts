/**
 * The order of `ORDER BY <field> <direction> NULLS LAST, Id <direction>`, kept as the database
 * keeps an index: sorted once, then updated record by record as records are written or deleted.
 * A page is then a walk from a position, never a sort of every record. Text compares as SOQL
 * orders it, case-insensitively; ties go by Id.
 */
import type { StoredRecord } from './store';

export type SortDirection = 'asc' | 'desc';

/** Where a record sits in an order: its sort value and its Id. */
export interface Position {
    value: string | null;
    id: string;
}

/** SOQL's text order is case-insensitive; one collator, far faster than localeCompare. */
const TEXT_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

function compareIds(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Ascending (value, id), for two positions with a value each. */
function compareValues(a: Position, b: Position): number {
    return TEXT_ORDER.compare(a.value ?? '', b.value ?? '') || compareIds(a.id, b.id);
}

/** The order of two positions in a direction: NULLS LAST either way, the rest flips. */
export function comparePositions(a: Position, b: Position, direction: SortDirection): number {
    if ((a.value === null) !== (b.value === null)) {
        return a.value === null ? 1 : -1;
    }
    const sign = direction === 'desc' ? -1 : 1;
    return sign * (a.value === null ? compareIds(a.id, b.id) : compareValues(a, b));
}

interface Entry extends Position {
    record: StoredRecord;
}

type Compare = (a: Position, b: Position) => number;

const byId: Compare = (a, b) => compareIds(a.id, b.id);

/** The first index of `entries` (ascending) whose position is not before `position`. */
function lowerBound(entries: readonly Entry[], position: Position, compare: Compare): number {
    let low = 0;
    let high = entries.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(entries[middle] as Entry, position) < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/** The first index of `entries` (ascending) whose position is after `position`. */
function upperBound(entries: readonly Entry[], position: Position, compare: Compare): number {
    const at = lowerBound(entries, position, compare);
    const entry = entries[at];
    return entry && compare(entry, position) === 0 ? at + 1 : at;
}

function* upward(entries: readonly Entry[], from: number): Generator<StoredRecord> {
    for (let index = from; index < entries.length; index += 1) {
        yield (entries[index] as Entry).record;
    }
}

function* downward(entries: readonly Entry[], from: number): Generator<StoredRecord> {
    for (let index = from; index >= 0; index -= 1) {
        yield (entries[index] as Entry).record;
    }
}

/** The records in the order of one sort field, in both directions. */
export class RecordOrder {
    /** Records with a value, ascending by (value, Id). */
    private readonly valued: Entry[] = [];
    /** Records without a value, ascending by Id. */
    private readonly valueless: Entry[] = [];
    /** The position each record was filed under, by Id. */
    private readonly filed = new Map<string, Position>();

    constructor(
        private readonly valueOf: (record: StoredRecord) => string | null,
        records: Iterable<StoredRecord>,
    ) {
        for (const record of records) {
            const entry = this.entryOf(record);
            (entry.value === null ? this.valueless : this.valued).push(entry);
            this.filed.set(record.id, entry);
        }
        this.valued.sort(compareValues);
        this.valueless.sort(byId);
    }

    get size(): number {
        return this.filed.size;
    }

    /** A record was inserted or updated. */
    put(record: StoredRecord): void {
        const entry = this.entryOf(record);
        const previous = this.filed.get(record.id);
        if (previous && previous.value === entry.value) {
            const list = this.listOf(entry);
            const at = lowerBound(list, entry, this.compareIn(list));
            list[at] = entry;
            return;
        }
        this.remove(record.id);
        const list = this.listOf(entry);
        list.splice(lowerBound(list, entry, this.compareIn(list)), 0, entry);
        this.filed.set(record.id, entry);
    }

    remove(id: string): void {
        const previous = this.filed.get(id);
        if (!previous) {
            return;
        }
        const list = this.listOf(previous);
        list.splice(lowerBound(list, previous, this.compareIn(list)), 1);
        this.filed.delete(id);
    }

    positionOf(record: StoredRecord): Position {
        return { value: this.valueOf(record) ?? null, id: record.id };
    }

    /** The records in `direction`, from the first one strictly after `after` (or the first). */
    *walk(direction: SortDirection, after: Position | null): Generator<StoredRecord> {
        const { valued, valueless } = this;
        // Every record with a value comes before every record without, in both directions.
        const afterValueless = after !== null && after.value === null;
        if (direction === 'asc') {
            if (!afterValueless) {
                yield* upward(valued, after ? upperBound(valued, after, compareValues) : 0);
            }
            yield* upward(valueless, afterValueless ? upperBound(valueless, after, byId) : 0);
        } else {
            if (!afterValueless) {
                const from = after ? lowerBound(valued, after, compareValues) : valued.length;
                yield* downward(valued, from - 1);
            }
            const from = afterValueless ? lowerBound(valueless, after, byId) : valueless.length;
            yield* downward(valueless, from - 1);
        }
    }

    private entryOf(record: StoredRecord): Entry {
        return { ...this.positionOf(record), record };
    }

    private listOf(position: Position): Entry[] {
        return position.value === null ? this.valueless : this.valued;
    }

    private compareIn(list: Entry[]): Compare {
        return list === this.valued ? compareValues : byId;
    }
}
