/**
 * The Salesforce records a resale authorization points to: the Account the reseller was picked
 * from, Accounts picked as buyers, and an Opportunity. Picking an Account fills in its AWS
 * account id, which is what is sent and stored; the form keeps the Account's record id beside
 * it only while that id is the one picked (typing another id drops the link).
 */
import { formatBuyerAccounts, parseBuyerAccounts } from './buyerAccounts';
import type { FormState } from './formState';

/** An Account that carries an AWS account id, as the server describes it. */
export interface PickedAccount {
    recordId: string;
    awsAccountId: string;
}

/** The reseller typed: the picked Account stays linked only while its id is unchanged. */
export function withTypedResellerAccount(form: FormState, resellerAccountId: string): FormState {
    const unchanged = resellerAccountId.trim() === form.resellerAccountId.trim();
    return {
        ...form,
        resellerAccountId,
        resellerAccountRecordId: unchanged ? form.resellerAccountRecordId : '',
    };
}

/**
 * The reseller picked from an Account: its AWS account id is the reseller's. `null` (the
 * selection cleared) unlinks the Account and keeps the id shown, which can then be typed over.
 */
export function withResellerAccount(form: FormState, account: PickedAccount | null): FormState {
    return account
        ? {
              ...form,
              resellerAccountId: account.awsAccountId,
              resellerAccountRecordId: account.recordId,
          }
        : { ...form, resellerAccountRecordId: '' };
}

/**
 * A buyer picked from an Account: its AWS account id is added to the buyers typed, once. What
 * was typed is kept as typed when the id is already there.
 */
export function withBuyerAccount(form: FormState, awsAccountId: string): FormState {
    const typed = parseBuyerAccounts(form.buyerAccountsText);
    if (typed.accounts.includes(awsAccountId)) {
        return form;
    }
    const kept = form.buyerAccountsText.trim().replace(/[\s,;]+$/, '');
    return {
        ...form,
        buyerAccountsText: kept ? `${kept}, ${awsAccountId}` : formatBuyerAccounts([awsAccountId]),
    };
}

/** The Opportunity picked, or none. */
export function withOpportunity(form: FormState, recordId: string | null): FormState {
    return { ...form, opportunityRecordId: recordId ?? '' };
}

/** What a record's lookups hold, as its detail names them (null when none). */
export interface RecordLookups {
    resellerAccountId: string;
    resellerAccount: { recordId: string } | null;
    opportunity: { recordId: string } | null;
}

/**
 * A stored form opened again: the Account and Opportunity its record names fill in the links
 * the form does not hold (a record imported, or made before Accounts could be picked, has them
 * on the record only), the Account only while the reseller's id is still the record's.
 */
export function withRecordLookups(form: FormState, record: RecordLookups): FormState {
    const account =
        !form.resellerAccountRecordId &&
        record.resellerAccount &&
        form.resellerAccountId.trim() === record.resellerAccountId.trim()
            ? record.resellerAccount.recordId
            : form.resellerAccountRecordId;
    const opportunity =
        form.opportunityRecordId || (record.opportunity ? record.opportunity.recordId : '');
    return account === form.resellerAccountRecordId && opportunity === form.opportunityRecordId
        ? form
        : { ...form, resellerAccountRecordId: account, opportunityRecordId: opportunity };
}
