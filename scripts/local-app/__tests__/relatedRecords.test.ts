/**
 * The local twin of the Apex keeps the Account a reseller is picked from and the Opportunity of
 * a resale authorization only as the org does: the Account's AWS account id is the reseller's.
 */
import { withOpportunity, withResellerAccount } from '../../../lwc-src/raDomain/raDomain';
import type { FormState, ResaleAuthorizationApi } from '../../../lwc-src/raDomain/raDomain';
import { publishDraft, saveFormDraft } from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import type { RunningSimulator } from '../../catalog-simulator/server';
import type { RunningLocalBackend } from '../backend';
import { messagesIn } from '../contract/UserMessages';
import { SEED_ACCOUNTS, SEED_OPPORTUNITIES } from '../relatedRecordsSeed';
import { openFreshBackend } from './backendHarness';

let simulator: RunningSimulator;
let backend: RunningLocalBackend;
let api: ResaleAuthorizationApi;
const format = messagesIn('en');

beforeEach(async () => {
    ({ simulator, backend } = await openFreshBackend());
    api = backend.apiFor('en');
});

afterEach(async () => {
    await backend.stop();
    await simulator.stop();
});

function accountNamed(name: string) {
    const account = backend.store.allAccounts().find((candidate) => candidate.name === name);
    if (!account) {
        throw new Error(`no Account ${name}`);
    }
    return account;
}

async function picked(name: string, form: FormState): Promise<FormState> {
    const account = await api.getAwsAccount({ recordId: accountNamed(name).id });
    return withResellerAccount(form, {
        recordId: account.recordId,
        awsAccountId: account.awsAccountId ?? '',
    });
}

describe('Accounts and Opportunities in the local app', () => {
    it('starts with the seed: Accounts with and without an AWS account id, and Opportunities', () => {
        expect(
            backend.store.allAccounts().map(({ name, awsAccountId }) => ({ name, awsAccountId })),
        ).toEqual(SEED_ACCOUNTS.map((account) => ({ ...account })));
        const northwind = accountNamed('Northwind Traders');
        expect(
            backend.store
                .allOpportunities()
                .filter((opportunity) => opportunity.accountId === northwind.id)
                .map((opportunity) => opportunity.name),
        ).toEqual([SEED_OPPORTUNITIES[0].name]);
    });

    it('publishes a reseller picked from an Account with that Account’s AWS account id', async () => {
        const opportunity = backend.store.allOpportunities()[0];
        const form = withOpportunity(
            await picked('Northwind Traders', contractForm('Picked reseller', '999900001111')),
            opportunity?.id ?? null,
        );
        const recordId = await saveFormDraft(api, form);
        const stored = backend.store.record(recordId);
        expect(stored?.resellerAccount).toBe(accountNamed('Northwind Traders').id);
        expect(stored?.resellerAccountId).toBe('222233334444');
        expect(stored?.opportunity).toBe(opportunity?.id);
        // The record view names both, to open them.
        const shown = await api.getResaleAuthorization({ recordId });
        expect([shown.resellerAccount, shown.opportunity]).toEqual([
            { recordId: accountNamed('Northwind Traders').id, name: 'Northwind Traders' },
            { recordId: opportunity?.id, name: opportunity?.name },
        ]);
        await publishDraft(api, recordId, form);
        const entities = Object.values(simulator.service.state.entities).filter(
            (entity) => entity?.name === 'Picked reseller',
        );
        expect(entities.map((entity) => entity?.resellerAccountId)).toEqual(['222233334444']);
    });

    it('keeps a typed reseller with no Account', async () => {
        const recordId = await saveFormDraft(api, contractForm('Typed reseller', '999900001111'));
        expect(backend.store.record(recordId)).toMatchObject({
            resellerAccount: null,
            opportunity: null,
            resellerAccountId: '999900001111',
        });
        expect(await api.getResaleAuthorization({ recordId })).toMatchObject({
            resellerAccount: null,
            opportunity: null,
        });
    });

    it('refuses an Account whose AWS account id is not the reseller’s, and Accounts or Opportunities that do not exist', async () => {
        const form = await picked('Example Reseller', contractForm('Mismatch'));
        await expect(
            saveFormDraft(api, { ...form, resellerAccountId: '444455556666' }),
        ).rejects.toThrow(format('RA_Apex_ResellerAccountMismatch', '444455556666'));
        await expect(
            saveFormDraft(api, { ...form, resellerAccountRecordId: '001000000000999AAA' }),
        ).rejects.toThrow(format('RA_Apex_AccountNotFound'));
        await expect(
            saveFormDraft(api, withOpportunity(form, '006000000000999AAA')),
        ).rejects.toThrow(format('RA_Apex_OpportunityNotFound'));
        await expect(api.getAwsAccount({ recordId: '001000000000999AAA' })).rejects.toThrow(
            format('RA_Apex_AccountNotFound'),
        );
        expect(backend.store.allRecords()).toEqual([]);
    });

    it('describes an Account without an AWS account id as having none', async () => {
        const account = await api.getAwsAccount({ recordId: accountNamed('Tailspin Toys').id });
        expect(account).toEqual({
            recordId: accountNamed('Tailspin Toys').id,
            name: 'Tailspin Toys',
            awsAccountId: null,
        });
    });
});
