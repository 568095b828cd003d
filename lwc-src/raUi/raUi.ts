/**
 * Helpers the components share: error messages from Apex calls, label formatting, and the
 * publish, deactivate and delete flows, written once so the wizard, the list and the record view behave
 * the same. A service module (no template).
 */
export { reduceErrors, formatLabel, todayIsoDate, validationMessage } from './messages';
export {
    publishResaleAuthorization,
    confirmDeactivation,
    confirmDraftDeletion,
    deactivateResaleAuthorization,
    deleteDraftResaleAuthorization,
    saveDraftResaleAuthorization,
    refreshResaleAuthorizationStatus,
    resendUnansweredChange,
    confirmDiscard,
    discardUnsentChange,
} from './flows';
export { applyFieldErrors, focusFieldIn } from './fieldErrors';
export { changeActionLabel, changeStatusLabel } from './changeActions';
export { Memo } from './memo';
