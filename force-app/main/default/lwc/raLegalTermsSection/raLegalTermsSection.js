import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
/**
 * The buyers' legal terms and the reseller contract, with the upload of a custom document. A
 * document's upload bubbles to the wizard as `documentupload` from `c-ra-legal-document`.
 */
export default class RaLegalTermsSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    /** The record a document is attached to, once saved. */
    @api
    recordId = null;
    @api
    disabled = false;
    labels = LABELS;
    buyerTermsOptions = [
        { label: LABELS.termsStandardEula, value: 'StandardEula' },
        { label: LABELS.termsEnterpriseEula, value: 'EnterpriseEula' },
        { label: LABELS.termsCustomEula, value: 'CustomEula' },
    ];
    resellerTermsOptions = [
        { label: LABELS.termsNoResellerContract, value: '' },
        { label: LABELS.termsStandardResellerContract, value: 'StandardResellerContract' },
        { label: LABELS.termsCustomResellerContract, value: 'CustomResellerContract' },
    ];
    get showBuyerDocument() {
        return Boolean(this.layout?.fields['buyerLegalTerms.document'].visible);
    }
    get showResellerDocument() {
        return Boolean(this.layout?.fields['resellerLegalTerms.document'].visible);
    }
    get buyerDocumentError() {
        return this.errors['buyerLegalTerms.document'] ?? '';
    }
    get resellerDocumentError() {
        return this.errors['resellerLegalTerms.document'] ?? '';
    }
}
