// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Action_Renew from '@salesforce/label/c.RA_Action_Renew';
import RA_Action_View from '@salesforce/label/c.RA_Action_View';
import RA_DaysLeft_One from '@salesforce/label/c.RA_DaysLeft_One';
import RA_DaysLeft_Other from '@salesforce/label/c.RA_DaysLeft_Other';
import RA_DaysLeft_Today from '@salesforce/label/c.RA_DaysLeft_Today';
import RA_Field_ExpiryDate from '@salesforce/label/c.RA_Field_ExpiryDate';
import RA_Field_Name from '@salesforce/label/c.RA_Field_Name';
import RA_Field_Product from '@salesforce/label/c.RA_Field_Product';
import RA_Field_ResellerAccount from '@salesforce/label/c.RA_Field_ResellerAccount';
import RA_Radar_DaysLeft from '@salesforce/label/c.RA_Radar_DaysLeft';
import RA_Radar_Expiring from '@salesforce/label/c.RA_Radar_Expiring';
import RA_Radar_ExpiringEmpty from '@salesforce/label/c.RA_Radar_ExpiringEmpty';
import RA_Radar_ExpiringHelp from '@salesforce/label/c.RA_Radar_ExpiringHelp';
import RA_Radar_LoadError from '@salesforce/label/c.RA_Radar_LoadError';
import RA_Radar_More from '@salesforce/label/c.RA_Radar_More';
import RA_Radar_Refresh from '@salesforce/label/c.RA_Radar_Refresh';
import RA_Radar_Title from '@salesforce/label/c.RA_Radar_Title';
import RA_Radar_Used from '@salesforce/label/c.RA_Radar_Used';
import RA_Radar_UsedEmpty from '@salesforce/label/c.RA_Radar_UsedEmpty';
import RA_Radar_UsedHelp from '@salesforce/label/c.RA_Radar_UsedHelp';
import RA_Radar_UsedOn from '@salesforce/label/c.RA_Radar_UsedOn';
import RA_Radar_Window from '@salesforce/label/c.RA_Radar_Window';
import RA_Radar_WindowNotice from '@salesforce/label/c.RA_Radar_WindowNotice';
import RA_Radar_WindowOne from '@salesforce/label/c.RA_Radar_WindowOne';
import RA_Radar_WindowOther from '@salesforce/label/c.RA_Radar_WindowOther';
import RA_Radar_WindowToday from '@salesforce/label/c.RA_Radar_WindowToday';

/** The Custom Labels of raExpiryRadar, in the user's language. */
export const LABELS = {
    title: RA_Radar_Title,
    windowLabel: RA_Radar_Window,
    windowToday: RA_Radar_WindowToday,
    windowOne: RA_Radar_WindowOne,
    windowOther: RA_Radar_WindowOther,
    windowNotice: RA_Radar_WindowNotice,
    refresh: RA_Radar_Refresh,
    expiring: RA_Radar_Expiring,
    expiringHelp: RA_Radar_ExpiringHelp,
    expiringEmpty: RA_Radar_ExpiringEmpty,
    used: RA_Radar_Used,
    usedHelp: RA_Radar_UsedHelp,
    usedEmpty: RA_Radar_UsedEmpty,
    more: RA_Radar_More,
    loadError: RA_Radar_LoadError,
    columnDaysLeft: RA_Radar_DaysLeft,
    columnUsedOn: RA_Radar_UsedOn,
    columnName: RA_Field_Name,
    columnProduct: RA_Field_Product,
    columnReseller: RA_Field_ResellerAccount,
    columnExpiry: RA_Field_ExpiryDate,
    actionView: RA_Action_View,
    actionRenew: RA_Action_Renew,
    RA_DaysLeft_Today: RA_DaysLeft_Today,
    RA_DaysLeft_One: RA_DaysLeft_One,
    RA_DaysLeft_Other: RA_DaysLeft_Other,
};
