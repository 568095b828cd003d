import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState } from 'c/raDomain';
import { formatDate, formatLabel, todayIsoDate } from 'c/raUi';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

/**
 * How long the reseller may use the resale authorization: once or many times, until an expiry
 * date, and the latest start of a buyer's agreement (future-dated agreements).
 */
export default class RaAvailabilitySection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
    readonly usageOptions = [
        { label: LABELS.usageMulti, value: 'multiUse' },
        { label: LABELS.usageOneTime, value: 'oneTime' },
    ];

    /** Dates are compared with today in UTC, as AWS compares them: the help says which day. */
    get datesHelp(): string {
        return formatLabel(LABELS.datesInUtc, formatDate(todayIsoDate()));
    }
}
