import { LightningElement, api } from 'lwc';
import { badgeThemeFor, ENTITY_NOT_FOUND, isKnownDisplayStatus, LOCAL_DRAFT } from 'c/raDomain';
import { LABELS } from './labels';
const { statusLabelPrefix, localDraftLabel, draftLabel, activeLabel, restrictedLabel, expiredLabel, usedLabel, notFoundLabel, preparingLabel, applyingLabel, failedLabel, cancelledLabel, unknownLabel, } = LABELS;
const STATUS_LABELS = {
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
        return isKnownDisplayStatus(status) ? STATUS_LABELS[status] : status;
    }
    get badgeClass() {
        return THEME_CLASSES[badgeThemeFor(this.status)];
    }
    get assistivePrefix() {
        return statusLabelPrefix;
    }
}
