import { LightningElement, api } from 'lwc';
import { applyFieldErrors, focusFieldIn } from 'c/raUi';
import { LABELS } from './labels';
const { dateLabel, amountLabel, addLabel, removeLabel, totalLabel, captionLabel, emptyLabel } = LABELS;
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
    /** Moves the focus to the input of a field path. */
    @api
    focusField(field) {
        focusFieldIn(this.template, field);
    }
    renderedCallback() {
        applyFieldErrors(this.template, this.fieldErrors);
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
        return this.rows.map((row, index) => ({
            ...row,
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
