import { LightningElement, api } from 'lwc';
import { emptyFormState } from 'c/raDomain';
import { formatDate, formatLabel, todayIsoDate } from 'c/raUi';
import { LABELS } from './labels';
/**
 * How long the reseller may use the resale authorization: once or many times, until an expiry
 * date, and the latest start of a buyer's agreement (future-dated agreements).
 */
export default class RaAvailabilitySection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
    usageOptions = [
        { label: LABELS.usageMulti, value: 'multiUse' },
        { label: LABELS.usageOneTime, value: 'oneTime' },
    ];
    /** Dates are compared with today in UTC, as AWS compares them: the help says which day. */
    get datesHelp() {
        return formatLabel(LABELS.datesInUtc, formatDate(todayIsoDate()));
    }
}
