// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Action_Failed from '@salesforce/label/c.RA_Action_Failed';
import RA_Import_Counts from '@salesforce/label/c.RA_Import_Counts';
import RA_Import_Finished from '@salesforce/label/c.RA_Import_Finished';
import RA_Import_Running from '@salesforce/label/c.RA_Import_Running';
import RA_Import_Start from '@salesforce/label/c.RA_Import_Start';
import RA_Import_Stopped from '@salesforce/label/c.RA_Import_Stopped';

/** The Custom Labels of raImportProgress, in the user's language. */
export const LABELS = {
    start: RA_Import_Start,
    running: RA_Import_Running,
    counts: RA_Import_Counts,
    finished: RA_Import_Finished,
    stopped: RA_Import_Stopped,
    failed: RA_Action_Failed,
};
