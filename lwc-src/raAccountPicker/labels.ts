// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Picker_NoAwsAccountId from '@salesforce/label/c.RA_Picker_NoAwsAccountId';

/** The Custom Labels of raAccountPicker, in the user's language. */
export const LABELS = {
    noAwsAccountId: RA_Picker_NoAwsAccountId,
};
