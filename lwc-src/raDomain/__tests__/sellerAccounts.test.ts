import {
    DEFAULT_SELLER_ACCOUNT,
    chosenSellerAccount,
    draftSummary,
    emptyFormState,
    productsOfSellerAccount,
    sameSellerAccount,
    sellerAccountOf,
} from 'c/raDomain';
import type { ProductRecord, SellerAccountOption } from 'c/raDomain';

const product = (productId: string, sellerAccount?: string): ProductRecord => ({
    productId,
    title: productId,
    productType: 'SaaS',
    visibility: 'Public',
    dimensionsJson: '[]',
    lastSyncedAt: null,
    ...(sellerAccount === undefined ? {} : { sellerAccount }),
});

const DEFAULT: SellerAccountOption = { name: 'Default', label: 'US', awsAccountId: null };
const EUROPE: SellerAccountOption = {
    name: 'Europe',
    label: 'Europe',
    awsAccountId: '888877776666',
};

describe('seller accounts', () => {
    it('puts what names no account in the default one, whatever the case of a name', () => {
        expect(sellerAccountOf(null)).toBe(DEFAULT_SELLER_ACCOUNT);
        expect(sellerAccountOf('  ')).toBe(DEFAULT_SELLER_ACCOUNT);
        expect(sellerAccountOf(' Europe ')).toBe('Europe');
        expect(sameSellerAccount(undefined, 'default')).toBe(true);
        expect(sameSellerAccount('EUROPE', 'Europe')).toBe(true);
        expect(sameSellerAccount('Europe', null)).toBe(false);
    });

    it('offers the products of the chosen account only, every product before a choice', () => {
        const products = [
            product('prod-us'),
            product('prod-eu', 'Europe'),
            product('prod-us2', 'Default'),
        ];
        expect(productsOfSellerAccount(products, 'Europe').map((p) => p.productId)).toEqual([
            'prod-eu',
        ]);
        expect(productsOfSellerAccount(products, 'Default').map((p) => p.productId)).toEqual([
            'prod-us',
            'prod-us2',
        ]);
        expect(productsOfSellerAccount(products, '')).toHaveLength(3);
    });

    it('keeps an account the user may use, else takes the first they may use', () => {
        expect(chosenSellerAccount([DEFAULT, EUROPE], 'europe')).toBe('Europe');
        expect(chosenSellerAccount([DEFAULT, EUROPE], '')).toBe('Default');
        // A clone of an account the user may no longer use goes to one they may.
        expect(chosenSellerAccount([EUROPE], 'Default')).toBe('Europe');
        expect(chosenSellerAccount([], 'Europe')).toBe('');
    });

    it('sends the account chosen with the draft, none when the wizard has not chosen', () => {
        const form = { ...emptyFormState('prod-eu'), name: 'Deal' };
        expect(draftSummary(form, null, null, 'Europe').sellerAccount).toBe('Europe');
        expect(draftSummary(form, null, null).sellerAccount).toBeNull();
    });
});
