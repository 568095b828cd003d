import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
import { LABELS } from './labels';
const { rateLabel, quantityLabel, dimensionLabel, unitLabel, captionLabel } = LABELS;
/**
 * The price (or granted units) of each of the product's dimensions, as the form layout says.
 * Sends `dimensionchange` `{ key, field: 'rate' | 'quantity', value }` and `fieldblur`.
 */
export default class RaDimensionPricing extends LightningElement {
    @api
    dimensions = [];
    @api
    values = [];
    @api
    currencyCode = 'USD';
    /** Messages to show, by field path (`dimensions.<key>.rate`, `paymentSchedule.<i>.amount`). */
    @api
    get errors() {
        return this.fieldErrors;
    }
    set errors(value) {
        this.fieldErrors = value ?? {};
        // Errors change nothing the template shows: put them on the inputs now.
        applyFieldErrors(this.template, this.fieldErrors);
    }
    fieldErrors = {};
    /** Moves the focus to the input of a field path. */
    @api
    focusField(field) {
        focusFieldIn(this.template, field);
    }
    renderedCallback() {
        applyFieldErrors(this.template, this.fieldErrors);
    }
    labels = {
        dimension: dimensionLabel,
        unit: unitLabel,
        rate: rateLabel,
        quantity: quantityLabel,
        caption: captionLabel,
    };
    get rows() {
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
    get showRateColumn() {
        return this.dimensions.some((d) => d.rate.visible);
    }
    get showQuantityColumn() {
        return this.dimensions.some((d) => d.quantity.visible);
    }
    handleChange(event) {
        const target = event.target;
        this.dispatchEvent(new CustomEvent('dimensionchange', {
            detail: {
                key: target.dataset.key,
                field: target.dataset.kind,
                value: event.detail.value ?? '',
            },
        }));
    }
    handleBlur(event) {
        const target = event.target;
        this.dispatchEvent(new CustomEvent('fieldblur', { detail: { field: target.dataset.field } }));
    }
}
