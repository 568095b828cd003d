import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { RESALE_AUTHORIZATION_OBJECT, isPlainClick, recordPage } from 'c/raNavigation';
/**
 * A link to a record page (a resale authorization's unless `objectApiName` names another object,
 * such as the reseller's Account): a real `href` (from `GenerateUrl`), so a middle click or
 * Ctrl+click opens it in a new tab and the address can be copied; a plain click navigates in
 * place.
 */
export default class RaRecordLink extends NavigationMixin(LightningElement) {
    @api
    label = '';
    url = '';
    page = null;
    currentRecordId = '';
    currentObjectApiName = RESALE_AUTHORIZATION_OBJECT;
    @api
    get recordId() {
        return this.currentRecordId;
    }
    set recordId(value) {
        this.currentRecordId = value ?? '';
        this.pageChanged();
    }
    @api
    get objectApiName() {
        return this.currentObjectApiName;
    }
    set objectApiName(value) {
        this.currentObjectApiName = value || RESALE_AUTHORIZATION_OBJECT;
        this.pageChanged();
    }
    pageChanged() {
        this.page = this.currentRecordId
            ? recordPage(this.currentRecordId, this.currentObjectApiName)
            : null;
        this.generateUrl();
    }
    connectedCallback() {
        this.generateUrl();
    }
    async generateUrl() {
        const page = this.page;
        if (!page || !this.isConnected) {
            return;
        }
        const url = await this[NavigationMixin.GenerateUrl](page);
        if (page === this.page) {
            this.url = url;
        }
    }
    handleClick(event) {
        if (!this.page || !isPlainClick(event)) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate](this.page);
    }
}
