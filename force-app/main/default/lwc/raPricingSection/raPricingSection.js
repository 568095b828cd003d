import { LightningElement, api } from 'lwc';
import { emptyFormState, netPaymentPeriodSchema } from 'c/raDomain';
import { Memo, formatLabel } from 'c/raUi';
import { LABELS } from './labels';
const PRICING_MODEL_LABELS = {
    Contract: LABELS.pricingContract,
    Usage: LABELS.pricingUsage,
};
/**
 * How the reseller is charged: pricing model, payment schedule, currency (those the pricing
 * allows), the rate card's constraints, payment terms.
 */
export default class RaPricingSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
    netPaymentOptions = netPaymentPeriodSchema.options.map((value) => ({
        label: value
            ? formatLabel(LABELS.netPaymentDays, value.slice(1, -1))
            : LABELS.netPaymentDefault,
        value,
    }));
    /** Whether the buyer of the partner's offer may choose (a rate card constraint). */
    constraintOptions = [
        { label: LABELS.constraintAllowed, value: 'Allowed' },
        { label: LABELS.constraintDisallowed, value: 'Disallowed' },
    ];
    /** The same option lists while the layout's choices are (a keystroke keeps them). */
    pricingModels = new Memo();
    currencies = new Memo();
    get pricingModelOptions() {
        const models = this.layout?.pricingModels ?? [];
        return this.pricingModels.get([models], () => models.map((value) => ({ label: PRICING_MODEL_LABELS[value], value })));
    }
    /** The currencies the pricing allows (US dollars only for usage or a payment schedule). */
    get currencyOptions() {
        const currencies = this.layout?.currencies ?? [];
        return this.currencies.get([currencies], () => currencies.map((value) => ({ label: value, value })));
    }
}
