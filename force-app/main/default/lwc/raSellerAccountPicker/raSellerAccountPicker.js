import { LightningElement, api } from 'lwc';
import listSellerAccounts from '@salesforce/apex/ResaleAuthorizationController.listSellerAccounts';
import { chosenSellerAccount, sameSellerAccount } from 'c/raDomain';
import { formatLabel, reduceErrors } from 'c/raUi';
import { LABELS } from './labels';
/**
 * The AWS seller account of a resale authorization. The user is asked (a required combobox)
 * only when they may use several accounts; otherwise nothing shows. Fires `change` with
 * `{ sellerAccount, chosenByUser }`: when the user picks one, and when the account given
 * (`value`) is not one they may use (a clone of another account's, a new one), with the one it
 * takes instead: the first they may use, the default account first.
 */
export default class RaSellerAccountPicker extends LightningElement {
    @api
    disabled = false;
    accounts = [];
    loaded = false;
    errorMessage = '';
    labels = LABELS;
    current = '';
    /** The account's developer name; blank until one is set. */
    @api
    get value() {
        return this.current;
    }
    set value(name) {
        this.current = name ?? '';
        // Told after the render that set it, never during it.
        Promise.resolve().then(() => this.settle());
    }
    connectedCallback() {
        this.load();
    }
    /** Asked only when there is a choice to make. */
    get asks() {
        return this.accounts.length > 1;
    }
    get options() {
        return this.accounts.map((account) => ({
            label: account.awsAccountId
                ? `${account.label} · ${account.awsAccountId}`
                : account.label,
            value: account.name,
        }));
    }
    handleChange(event) {
        event.stopPropagation();
        this.current = event.detail.value;
        this.tell(true);
    }
    async load() {
        try {
            this.accounts = (await listSellerAccounts()) ?? [];
        }
        catch (error) {
            this.accounts = [];
            this.errorMessage = formatLabel(LABELS.loadFailed, reduceErrors(error).join(' '));
        }
        this.loaded = true;
        this.settle();
    }
    /** Once the accounts are known, the value is one of them (or blank when there is none). */
    settle() {
        if (!this.loaded || this.accounts.length === 0) {
            return;
        }
        const chosen = chosenSellerAccount(this.accounts, this.current);
        if (!this.current || !sameSellerAccount(chosen, this.current)) {
            this.current = chosen;
            this.tell(false);
        }
    }
    tell(chosenByUser) {
        this.dispatchEvent(new CustomEvent('change', {
            detail: { sellerAccount: this.current, chosenByUser },
        }));
    }
}
