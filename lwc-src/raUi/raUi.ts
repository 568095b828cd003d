/**
 * Helpers the components share: error messages from Apex calls, label formatting, and the
 * publish and deactivate flows, written once so the wizard, the list and the record view behave
 * the same. A service module (no template).
 */
export { reduceErrors, formatLabel, todayIsoDate } from './messages';
export {
    publishResaleAuthorization,
    deactivateResaleAuthorization,
    saveDraftResaleAuthorization,
} from './flows';
