import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
import type { PaymentRow } from 'c/raDomain';
import dateLabel from '@salesforce/label/c.RA_Payment_Date';
import amountLabel from '@salesforce/label/c.RA_Payment_Amount';
import addLabel from '@salesforce/label/c.RA_Payment_Add';
import removeLabel from '@salesforce/label/c.RA_Payment_Remove';
import totalLabel from '@salesforce/label/c.RA_Payment_Total';
import captionLabel from '@salesforce/label/c.RA_Payment_Caption';
import emptyLabel from '@salesforce/label/c.RA_Payment_Empty';

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
    /** The errors and the number of rows last put on the inputs (not reactive: no re-render). */
    private readonly shown: { errors?: Record<string, string>; rows?: number } = {};

    /** Moves the focus to the input of a field path. */
    @api
    focusField(field: string): void {
        focusFieldIn(this.template, field);
    }

    /** Errors go on the inputs after a render only when they, or the inputs, changed. */
    renderedCallback(): void {
        const { shown, fieldErrors } = this;
        if (shown.errors !== fieldErrors || shown.rows !== this.rows.length) {
            applyFieldErrors(this.template, fieldErrors);
            shown.errors = fieldErrors;
            shown.rows = this.rows.length;
        }
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
        // The two fields by name: spreading a row (a read-only proxy) reads it far more slowly.
        return this.rows.map(({ chargeDate, amount }, index) => ({
            chargeDate,
            amount,
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
