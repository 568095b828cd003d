import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/** The resale authorization's name and description, and the reseller it authorizes. */
export default class RaDetailsSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
}
