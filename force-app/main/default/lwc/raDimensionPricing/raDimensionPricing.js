import { LightningElement, api } from 'lwc';
import { dimensionPriceOf } from 'c/raDomain';
import { FocusRequests, unitName } from 'c/raUi';
import { LABELS } from './labels';
/**
 * The wizard's dimensions section: the price (or the units granted, with a flexible payment
 * schedule) of each of the product's dimensions, as the form layout says, and zero-dollar
 * pricing. A problem of the whole table (no dimension priced) shows under it. It is given the
 * form's prices, currency and zero-dollar choice only, so that a keystroke elsewhere in the form
 * does not render its rows again.
 */
export default class RaDimensionPricing extends LightningElement {
    /** The form's price of each dimension (`form.dimensions`). */
    @api
    prices = [];
    @api
    currencyCode = 'USD';
    @api
    zeroDollarPricing = false;
    @api
    layout = null;
    @api
    errors = {};
    labels = LABELS;
    request = null;
    focusRequests = new FocusRequests(() => 'dimensions', () => this.template?.querySelector('c-ra-form-field'));
    /** A request for `dimensions` (a problem of the table) focuses its first input. */
    @api
    get focusRequest() {
        return this.request;
    }
    set focusRequest(value) {
        // A field: what the template reads, so that a new request reaches the rows' inputs.
        this.request = value;
        this.focusRequests.receive(value);
    }
    renderedCallback() {
        this.focusRequests.take();
    }
    get rows() {
        const currency = this.currencyCode;
        return (this.layout?.dimensions ?? []).map(({ dimension, rate, quantity }) => {
            const value = dimensionPriceOf({ dimensions: this.prices }, dimension.key);
            return {
                key: dimension.key,
                name: dimension.name,
                unit: unitName(dimension.unit),
                rate: value.rate,
                quantity: value.quantity,
                rateLayout: rate,
                quantityLayout: quantity,
                rateField: `dimensions.${dimension.key}.rate`,
                quantityField: `dimensions.${dimension.key}.quantity`,
                rateLabel: `${LABELS.rate} (${currency}) – ${dimension.name}`,
                quantityLabel: `${LABELS.quantity} – ${dimension.name}`,
            };
        });
    }
    get showRateColumn() {
        return (this.layout?.dimensions ?? []).some((d) => d.rate.visible);
    }
    get showQuantityColumn() {
        return (this.layout?.dimensions ?? []).some((d) => d.quantity.visible);
    }
    get tableError() {
        return this.errors.dimensions ?? '';
    }
}
