import { LightningElement, api } from 'lwc';
import { paymentScheduleTotal } from 'c/raDomain';
import type { CurrencyCode, FieldLayout, FormLayout, PaymentRow } from 'c/raDomain';
import { FocusRequests, formatDate, formatDecimal, formatLabel, todayIsoDate } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

const HIDDEN: FieldLayout = { visible: false, required: false };

/**
 * The wizard's flexible payment schedule: one row per payment (date and amount), add and remove,
 * and the exact running total; a problem of the whole schedule shows under it. Sends
 * `paymentadd` and `paymentremove` `{ index }`; the rows' inputs send `fieldchange`. It is given
 * the form's rows and currency only, so that a keystroke elsewhere in the form does not render
 * its 60 rows again.
 */
export default class RaPaymentSchedule extends LightningElement {
    /** The form's payment schedule (`form.paymentSchedule`). */
    @api rows: PaymentRow[] = [];
    @api currencyCode: CurrencyCode = 'USD';
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};

    readonly labels = LABELS;
    private request: FocusRequest | null = null;
    /** Each row's labels, by index (a cache the template does not watch). */
    private readonly labelsByRow: {
        dateLabel: string;
        amountLabel: string;
        removeLabel: string;
    }[] = [];
    private readonly focusRequests = new FocusRequests(
        () => 'paymentSchedule',
        () => this.template?.querySelector<HTMLElement>('[data-id="add-payment"]'),
    );

    /** A request for `paymentSchedule` (a problem of the schedule) focuses Add payment. */
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

    /** The rows, each input named with its payment's number ("Charge date, payment 2"). */
    get displayRows(): (PaymentRow & {
        index: number;
        number: number;
        dateField: string;
        amountField: string;
        dateLabel: string;
        amountLabel: string;
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
            ...this.rowLabels(index),
        }));
    }

    /** The names of a row's inputs and button, by its number: made once per row. */
    private rowLabels(index: number): {
        dateLabel: string;
        amountLabel: string;
        removeLabel: string;
    } {
        const known = this.labelsByRow[index];
        if (known) {
            return known;
        }
        const made = {
            dateLabel: formatLabel(LABELS.dateOfRow, index + 1),
            amountLabel: formatLabel(LABELS.amountOfRow, index + 1),
            removeLabel: formatLabel(LABELS.removeRow, index + 1),
        };
        this.labelsByRow[index] = made;
        return made;
    }

    get dateLayout(): FieldLayout {
        return this.layout?.paymentRow.chargeDate ?? HIDDEN;
    }

    get amountLayout(): FieldLayout {
        return this.layout?.paymentRow.amount ?? HIDDEN;
    }

    /** The exact total, as the user's locale writes numbers. */
    get total(): string {
        return formatDecimal(paymentScheduleTotal({ paymentSchedule: this.rows }));
    }

    get isEmpty(): boolean {
        return this.rows.length === 0;
    }

    get addDisabled(): boolean {
        const maxRows = this.layout?.fields.paymentSchedule.maxRows;
        return maxRows !== undefined && this.rows.length >= maxRows;
    }

    get scheduleError(): string {
        return this.errors.paymentSchedule ?? '';
    }

    /** Payment dates are compared with today in UTC, as AWS compares them. */
    get datesHelp(): string {
        return formatLabel(LABELS.datesInUtc, formatDate(todayIsoDate()));
    }

    handleAdd(): void {
        this.dispatchEvent(new CustomEvent('paymentadd'));
    }

    handleRemove(event: Event): void {
        const index = Number((event.currentTarget as HTMLElement).dataset.index);
        this.dispatchEvent(new CustomEvent('paymentremove', { detail: { index } }));
    }
}
