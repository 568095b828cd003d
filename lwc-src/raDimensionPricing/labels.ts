// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Dimension_Caption from '@salesforce/label/c.RA_Dimension_Caption';
import RA_Dimension_Name from '@salesforce/label/c.RA_Dimension_Name';
import RA_Dimension_Quantity from '@salesforce/label/c.RA_Dimension_Quantity';
import RA_Dimension_Rate from '@salesforce/label/c.RA_Dimension_Rate';
import RA_Dimension_Unit from '@salesforce/label/c.RA_Dimension_Unit';
import RA_Wizard_ZeroDollar from '@salesforce/label/c.RA_Wizard_ZeroDollar';

/** The Custom Labels of raDimensionPricing, in the user's language. */
export const LABELS = {
    caption: RA_Dimension_Caption,
    dimension: RA_Dimension_Name,
    unit: RA_Dimension_Unit,
    rate: RA_Dimension_Rate,
    quantity: RA_Dimension_Quantity,
    zeroDollar: RA_Wizard_ZeroDollar,
};
