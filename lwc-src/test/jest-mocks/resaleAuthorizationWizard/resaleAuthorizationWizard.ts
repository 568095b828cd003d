import { LightningElement, api } from 'lwc';

/** Stand-in for the wizard where a test looks only at what it is given (mode, record, renew). */
export default class ResaleAuthorizationWizard extends LightningElement {
    @api mode: string | undefined;
    @api recordId: string | null | undefined;
    @api renew: boolean | undefined;
}
