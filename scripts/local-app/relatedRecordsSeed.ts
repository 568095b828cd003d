/**
 * The org's own records a new local app starts with: Accounts (three resellers with an AWS
 * account id, two customers without one) and their Opportunities, to pick in the wizard. The
 * AWS account ids are those of the sample data (data/Account.json).
 */
import type { LocalStore } from './contract/store';

export const SEED_ACCOUNTS = [
    { name: 'Example Reseller', awsAccountId: '111122223333' },
    { name: 'Northwind Traders', awsAccountId: '222233334444' },
    { name: 'Contoso Cloud Partners', awsAccountId: '333344445555' },
    { name: 'Fabrikam Retail', awsAccountId: null },
    { name: 'Tailspin Toys', awsAccountId: null },
] as const;

export const SEED_OPPORTUNITIES = [
    {
        name: 'Northwind Analytics 2027',
        accountName: 'Northwind Traders',
        stageName: 'Negotiation/Review',
        closeDate: '2027-03-31',
    },
    {
        name: 'Contoso Gateway Renewal',
        accountName: 'Contoso Cloud Partners',
        stageName: 'Proposal/Price Quote',
        closeDate: '2027-01-15',
    },
    {
        name: 'Fabrikam Data Feed Pilot',
        accountName: 'Fabrikam Retail',
        stageName: 'Prospecting',
        closeDate: '2027-05-30',
    },
] as const;

/** Adds the seed when the store has no Accounts or Opportunities yet. */
export function seedRelatedRecords(store: LocalStore): void {
    store.seedRelatedRecords({
        accounts: SEED_ACCOUNTS.map((account) => ({ ...account })),
        opportunities: SEED_OPPORTUNITIES.map((opportunity) => ({ ...opportunity })),
    });
}
