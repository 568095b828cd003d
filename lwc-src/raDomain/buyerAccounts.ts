/** A 12-digit AWS account id. */
export const AWS_ACCOUNT_ID = /^\d{12}$/;

/** The most buyer accounts one resale authorization may target (UpdateBuyerTargetingTerms). */
export const MAX_BUYER_ACCOUNTS = 25;

export interface ParsedBuyerAccounts {
    /** Valid, de-duplicated account ids in the order typed. */
    accounts: string[];
    /** Entries that are not 12-digit account ids, as typed. */
    invalid: string[];
    /** Account ids typed more than once (kept once in `accounts`). */
    duplicates: string[];
}

/** Reads buyer accounts as typed: separated by commas, semicolons, spaces or new lines. */
export function parseBuyerAccounts(text: unknown): ParsedBuyerAccounts {
    const entries = typeof text === 'string' ? text.split(/[\s,;]+/).filter(Boolean) : [];
    const accounts: string[] = [];
    const invalid: string[] = [];
    const duplicates: string[] = [];
    for (const entry of entries) {
        const account = entry.replace(/-/g, '');
        if (!AWS_ACCOUNT_ID.test(account)) {
            invalid.push(entry);
        } else if (accounts.includes(account)) {
            if (!duplicates.includes(account)) {
                duplicates.push(account);
            }
        } else {
            accounts.push(account);
        }
    }
    return { accounts, invalid, duplicates };
}

/** Buyer accounts as the form shows them back: one line, comma separated. */
export function formatBuyerAccounts(accounts: readonly string[]): string {
    return accounts.join(', ');
}
