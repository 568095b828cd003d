// The Account picker's Custom Labels.
import noAwsAccountId from '@salesforce/label/c.RA_Picker_NoAwsAccountId';

export const LABELS = { noAwsAccountId };
