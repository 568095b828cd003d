import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/** Whether the resale authorization renews an agreement, and where and how it was bought. */
export default class RaRenewalSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
    readonly channelOptions = [
        { label: LABELS.channelAwsMarketplace, value: 'AwsMarketplace' },
        { label: LABELS.channelExternal, value: 'External' },
    ];
    readonly pricingModelOptions = [
        { label: LABELS.pricingContract, value: 'Contract' },
        { label: LABELS.pricingUsage, value: 'Usage' },
        { label: LABELS.pricingByol, value: 'BYOL' },
        { label: LABELS.pricingFree, value: 'Free' },
    ];
}
