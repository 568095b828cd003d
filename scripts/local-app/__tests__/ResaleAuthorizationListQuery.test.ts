/**
 * The list query reads records from the store's indexes and stops at a full page: whatever the
 * records, the sort, the filters and the page size, the pages read one after the other are the
 * unpaged result, sorted as SOQL sorts (case-insensitive, NULLS LAST, then Id) and filtered as
 * the search has always filtered; and the indexes stay in that order through writes and deletes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type {
    ListResaleAuthorizationsParams,
    ResaleAuthorizationSortField,
} from '../../../lwc-src/raDomain/apexContract';
import { ResaleAuthorizationListQuery } from '../contract/ResaleAuthorizationListQuery';
import { messagesIn } from '../contract/UserMessages';
import { LocalStore, UNTOUCHED_SERVER_FIELDS } from '../contract/store';
import type { StoredRecord } from '../contract/store';

const format = messagesIn('en');
const SORT_FIELDS: ResaleAuthorizationSortField[] = [
    'name',
    'productTitle',
    'resellerAccountId',
    'displayStatus',
    'expiryDate',
    'lastModifiedDate',
];
const STATUSES = ['LOCAL_DRAFT', 'Draft', 'Active', 'Restricted', 'FAILED'];
const PRODUCTS = [
    ['prod-saas-analytics', 'Analytics Cloud'],
    ['prod-ami-gateway', 'secure gateway AMI'],
    ['prod-ps-migration', null],
] as const;

/** The sort value of a record, as the org stores the field (a blank account is no value). */
function sortValue(record: StoredRecord, sortBy: ResaleAuthorizationSortField): string | null {
    switch (sortBy) {
        case 'name':
            return record.authorizationName;
        case 'productTitle':
            return record.productTitle;
        case 'resellerAccountId':
            return record.resellerAccountId || null;
        case 'displayStatus':
            return record.displayStatus;
        case 'expiryDate':
            return record.expiryDate;
        default:
            return record.lastModifiedAt;
    }
}

/** A row as the list shows it: what must be the record's latest. */
function shown(record: {
    recordId?: string;
    id?: string;
    name?: string;
    authorizationName?: string;
    displayStatus: string;
}): string {
    return `${record.recordId ?? record.id ?? ''} ${record.name ?? record.authorizationName ?? ''} ${record.displayStatus}`;
}

/** The unpaged result, written the plain way: filter every record, then sort them all. */
function unpaged(records: StoredRecord[], params: ListResaleAuthorizationsParams): string[] {
    const term = params.searchTerm?.trim().toLowerCase() ?? '';
    const matching = records.filter(
        (r) =>
            (!term ||
                [r.authorizationName, r.productTitle ?? '', r.productId, r.resellerAccountId].some(
                    (text) => text.toLowerCase().includes(term),
                )) &&
            (!params.statuses?.length || params.statuses.includes(r.displayStatus)) &&
            (!params.productId || r.productId === params.productId),
    );
    const sign = params.sortDirection === 'desc' ? -1 : 1;
    return matching
        .sort((a, b) => {
            const [x, y] = [sortValue(a, params.sortBy), sortValue(b, params.sortBy)];
            if ((x === null) !== (y === null)) {
                return x === null ? 1 : -1;
            }
            const byValue =
                x === null || y === null ? 0 : x.localeCompare(y, 'en', { sensitivity: 'base' });
            return sign * (byValue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        })
        .map(shown);
}

function openStore(): LocalStore {
    return LocalStore.open({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'list-query-')) });
}

interface RecordSeed {
    name: string;
    product: number;
    reseller: string;
    status: number;
    expiry: string | null;
    minute: number;
}

function recordOf(store: LocalStore, seed: RecordSeed, id = store.newId('a01')): StoredRecord {
    const [productId, productTitle] = PRODUCTS[seed.product % PRODUCTS.length] ?? PRODUCTS[0];
    const modified = new Date(Date.UTC(2026, 0, 1, 0, seed.minute)).toISOString();
    return {
        id,
        authorizationName: seed.name,
        productId,
        productTitle,
        resellerAccountId: seed.reseller,
        expiryDate: seed.expiry,
        description: null,
        formStateJson: null,
        displayStatus: STATUSES[seed.status % STATUSES.length] ?? 'Active',
        entityId: null,
        entityStatus: null,
        changeSetId: null,
        changeSetStatus: null,
        resellerAccount: null,
        opportunity: null,
        ...UNTOUCHED_SERVER_FIELDS,
        createdByName: 'Test',
        createdAt: modified,
        lastModifiedAt: modified,
    };
}

/** Names that tie, differ only in case, or hold the search's characters. */
const seedArbitrary: fc.Arbitrary<RecordSeed> = fc.record({
    name: fc.constantFrom(
        'Alpha',
        'alpha',
        'ALPHA deal',
        'Beta 99',
        'beta',
        'Zulu_1%',
        'Élan',
        'a',
    ),
    product: fc.nat(5),
    reseller: fc.constantFrom('', '111122223333', '444455556666', '999900001111'),
    status: fc.nat(6),
    expiry: fc.constantFrom(null, '2027-01-01', '2026-12-31', '2027-01-01'),
    minute: fc.nat(30),
});

const paramsArbitrary = fc.record({
    sortBy: fc.constantFrom(...SORT_FIELDS),
    sortDirection: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    searchTerm: fc.constantFrom(
        null,
        '',
        'alpha',
        ' ALPHA ',
        'deal',
        '99',
        '_1%',
        'analytics',
        '1111',
        'prod-ami',
        'x',
    ),
    statuses: fc.constantFrom<string[] | null>(null, [], ['Active'], ['Draft', 'FAILED']),
    productId: fc.constantFrom(null, '', 'prod-saas-analytics', 'prod-ps-migration'),
    pageSize: fc.integer({ min: 1, max: 7 }),
});

function readAllPages(store: LocalStore, params: ListResaleAuthorizationsParams) {
    const ids: string[] = [];
    const counts = new Set<number>();
    let cursor: string | null = null;
    let pages = 0;
    do {
        const page = new ResaleAuthorizationListQuery(store, { ...params, cursor }, format).run();
        expect(page.rows.length).toBeLessThanOrEqual(params.pageSize);
        ids.push(...page.rows.map(shown));
        counts.add(page.totalCount);
        cursor = page.nextCursor;
        pages += 1;
        expect(pages).toBeLessThan(500);
    } while (cursor);
    return { ids, counts: [...counts] };
}

describe('the list query', () => {
    it('reads, page after page, exactly the unpaged result in its order', () => {
        fc.assert(
            fc.property(
                fc.array(seedArbitrary, { maxLength: 40 }),
                paramsArbitrary,
                (seeds, query) => {
                    const store = openStore();
                    seeds.forEach((seed) => store.putRecord(recordOf(store, seed)));
                    const params = { ...query, cursor: null };
                    const expected = unpaged(store.allRecords(), params);
                    const { ids, counts } = readAllPages(store, params);
                    expect(ids).toEqual(expected);
                    expect(counts).toEqual([expected.length]);
                },
            ),
            { numRuns: 300 },
        );
    });

    it('keeps the order of every sort through inserts, updates and deletes', () => {
        const operation = fc.oneof(
            fc.record({ kind: fc.constant('insert' as const), seed: seedArbitrary }),
            fc.record({ kind: fc.constant('update' as const), at: fc.nat(), seed: seedArbitrary }),
            fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
        );
        fc.assert(
            fc.property(
                fc.array(seedArbitrary, { maxLength: 20 }),
                fc.array(operation, { maxLength: 30 }),
                (seeds, operations) => {
                    const store = openStore();
                    seeds.forEach((seed) => store.putRecord(recordOf(store, seed)));
                    // Every index exists before the writes: they must follow each one.
                    for (const sortBy of SORT_FIELDS) {
                        readAllPages(store, { ...params(sortBy, 'asc'), pageSize: 200 });
                    }
                    for (const op of operations) {
                        const ids = store.allRecords().map((r) => r.id);
                        const id = 'at' in op ? ids[op.at % Math.max(1, ids.length)] : undefined;
                        if (op.kind === 'insert') {
                            store.putRecord(recordOf(store, op.seed));
                        } else if (op.kind === 'update' && id) {
                            store.putRecord(recordOf(store, op.seed, id));
                        } else if (op.kind === 'delete' && id) {
                            store.deleteRecord(id);
                        }
                    }
                    for (const sortBy of SORT_FIELDS) {
                        for (const direction of ['asc', 'desc'] as const) {
                            for (const statuses of [null, ['Active', 'Draft']]) {
                                const query = {
                                    ...params(sortBy, direction),
                                    statuses,
                                    pageSize: 3,
                                };
                                expect(readAllPages(store, query).ids).toEqual(
                                    unpaged(store.allRecords(), query),
                                );
                            }
                        }
                    }
                },
            ),
            { numRuns: 150 },
        );
    });

    it('goes on after the cursor even when its row was changed or deleted meanwhile', () => {
        const store = openStore();
        const names = ['Delta', 'alpha', 'Charlie', 'bravo', 'Echo'];
        names.forEach((name, minute) =>
            store.putRecord(
                recordOf(store, {
                    name,
                    product: 0,
                    reseller: '',
                    status: 0,
                    expiry: null,
                    minute,
                }),
            ),
        );
        const query = { ...params('name', 'asc'), pageSize: 2 };
        const first = new ResaleAuthorizationListQuery(store, query, format).run();
        expect(first.rows.map((r) => r.name)).toEqual(['alpha', 'bravo']);
        const bravo = store.allRecords().find((r) => r.authorizationName === 'bravo');
        store.deleteRecord(bravo?.id ?? '');
        const second = new ResaleAuthorizationListQuery(
            store,
            { ...query, cursor: first.nextCursor },
            format,
        ).run();
        expect(second.rows.map((r) => r.name)).toEqual(['Charlie', 'Delta']);
        expect(second.totalCount).toBe(4);
    });

    it('refuses a cursor made for another sort or direction, as the Apex does', () => {
        const store = openStore();
        for (let minute = 0; minute < 3; minute += 1) {
            store.putRecord(
                recordOf(store, {
                    name: `Deal ${minute}`,
                    product: 0,
                    reseller: '',
                    status: 0,
                    expiry: null,
                    minute,
                }),
            );
        }
        const query = { ...params('name', 'asc'), pageSize: 1 };
        const { nextCursor } = new ResaleAuthorizationListQuery(store, query, format).run();
        expect(nextCursor).not.toBeNull();
        const refused = format('RA_Apex_InvalidCursor');
        for (const other of [
            { ...query, sortBy: 'expiryDate' as const },
            { ...query, sortDirection: 'desc' as const },
        ]) {
            expect(() =>
                new ResaleAuthorizationListQuery(
                    store,
                    { ...other, cursor: nextCursor },
                    format,
                ).run(),
            ).toThrow(refused);
        }
        for (const cursor of [
            'not base64 JSON',
            Buffer.from('{"value":null}').toString('base64'),
        ]) {
            expect(() =>
                new ResaleAuthorizationListQuery(store, { ...query, cursor }, format).run(),
            ).toThrow(refused);
        }
    });
});

function params(
    sortBy: ResaleAuthorizationSortField,
    sortDirection: 'asc' | 'desc',
): ListResaleAuthorizationsParams {
    return {
        searchTerm: null,
        statuses: null,
        productId: null,
        sortBy,
        sortDirection,
        pageSize: 50,
        cursor: null,
    };
}
