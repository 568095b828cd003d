/**
 * AWS seller accounts, as the components see them: every record (resale authorization,
 * product) belongs to one, named by the developer name of its `Seller_Account__mdt` record; a
 * record that names none belongs to the default account (SellerAccounts.cls says the same).
 */
import type { ProductRecord, SellerAccountOption } from './apexContract';

/** The account of records that name none: the one a single-account org has. */
export const DEFAULT_SELLER_ACCOUNT = 'Default';

/** The account a record belongs to: the default one when it names none. */
export function sellerAccountOf(value: string | null | undefined): string {
    const name = value?.trim();
    return name ? name : DEFAULT_SELLER_ACCOUNT;
}

/** Whether two values name the same account (developer names ignore case). */
export function sameSellerAccount(
    a: string | null | undefined,
    b: string | null | undefined,
): boolean {
    return sellerAccountOf(a).toLowerCase() === sellerAccountOf(b).toLowerCase();
}

/**
 * The products the product picker offers for an account: those synced from its catalog. No
 * account chosen yet (blank): every product the user may see.
 */
export function productsOfSellerAccount(
    products: readonly ProductRecord[],
    sellerAccount: string,
): ProductRecord[] {
    if (!sellerAccount.trim()) {
        return [...products];
    }
    return products.filter((product) => sameSellerAccount(product.sellerAccount, sellerAccount));
}

/**
 * The account a new, edited or cloned resale authorization is in: the one it has when the user
 * may use it (a clone keeps its source's account only then), else the first the user may use
 * (the default one first); blank when the user may use none.
 */
export function chosenSellerAccount(
    options: readonly SellerAccountOption[],
    current: string | null | undefined,
): string {
    const kept = current?.trim()
        ? options.find((option) => sameSellerAccount(option.name, current))
        : undefined;
    return (kept ?? options[0])?.name ?? '';
}
