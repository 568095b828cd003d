import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
import type { DimensionLayout, DimensionPrice } from 'c/raDomain';
import { LABELS } from './labels';

const { rateLabel, quantityLabel, dimensionLabel, unitLabel, captionLabel } = LABELS;

interface DimensionRow {
    key: string;
    name: string;
    unit: string;
    rate: string;
    quantity: string;
    showRate: boolean;
    showQuantity: boolean;
    rateRequired: boolean;
    rateField: string;
    quantityField: string;
    rateLabel: string;
    quantityLabel: string;
}

/**
 * The price (or granted units) of each of the product's dimensions, as the form layout says.
 * Sends `dimensionchange` `{ key, field: 'rate' | 'quantity', value }` and `fieldblur`.
 */
export default class RaDimensionPricing extends LightningElement {
    @api dimensions: DimensionLayout[] = [];
    @api values: DimensionPrice[] = [];
    @api currencyCode = 'USD';

    /** Messages to show, by field path (`dimensions.<key>.rate`, `paymentSchedule.<i>.amount`). */
    @api
    get errors(): Record<string, string> {
        return this.fieldErrors;
    }
    set errors(value: Record<string, string> | null) {
        this.fieldErrors = value ?? {};
        // Errors change nothing the template shows: put them on the inputs now.
        applyFieldErrors(this.template, this.fieldErrors);
    }

    private fieldErrors: Record<string, string> = {};

    /** Moves the focus to the input of a field path. */
    @api
    focusField(field: string): void {
        focusFieldIn(this.template, field);
    }

    renderedCallback(): void {
        applyFieldErrors(this.template, this.fieldErrors);
    }

    readonly labels = {
        dimension: dimensionLabel,
        unit: unitLabel,
        rate: rateLabel,
        quantity: quantityLabel,
        caption: captionLabel,
    };

    get rows(): DimensionRow[] {
        return this.dimensions.map(({ dimension, rate, quantity }) => {
            const value = this.values.find((v) => v.key === dimension.key);
            return {
                key: dimension.key,
                name: dimension.name,
                unit: dimension.unit,
                rate: value?.rate ?? '',
                quantity: value?.quantity ?? '',
                showRate: rate.visible,
                showQuantity: quantity.visible,
                rateRequired: rate.required,
                rateField: `dimensions.${dimension.key}.rate`,
                quantityField: `dimensions.${dimension.key}.quantity`,
                rateLabel: `${rateLabel} (${this.currencyCode}) – ${dimension.name}`,
                quantityLabel: `${quantityLabel} – ${dimension.name}`,
            };
        });
    }

    get showRateColumn(): boolean {
        return this.dimensions.some((d) => d.rate.visible);
    }

    get showQuantityColumn(): boolean {
        return this.dimensions.some((d) => d.quantity.visible);
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        const target = event.target as HTMLElement;
        this.dispatchEvent(
            new CustomEvent('dimensionchange', {
                detail: {
                    key: target.dataset.key,
                    field: target.dataset.kind,
                    value: event.detail.value ?? '',
                },
            }),
        );
    }

    handleBlur(event: FocusEvent): void {
        const target = event.target as HTMLElement;
        this.dispatchEvent(
            new CustomEvent('fieldblur', { detail: { field: target.dataset.field } }),
        );
    }
}
