import { LightningElement, api } from 'lwc';
import { badgeThemeFor, ENTITY_NOT_FOUND, isKnownDisplayStatus, LOCAL_DRAFT } from 'c/raDomain';
import statusLabelPrefix from '@salesforce/label/c.RA_Status_AssistivePrefix';
import localDraftLabel from '@salesforce/label/c.RA_Status_LocalDraft';
import draftLabel from '@salesforce/label/c.RA_Status_Draft';
import activeLabel from '@salesforce/label/c.RA_Status_Active';
import restrictedLabel from '@salesforce/label/c.RA_Status_Restricted';
import expiredLabel from '@salesforce/label/c.RA_Status_Expired';
import usedLabel from '@salesforce/label/c.RA_Status_Used';
import notFoundLabel from '@salesforce/label/c.RA_Status_NotFound';
import preparingLabel from '@salesforce/label/c.RA_Status_Preparing';
import applyingLabel from '@salesforce/label/c.RA_Status_Applying';
import failedLabel from '@salesforce/label/c.RA_Status_Failed';
import cancelledLabel from '@salesforce/label/c.RA_Status_Cancelled';
import unknownLabel from '@salesforce/label/c.RA_Status_Unknown';
const LABELS = {
    [LOCAL_DRAFT]: localDraftLabel,
    Draft: draftLabel,
    Active: activeLabel,
    Restricted: restrictedLabel,
    Expired: expiredLabel,
    Used: usedLabel,
    [ENTITY_NOT_FOUND]: notFoundLabel,
    PREPARING: preparingLabel,
    APPLYING: applyingLabel,
    FAILED: failedLabel,
    CANCELLED: cancelledLabel,
};
const THEME_CLASSES = {
    neutral: '',
    success: 'slds-theme_success',
    warning: 'slds-theme_warning',
    error: 'slds-theme_error',
    inverse: 'slds-badge_inverse',
    lightest: 'slds-badge_lightest',
};
/** Shows where a resale authorization stands as an SLDS badge. */
export default class RaStatusBadge extends LightningElement {
    /** A display status (`LOCAL_DRAFT`, an entity status or a change set status). */
    @api
    status;
    get label() {
        const status = this.status?.trim();
        if (!status) {
            return unknownLabel;
        }
        return isKnownDisplayStatus(status) ? LABELS[status] : status;
    }
    get badgeClass() {
        return THEME_CLASSES[badgeThemeFor(this.status)];
    }
    get assistivePrefix() {
        return statusLabelPrefix;
    }
}
