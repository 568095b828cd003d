/**
 * The local app's answer to `lightning-record-picker`: the records of the store that match the
 * picker's filter (GraphQL field operators) and what was typed, shown with its display-info.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalStore } from '../contract/store';
import { PickerQueryError, searchPickerRecords } from '../recordPickerSearch';
import type { PickerQuery } from '../recordPickerSearch';
import { seedRelatedRecords } from '../relatedRecordsSeed';

const store = LocalStore.open({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'picker-store-')),
});
seedRelatedRecords(store);

const WITH_AWS_ID = {
    criteria: [{ fieldPath: 'AWS_Account_Id__c', operator: 'ne', value: null }],
};

function names(query: Omit<PickerQuery, 'objectApiName'>, objectApiName = 'Account'): string[] {
    return searchPickerRecords(store, { objectApiName, ...query }).map((record) => record.primary);
}

describe('the record picker’s search in the local app', () => {
    it('keeps the Accounts whose AWS account id is set, by name', () => {
        expect(names({ filter: WITH_AWS_ID })).toEqual([
            'Contoso Cloud Partners',
            'Example Reseller',
            'Northwind Traders',
        ]);
        expect(
            names({ filter: { criteria: [{ fieldPath: 'AWS_Account_Id__c', operator: 'eq' }] } }),
        ).toEqual(['Fabrikam Retail', 'Tailspin Toys']);
    });

    it('matches what was typed in the name and the additional matching fields, ignoring case', () => {
        const matchingInfo = {
            primaryField: { fieldPath: 'Name' },
            additionalFields: [{ fieldPath: 'AWS_Account_Id__c' }],
        };
        expect(names({ filter: WITH_AWS_ID, searchTerm: 'NORTH', matchingInfo })).toEqual([
            'Northwind Traders',
        ]);
        expect(names({ filter: WITH_AWS_ID, searchTerm: '4444', matchingInfo })).toEqual([
            'Contoso Cloud Partners',
            'Northwind Traders',
        ]);
        expect(names({ searchTerm: '4444' })).toEqual([]);
    });

    it('applies every GraphQL operator it is given', () => {
        const where = (operator: string, value: unknown) =>
            names({ filter: { criteria: [{ fieldPath: 'Name', operator, value }] } });
        expect(where('eq', 'tailspin toys')).toEqual(['Tailspin Toys']);
        expect(where('like', 'F%')).toEqual(['Fabrikam Retail']);
        expect(where('in', ['Tailspin Toys', 'Example Reseller'])).toEqual([
            'Example Reseller',
            'Tailspin Toys',
        ]);
        expect(where('nin', ['Tailspin Toys', 'Example Reseller'])).toHaveLength(3);
        expect(where('lt', 'D')).toEqual(['Contoso Cloud Partners']);
        expect(where('gte', 'T')).toEqual(['Tailspin Toys']);
    });

    it('shows the first additional display field, and finds a value set from outside', () => {
        const [northwind] = searchPickerRecords(store, {
            objectApiName: 'Account',
            searchTerm: 'Northwind',
            displayInfo: { additionalFields: ['AWS_Account_Id__c'] },
        });
        expect(northwind).toMatchObject({
            primary: 'Northwind Traders',
            secondary: '222233334444',
        });
        expect(
            searchPickerRecords(store, { objectApiName: 'Account', recordId: northwind?.id }),
        ).toEqual([{ id: northwind?.id, primary: 'Northwind Traders', secondary: '' }]);
    });

    it('searches Opportunities, with their Account', () => {
        expect(
            names(
                {
                    filter: {
                        criteria: [
                            {
                                fieldPath: 'Account.Name',
                                operator: 'eq',
                                value: 'Northwind Traders',
                            },
                        ],
                    },
                },
                'Opportunity',
            ),
        ).toEqual(['Northwind Analytics 2027']);
    });

    it('refuses what the platform would: an unknown object, field or operator, a filter logic', () => {
        expect(() => names({}, 'Contact')).toThrow(PickerQueryError);
        expect(() =>
            names({ filter: { criteria: [{ fieldPath: 'Website', operator: 'eq', value: 1 }] } }),
        ).toThrow(PickerQueryError);
        expect(() =>
            names({ filter: { criteria: [{ fieldPath: 'Name', operator: 'startsWith' }] } }),
        ).toThrow(PickerQueryError);
        expect(() => names({ filter: { ...WITH_AWS_ID, filterLogic: '1 OR 2' } })).toThrow(
            PickerQueryError,
        );
    });
});
