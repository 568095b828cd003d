import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getExpiryRadar from '@salesforce/apex/ResaleAuthorizationController.getExpiryRadar';
import { RADAR_WINDOWS, allows, daysLeftLabel } from 'c/raDomain';
import { formatLabel, reduceErrors } from 'c/raUi';
import { recordPage, renewalPage } from 'c/raNavigation';
import { LABELS } from './labels';
/** View, and Renew where the record allows a clone (`allowedActions`, as the list and record view). */
function rowActionsFor(row) {
    const actions = [{ label: LABELS.actionView, name: 'view' }];
    if (allows(row, 'clone')) {
        actions.push({ label: LABELS.actionRenew, name: 'renew' });
    }
    return actions;
}
/** The days left in words: "Last day", "1 day left", "12 days left" ("12 jours restants"). */
export function daysLeftText(daysLeft) {
    return daysLeft === null ? '' : formatLabel(LABELS[daysLeftLabel(daysLeft)], daysLeft);
}
/** A window of days in words: "Today only", "Next day", "Next 30 days". */
function windowText(days) {
    if (days <= 0) {
        return LABELS.windowToday;
    }
    return days === 1 ? LABELS.windowOne : formatLabel(LABELS.windowOther, days);
}
const NAME_COLUMN = {
    label: LABELS.columnName,
    fieldName: 'name',
    type: 'recordLink',
    typeAttributes: { recordId: { fieldName: 'recordId' } },
    wrapText: true,
};
const PRODUCT_COLUMN = { label: LABELS.columnProduct, fieldName: 'productTitle' };
const RESELLER_COLUMN = { label: LABELS.columnReseller, fieldName: 'resellerAccountId' };
const EXPIRY_COLUMN = { label: LABELS.columnExpiry, fieldName: 'expiryDate', type: 'date-local' };
const ACTION_COLUMN = {
    type: 'action',
    typeAttributes: {
        rowActions: (row, done) => done(rowActionsFor(row)),
    },
};
/**
 * The Expiring Resale Authorizations tab: the resale authorizations shown Active that expire
 * within a window of days (the org's expiry notice days at first, or 7, 30, 60 or 90), soonest
 * first with their days left, and the one-time ones the reseller used up within it, who needs a
 * new one. Names link to each record's page; Renew opens the wizard on a renewal.
 */
export default class RaExpiryRadar extends NavigationMixin(LightningElement) {
    /** The window the user chose; null until then: the server's default, the notice days. */
    requestedDays = null;
    radar;
    loadError = '';
    /** A window or a refresh was asked for and its answer has not come yet. */
    isLoading = true;
    wiredRadarResult;
    labels = LABELS;
    expiringColumns = [
        NAME_COLUMN,
        PRODUCT_COLUMN,
        RESELLER_COLUMN,
        EXPIRY_COLUMN,
        { label: LABELS.columnDaysLeft, fieldName: 'daysLeftText' },
        ACTION_COLUMN,
    ];
    usedColumns = [
        NAME_COLUMN,
        PRODUCT_COLUMN,
        RESELLER_COLUMN,
        {
            label: LABELS.columnUsedOn,
            fieldName: 'lastModifiedOnAws',
            type: 'date',
            typeAttributes: { year: 'numeric', month: 'short', day: '2-digit' },
        },
        EXPIRY_COLUMN,
        ACTION_COLUMN,
    ];
    @wire(getExpiryRadar, { days: '$requestedDays' })
    wiredRadar(result) {
        this.wiredRadarResult = result;
        if (result.data) {
            this.radar = result.data;
            this.loadError = '';
            this.isLoading = false;
        }
        else if (result.error) {
            this.loadError = formatLabel(LABELS.loadError, reduceErrors(result.error).join(' '));
            this.isLoading = false;
        }
    }
    /** The windows offered: 7, 30, 60 and 90 days, and the org's notice days. */
    get windowOptions() {
        const noticeDays = this.radar?.noticeDays;
        const days = [...RADAR_WINDOWS];
        if (noticeDays !== undefined && !days.includes(noticeDays)) {
            days.push(noticeDays);
        }
        return days
            .sort((a, b) => a - b)
            .map((value) => ({
            label: value === noticeDays
                ? formatLabel(LABELS.windowNotice, windowText(value))
                : windowText(value),
            value: String(value),
        }));
    }
    get windowValue() {
        const days = this.requestedDays ?? this.radar?.days;
        return days === undefined ? '' : String(days);
    }
    get expiringRows() {
        return (this.radar?.expiring ?? []).map((row) => ({
            ...row,
            daysLeftText: daysLeftText(row.daysLeft),
        }));
    }
    get usedRows() {
        return (this.radar?.recentlyUsed ?? []).map((row) => ({
            ...row,
            daysLeftText: daysLeftText(row.daysLeft),
        }));
    }
    get showLists() {
        return Boolean(this.radar) && !this.loadError;
    }
    get moreExpiringText() {
        return this.radar?.moreExpiring ? formatLabel(LABELS.more, this.radar.maxRows) : '';
    }
    get moreUsedText() {
        return this.radar?.moreRecentlyUsed ? formatLabel(LABELS.more, this.radar.maxRows) : '';
    }
    handleWindowChange(event) {
        const days = Number(event.detail.value);
        if (Number.isInteger(days) && days !== this.requestedDays) {
            this.isLoading = true;
            this.requestedDays = days;
        }
    }
    /** Asks the server again: what expires moves with each day, and renewals are published. */
    async handleRefresh() {
        if (!this.wiredRadarResult) {
            return;
        }
        this.isLoading = true;
        try {
            await refreshApex(this.wiredRadarResult);
        }
        finally {
            this.isLoading = false;
        }
    }
    handleRowAction(event) {
        const { action, row } = event.detail;
        if (action.name === 'view') {
            this.navigate(recordPage(row.recordId));
        }
        else if (action.name === 'renew') {
            this.navigate(renewalPage(row.recordId));
        }
    }
    navigate(page) {
        this[NavigationMixin.Navigate](page);
    }
}
