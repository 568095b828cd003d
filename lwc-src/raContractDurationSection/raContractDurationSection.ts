import { LightningElement, api } from 'lwc';
import { STANDARD_CONTRACT_DURATIONS, emptyFormState } from 'c/raDomain';
import type { FormLayout, FormState } from 'c/raDomain';
import type { FocusRequest } from 'c/raUi';
import { LABELS } from './labels';

const DURATION_LABELS: Record<(typeof STANDARD_CONTRACT_DURATIONS)[number], string> = {
    P1M: LABELS.duration1Month,
    P12M: LABELS.duration12Months,
    P24M: LABELS.duration24Months,
    P36M: LABELS.duration36Months,
};

/** How long the contract the reseller sells runs: a standard duration or a custom one. */
export default class RaContractDurationSection extends LightningElement {
    @api form: FormState = emptyFormState();
    @api layout: FormLayout | null = null;
    @api errors: Record<string, string> = {};
    @api focusRequest: FocusRequest | null = null;

    readonly labels = LABELS;
    readonly kindOptions = [
        { label: LABELS.durationStandard, value: 'standard' },
        { label: LABELS.durationCustom, value: 'custom' },
    ];
    readonly standardOptions = STANDARD_CONTRACT_DURATIONS.map((value) => ({
        label: DURATION_LABELS[value],
        value,
    }));
    readonly unitOptions = [
        { label: LABELS.unitMonths, value: 'Months' },
        { label: LABELS.unitDays, value: 'Days' },
    ];
}
