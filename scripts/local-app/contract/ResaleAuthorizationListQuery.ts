/**
 * `ResaleAuthorizationListQuery.cls` in TypeScript: the list as the Apex runs it in SOQL: search
 * (case-insensitive, on name, product title and id, reseller account), status and product
 * filters, `ORDER BY <field> NULLS LAST, Id` in one direction, and keyset paging with a cursor
 * that carries the last row's (value, id).
 */
import type {
    ListResaleAuthorizationsParams,
    ResaleAuthorizationPage,
    ResaleAuthorizationSortField,
} from '../../../lwc-src/raDomain/apexContract';
import { ResaleAuthorizationMapper } from './ResaleAuthorizationMapper';
import type { MessageFormatter } from './UserMessages';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { LocalStore, StoredRecord } from './store';

export const MAX_PAGE_SIZE = 200;

const SORT_FIELDS: Record<ResaleAuthorizationSortField, (record: StoredRecord) => string | null> = {
    name: (r) => r.authorizationName,
    productTitle: (r) => r.productTitle,
    resellerAccountId: (r) => r.resellerAccountId || null,
    displayStatus: (r) => r.displayStatus,
    expiryDate: (r) => r.expiryDate,
    lastModifiedDate: (r) => r.lastModifiedAt,
};

interface Position {
    value: string | null;
    id: string;
}

function isSortField(value: unknown): value is ResaleAuthorizationSortField {
    return typeof value === 'string' && Object.hasOwn(SORT_FIELDS, value);
}

/** SOQL's text order is case-insensitive; one collator, far faster than localeCompare. */
const TEXT_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

/** Ascending (value NULLS LAST, id). */
function compareAscending(a: Position, b: Position): number {
    if (a.value !== b.value) {
        if (a.value === null) {
            return 1;
        }
        if (b.value === null) {
            return -1;
        }
        const byValue = TEXT_ORDER.compare(a.value, b.value);
        if (byValue !== 0) {
            return byValue;
        }
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function encodeCursor(position: Position): string {
    return Buffer.from(JSON.stringify(position)).toString('base64');
}

function decodeCursor(cursor: string, format: MessageFormatter): Position {
    try {
        const parsed = JSON.parse(
            Buffer.from(cursor, 'base64').toString('utf8'),
        ) as Partial<Position>;
        if (
            typeof parsed.id === 'string' &&
            (parsed.value === null || typeof parsed.value === 'string')
        ) {
            return { value: parsed.value, id: parsed.id };
        }
    } catch {
        // Refused below.
    }
    throw new ResaleAuthorizationException(format('RA_Apex_InvalidCursor'));
}

function matchesFilters(record: StoredRecord, params: ListResaleAuthorizationsParams): boolean {
    const term = params.searchTerm?.trim().toLowerCase();
    if (term) {
        const haystack = [
            record.authorizationName,
            record.productTitle ?? '',
            record.productId,
            record.resellerAccountId,
        ];
        if (!haystack.some((text) => text.toLowerCase().includes(term))) {
            return false;
        }
    }
    if (
        params.statuses &&
        params.statuses.length > 0 &&
        !params.statuses.includes(record.displayStatus)
    ) {
        return false;
    }
    return !params.productId || record.productId === params.productId;
}

export class ResaleAuthorizationListQuery {
    constructor(
        private readonly store: LocalStore,
        private readonly params: ListResaleAuthorizationsParams,
        private readonly format: MessageFormatter,
    ) {}

    run(): ResaleAuthorizationPage {
        return pageOf(this.store.allRecords(), this.params, this.format);
    }
}

function pageOf(
    all: readonly StoredRecord[],
    params: ListResaleAuthorizationsParams,
    format: MessageFormatter,
): ResaleAuthorizationPage {
    const pageSize = params.pageSize;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ResaleAuthorizationException(format('RA_Apex_InvalidPageSize', MAX_PAGE_SIZE));
    }
    if (
        !isSortField(params.sortBy) ||
        (params.sortDirection !== 'asc' && params.sortDirection !== 'desc')
    ) {
        throw new ResaleAuthorizationException(format('RA_Apex_InvalidSort'));
    }
    const valueOf = SORT_FIELDS[params.sortBy];
    const sign = params.sortDirection === 'desc' ? -1 : 1;
    const positionOf = (record: StoredRecord): Position => ({
        value: valueOf(record),
        id: record.id,
    });
    // NULLS LAST in both directions: only the non-null order and the id order flip.
    const compare = (a: Position, b: Position): number => {
        if ((a.value === null) !== (b.value === null)) {
            return a.value === null ? 1 : -1;
        }
        return sign * compareAscending(a, b);
    };
    const matching = all.filter((record) => matchesFilters(record, params));
    const sorted = matching
        .map((record) => ({ record, position: positionOf(record) }))
        .sort((a, b) => compare(a.position, b.position));
    const after = params.cursor ? decodeCursor(params.cursor, format) : null;
    const start = after ? sorted.findIndex((entry) => compare(entry.position, after) > 0) : 0;
    const page = start < 0 ? [] : sorted.slice(start, start + pageSize);
    const hasMore = start >= 0 && start + pageSize < sorted.length;
    const last = page[page.length - 1];
    return {
        rows: page.map((entry) => ResaleAuthorizationMapper.toRow(entry.record)),
        totalCount: matching.length,
        nextCursor: hasMore && last ? encodeCursor(last.position) : null,
    };
}
