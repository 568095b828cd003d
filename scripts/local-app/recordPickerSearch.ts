/**
 * What `lightning-record-picker` asks the platform (through GraphQL) in the org, answered from
 * the local store: the records of an object that match the picker's `filter` and the words
 * typed (`matching-info`), shown with its `display-info`. The filter operators are the GraphQL
 * API's field operators (`eq`, `ne`, `lt`, `gt`, `lte`, `gte`, `like`, `in`, `nin`), string
 * comparisons ignoring case; `filterLogic` is not modelled (every criterion applies, AND).
 */
import type { LocalStore } from './contract/store';

export interface PickerCriterion {
    fieldPath: string;
    operator: string;
    value?: unknown;
}

export interface PickerQuery {
    objectApiName: string;
    /** The words typed; empty lists the first records. */
    searchTerm?: string;
    /** One record, to show a value set from outside: the filter does not apply. */
    recordId?: string;
    filter?: { criteria?: PickerCriterion[]; filterLogic?: string } | null;
    matchingInfo?: {
        primaryField?: { fieldPath: string };
        additionalFields?: { fieldPath: string }[];
    } | null;
    displayInfo?: { primaryField?: string; additionalFields?: string[] } | null;
}

/** A suggestion: the record, its primary field and the first additional field shown. */
export interface PickerRecord {
    id: string;
    primary: string;
    secondary: string;
}

/** A query the platform would refuse (an unknown object, field or operator). */
export class PickerQueryError extends Error {}

type Row = Record<string, string | null>;

/** At most this many suggestions, as the picker lists a handful. */
const MAX_SUGGESTIONS = 20;

function rowsOf(store: LocalStore, objectApiName: string): Row[] {
    if (objectApiName === 'Account') {
        return store.allAccounts().map((account) => ({
            Id: account.id,
            Name: account.name,
            AWS_Account_Id__c: account.awsAccountId,
        }));
    }
    if (objectApiName === 'Opportunity') {
        return store.allOpportunities().map((opportunity) => ({
            Id: opportunity.id,
            Name: opportunity.name,
            AccountId: opportunity.accountId,
            'Account.Name': opportunity.accountId
                ? (store.account(opportunity.accountId)?.name ?? null)
                : null,
            StageName: opportunity.stageName,
            CloseDate: opportunity.closeDate,
        }));
    }
    throw new PickerQueryError(`The local app has no ${objectApiName} records to pick.`);
}

function fieldOf(row: Row, fieldPath: string): string | null {
    if (!(fieldPath in row)) {
        throw new PickerQueryError(`No field ${fieldPath} here.`);
    }
    return row[fieldPath] ?? null;
}

function likePattern(pattern: string): RegExp {
    const body = pattern
        .split('')
        .map((char) => {
            if (char === '%') {
                return '.*';
            }
            return char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
    return new RegExp(`^${body}$`, 'i');
}

function compare(a: string, b: string): number {
    return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

function matches(value: string | null, operator: string, expected: unknown): boolean {
    const blank = value === null || value === '';
    const list = Array.isArray(expected) ? expected.map(String) : [];
    switch (operator) {
        case 'eq':
            return expected === null ? blank : !blank && compare(value, String(expected)) === 0;
        case 'ne':
            return expected === null ? !blank : blank || compare(value, String(expected)) !== 0;
        case 'lt':
            return !blank && compare(value, String(expected)) < 0;
        case 'gt':
            return !blank && compare(value, String(expected)) > 0;
        case 'lte':
            return !blank && compare(value, String(expected)) <= 0;
        case 'gte':
            return !blank && compare(value, String(expected)) >= 0;
        case 'like':
            return !blank && likePattern(String(expected)).test(value);
        case 'in':
            return !blank && list.some((item) => compare(value, item) === 0);
        case 'nin':
            return blank || !list.some((item) => compare(value, item) === 0);
        default:
            throw new PickerQueryError(`The operator ${operator} is not one of the GraphQL API.`);
    }
}

/** The records the picker offers for what was typed, or the one record of `recordId`. */
export function searchPickerRecords(store: LocalStore, query: PickerQuery): PickerRecord[] {
    const rows = rowsOf(store, query.objectApiName);
    const primaryField = query.displayInfo?.primaryField ?? 'Name';
    const secondaryField = query.displayInfo?.additionalFields?.[0];
    const show = (row: Row): PickerRecord => ({
        id: row.Id ?? '',
        primary: fieldOf(row, primaryField) ?? '',
        secondary: secondaryField ? (fieldOf(row, secondaryField) ?? '') : '',
    });
    if (query.recordId !== undefined) {
        return rows.filter((row) => row.Id === query.recordId).map(show);
    }
    if (query.filter?.filterLogic) {
        throw new PickerQueryError('The local app applies every criterion: no filterLogic.');
    }
    const criteria = query.filter?.criteria ?? [];
    const matchFields = [
        query.matchingInfo?.primaryField?.fieldPath ?? 'Name',
        ...(query.matchingInfo?.additionalFields ?? []).map((field) => field.fieldPath),
    ];
    const term = (query.searchTerm ?? '').trim().toLowerCase();
    return rows
        .filter((row) =>
            criteria.every((criterion) =>
                matches(
                    fieldOf(row, criterion.fieldPath),
                    criterion.operator,
                    criterion.value ?? null,
                ),
            ),
        )
        .filter(
            (row) =>
                term === '' ||
                matchFields.some((field) =>
                    (fieldOf(row, field) ?? '').toLowerCase().includes(term),
                ),
        )
        .map(show)
        .sort((a, b) => compare(a.primary, b.primary))
        .slice(0, MAX_SUGGESTIONS);
}
