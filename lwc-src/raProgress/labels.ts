// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Progress_Complete from '@salesforce/label/c.RA_Progress_Complete';
import RA_Progress_Incomplete from '@salesforce/label/c.RA_Progress_Incomplete';

/** The Custom Labels of raProgress, in the user's language. */
export const LABELS = {
    complete: RA_Progress_Complete,
    incomplete: RA_Progress_Incomplete,
};
