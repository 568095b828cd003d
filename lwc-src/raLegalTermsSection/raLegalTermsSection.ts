import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/**
 * The buyers' legal terms and the reseller contract, with the upload of a custom document. A
 * document's upload bubbles to the wizard as `documentupload` from `c-ra-legal-document`.
 */
export default class RaLegalTermsSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;
    /** The record a document is attached to, once saved. */
    @api recordId: string | null = null;
    @api disabled = false;

    readonly labels = LABELS;
    readonly buyerTermsOptions = [
        { label: LABELS.termsStandardEula, value: 'StandardEula' },
        { label: LABELS.termsEnterpriseEula, value: 'EnterpriseEula' },
        { label: LABELS.termsCustomEula, value: 'CustomEula' },
    ];
    readonly resellerTermsOptions = [
        { label: LABELS.termsNoResellerContract, value: '' },
        { label: LABELS.termsStandardResellerContract, value: 'StandardResellerContract' },
        { label: LABELS.termsCustomResellerContract, value: 'CustomResellerContract' },
    ];

    get showBuyerDocument(): boolean {
        return Boolean(this.layout?.fields['buyerLegalTerms.document'].visible);
    }

    get showResellerDocument(): boolean {
        return Boolean(this.layout?.fields['resellerLegalTerms.document'].visible);
    }

    get buyerDocumentError(): string {
        return this.errors['buyerLegalTerms.document'] ?? '';
    }

    get resellerDocumentError(): string {
        return this.errors['resellerLegalTerms.document'] ?? '';
    }
}
