import { LightningElement, api } from 'lwc';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import { chosenSellerAccount, sameSellerAccount } from 'c/raDomain';
import type { SellerAccountOption } from 'c/raDomain';
import { formatLabel, reduceErrors } from 'c/raUi';
import { LABELS } from './labels';

export interface SellerAccountChange {
    sellerAccount: string;
    /** Whether the user chose it (the product then no longer fits); false when it was set for them. */
    chosenByUser: boolean;
}

/**
 * The AWS seller account of a resale authorization. The user is asked (a required combobox)
 * only when they may use several accounts; otherwise nothing shows. Fires `change` with
 * `{ sellerAccount, chosenByUser }`: when the user picks one, and when the account given
 * (`value`) is not one they may use (a clone of another account's, a new one), with the one it
 * takes instead: the first they may use, the default account first.
 */
export default class RaSellerAccountPicker extends LightningElement {
    @api disabled = false;

    accounts: SellerAccountOption[] = [];
    loaded = false;
    errorMessage = '';
    readonly labels = LABELS;
    private current = '';

    /** The account's developer name; blank until one is set. */
    @api
    get value(): string {
        return this.current;
    }
    set value(name: string | null | undefined) {
        this.current = name ?? '';
        // Told after the render that set it, never during it.
        Promise.resolve().then(() => this.settle());
    }

    connectedCallback(): void {
        this.load();
    }

    /** Asked only when there is a choice to make. */
    get asks(): boolean {
        return this.accounts.length > 1;
    }

    get options(): { label: string; value: string }[] {
        return this.accounts.map((account) => ({
            label: account.awsAccountId
                ? `${account.label} · ${account.awsAccountId}`
                : account.label,
            value: account.name,
        }));
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        event.stopPropagation();
        this.current = event.detail.value;
        this.tell(true);
    }

    private async load(): Promise<void> {
        try {
            this.accounts = (await listSellerAccounts()) ?? [];
        } catch (error) {
            this.accounts = [];
            this.errorMessage = formatLabel(LABELS.loadFailed, reduceErrors(error).join(' '));
        }
        this.loaded = true;
        this.settle();
    }

    /** Once the accounts are known, the value is one of them (or blank when there is none). */
    private settle(): void {
        if (!this.loaded || this.accounts.length === 0) {
            return;
        }
        const chosen = chosenSellerAccount(this.accounts, this.current);
        if (!this.current || !sameSellerAccount(chosen, this.current)) {
            this.current = chosen;
            this.tell(false);
        }
    }

    private tell(chosenByUser: boolean): void {
        this.dispatchEvent(
            new CustomEvent<SellerAccountChange>('change', {
                detail: { sellerAccount: this.current, chosenByUser },
            }),
        );
    }
}
