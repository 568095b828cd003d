import type { LabelCatalogue } from './catalogue';

/** Every user-facing string of the components, English and French. */
export const UI_LABELS: LabelCatalogue = {
    // Status badge
    RA_Status_AssistivePrefix: {
        en: 'Resale authorization status:',
        fr: "Statut de l'autorisation de revente :",
        description: 'Status badge: screen reader prefix',
    },
    RA_Status_LocalDraft: {
        en: 'Saved in Salesforce',
        fr: 'Enregistré dans Salesforce',
        description: 'Status: saved in Salesforce only',
    },
    RA_Status_Draft: {
        en: 'Draft on AWS',
        fr: 'Brouillon sur AWS',
        description: 'Status: draft entity on AWS',
    },
    RA_Status_Active: {
        en: 'Active',
        fr: 'Active',
        description: 'Status: released to the reseller',
    },
    RA_Status_Restricted: {
        en: 'Restricted',
        fr: 'Restreinte',
        description: 'Status: deactivated',
    },
    RA_Status_Preparing: {
        en: 'Preparing',
        fr: 'En préparation',
        description: 'Status: change set preparing',
    },
    RA_Status_Applying: {
        en: 'Applying',
        fr: "En cours d'application",
        description: 'Status: change set applying',
    },
    RA_Status_Failed: { en: 'Failed', fr: 'Échec', description: 'Status: change set failed' },
    RA_Status_Cancelled: {
        en: 'Cancelled',
        fr: 'Annulé',
        description: 'Status: change set cancelled',
    },
    RA_Status_Unknown: { en: 'Unknown', fr: 'Inconnu', description: 'Status: not known yet' },

    // Status refresher
    RA_Refresh_Status: {
        en: 'Refresh status',
        fr: 'Actualiser le statut',
        description: 'Refresh button',
    },
    RA_Refresh_Wait: {
        en: 'Next refresh possible in {0} s',
        fr: 'Prochaine actualisation possible dans {0} s',
        description: 'Refresh countdown; {0} seconds',
    },
    RA_Refresh_Failed: {
        en: 'The status could not be refreshed: {0}',
        fr: "Le statut n'a pas pu être actualisé : {0}",
        description: 'Refresh error; {0} reason',
    },
    RA_Refresh_NotYet: {
        en: 'Refreshed less than 30 seconds ago: showing the latest known status.',
        fr: 'Actualisé il y a moins de 30 secondes : dernier statut connu affiché.',
        description: 'Refresh inside the 30-second window',
    },
    RA_Refresh_Last: {
        en: 'Last checked at {0}',
        fr: 'Dernière vérification à {0}',
        description: 'Time of the last refresh; {0} time',
    },
    RA_ChangeSet_Progress: {
        en: 'Progress of the latest change sent to AWS',
        fr: 'Avancement de la dernière modification envoyée à AWS',
        description: 'Change set progress indicator',
    },
    RA_ChangeSet_Succeeded: {
        en: 'Succeeded',
        fr: 'Réussi',
        description: 'Change set step: succeeded',
    },
    RA_Aws_Errors: {
        en: 'AWS reported these problems:',
        fr: 'AWS a signalé ces problèmes :',
        description: 'Heading of AWS error details',
    },
    RA_Error_NotPublished: {
        en: 'This resale authorization is not on AWS yet, so there is nothing to deactivate.',
        fr: "Cette autorisation de revente n'est pas encore sur AWS : il n'y a rien à désactiver.",
        description: 'Deactivate before publish',
    },

    // List
    RA_List_Title: {
        en: 'Resale Authorizations',
        fr: 'Autorisations de revente',
        description: 'Tab and list title',
    },
    RA_List_New: { en: 'New', fr: 'Nouveau', description: 'New resale authorization button' },
    RA_List_Search: { en: 'Search', fr: 'Rechercher', description: 'Search box label' },
    RA_List_SearchPlaceholder: {
        en: 'Name, product or reseller account',
        fr: 'Nom, produit ou compte du revendeur',
        description: 'Search box placeholder',
    },
    RA_List_StatusFilter: { en: 'Status', fr: 'Statut', description: 'Status filter' },
    RA_List_ProductFilter: { en: 'Product', fr: 'Produit', description: 'Product filter' },
    RA_List_All: { en: 'All', fr: 'Tous', description: 'Filter option: no filter' },
    RA_List_Empty: {
        en: 'No resale authorizations yet. Click New to authorize a reseller.',
        fr: "Aucune autorisation de revente pour l'instant. Cliquez sur Nouveau pour autoriser un revendeur.",
        description: 'Empty list',
    },
    RA_List_EmptyFiltered: {
        en: 'No resale authorization matches. Change the search or the filters.',
        fr: 'Aucune autorisation de revente ne correspond. Modifiez la recherche ou les filtres.',
        description: 'Empty list after filtering',
    },
    RA_List_LoadError: {
        en: 'The resale authorizations could not be loaded: {0}',
        fr: "Les autorisations de revente n'ont pas pu être chargées : {0}",
        description: 'List load error; {0} reason',
    },
    RA_List_Retry: { en: 'Try again', fr: 'Réessayer', description: 'Retry button' },
    RA_List_Count: {
        en: '{0} of {1} resale authorizations',
        fr: '{0} sur {1} autorisations de revente',
        description: 'Rows shown; {0} shown {1} total',
    },
    RA_List_Loading: { en: 'Loading', fr: 'Chargement', description: 'Spinner text' },

    // Fields (columns and record view)
    RA_Field_Name: { en: 'Name', fr: 'Nom', description: 'Field: name' },
    RA_Field_Product: { en: 'Product', fr: 'Produit', description: 'Field: product' },
    RA_Field_ResellerAccount: {
        en: 'Reseller AWS account',
        fr: 'Compte AWS du revendeur',
        description: 'Field: reseller account',
    },
    RA_Field_Status: { en: 'Status', fr: 'Statut', description: 'Field: status' },
    RA_Field_ExpiryDate: { en: 'Expires on', fr: 'Expire le', description: 'Field: expiry date' },
    RA_Field_LastModified: {
        en: 'Last modified',
        fr: 'Dernière modification',
        description: 'Field: last modified',
    },

    // Row and record actions
    RA_Action_View: { en: 'View', fr: 'Afficher', description: 'Row action: view' },
    RA_Action_Edit: { en: 'Edit', fr: 'Modifier', description: 'Row action: edit draft' },
    RA_Action_Clone: { en: 'Clone', fr: 'Cloner', description: 'Row action: clone' },
    RA_Action_Deactivate: {
        en: 'Deactivate',
        fr: 'Désactiver',
        description: 'Row action: deactivate',
    },
    RA_Action_Refresh: {
        en: 'Refresh status',
        fr: 'Actualiser le statut',
        description: 'Row action: refresh',
    },
    RA_Action_Failed: {
        en: 'That did not work: {0}',
        fr: "L'action a échoué : {0}",
        description: 'Action error toast; {0} reason',
    },
    RA_Deactivate_Title: {
        en: 'Deactivate resale authorization',
        fr: "Désactiver l'autorisation de revente",
        description: 'Deactivate confirmation title',
    },
    RA_Deactivate_Confirm: {
        en: 'Deactivate “{0}”? The reseller will no longer be able to use it in new offers. This cannot be undone.',
        fr: 'Désactiver « {0} » ? Le revendeur ne pourra plus l’utiliser dans de nouvelles offres. Cette action est définitive.',
        description: 'Deactivate confirmation; {0} name',
    },
    RA_Deactivate_Sent: {
        en: 'Deactivation sent to AWS. The status becomes Restricted when AWS has applied it.',
        fr: 'Désactivation envoyée à AWS. Le statut passe à Restreinte quand AWS l’a appliquée.',
        description: 'Deactivation sent toast',
    },

    // Dimension pricing
    RA_Dimension_Caption: {
        en: 'Price per product dimension',
        fr: 'Prix par dimension du produit',
        description: 'Dimension table caption',
    },
    RA_Dimension_Name: { en: 'Dimension', fr: 'Dimension', description: 'Dimension column' },
    RA_Dimension_Unit: { en: 'Unit', fr: 'Unité', description: 'Unit column' },
    RA_Dimension_Rate: { en: 'Wholesale price', fr: 'Prix de gros', description: 'Rate column' },
    RA_Dimension_Quantity: {
        en: 'Units granted',
        fr: 'Unités accordées',
        description: 'Quantity column (flexible payment schedule)',
    },

    // Payment schedule
    RA_Payment_Caption: {
        en: 'Flexible payment schedule',
        fr: 'Échéancier de paiement flexible',
        description: 'Payment table caption',
    },
    RA_Payment_Date: {
        en: 'Charge date',
        fr: 'Date de facturation',
        description: 'Payment date column',
    },
    RA_Payment_Amount: { en: 'Amount', fr: 'Montant', description: 'Payment amount column' },
    RA_Payment_Add: {
        en: 'Add payment',
        fr: 'Ajouter un paiement',
        description: 'Add payment button',
    },
    RA_Payment_Remove: {
        en: 'Remove payment',
        fr: 'Supprimer le paiement',
        description: 'Remove payment',
    },
    RA_Payment_Total: { en: 'Total', fr: 'Total', description: 'Payment total' },
    RA_Payment_Empty: {
        en: 'No payments yet. Add the first one.',
        fr: 'Aucun paiement. Ajoutez le premier.',
        description: 'Empty payment schedule',
    },
};
