/**
 * Navigation between the app's pages (tabs, record page, wizard) as page references, and the
 * list's place kept for Back. A service module (no template).
 */
export {
    LIST_TAB,
    RADAR_TAB,
    RESALE_AUTHORIZATION_OBJECT,
    WIZARD_COMPONENT,
    isPlainClick,
    isWizardPage,
    listPage,
    pageAfterWizard,
    radarPage,
    recordPage,
    renewalPage,
    wizardPage,
    wizardStateOf,
} from './pageReferences';
export type { PageReference, WizardMode, WizardState } from './pageReferences';
export { LIST_PLACE_KEY, parseListPlace, readListPlace, saveListPlace } from './listPlace';
export type { ListPlace } from './listPlace';
