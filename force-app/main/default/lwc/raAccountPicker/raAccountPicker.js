import { LightningElement, api } from 'lwc';
import getAwsAccount from '@salesforce/apex/ResaleAuthorizationController.getAwsAccount';
import { reduceErrors } from 'c/raUi';
import { LABELS } from './labels';
/**
 * The Accounts a reseller or a buyer is picked from: those that carry an AWS account id. The
 * platform's record picker searches them (GraphQL); `ne null` keeps the Accounts whose field is
 * set (the filter operators are those of the GraphQL API).
 */
export const AWS_ACCOUNT_FILTER = {
    criteria: [{ fieldPath: 'AWS_Account_Id__c', operator: 'ne', value: null }],
};
/** Each suggestion shows the AWS account id under the Account's name... */
export const AWS_ACCOUNT_DISPLAY_INFO = { additionalFields: ['AWS_Account_Id__c'] };
/** ...and typing part of the name or of the id finds it. */
export const AWS_ACCOUNT_MATCHING_INFO = {
    primaryField: { fieldPath: 'Name' },
    additionalFields: [{ fieldPath: 'AWS_Account_Id__c' }],
};
/**
 * Picks an Account that carries an AWS account id and tells its id: fires `accountpick` with
 * `{ recordId, awsAccountId, name }` once the server has given the Account's AWS account id,
 * or `null` when the selection is cleared. With `clear-on-pick`, the picker is emptied after
 * each pick, ready for the next (buyers).
 */
export default class RaAccountPicker extends LightningElement {
    @api
    label = '';
    @api
    placeholder = '';
    @api
    fieldLevelHelp = '';
    /** The Account picked (its record id), or null. */
    @api
    value = null;
    @api
    clearOnPick = false;
    filter = AWS_ACCOUNT_FILTER;
    displayInfo = AWS_ACCOUNT_DISPLAY_INFO;
    matchingInfo = AWS_ACCOUNT_MATCHING_INFO;
    errorMessage = '';
    /** Only the answer about the latest pick counts. */
    latestPick = 0;
    async handleChange(event) {
        event.stopPropagation();
        const recordId = event.detail.recordId ?? null;
        const pick = ++this.latestPick;
        this.errorMessage = '';
        if (!recordId) {
            this.tell(null);
            return;
        }
        try {
            const account = await getAwsAccount({ recordId });
            if (pick !== this.latestPick) {
                return;
            }
            if (!account.awsAccountId) {
                this.errorMessage = LABELS.noAwsAccountId;
                return;
            }
            this.tell({
                recordId: account.recordId,
                awsAccountId: account.awsAccountId,
                name: account.name,
            });
            if (this.clearOnPick) {
                this.picker()?.clearSelection();
            }
        }
        catch (error) {
            if (pick === this.latestPick) {
                this.errorMessage = reduceErrors(error).join(' ');
            }
        }
    }
    tell(detail) {
        this.dispatchEvent(new CustomEvent('accountpick', { detail }));
    }
    picker() {
        return this.refs?.picker ?? null;
    }
}
