import {
    cloneFormState,
    emptyFormState,
    parseFormStateJson,
    toStartChangeSet,
    withBuyerAccount,
    withFieldValue,
    withOpportunity,
    withRecordLookups,
    withResellerAccount,
} from 'c/raDomain';
import type { FormState } from 'c/raDomain';

const NORTHWIND = { recordId: '001000000000001AAA', awsAccountId: '111122223333' };

describe('the reseller picked from an Account', () => {
    it('fills in the Account’s AWS account id and keeps the Account linked', () => {
        const form = withResellerAccount(emptyFormState('prod-1'), NORTHWIND);
        expect(form.resellerAccountId).toBe('111122223333');
        expect(form.resellerAccountRecordId).toBe(NORTHWIND.recordId);
    });

    it('drops the link when another id is typed, and keeps it when the same id is typed again', () => {
        const picked = withResellerAccount(emptyFormState(), NORTHWIND);
        expect(
            withFieldValue(picked, 'resellerAccountId', ' 111122223333 ').resellerAccountRecordId,
        ).toBe(NORTHWIND.recordId);
        const typed = withFieldValue(picked, 'resellerAccountId', '444455556666');
        expect(typed.resellerAccountId).toBe('444455556666');
        expect(typed.resellerAccountRecordId).toBe('');
    });

    it('keeps the id shown when the selection is cleared, without the Account', () => {
        const cleared = withResellerAccount(withResellerAccount(emptyFormState(), NORTHWIND), null);
        expect(cleared.resellerAccountId).toBe('111122223333');
        expect(cleared.resellerAccountRecordId).toBe('');
    });

    it('sends the AWS account id, never the Salesforce record id', () => {
        const form: FormState = {
            ...withResellerAccount(emptyFormState('prod-1'), NORTHWIND),
            name: 'Partner Deal',
        };
        const request = JSON.stringify(
            toStartChangeSet(
                form,
                { productId: 'prod-1', title: 'P', productType: 'SaaS', dimensions: [] },
                { intent: 'draft', clientRequestToken: 't' },
            ),
        );
        expect(request).toContain('"ResellerAccountId":"111122223333"');
        expect(request).not.toContain(NORTHWIND.recordId);
    });
});

describe('buyers picked from Accounts', () => {
    it('are added once to the buyers typed', () => {
        let form = withFieldValue(emptyFormState(), 'buyerAccountsText', '999988887777,\n');
        form = withBuyerAccount(form, '111122223333');
        expect(form.buyerAccountsText).toBe('999988887777, 111122223333');
        expect(withBuyerAccount(form, '111122223333')).toBe(form);
        expect(withBuyerAccount(emptyFormState(), '111122223333').buyerAccountsText).toBe(
            '111122223333',
        );
    });
});

describe('the Opportunity', () => {
    it('is kept on the form and cleared with the selection', () => {
        const form = withOpportunity(emptyFormState(), '006000000000001AAA');
        expect(form.opportunityRecordId).toBe('006000000000001AAA');
        expect(withOpportunity(form, null).opportunityRecordId).toBe('');
    });
});

describe('forms saved before Accounts could be picked', () => {
    it('read with no Account and no Opportunity', () => {
        const stored: Partial<FormState> = { ...emptyFormState('prod-1') };
        delete stored.resellerAccountRecordId;
        delete stored.opportunityRecordId;
        const form = parseFormStateJson(JSON.stringify(stored));
        expect(form?.resellerAccountRecordId).toBe('');
        expect(form?.opportunityRecordId).toBe('');
    });

    it('a clone keeps the Account and the Opportunity, which the server checks again', () => {
        const form = withOpportunity(
            withResellerAccount(emptyFormState('prod-1'), NORTHWIND),
            '006000000000001AAA',
        );
        const clone = cloneFormState(form);
        expect(clone.resellerAccountRecordId).toBe(NORTHWIND.recordId);
        expect(clone.opportunityRecordId).toBe('006000000000001AAA');
    });
});

describe("a stored form opened again takes its record's lookups", () => {
    const record = {
        resellerAccountId: '222233334444',
        resellerAccount: { recordId: '001000000000002AAA' },
        opportunity: { recordId: '006000000000001AAA' },
    };

    it('fills in the Account and the Opportunity a form without them does not hold', () => {
        const form = { ...emptyFormState('prod-1'), resellerAccountId: '222233334444' };
        expect(withRecordLookups(form, record)).toMatchObject({
            resellerAccountRecordId: '001000000000002AAA',
            opportunityRecordId: '006000000000001AAA',
        });
    });

    it('keeps what the form holds, and no Account for another reseller id', () => {
        const picked = withOpportunity(
            withResellerAccount(emptyFormState('prod-1'), NORTHWIND),
            '006000000000009AAA',
        );
        expect(withRecordLookups(picked, record)).toBe(picked);
        const other = { ...emptyFormState('prod-1'), resellerAccountId: '999900001111' };
        expect(withRecordLookups(other, record).resellerAccountRecordId).toBe('');
        const none = { ...record, resellerAccount: null, opportunity: null };
        const form = { ...emptyFormState('prod-1'), resellerAccountId: '222233334444' };
        expect(withRecordLookups(form, none)).toBe(form);
    });
});
