import { LightningElement, api } from 'lwc';
import { currencyCodeSchema, emptyFormState, netPaymentPeriodSchema } from 'c/raDomain';
import type { FormLayout, FormState, PricingModel } from 'c/raDomain';
import { formatLabel } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
    Contract: LABELS.pricingContract,
    Usage: LABELS.pricingUsage,
};

/** How the reseller is charged: pricing model, payment schedule, currency, payment terms. */
export default class RaPricingSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
    readonly currencyOptions = currencyCodeSchema.options.map((value) => ({ label: value, value }));
    readonly netPaymentOptions = netPaymentPeriodSchema.options.map((value) => ({
        label: value
            ? formatLabel(LABELS.netPaymentDays, value.slice(1, -1))
            : LABELS.netPaymentDefault,
        value,
    }));

    get pricingModelOptions(): { label: string; value: string }[] {
        return (this.layout?.pricingModels ?? []).map((value) => ({
            label: PRICING_MODEL_LABELS[value],
            value,
        }));
    }
}
