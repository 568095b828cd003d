/**
 * `ResaleAuthorizationListQuery.cls` in TypeScript: the list as the Apex runs it in SOQL: search
 * (case-insensitive, on name, product title and id, reseller account), status and product
 * filters, `ORDER BY <field> NULLS LAST, Id` in one direction, and keyset paging with a cursor
 * that carries the sort, its direction and the last row's (value, id). As the database would,
 * it reads the records in the sort's order from an index (`LocalStore.recordsOrderedBy`) and
 * stops once the page is full; only the count reads every matching record. Only the records of
 * the seller accounts the user may use are listed.
 */
import type {
    ListResaleAuthorizationsParams,
    ResaleAuthorizationPage,
    ResaleAuthorizationSortField,
} from '../../../lwc-src/raDomain/apexContract';
import { ResaleAuthorizationMapper } from './ResaleAuthorizationMapper';
import type { MessageFormatter } from './UserMessages';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import type { Position, SortDirection } from './recordOrder';
import { SellerAccounts } from './SellerAccounts';
import type { Accounts } from './SellerAccounts';
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

/** What a cursor carries: the sort it was made for and the last row's position in it. */
interface Cursor extends Position {
    sortBy: ResaleAuthorizationSortField;
    direction: SortDirection;
}

/**
 * Builds the index of every sort of the list, as the org's database has them before anyone
 * asks: the first list a user sorts does not wait for 10,000 records to be sorted.
 */
export function buildListIndexes(store: LocalStore): void {
    for (const [sortBy, valueOf] of Object.entries(SORT_FIELDS)) {
        store.recordsOrderedBy(sortBy, valueOf);
    }
}

function isSortField(value: unknown): value is ResaleAuthorizationSortField {
    return typeof value === 'string' && Object.hasOwn(SORT_FIELDS, value);
}

function encodeCursor(cursor: Cursor): string {
    return Buffer.from(JSON.stringify(cursor)).toString('base64');
}

/** The position after which the next page starts; a cursor of another sort is refused. */
function decodeCursor(
    cursor: string,
    sortBy: ResaleAuthorizationSortField,
    direction: SortDirection,
    format: MessageFormatter,
): Position {
    try {
        const parsed = JSON.parse(
            Buffer.from(cursor, 'base64').toString('utf8'),
        ) as Partial<Cursor>;
        if (
            typeof parsed.id === 'string' &&
            (parsed.value === null || typeof parsed.value === 'string') &&
            parsed.sortBy === sortBy &&
            parsed.direction === direction
        ) {
            return { value: parsed.value, id: parsed.id };
        }
    } catch {
        // Refused below.
    }
    throw new ResaleAuthorizationException(format('RA_Apex_InvalidCursor'));
}

/** The searched fields of each record, in lower case (records are replaced, never changed). */
const SEARCHED_TEXT = new WeakMap<StoredRecord, string[]>();

function searchedText(record: StoredRecord): string[] {
    let text = SEARCHED_TEXT.get(record);
    if (!text) {
        text = [
            record.authorizationName,
            record.productTitle ?? '',
            record.productId,
            record.resellerAccountId,
        ].map((field) => field.toLowerCase());
        SEARCHED_TEXT.set(record, text);
    }
    return text;
}

/** The seller accounts kept: those the user may use, or the one asked for among them. */
function accountsOf(params: ListResaleAuthorizationsParams, accounts: Accounts): Set<string> {
    const usable = SellerAccounts.usableNames(accounts);
    if (!params.sellerAccount?.trim()) {
        return usable;
    }
    const chosen = SellerAccounts.find(accounts, params.sellerAccount);
    return chosen && usable.has(chosen.developerName)
        ? new Set([chosen.developerName])
        : new Set<string>();
}

/** The WHERE clause. */
function filterOf(
    params: ListResaleAuthorizationsParams,
    accounts: Accounts,
): (record: StoredRecord) => boolean {
    const term = params.searchTerm?.trim().toLowerCase() ?? '';
    const statuses = params.statuses && params.statuses.length > 0 ? params.statuses : null;
    const productId = params.productId || null;
    const ofAccounts = SellerAccounts.recordsOf(accountsOf(params, accounts));
    return (record) =>
        (!term || searchedText(record).some((text) => text.includes(term))) &&
        (!statuses || statuses.includes(record.displayStatus)) &&
        (!productId || record.productId === productId) &&
        ofAccounts(record);
}

export class ResaleAuthorizationListQuery {
    constructor(
        private readonly store: LocalStore,
        private readonly params: ListResaleAuthorizationsParams,
        private readonly format: MessageFormatter,
        /** The org's seller accounts and the user's permissions (the default account alone). */
        private readonly accounts: Accounts = {},
    ) {}

    /** One count and one page of at most pageSize rows, as the Apex's two queries. */
    run(): ResaleAuthorizationPage {
        const { params, format } = this;
        const pageSize = params.pageSize;
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ResaleAuthorizationException(
                format('RA_Apex_InvalidPageSize', MAX_PAGE_SIZE),
            );
        }
        const { sortBy, sortDirection: direction } = params;
        if (!isSortField(sortBy) || (direction !== 'asc' && direction !== 'desc')) {
            throw new ResaleAuthorizationException(format('RA_Apex_InvalidSort'));
        }
        const order = this.store.recordsOrderedBy(sortBy, SORT_FIELDS[sortBy]);
        const matches = filterOf(params, this.accounts);
        let totalCount = 0;
        for (const record of order.walk(direction, null)) {
            totalCount += matches(record) ? 1 : 0;
        }
        const after = params.cursor ? decodeCursor(params.cursor, sortBy, direction, format) : null;
        // LIMIT pageSize + 1: one more row than the page says whether another page follows.
        const records: StoredRecord[] = [];
        for (const record of order.walk(direction, after)) {
            if (matches(record)) {
                records.push(record);
                if (records.length > pageSize) {
                    break;
                }
            }
        }
        const hasMore = records.length > pageSize;
        const page = records.slice(0, pageSize);
        const last = page[page.length - 1];
        return {
            rows: page.map((record) => ResaleAuthorizationMapper.toRow(record, this.accounts)),
            totalCount,
            nextCursor:
                hasMore && last
                    ? encodeCursor({ sortBy, direction, ...order.positionOf(last) })
                    : null,
        };
    }
}
