/**
 * The French of the custom report types (their English is in force-app's `reportTypes/`), written
 * into the French translation by `npm run labels`. Reports and dashboards have no translation at
 * this project's API version: their names stay in English.
 */
export interface ReportTypeFrench {
    label: string;
    description: string;
}

export const REPORT_TYPE_FRENCH: Record<string, ReportTypeFrench> = {
    Resale_Authorizations: {
        label: 'Autorisations de revente',
        description:
            "Une ligne par autorisation de revente : son produit, son revendeur, son statut et sa date d'expiration.",
    },
    Resale_Authorizations_with_Changes: {
        label: 'Autorisations de revente avec modifications',
        description:
            "Les autorisations de revente avec les ensembles de modifications envoyés à AWS, s'il y en a : une ligne par modification, et une par autorisation de revente sans modification.",
    },
};
