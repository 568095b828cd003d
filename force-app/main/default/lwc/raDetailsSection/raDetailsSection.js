import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
/** The resale authorization's name and description, and the reseller it authorizes. */
export default class RaDetailsSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
}
