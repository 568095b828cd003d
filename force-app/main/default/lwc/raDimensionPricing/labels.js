// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Dimension_Caption from '@salesforce/label/c.RA_Dimension_Caption';
import RA_Dimension_Name from '@salesforce/label/c.RA_Dimension_Name';
import RA_Dimension_Quantity from '@salesforce/label/c.RA_Dimension_Quantity';
import RA_Dimension_Rate from '@salesforce/label/c.RA_Dimension_Rate';
import RA_Dimension_Unit from '@salesforce/label/c.RA_Dimension_Unit';
/** The Custom Labels of raDimensionPricing, in the user's language. */
export const LABELS = {
    rateLabel: RA_Dimension_Rate,
    quantityLabel: RA_Dimension_Quantity,
    dimensionLabel: RA_Dimension_Name,
    unitLabel: RA_Dimension_Unit,
    captionLabel: RA_Dimension_Caption,
};
