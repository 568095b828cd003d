import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
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
    @api
    rows = [];
    /** Exact total of the amounts, computed by the domain. */
    @api
    total = '0.00';
    @api
    currencyCode = 'USD';
    @api
    maxRows = 60;
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
    /** The errors and the number of rows last put on the inputs (not reactive: no re-render). */
    shown = {};
    /** Moves the focus to the input of a field path. */
    @api
    focusField(field) {
        focusFieldIn(this.template, field);
    }
    /** Errors go on the inputs after a render only when they, or the inputs, changed. */
    renderedCallback() {
        const { shown, fieldErrors } = this;
        if (shown.errors !== fieldErrors || shown.rows !== this.rows.length) {
            applyFieldErrors(this.template, fieldErrors);
            shown.errors = fieldErrors;
            shown.rows = this.rows.length;
        }
    }
    labels = {
        date: dateLabel,
        amount: amountLabel,
        add: addLabel,
        remove: removeLabel,
        total: totalLabel,
        caption: captionLabel,
        empty: emptyLabel,
    };
    get displayRows() {
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
    get isEmpty() {
        return this.rows.length === 0;
    }
    get addDisabled() {
        return this.rows.length >= this.maxRows;
    }
    index(event) {
        return Number(event.currentTarget.dataset.index);
    }
    handleDateChange(event) {
        this.dispatchEvent(new CustomEvent('paymentchange', {
            detail: {
                index: this.index(event),
                field: 'chargeDate',
                value: event.detail.value ?? '',
            },
        }));
    }
    handleAmountChange(event) {
        this.dispatchEvent(new CustomEvent('paymentchange', {
            detail: {
                index: this.index(event),
                field: 'amount',
                value: event.detail.value ?? '',
            },
        }));
    }
    handleAdd() {
        this.dispatchEvent(new CustomEvent('paymentadd'));
    }
    handleRemove(event) {
        this.dispatchEvent(new CustomEvent('paymentremove', { detail: { index: this.index(event) } }));
    }
    handleBlur(event) {
        this.dispatchEvent(new CustomEvent('fieldblur', {
            detail: { field: event.target.dataset.field },
        }));
    }
}
