// The expiry radar's Custom Labels.
import title from '@salesforce/label/c.RA_Radar_Title';
import windowLabel from '@salesforce/label/c.RA_Radar_Window';
import windowToday from '@salesforce/label/c.RA_Radar_WindowToday';
import windowOne from '@salesforce/label/c.RA_Radar_WindowOne';
import windowOther from '@salesforce/label/c.RA_Radar_WindowOther';
import windowNotice from '@salesforce/label/c.RA_Radar_WindowNotice';
import refresh from '@salesforce/label/c.RA_Radar_Refresh';
import expiring from '@salesforce/label/c.RA_Radar_Expiring';
import expiringHelp from '@salesforce/label/c.RA_Radar_ExpiringHelp';
import expiringEmpty from '@salesforce/label/c.RA_Radar_ExpiringEmpty';
import used from '@salesforce/label/c.RA_Radar_Used';
import usedHelp from '@salesforce/label/c.RA_Radar_UsedHelp';
import usedEmpty from '@salesforce/label/c.RA_Radar_UsedEmpty';
import more from '@salesforce/label/c.RA_Radar_More';
import loadError from '@salesforce/label/c.RA_Radar_LoadError';
import columnDaysLeft from '@salesforce/label/c.RA_Radar_DaysLeft';
import columnUsedOn from '@salesforce/label/c.RA_Radar_UsedOn';
import columnName from '@salesforce/label/c.RA_Field_Name';
import columnProduct from '@salesforce/label/c.RA_Field_Product';
import columnReseller from '@salesforce/label/c.RA_Field_ResellerAccount';
import columnExpiry from '@salesforce/label/c.RA_Field_ExpiryDate';
import actionView from '@salesforce/label/c.RA_Action_View';
import actionRenew from '@salesforce/label/c.RA_Action_Renew';
import daysLeftToday from '@salesforce/label/c.RA_DaysLeft_Today';
import daysLeftOne from '@salesforce/label/c.RA_DaysLeft_One';
import daysLeftOther from '@salesforce/label/c.RA_DaysLeft_Other';

export const LABELS = {
    title,
    windowLabel,
    windowToday,
    windowOne,
    windowOther,
    windowNotice,
    refresh,
    expiring,
    expiringHelp,
    expiringEmpty,
    used,
    usedHelp,
    usedEmpty,
    more,
    loadError,
    columnDaysLeft,
    columnUsedOn,
    columnName,
    columnProduct,
    columnReseller,
    columnExpiry,
    actionView,
    actionRenew,
};

/** The days left in words, by the plural form the domain names (`daysLeftLabel`). */
export const DAYS_LEFT_LABELS = {
    RA_DaysLeft_Today: daysLeftToday,
    RA_DaysLeft_One: daysLeftOne,
    RA_DaysLeft_Other: daysLeftOther,
};
