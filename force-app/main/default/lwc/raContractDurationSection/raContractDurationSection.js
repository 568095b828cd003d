import { LightningElement, api } from 'lwc';
import { STANDARD_CONTRACT_DURATIONS, emptyFormState } from 'c/raDomain';
import { LABELS } from './labels';
const DURATION_LABELS = {
    P1M: LABELS.duration1Month,
    P12M: LABELS.duration12Months,
    P24M: LABELS.duration24Months,
    P36M: LABELS.duration36Months,
};
/** How long the contract the reseller sells runs: a standard duration or a custom one. */
export default class RaContractDurationSection extends LightningElement {
    @api
    form = emptyFormState();
    @api
    layout = null;
    @api
    errors = {};
    @api
    focusRequest = null;
    labels = LABELS;
    kindOptions = [
        { label: LABELS.durationStandard, value: 'standard' },
        { label: LABELS.durationCustom, value: 'custom' },
    ];
    standardOptions = STANDARD_CONTRACT_DURATIONS.map((value) => ({
        label: DURATION_LABELS[value],
        value,
    }));
    unitOptions = [
        { label: LABELS.unitMonths, value: 'Months' },
        { label: LABELS.unitDays, value: 'Days' },
    ];
}
