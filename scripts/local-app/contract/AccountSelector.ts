/** `AccountSelector.cls` in TypeScript: an Account picked as reseller or buyer, from the store. */
import type { LocalStore, StoredAccount } from './store';

export class AccountSelector {
    constructor(private readonly store: LocalStore) {}

    /** The Account, or null when it does not exist (the local user sees every Account). */
    selectById(accountId: string): StoredAccount | null {
        return this.store.account(accountId) ?? null;
    }
}
