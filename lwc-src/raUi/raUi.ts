/**
 * Helpers the components share: error messages from Apex calls, label formatting, and the
 * publish, deactivate and delete flows, written once so the wizard, the list and the record view behave
 * the same. A service module (no template).
 */
export { reduceErrors, formatLabel, todayIsoDate, validationMessage } from './messages';
export {
    publishResaleAuthorization,
    confirmAction,
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
export type { Confirmation } from './flows';
export { applyFieldErrors, focusFieldIn, FocusRequests } from './fieldErrors';
export type { FocusRequest } from './fieldErrors';
export { changeActionLabel, changeStatusLabel } from './changeActions';
export {
    formatDate,
    formatDateTime,
    formatDecimal,
    formatTime,
    parseDate,
    parseDecimal,
    pluralLabel,
} from './locale';
export { durationName, unitName } from './units';
export { Memo } from './memo';
