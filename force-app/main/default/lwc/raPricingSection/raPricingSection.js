import { LightningElement, api } from 'lwc';
import { currencyCodeSchema, emptyFormState, netPaymentPeriodSchema } from 'c/raDomain';
import { formatLabel } from 'c/raUi';
import { LABELS } from './labels';
const PRICING_MODEL_LABELS = {
    Contract: LABELS.pricingContract,
    Usage: LABELS.pricingUsage,
};
/** How the reseller is charged: pricing model, payment schedule, currency, payment terms. */
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
    currencyOptions = currencyCodeSchema.options.map((value) => ({ label: value, value }));
    netPaymentOptions = netPaymentPeriodSchema.options.map((value) => ({
        label: value
            ? formatLabel(LABELS.netPaymentDays, value.slice(1, -1))
            : LABELS.netPaymentDefault,
        value,
    }));
    get pricingModelOptions() {
        return (this.layout?.pricingModels ?? []).map((value) => ({
            label: PRICING_MODEL_LABELS[value],
            value,
        }));
    }
}
