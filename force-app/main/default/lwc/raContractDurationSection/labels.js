// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Duration_12Months from '@salesforce/label/c.RA_Duration_12Months';
import RA_Duration_1Month from '@salesforce/label/c.RA_Duration_1Month';
import RA_Duration_24Months from '@salesforce/label/c.RA_Duration_24Months';
import RA_Duration_36Months from '@salesforce/label/c.RA_Duration_36Months';
import RA_Unit_Days from '@salesforce/label/c.RA_Unit_Days';
import RA_Unit_Months from '@salesforce/label/c.RA_Unit_Months';
import RA_Wizard_CustomDuration from '@salesforce/label/c.RA_Wizard_CustomDuration';
import RA_Wizard_CustomUnit from '@salesforce/label/c.RA_Wizard_CustomUnit';
import RA_Wizard_DurationCustom from '@salesforce/label/c.RA_Wizard_DurationCustom';
import RA_Wizard_DurationKind from '@salesforce/label/c.RA_Wizard_DurationKind';
import RA_Wizard_DurationStandard from '@salesforce/label/c.RA_Wizard_DurationStandard';
import RA_Wizard_StandardDuration from '@salesforce/label/c.RA_Wizard_StandardDuration';
/** The Custom Labels of raContractDurationSection, in the user's language. */
export const LABELS = {
    durationKind: RA_Wizard_DurationKind,
    durationStandard: RA_Wizard_DurationStandard,
    durationCustom: RA_Wizard_DurationCustom,
    standardDuration: RA_Wizard_StandardDuration,
    duration1Month: RA_Duration_1Month,
    duration12Months: RA_Duration_12Months,
    duration24Months: RA_Duration_24Months,
    duration36Months: RA_Duration_36Months,
    customDuration: RA_Wizard_CustomDuration,
    customUnit: RA_Wizard_CustomUnit,
    unitMonths: RA_Unit_Months,
    unitDays: RA_Unit_Days,
};
