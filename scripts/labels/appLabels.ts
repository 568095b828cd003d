/**
 * The French of the app's name and of its tab (their English is in force-app's `applications/`
 * and `tabs/`), written into the French translation by `npm run labels`
 * (Translations: CustomApplicationTranslation and CustomTabTranslation).
 */
export const APPLICATION_FRENCH: Record<string, string> = {
    AWS_Marketplace_Resale: 'Revente AWS Marketplace',
};

export const TAB_FRENCH: Record<string, string> = {
    Resale_Authorizations: 'Autorisations de revente',
};
