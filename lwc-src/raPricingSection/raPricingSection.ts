import { LightningElement, api } from 'lwc';
import { emptyFormState, netPaymentPeriodSchema } from 'c/raDomain';
import type { FormLayout, FormState, PricingModel } from 'c/raDomain';
import { Memo, formatLabel } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

type Option = { label: string; value: string };

const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
    Contract: LABELS.pricingContract,
    Usage: LABELS.pricingUsage,
};

/**
 * How the reseller is charged: pricing model, payment schedule, currency (those the pricing
 * allows), the rate card's constraints, payment terms.
 */
export default class RaPricingSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
    readonly netPaymentOptions = netPaymentPeriodSchema.options.map((value) => ({
        label: value
            ? formatLabel(LABELS.netPaymentDays, value.slice(1, -1))
            : LABELS.netPaymentDefault,
        value,
    }));
    /** Whether the buyer of the partner's offer may choose (a rate card constraint). */
    readonly constraintOptions = [
        { label: LABELS.constraintAllowed, value: 'Allowed' },
        { label: LABELS.constraintDisallowed, value: 'Disallowed' },
    ];
    /** The same option lists while the layout's choices are (a keystroke keeps them). */
    private readonly pricingModels = new Memo<Option[]>();
    private readonly currencies = new Memo<Option[]>();

    get pricingModelOptions(): Option[] {
        const models = this.layout?.pricingModels ?? [];
        return this.pricingModels.get([models], () =>
            models.map((value) => ({ label: PRICING_MODEL_LABELS[value], value })),
        );
    }

    /** The currencies the pricing allows (US dollars only for usage or a payment schedule). */
    get currencyOptions(): Option[] {
        const currencies = this.layout?.currencies ?? [];
        return this.currencies.get([currencies], () =>
            currencies.map((value) => ({ label: value, value })),
        );
    }
}
