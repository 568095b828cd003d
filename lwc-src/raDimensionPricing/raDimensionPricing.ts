import { LightningElement, api } from 'lwc';
import { dimensionPriceOf } from 'c/raDomain';
import type { CurrencyCode, DimensionPrice, FieldLayout, FormLayout } from 'c/raDomain';
import { FocusRequests, unitName } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

interface DimensionRow {
    key: string;
    name: string;
    unit: string;
    rate: string;
    quantity: string;
    rateLayout: FieldLayout;
    quantityLayout: FieldLayout;
    rateField: string;
    quantityField: string;
    rateLabel: string;
    quantityLabel: string;
}

/**
 * The wizard's dimensions section: the price (or the units granted, with a flexible payment
 * schedule) of each of the product's dimensions, as the form layout says, and zero-dollar
 * pricing. A problem of the whole table (no dimension priced) shows under it. It is given the
 * form's prices, currency and zero-dollar choice only, so that a keystroke elsewhere in the form
 * does not render its rows again.
 */
export default class RaDimensionPricing extends LightningElement {
    /** The form's price of each dimension (`form.dimensions`). */
    @api prices: DimensionPrice[] = [];
    @api currencyCode: CurrencyCode = 'USD';
    @api zeroDollarPricing = false;
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};

    readonly labels = LABELS;
    private request: FocusRequest | null = null;
    private readonly focusRequests = new FocusRequests(
        () => 'dimensions',
        () => this.template?.querySelector<HTMLElement>('c-ra-form-field'),
    );

    /** A request for `dimensions` (a problem of the table) focuses its first input. */
    @api
    get focusRequest(): FocusRequest | null {
        return this.request;
    }
    set focusRequest(value: FocusRequest | null) {
        // A field: what the template reads, so that a new request reaches the rows' inputs.
        this.request = value;
        this.focusRequests.receive(value);
    }

    renderedCallback(): void {
        this.focusRequests.take();
    }

    get rows(): DimensionRow[] {
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

    get showRateColumn(): boolean {
        return (this.layout?.dimensions ?? []).some((d) => d.rate.visible);
    }

    get showQuantityColumn(): boolean {
        return (this.layout?.dimensions ?? []).some((d) => d.quantity.visible);
    }

    get tableError(): string {
        return this.errors.dimensions ?? '';
    }
}
