import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
import type { PaymentRow } from 'c/raDomain';
import { LABELS } from './labels';

const { dateLabel, amountLabel, addLabel, removeLabel, totalLabel, captionLabel, emptyLabel } =
    LABELS;

/**
 * The flexible payment schedule: one row per payment (date and amount), add and remove, and
 * the running total. Sends `paymentchange` `{ index, field, value }`, `paymentadd`,
 * `paymentremove` `{ index }` and `fieldblur`.
 */
export default class RaPaymentSchedule extends LightningElement {
    @api rows: PaymentRow[] = [];
    /** Exact total of the amounts, computed by the domain. */
    @api total = '0.00';
    @api currencyCode = 'USD';
    @api maxRows = 60;

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
        date: dateLabel,
        amount: amountLabel,
        add: addLabel,
        remove: removeLabel,
        total: totalLabel,
        caption: captionLabel,
        empty: emptyLabel,
    };

    get displayRows(): (PaymentRow & {
        index: number;
        number: number;
        dateField: string;
        amountField: string;
        removeLabel: string;
    })[] {
        return this.rows.map((row, index) => ({
            ...row,
            index,
            number: index + 1,
            dateField: `paymentSchedule.${index}.chargeDate`,
            amountField: `paymentSchedule.${index}.amount`,
            removeLabel: `${removeLabel} ${index + 1}`,
        }));
    }

    get isEmpty(): boolean {
        return this.rows.length === 0;
    }

    get addDisabled(): boolean {
        return this.rows.length >= this.maxRows;
    }

    private index(event: Event): number {
        return Number((event.currentTarget as HTMLElement).dataset.index);
    }

    handleDateChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('paymentchange', {
                detail: {
                    index: this.index(event),
                    field: 'chargeDate',
                    value: event.detail.value ?? '',
                },
            }),
        );
    }

    handleAmountChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(
            new CustomEvent('paymentchange', {
                detail: {
                    index: this.index(event),
                    field: 'amount',
                    value: event.detail.value ?? '',
                },
            }),
        );
    }

    handleAdd(): void {
        this.dispatchEvent(new CustomEvent('paymentadd'));
    }

    handleRemove(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('paymentremove', { detail: { index: this.index(event) } }),
        );
    }

    handleBlur(event: FocusEvent): void {
        this.dispatchEvent(
            new CustomEvent('fieldblur', {
                detail: { field: (event.target as HTMLElement).dataset.field },
            }),
        );
    }
}
