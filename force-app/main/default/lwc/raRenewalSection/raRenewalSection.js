import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
/** Whether the resale authorization renews an agreement, and where and how it was bought. */
export default class RaRenewalSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
    channelOptions = [
        { label: LABELS.channelAwsMarketplace, value: 'AwsMarketplace' },
        { label: LABELS.channelExternal, value: 'External' },
    ];
    pricingModelOptions = [
        { label: LABELS.pricingContract, value: 'Contract' },
        { label: LABELS.pricingUsage, value: 'Usage' },
        { label: LABELS.pricingByol, value: 'BYOL' },
        { label: LABELS.pricingFree, value: 'Free' },
    ];
}
