import type { LabelCatalogue } from './catalogue';

/** Every user-facing string of the components, English and French. */
export const UI_LABELS = {
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
    RA_Status_Expired: {
        en: 'Expired',
        fr: 'Expirée',
        description: 'Status: active on AWS, its availability end date (UTC) has passed',
    },
    RA_Status_Used: {
        en: 'Used',
        fr: 'Utilisée',
        description: 'Status: one-time resale authorization the reseller made an offer from',
    },
    RA_Detail_LastSynced: {
        en: 'Last synced with AWS',
        fr: 'Dernière synchronisation avec AWS',
        description: 'Record view: when the record last matched AWS',
    },
    RA_Detail_NotFoundOnAws: {
        en: 'AWS no longer has this resale authorization. Its terms are as they were last read from AWS.',
        fr: 'AWS n’a plus cette autorisation de revente. Ses conditions sont celles lues sur AWS la dernière fois.',
        description: 'Record view: AWS answered that the resale authorization does not exist',
    },
    RA_Status_NotFound: {
        en: 'Not found on AWS',
        fr: 'Introuvable sur AWS',
        description: 'Status: AWS answered that the resale authorization does not exist',
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

    // Sync with AWS
    RA_Import_Start: {
        en: 'Sync with AWS',
        fr: 'Synchroniser avec AWS',
        description: 'Sync button: import and update resale authorizations from AWS',
    },
    RA_Import_Running: {
        en: 'Syncing with AWS…',
        fr: 'Synchronisation avec AWS…',
        description: 'Sync progress: a sync is under way',
    },
    RA_Import_Counts: {
        en: 'Found {0}, imported {1}, updated {2}, failed {3}',
        fr: 'Trouvées {0}, importées {1}, mises à jour {2}, en échec {3}',
        description:
            'Sync progress counts; {0} listed on AWS, {1} new records, {2} records updated, {3} not read',
    },
    RA_Import_Finished: {
        en: 'Last sync with AWS:',
        fr: 'Dernière synchronisation avec AWS :',
        description: 'Sync progress: followed by the date the last sync ended',
    },
    RA_Import_Stopped: {
        en: 'The sync with AWS stopped: {0} The next sync resumes where it stopped.',
        fr: 'La synchronisation avec AWS s’est arrêtée : {0} La prochaine reprend là où elle s’est arrêtée.',
        description: 'Sync progress: the sync stopped on an error; {0} is why',
    },

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
    RA_Unanswered_Message: {
        en: '{0}: AWS has not confirmed this change yet. It may or may not have been made, so no other change can start. Send it again: the same request goes to AWS, which makes the change once.',
        fr: "{0} : AWS n'a pas encore confirmé cette modification. Elle a pu être faite ou non, donc aucune autre modification ne peut commencer. Renvoyez-la : la même demande part vers AWS, qui ne fait la modification qu'une fois.",
        description: 'Status: a change prepared and not answered by AWS ({0} = the action)',
    },
    RA_NotSent_Message: {
        en: '{0}: prepared but not sent to AWS (the page was left before sending). Nothing was made on AWS. Send it, or discard it to change the terms.',
        fr: "{0} : préparée mais pas envoyée à AWS (la page a été quittée avant l'envoi). Rien n'a été fait sur AWS. Envoyez-la, ou abandonnez-la pour modifier les conditions.",
        description: 'Status: a change prepared and never sent ({0} = the action)',
    },
    RA_NotSent_Send: {
        en: 'Send',
        fr: 'Envoyer',
        description: 'Status: send the change prepared and never sent',
    },
    RA_NotSent_Discard: {
        en: 'Discard',
        fr: 'Abandonner',
        description: 'Status: discard the change prepared and never sent',
    },
    RA_NotSent_Discarded: {
        en: 'Change discarded. Nothing was sent to AWS.',
        fr: "Modification abandonnée. Rien n'a été envoyé à AWS.",
        description: 'Status: toast after a change never sent was discarded',
    },
    RA_Discard_Title: {
        en: 'Discard change',
        fr: 'Abandonner la modification',
        description: 'Discard confirmation title',
    },
    RA_Discard_Confirm: {
        en: 'Discard “{0}”? It was never sent to AWS; the record stays as it is, and you can edit it and publish again.',
        fr: "Abandonner « {0} » ? Elle n'a jamais été envoyée à AWS ; l'enregistrement reste tel quel, et vous pouvez le modifier et le publier à nouveau.",
        description: 'Discard confirmation; {0} the action (Publish, Deactivation, ...)',
    },
    RA_Discard_Action: {
        en: 'Discard change',
        fr: 'Abandonner la modification',
        description: 'Discard confirmation: the button that discards the change never sent',
    },
    RA_Unanswered_SendAgain: {
        en: 'Send again',
        fr: 'Renvoyer',
        description: 'Status: send the change AWS has not answered again',
    },
    RA_Unanswered_Sent: {
        en: 'Sent to AWS.',
        fr: 'Envoyée à AWS.',
        description: 'Status: the change was sent again',
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
    // Product sync
    RA_ProductSync_Button: {
        en: 'Sync products',
        fr: 'Synchroniser les produits',
        description: 'Product sync: the button on the tab (administrators)',
    },
    RA_ProductSync_Running: {
        en: 'Syncing products…',
        fr: 'Synchronisation des produits…',
        description: 'Product sync: while the pages of products are read',
    },
    RA_ProductSync_Done: {
        en: 'Products synced: {0} can be resold, {1} AWS Marketplace does not resell (not published or restricted).',
        fr: 'Produits synchronisés : {0} peuvent être revendus, {1} ne sont pas revendus par AWS Marketplace (non publiés ou restreints).',
        description:
            'Product sync: toast when done; {0} products offered for resale, {1} products stored but not offered',
    },
    RA_ProductSync_Failed: {
        en: 'The product sync stopped: {0}',
        fr: 'La synchronisation des produits s’est arrêtée : {0}',
        description: 'Product sync: toast when it failed; {0} is the reason',
    },
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
    RA_Field_SellerAccount: {
        en: 'Seller account',
        fr: 'Compte vendeur',
        description:
            'Field: the AWS seller account of a resale authorization (wizard, list column and filter, record view)',
    },
    RA_SellerAccount_Help: {
        en: 'The AWS seller account that authorizes the resale: the products offered are its own, and the resale authorization is created in its catalog.',
        fr: 'Le compte vendeur AWS qui autorise la revente : les produits proposés sont les siens, et l’autorisation de revente est créée dans son catalogue.',
        description: 'Wizard: help of the seller account field',
    },
    RA_SellerAccount_Placeholder: {
        en: 'Choose a seller account',
        fr: 'Choisissez un compte vendeur',
        description: 'Wizard: placeholder of the seller account field',
    },
    RA_SellerAccount_LoadFailed: {
        en: 'The seller accounts could not be loaded: {0}',
        fr: 'Les comptes vendeurs n’ont pas pu être chargés : {0}',
        description: 'Wizard: the seller accounts did not load; {0} is the reason',
    },
    RA_ProductSync_FailedAccount: {
        en: 'The product sync of {0} stopped: {1}',
        fr: 'La synchronisation des produits de {0} s’est arrêtée : {1}',
        description:
            'Product sync toast when several seller accounts are synced; {0} is the account, {1} the reason',
    },
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
    RA_Action_Delete: { en: 'Delete', fr: 'Supprimer', description: 'Row action: delete draft' },
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
    RA_Deactivate_Action: {
        en: 'Deactivate',
        fr: 'Désactiver',
        description: 'Deactivate confirmation: the button that deactivates',
    },
    RA_Deactivate_Sent: {
        en: 'Deactivation sent to AWS. The status becomes Restricted when AWS has applied it.',
        fr: 'Désactivation envoyée à AWS. Le statut passe à Restreinte quand AWS l’a appliquée.',
        description: 'Deactivation sent toast',
    },
    RA_Delete_Title: {
        en: 'Delete draft',
        fr: 'Supprimer le brouillon',
        description: 'Delete confirmation title',
    },
    RA_Delete_Confirm: {
        en: 'Delete the draft “{0}”? It was never sent to AWS. This cannot be undone.',
        fr: 'Supprimer le brouillon « {0} » ? Il n’a jamais été envoyé à AWS. Cette action est définitive.',
        description: 'Delete confirmation; {0} name',
    },
    RA_Delete_Action: {
        en: 'Delete draft',
        fr: 'Supprimer le brouillon',
        description: 'Delete confirmation: the button that deletes',
    },
    RA_Confirm_Cancel: {
        en: 'Cancel',
        fr: 'Annuler',
        description: 'Confirmation: the button that does nothing',
    },
    RA_Delete_Done: {
        en: 'Draft deleted.',
        fr: 'Brouillon supprimé.',
        description: 'Draft deleted toast',
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
    RA_Payment_DateOfRow: {
        en: 'Charge date, payment {0}',
        fr: 'Date de facturation, paiement {0}',
        description: 'Payment schedule: the date input of a row; {0} the payment number',
    },
    RA_Payment_AmountOfRow: {
        en: 'Amount, payment {0}',
        fr: 'Montant, paiement {0}',
        description: 'Payment schedule: the amount input of a row; {0} the payment number',
    },
    RA_Payment_RemoveRow: {
        en: 'Remove payment {0}',
        fr: 'Supprimer le paiement {0}',
        description: 'Payment schedule: the remove button of a row; {0} the payment number',
    },
    RA_Payment_Total: { en: 'Total', fr: 'Total', description: 'Payment total' },
    RA_Payment_Empty: {
        en: 'No payments yet. Add the first one.',
        fr: 'Aucun paiement. Ajoutez le premier.',
        description: 'Empty payment schedule',
    },

    // Wizard
    RA_Wizard_TitleCreate: {
        en: 'New resale authorization',
        fr: 'Nouvelle autorisation de revente',
        description: 'Wizard: titleCreate',
    },
    RA_Wizard_TitleEdit: {
        en: 'Edit resale authorization draft',
        fr: "Modifier le brouillon d'autorisation de revente",
        description: 'Wizard: titleEdit',
    },
    RA_Wizard_TitleClone: {
        en: 'Clone resale authorization',
        fr: "Cloner l'autorisation de revente",
        description: 'Wizard: titleClone',
    },
    RA_Progress_Complete: {
        en: 'complete',
        fr: 'terminée',
        description: 'Wizard steps: a step whose fields have no problem (read after its name)',
    },
    RA_Progress_Incomplete: {
        en: 'to complete',
        fr: 'à compléter',
        description: 'Wizard steps: a step with a problem to fix (read after its name)',
    },
    RA_Wizard_Steps: {
        en: 'Steps of the resale authorization',
        fr: "Étapes de l'autorisation de revente",
        description: 'Wizard: steps',
    },
    RA_Section_ProductsAndBuyers: {
        en: 'Products and buyers',
        fr: 'Produits et acheteurs',
        description: 'Wizard: sectionProductsAndBuyers',
    },
    RA_Section_Details: {
        en: 'Resale authorization details',
        fr: "Détails de l'autorisation de revente",
        description: 'Wizard: sectionDetails',
    },
    RA_Section_ContractDuration: {
        en: 'Contract duration',
        fr: 'Durée du contrat',
        description: 'Wizard: sectionContractDuration',
    },
    RA_Section_Pricing: {
        en: 'Pricing',
        fr: 'Tarification',
        description: 'Wizard: sectionPricing',
    },
    RA_Section_LegalTerms: {
        en: 'Legal terms',
        fr: 'Conditions juridiques',
        description: 'Wizard: sectionLegalTerms',
    },
    RA_Section_Dimensions: {
        en: 'Product dimensions',
        fr: 'Dimensions du produit',
        description: 'Wizard: sectionDimensions',
    },
    RA_Section_Duration: {
        en: 'Resale authorization duration',
        fr: "Durée de l'autorisation de revente",
        description: 'Wizard: sectionDuration',
    },
    RA_Section_Renewals: {
        en: 'Renewals',
        fr: 'Renouvellements',
        description: 'Wizard: sectionRenewals',
    },
    RA_Section_PaymentSchedule: {
        en: 'Payment schedule',
        fr: 'Échéancier de paiement',
        description: 'Wizard: sectionPaymentSchedule',
    },
    RA_Section_Review: { en: 'Review', fr: 'Vérification', description: 'Wizard: sectionReview' },
    RA_Wizard_Product: { en: 'Product', fr: 'Produit', description: 'Wizard: product' },
    RA_Wizard_ProductPlaceholder: {
        en: 'Choose a product',
        fr: 'Choisissez un produit',
        description: 'Wizard: productPlaceholder',
    },
    RA_Wizard_ProductHelp: {
        en: 'Products come from your AWS Marketplace seller account.',
        fr: 'Les produits viennent de votre compte vendeur AWS Marketplace.',
        description: 'Wizard: productHelp',
    },
    RA_Wizard_NoProducts: {
        en: 'No products yet. Ask your administrator to sync the products from AWS Marketplace.',
        fr: "Aucun produit pour l'instant. Demandez à votre administrateur de synchroniser les produits depuis AWS Marketplace.",
        description: 'Wizard: noProducts',
    },
    RA_Wizard_BuyerAccounts: {
        en: 'Buyer AWS account IDs',
        fr: 'ID de compte AWS des acheteurs',
        description: 'Wizard: buyerAccounts',
    },
    RA_Wizard_BuyerAccountsHelp: {
        en: '12-digit account IDs separated by commas, spaces or new lines.',
        fr: 'ID de compte à 12 chiffres séparés par des virgules, des espaces ou des retours à la ligne.',
        description: 'Wizard: buyerAccountsHelp',
    },
    RA_Wizard_Name: {
        en: 'Resale authorization name',
        fr: "Nom de l'autorisation de revente",
        description: 'Wizard: name',
    },
    RA_Wizard_Description: {
        en: 'Description (visible to the reseller)',
        fr: 'Description (visible par le revendeur)',
        description: 'Wizard: description',
    },
    RA_Wizard_Reseller: {
        en: 'Reseller AWS account ID',
        fr: 'ID de compte AWS du revendeur',
        description: 'Wizard: reseller',
    },
    RA_Wizard_ResellerHelp: {
        en: 'The 12-digit AWS account of the channel partner.',
        fr: 'Le compte AWS à 12 chiffres du partenaire de distribution.',
        description: 'Wizard: resellerHelp',
    },
    RA_Wizard_DurationKind: {
        en: 'Contract duration',
        fr: 'Durée du contrat',
        description: 'Wizard: durationKind',
    },
    RA_Wizard_DurationStandard: {
        en: 'Standard',
        fr: 'Standard',
        description: 'Wizard: durationStandard',
    },
    RA_Wizard_DurationCustom: {
        en: 'Custom',
        fr: 'Personnalisée',
        description: 'Wizard: durationCustom',
    },
    RA_Wizard_StandardDuration: {
        en: 'Duration',
        fr: 'Durée',
        description: 'Wizard: standardDuration',
    },
    RA_Duration_1Month: { en: '1 month', fr: '1 mois', description: 'Wizard: duration1Month' },
    RA_Duration_12Months: {
        en: '12 months',
        fr: '12 mois',
        description: 'Wizard: duration12Months',
    },
    RA_Duration_24Months: {
        en: '24 months',
        fr: '24 mois',
        description: 'Wizard: duration24Months',
    },
    RA_Duration_36Months: {
        en: '36 months',
        fr: '36 mois',
        description: 'Wizard: duration36Months',
    },
    RA_Wizard_CustomDuration: {
        en: 'Custom duration',
        fr: 'Durée personnalisée',
        description: 'Wizard: customDuration',
    },
    RA_Wizard_CustomUnit: { en: 'Unit', fr: 'Unité', description: 'Wizard: customUnit' },
    RA_Unit_Months: { en: 'Months', fr: 'Mois', description: 'Wizard: unitMonths' },
    RA_Unit_Days: { en: 'Days', fr: 'Jours', description: 'Wizard: unitDays' },
    RA_Unit_Units_One: {
        en: 'unit',
        fr: 'unité',
        description: 'Dimension unit Units, one: per unit',
    },
    RA_Unit_Units_Other: {
        en: 'units',
        fr: 'unités',
        description: 'Dimension unit Units, two or more: 12 units',
    },
    RA_Unit_Hrs_One: {
        en: 'hour',
        fr: 'heure',
        description: 'Dimension unit Hrs, one: per hour',
    },
    RA_Unit_Hrs_Other: {
        en: 'hours',
        fr: 'heures',
        description: 'Dimension unit Hrs, two or more: 12 hours',
    },
    RA_Unit_Users_One: {
        en: 'user',
        fr: 'utilisateur',
        description: 'Dimension unit Users, one: per user',
    },
    RA_Unit_Users_Other: {
        en: 'users',
        fr: 'utilisateurs',
        description: 'Dimension unit Users, two or more: 12 users',
    },
    RA_Unit_Hosts_One: {
        en: 'host',
        fr: 'hôte',
        description: 'Dimension unit Hosts, one: per host',
    },
    RA_Unit_Hosts_Other: {
        en: 'hosts',
        fr: 'hôtes',
        description: 'Dimension unit Hosts, two or more: 12 hosts',
    },
    RA_Unit_Requests_One: {
        en: 'request',
        fr: 'requête',
        description: 'Dimension unit Requests, one: per request',
    },
    RA_Unit_Requests_Other: {
        en: 'requests',
        fr: 'requêtes',
        description: 'Dimension unit Requests, two or more: 12 requests',
    },
    RA_Unit_GB_One: {
        en: 'GB',
        fr: 'Go',
        description: 'Dimension unit GB, one: per GB',
    },
    RA_Unit_GB_Other: {
        en: 'GB',
        fr: 'Go',
        description: 'Dimension unit GB, two or more: 12 GB',
    },
    RA_Unit_MB_One: {
        en: 'MB',
        fr: 'Mo',
        description: 'Dimension unit MB, one: per MB',
    },
    RA_Unit_MB_Other: {
        en: 'MB',
        fr: 'Mo',
        description: 'Dimension unit MB, two or more: 12 MB',
    },
    RA_Unit_TB_One: {
        en: 'TB',
        fr: 'To',
        description: 'Dimension unit TB, one: per TB',
    },
    RA_Unit_TB_Other: {
        en: 'TB',
        fr: 'To',
        description: 'Dimension unit TB, two or more: 12 TB',
    },
    RA_Unit_Gbps_One: {
        en: 'Gbps',
        fr: 'Gbit/s',
        description: 'Dimension unit Gbps, one: per Gbps',
    },
    RA_Unit_Gbps_Other: {
        en: 'Gbps',
        fr: 'Gbit/s',
        description: 'Dimension unit Gbps, two or more: 12 Gbps',
    },
    RA_Unit_Mbps_One: {
        en: 'Mbps',
        fr: 'Mbit/s',
        description: 'Dimension unit Mbps, one: per Mbps',
    },
    RA_Unit_Mbps_Other: {
        en: 'Mbps',
        fr: 'Mbit/s',
        description: 'Dimension unit Mbps, two or more: 12 Mbps',
    },
    RA_Duration_MonthsOne: {
        en: '{0} month',
        fr: '{0} mois',
        description: 'A duration in months, one: {0} is 1',
    },
    RA_Duration_MonthsOther: {
        en: '{0} months',
        fr: '{0} mois',
        description: 'A duration in months, two or more; {0} how many',
    },
    RA_Duration_DaysOne: {
        en: '{0} day',
        fr: '{0} jour',
        description: 'A duration in days, one: {0} is 1',
    },
    RA_Duration_DaysOther: {
        en: '{0} days',
        fr: '{0} jours',
        description: 'A duration in days, two or more; {0} how many',
    },
    RA_Wizard_PricingModel: {
        en: 'Pricing model',
        fr: 'Modèle de tarification',
        description: 'Wizard: pricingModel',
    },
    RA_Pricing_Contract: { en: 'Contract', fr: 'Contrat', description: 'Wizard: pricingContract' },
    RA_Pricing_Usage: { en: 'Usage', fr: 'Utilisation', description: 'Wizard: pricingUsage' },
    RA_Wizard_Fps: {
        en: 'Fixed units with a flexible payment schedule',
        fr: 'Unités fixes avec échéancier de paiement flexible',
        description: 'Wizard: flexiblePaymentSchedule',
    },
    RA_Wizard_Currency: { en: 'Currency', fr: 'Devise', description: 'Wizard: currency' },
    RA_Wizard_MultipleDimensionSelection: {
        en: 'Several dimensions in one purchase',
        fr: 'Plusieurs dimensions dans un même achat',
        description: 'Wizard: rate card constraint MultipleDimensionSelection',
    },
    RA_Wizard_MultipleDimensionSelectionHelp: {
        en: "Whether the buyer of the partner's offer may choose more than one dimension of the rate card.",
        fr: "Si l'acheteur de l'offre du partenaire peut choisir plus d'une dimension de la grille tarifaire.",
        description: 'Wizard: help of the MultipleDimensionSelection constraint',
    },
    RA_Wizard_QuantityConfiguration: {
        en: 'Buyer sets the quantities',
        fr: "L'acheteur choisit les quantités",
        description: 'Wizard: rate card constraint QuantityConfiguration',
    },
    RA_Wizard_QuantityConfigurationHelp: {
        en: "Whether the buyer of the partner's offer may set the quantity of each dimension.",
        fr: "Si l'acheteur de l'offre du partenaire peut fixer la quantité de chaque dimension.",
        description: 'Wizard: help of the QuantityConfiguration constraint',
    },
    RA_Constraint_Allowed: {
        en: 'Allowed',
        fr: 'Autorisé',
        description: 'Rate card constraint value Allowed',
    },
    RA_Constraint_Disallowed: {
        en: 'Not allowed',
        fr: 'Non autorisé',
        description: 'Rate card constraint value Disallowed',
    },
    RA_ProductType_SaaS: { en: 'SaaS', fr: 'SaaS', description: 'Product type SaaS' },
    RA_ProductType_AMI: { en: 'AMI', fr: 'AMI', description: 'Product type AMI' },
    RA_ProductType_Container: {
        en: 'Container',
        fr: 'Conteneur',
        description: 'Product type Container',
    },
    RA_ProductType_ProfessionalServices: {
        en: 'Professional services',
        fr: 'Services professionnels',
        description: 'Product type ProfessionalServices',
    },
    RA_ProductType_Data: { en: 'Data', fr: 'Données', description: 'Product type Data' },
    RA_Wizard_ProductOption: {
        en: '{0} · {1}',
        fr: '{0} · {1}',
        description:
            'Wizard: the second line of a product choice; {0} is its type, {1} its product ID',
    },
    RA_Wizard_NetPayment: {
        en: 'Payment terms',
        fr: 'Conditions de paiement',
        description: 'Wizard: netPayment',
    },
    RA_NetPayment_Default: {
        en: 'Due on invoice',
        fr: 'Payable à réception de facture',
        description: 'Wizard: netPaymentDefault',
    },
    RA_NetPayment_Days: {
        en: 'Net {0} days',
        fr: 'Net {0} jours',
        description: 'Wizard: netPaymentDays',
    },
    RA_Wizard_BuyerTerms: {
        en: 'Buyer legal terms',
        fr: "Conditions juridiques de l'acheteur",
        description: 'Wizard: buyerTerms',
    },
    RA_Terms_StandardEula: {
        en: 'Standard contract for AWS Marketplace',
        fr: 'Contrat standard pour AWS Marketplace',
        description: 'Wizard: termsStandardEula',
    },
    RA_Terms_EnterpriseEula: {
        en: 'Enterprise contract for AWS Marketplace',
        fr: 'Contrat entreprise pour AWS Marketplace',
        description: 'Wizard: termsEnterpriseEula',
    },
    RA_Terms_CustomEula: {
        en: 'Custom EULA',
        fr: 'CLUF personnalisé',
        description: 'Wizard: termsCustomEula',
    },
    RA_Wizard_ResellerTerms: {
        en: 'Reseller legal terms (optional)',
        fr: 'Conditions juridiques du revendeur (facultatif)',
        description: 'Wizard: resellerTerms',
    },
    RA_Terms_NoResellerContract: {
        en: 'None',
        fr: 'Aucune',
        description: 'Wizard: termsNoResellerContract',
    },
    RA_Terms_StandardResellerContract: {
        en: 'Standard reseller contract for AWS Marketplace',
        fr: 'Contrat de revendeur standard pour AWS Marketplace',
        description: 'Wizard: termsStandardResellerContract',
    },
    RA_Terms_CustomResellerContract: {
        en: 'Custom reseller contract',
        fr: 'Contrat de revendeur personnalisé',
        description: 'Wizard: termsCustomResellerContract',
    },
    RA_Wizard_CustomEulaDocument: {
        en: 'Custom EULA document',
        fr: 'Document du CLUF personnalisé',
        description: 'Wizard: customEulaDocument',
    },
    RA_Wizard_CustomResellerDocument: {
        en: 'Custom reseller contract document',
        fr: 'Document du contrat de revendeur personnalisé',
        description: 'Wizard: customResellerDocument',
    },
    RA_Wizard_ZeroDollar: {
        en: 'I want to enable zero-dollar pricing',
        fr: 'Je veux activer la tarification à zéro dollar',
        description: 'Wizard: zeroDollar',
    },
    RA_Wizard_Usage: { en: 'Duration type', fr: 'Type de durée', description: 'Wizard: usage' },
    RA_Usage_Multi: {
        en: 'Multi-use until the expiry date',
        fr: "Utilisations multiples jusqu'à la date d'expiration",
        description: 'Wizard: usageMulti',
    },
    RA_Usage_OneTime: {
        en: 'One-time use',
        fr: 'Usage unique',
        description: 'Wizard: usageOneTime',
    },
    RA_Wizard_ExpiryDate: {
        en: 'Expiry date',
        fr: "Date d'expiration",
        description: 'Wizard: expiryDate',
    },
    RA_Wizard_FutureStart: {
        en: 'Allow future-dated agreements',
        fr: 'Autoriser les contrats à date future',
        description: 'Wizard: futureStart',
    },
    RA_Wizard_FutureStartDate: {
        en: 'Latest agreement start date',
        fr: 'Date de début de contrat au plus tard',
        description: 'Wizard: futureStartDate',
    },
    RA_Wizard_DatesInUtc: {
        en: 'AWS compares dates with today in UTC: {0}.',
        fr: 'AWS compare les dates avec la date du jour en UTC : {0}.',
        description: 'Wizard: help of the date fields; {0} today in UTC, in the user locale',
    },
    RA_Wizard_IsRenewal: {
        en: 'This offer renews an existing paid subscription of an existing customer for the same product',
        fr: "Cette offre renouvelle un abonnement payant existant d'un client existant pour le même produit",
        description: 'Wizard: isRenewal',
    },
    RA_Wizard_AcquisitionChannel: {
        en: 'Where the existing agreement was bought',
        fr: 'Où le contrat existant a été acheté',
        description: 'Wizard: acquisitionChannel',
    },
    RA_Channel_AwsMarketplace: {
        en: 'AWS Marketplace',
        fr: 'AWS Marketplace',
        description: 'Wizard: channelAwsMarketplace',
    },
    RA_Channel_External: {
        en: 'Outside AWS Marketplace',
        fr: "En dehors d'AWS Marketplace",
        description: 'Wizard: channelExternal',
    },
    RA_Wizard_RenewalPricingModel: {
        en: 'Pricing model of the existing agreement',
        fr: 'Modèle de tarification du contrat existant',
        description: 'Wizard: renewalPricingModel',
    },
    RA_Pricing_Byol: {
        en: 'Bring your own license',
        fr: 'Licence apportée par le client',
        description: 'Wizard: renewalByol',
    },
    RA_Pricing_Free: { en: 'Free', fr: 'Gratuit', description: 'Wizard: renewalFree' },
    RA_Wizard_Cancel: { en: 'Cancel', fr: 'Annuler', description: 'Wizard: cancel' },
    RA_Wizard_SaveDraft: {
        en: 'Save as draft',
        fr: 'Enregistrer comme brouillon',
        description: 'Wizard: saveDraft',
    },
    RA_Wizard_Review: { en: 'Review', fr: 'Vérifier', description: 'Wizard: review' },
    RA_Wizard_Back: { en: 'Back', fr: 'Retour', description: 'Wizard: back' },
    RA_Wizard_Publish: {
        en: 'Create resale authorization',
        fr: "Créer l'autorisation de revente",
        description: 'Wizard: publish',
    },
    RA_Wizard_Sending: { en: 'Sending to AWS', fr: 'Envoi à AWS', description: 'Wizard: sending' },
    RA_Wizard_FixProblemsOne: {
        en: 'Fix this problem first:',
        fr: "Corrigez d'abord ce problème :",
        description: 'Wizard: heading of the list of problems, one problem',
    },
    RA_Wizard_FixProblemsOther: {
        en: 'Fix these {0} problems first:',
        fr: "Corrigez d'abord ces {0} problèmes :",
        description: 'Wizard: heading of the list of problems; {0} how many (two or more)',
    },
    RA_Wizard_ProblemAt: {
        en: '{0}: {1}',
        fr: '{0} : {1}',
        description: 'Wizard: a problem in the list; {0} where (a section), {1} the problem',
    },
    RA_Wizard_PaymentNumber: {
        en: 'Payment {0}',
        fr: 'Paiement {0}',
        description: 'Wizard: a row of the payment schedule; {0} its number',
    },
    RA_Wizard_PublishNeeds: {
        en: 'Before it can be published: {0}',
        fr: 'Avant de pouvoir la publier : {0}',
        description: 'Wizard: after a draft is saved, what publishing needs; {0} the problems',
    },
    RA_Wizard_DraftSaved: {
        en: 'Draft saved in Salesforce. Nothing was sent to AWS.',
        fr: "Brouillon enregistré dans Salesforce. Rien n'a été envoyé à AWS.",
        description: 'Wizard: draftSaved',
    },
    RA_Wizard_Published: {
        en: 'Sent to AWS. The status updates when AWS has applied it.',
        fr: "Envoyé à AWS. Le statut se met à jour quand AWS l'a appliqué.",
        description: 'Wizard: published',
    },
    RA_Wizard_SaveFailed: {
        en: 'The draft could not be saved: {0}',
        fr: "Le brouillon n'a pas pu être enregistré : {0}",
        description: 'Wizard: saveFailed',
    },
    RA_Wizard_PublishFailed: {
        en: 'It could not be sent to AWS: {0} Your form is kept: fix it or try again.',
        fr: "L'envoi à AWS a échoué : {0} Votre formulaire est conservé : corrigez-le ou réessayez.",
        description: 'Wizard: publishFailed',
    },
    RA_Wizard_DiscardTitle: {
        en: 'Discard changes?',
        fr: 'Abandonner les modifications ?',
        description: 'Wizard: discardTitle',
    },
    RA_Wizard_DiscardMessage: {
        en: 'You have unsaved changes. Leave without saving them?',
        fr: 'Vous avez des modifications non enregistrées. Quitter sans les enregistrer ?',
        description: 'Wizard: discardMessage',
    },
    RA_Wizard_DiscardAction: {
        en: 'Discard changes',
        fr: 'Abandonner les modifications',
        description: 'Wizard: the button that leaves without saving',
    },
    RA_Wizard_KeepEditing: {
        en: 'Keep editing',
        fr: 'Continuer la modification',
        description: 'Wizard: the button that stays in the form',
    },
    RA_Wizard_CloneNotice: {
        en: 'This is a copy. Custom legal documents are not copied: upload them again.',
        fr: 'Ceci est une copie. Les documents juridiques personnalisés ne sont pas copiés : téléversez-les à nouveau.',
        description: 'Wizard: cloneNotice',
    },
    RA_Wizard_LoadFailed: {
        en: 'The resale authorization could not be opened: {0}',
        fr: "L'autorisation de revente n'a pas pu être ouverte : {0}",
        description: 'Wizard: loadFailed',
    },
    RA_WizardPage_BadAddress: {
        en: 'This address does not say which resale authorization to open: it may be incomplete.',
        fr: "Cette adresse n'indique pas quelle autorisation de revente ouvrir : elle est peut-être incomplète.",
        description: 'Wizard page: the page address has no valid mode or record id',
    },
    RA_Wizard_Unreadable: {
        en: 'The terms of this resale authorization could not be read, so it cannot be edited here. Clone it instead.',
        fr: 'Les conditions de cette autorisation de revente sont illisibles : elle ne peut pas être modifiée ici. Clonez-la plutôt.',
        description: 'Wizard: unreadable',
    },
    RA_Wizard_NotEditable: {
        en: 'This resale authorization is already released on AWS: it can no longer be edited. Clone it or deactivate it.',
        fr: 'Cette autorisation de revente est déjà publiée sur AWS : elle ne peut plus être modifiée. Clonez-la ou désactivez-la.',
        description: 'Wizard: notEditable',
    },
    RA_Wizard_ReviewIntro: {
        en: 'Check what will be sent to AWS Marketplace when you click Create resale authorization.',
        fr: "Vérifiez ce qui sera envoyé à AWS Marketplace quand vous cliquerez sur Créer l'autorisation de revente.",
        description: 'Wizard: reviewIntro',
    },
    RA_Wizard_Changes: {
        en: 'Sent to AWS in one change set',
        fr: 'Envoyé à AWS en un seul ensemble de modifications',
        description: 'Wizard: changes',
    },
    RA_Wizard_Loading: { en: 'Loading', fr: 'Chargement', description: 'Wizard: loading' },
    RA_Wizard_AwsProblems: {
        en: 'AWS refused the resale authorization:',
        fr: "AWS a refusé l'autorisation de revente :",
        description: 'Wizard: awsProblems',
    },
    RA_Wizard_UploadDraftKept: {
        en: 'The draft saved for the uploaded document could not be deleted: {0}',
        fr: 'Le brouillon enregistré pour le document téléversé n’a pas pu être supprimé : {0}',
        description:
            'Wizard: uploadDraftKept; cancel could not delete the draft the upload saved; {0} reason',
    },
    RA_Wizard_UploadFailed: {
        en: 'The document could not be uploaded: {0}',
        fr: "Le document n'a pas pu être téléversé : {0}",
        description: 'Wizard: uploadFailed',
    },

    // Accounts and Opportunities picked in the wizard
    RA_Picker_Reseller: {
        en: 'Reseller Account',
        fr: 'Compte du revendeur',
        description: 'Wizard: picker of the Account the reseller is chosen from',
    },
    RA_Picker_ResellerHelp: {
        en: 'Accounts with an AWS account ID. Picking one fills in the reseller AWS account ID; you can also type an ID.',
        fr: "Comptes ayant un ID de compte AWS. En choisir un remplit l'ID de compte AWS du revendeur ; vous pouvez aussi saisir un ID.",
        description: 'Wizard: help of the reseller Account picker',
    },
    RA_Picker_Buyer: {
        en: 'Add a buyer from an Account',
        fr: 'Ajouter un acheteur depuis un compte',
        description: 'Wizard: picker that adds an Account as a buyer',
    },
    RA_Picker_BuyerHelp: {
        en: 'Accounts with an AWS account ID. Picking one adds its AWS account ID to the buyers.',
        fr: 'Comptes ayant un ID de compte AWS. En choisir un ajoute son ID de compte AWS aux acheteurs.',
        description: 'Wizard: help of the buyer Account picker',
    },
    RA_Picker_AccountPlaceholder: {
        en: 'Search Accounts…',
        fr: 'Rechercher des comptes…',
        description: 'Wizard: placeholder of the Account pickers',
    },
    RA_Picker_NoAwsAccountId: {
        en: 'This Account has no AWS account ID. Ask your administrator to add it, or type the ID.',
        fr: "Ce compte n'a pas d'ID de compte AWS. Demandez à votre administrateur de l'ajouter, ou saisissez l'ID.",
        description: 'Account picker: the Account picked has no AWS account ID',
    },
    RA_Picker_Opportunity: {
        en: 'Opportunity',
        fr: 'Opportunité',
        description: 'Wizard: picker of the Opportunity of the resale authorization',
    },
    RA_Picker_OpportunityPlaceholder: {
        en: 'Search Opportunities…',
        fr: 'Rechercher des opportunités…',
        description: 'Wizard: placeholder of the Opportunity picker',
    },

    // Change types in plain words
    RA_Change_CreateResaleAuthorization: {
        en: 'Create the resale authorization',
        fr: "Créer l'autorisation de revente",
        description: 'Change types in plain words: changeCreateResaleAuthorization',
    },
    RA_Change_UpdatePricingTerms: {
        en: 'Set the wholesale prices',
        fr: 'Définir les prix de gros',
        description: 'Change types in plain words: changeUpdatePricingTerms',
    },
    RA_Change_UpdatePaymentScheduleTerms: {
        en: 'Set the payment schedule',
        fr: "Définir l'échéancier de paiement",
        description: 'Change types in plain words: changeUpdatePaymentScheduleTerms',
    },
    RA_Change_UpdateLegalTerms: {
        en: 'Set the legal terms',
        fr: 'Définir les conditions juridiques',
        description: 'Change types in plain words: changeUpdateLegalTerms',
    },
    RA_Change_UpdateBuyerTargetingTerms: {
        en: 'Limit it to the buyer accounts',
        fr: 'La limiter aux comptes acheteurs',
        description: 'Change types in plain words: changeUpdateBuyerTargetingTerms',
    },
    RA_Change_UpdateAvailability: {
        en: 'Set how long it can be used',
        fr: "Définir sa durée d'utilisation",
        description: 'Change types in plain words: changeUpdateAvailability',
    },
    RA_Change_UpdateBuyerValidityTerms: {
        en: 'Allow future-dated agreements',
        fr: 'Autoriser les contrats à date future',
        description: 'Change types in plain words: changeUpdateBuyerValidityTerms',
    },
    RA_Change_UpdateNetPaymentTerms: {
        en: 'Set the payment terms',
        fr: 'Définir les conditions de paiement',
        description: 'Change types in plain words: changeUpdateNetPaymentTerms',
    },
    RA_Change_UpdateInformation: {
        en: 'Record the renewal details',
        fr: 'Enregistrer les détails du renouvellement',
        description: 'Change types in plain words: changeUpdateInformation',
    },
    RA_Change_ReleaseResaleAuthorization: {
        en: 'Publish it to the reseller',
        fr: 'La publier pour le revendeur',
        description: 'Change types in plain words: changeReleaseResaleAuthorization',
    },
    RA_Change_RestrictResaleAuthorization: {
        en: 'Deactivate it',
        fr: 'La désactiver',
        description: 'Change types in plain words: changeRestrictResaleAuthorization',
    },

    // Terms summary
    RA_Summary_Buyers: { en: 'Buyers', fr: 'Acheteurs', description: 'Terms summary: buyers' },
    RA_Summary_AnyBuyer: {
        en: 'Any buyer the reseller chooses',
        fr: 'Tout acheteur choisi par le revendeur',
        description: 'Terms summary: anyBuyer',
    },
    RA_Summary_Pricing: {
        en: 'Pricing',
        fr: 'Tarification',
        description: 'Terms summary: pricing',
    },
    RA_Summary_ContractFor: {
        en: 'Contract for {0}',
        fr: 'Contrat de {0}',
        description: 'Terms summary: contractFor',
    },
    RA_Summary_UsagePricing: {
        en: 'Usage pricing, billed as used',
        fr: "Tarification à l'usage, facturée selon l'utilisation",
        description: 'Terms summary: usagePricing',
    },
    RA_Summary_Prices: {
        en: 'Wholesale prices',
        fr: 'Prix de gros',
        description: 'Terms summary: prices',
    },
    RA_Summary_PricePer: {
        en: '{0}: {1} {2} per {3}',
        fr: '{0} : {1} {2} par {3}',
        description: 'Terms summary: rate; {0} dimension, {1} price, {2} currency, {3} one unit',
    },
    RA_Summary_UnitsGranted: {
        en: '{0}: {1} {2}',
        fr: '{0} : {1} {2}',
        description: 'Terms summary: units granted; {0} dimension, {1} how many, {2} the unit',
    },
    RA_Summary_NotPriced: {
        en: '{0}: not priced',
        fr: '{0} : sans prix',
        description: 'Terms summary: notPriced',
    },
    RA_Summary_ZeroAllowed: {
        en: 'Zero-dollar prices are allowed.',
        fr: 'Les prix à zéro dollar sont autorisés.',
        description: 'Terms summary: zeroAllowed',
    },
    RA_Summary_Constraint: {
        en: '{0}: {1}',
        fr: '{0} : {1}',
        description:
            'Terms summary: a rate card constraint; {0} is what it governs, {1} Allowed or Not allowed',
    },
    RA_Summary_Payments: {
        en: 'Payment schedule',
        fr: 'Échéancier de paiement',
        description: 'Terms summary: payments',
    },
    RA_Summary_Payment: {
        en: '{0}: {1} {2}',
        fr: '{0} : {1} {2}',
        description: 'Terms summary: payment',
    },
    RA_Summary_PaymentTotal: {
        en: 'Total: {0} {1}',
        fr: 'Total : {0} {1}',
        description: 'Terms summary: paymentTotal',
    },
    RA_Summary_NetPayment: {
        en: 'Payment terms',
        fr: 'Conditions de paiement',
        description: 'Terms summary: netPayment',
    },
    RA_Summary_BuyerTerms: {
        en: 'Buyer legal terms',
        fr: "Conditions juridiques de l'acheteur",
        description: 'Terms summary: buyerTerms',
    },
    RA_Summary_ResellerTerms: {
        en: 'Reseller legal terms',
        fr: 'Conditions juridiques du revendeur',
        description: 'Terms summary: resellerTerms',
    },
    RA_Summary_Document: {
        en: '{0} ({1})',
        fr: '{0} ({1})',
        description: 'Terms summary: document',
    },
    RA_Summary_UploadAgain: {
        en: '{0}: the document must be uploaded again',
        fr: '{0} : le document doit être téléversé à nouveau',
        description: 'Terms summary: uploadAgain',
    },
    RA_Summary_Availability: {
        en: 'Availability',
        fr: 'Disponibilité',
        description: 'Terms summary: availability',
    },
    RA_Summary_Expires: {
        en: '{0}, expires on {1}',
        fr: '{0}, expire le {1}',
        description: 'Terms summary: expires',
    },
    RA_Summary_NoExpiry: {
        en: '{0}, no expiry date',
        fr: "{0}, sans date d'expiration",
        description: 'Terms summary: noExpiry',
    },
    RA_Summary_FutureStart: {
        en: 'Future-dated agreements',
        fr: 'Contrats à date future',
        description: 'Terms summary: futureStart',
    },
    RA_Summary_FutureStartUntil: {
        en: 'Agreements may start until {0}',
        fr: "Les contrats peuvent commencer jusqu'au {0}",
        description: 'Terms summary: futureStartUntil',
    },
    RA_Summary_Renewal: {
        en: 'Renewal',
        fr: 'Renouvellement',
        description: 'Terms summary: renewal',
    },
    RA_Summary_RenewalOfAws: {
        en: 'Renews an agreement bought on AWS Marketplace (pricing: {0})',
        fr: 'Renouvelle un contrat acheté sur AWS Marketplace (tarification : {0})',
        description: 'Terms summary: renewal of an AWS Marketplace agreement; {0} its pricing',
    },
    RA_Summary_RenewalOfExternal: {
        en: 'Renews an agreement bought outside AWS Marketplace (pricing: {0})',
        fr: "Renouvelle un contrat acheté en dehors d'AWS Marketplace (tarification : {0})",
        description: 'Terms summary: renewal of an agreement bought elsewhere; {0} its pricing',
    },
    RA_Summary_NotRenewal: {
        en: 'Not a renewal',
        fr: 'Pas un renouvellement',
        description: 'Terms summary: notRenewal',
    },
    RA_Summary_NotSet: { en: 'Not set', fr: 'Non défini', description: 'Terms summary: notSet' },

    // Expiry radar (the Expiring Resale Authorizations tab) and Renew
    RA_Radar_Title: {
        en: 'Expiring Resale Authorizations',
        fr: 'Autorisations de revente arrivant à expiration',
        description: 'Expiry radar: tab and card title',
    },
    RA_Radar_Window: {
        en: 'Time window',
        fr: 'Période',
        description: 'Expiry radar: the window of days picker',
    },
    RA_Radar_WindowToday: {
        en: 'Today only',
        fr: 'Aujourd’hui seulement',
        description: 'Expiry radar window: 0 days',
    },
    RA_Radar_WindowOne: {
        en: 'Next day',
        fr: 'Le jour suivant',
        description: 'Expiry radar window: 1 day',
    },
    RA_Radar_WindowOther: {
        en: 'Next {0} days',
        fr: 'Les {0} prochains jours',
        description: 'Expiry radar window; {0} days (2 or more)',
    },
    RA_Radar_WindowNotice: {
        en: '{0} (expiry notices)',
        fr: '{0} (avis d’expiration)',
        description: 'Expiry radar window: the org’s expiry notice days; {0} the window',
    },
    RA_Radar_Refresh: {
        en: 'Refresh',
        fr: 'Actualiser',
        description: 'Expiry radar: load the lists again',
    },
    RA_Radar_Expiring: {
        en: 'Expiring',
        fr: 'Arrivent à expiration',
        description: 'Expiry radar: heading of the Active ones expiring in the window',
    },
    RA_Radar_ExpiringHelp: {
        en: 'Active resale authorizations that expire in the time window, soonest first. After their expiry date (UTC) the reseller can no longer use them: renew them in time.',
        fr: 'Autorisations de revente actives qui expirent dans la période, les plus proches en premier. Après leur date d’expiration (UTC), le revendeur ne peut plus les utiliser : renouvelez-les à temps.',
        description: 'Expiry radar: what the expiring list holds',
    },
    RA_Radar_ExpiringEmpty: {
        en: 'No active resale authorization expires in this time window.',
        fr: 'Aucune autorisation de revente active n’expire dans cette période.',
        description: 'Expiry radar: nothing expiring',
    },
    RA_Radar_Used: {
        en: 'Used recently',
        fr: 'Utilisées récemment',
        description: 'Expiry radar: heading of the one-time ones used up in the window',
    },
    RA_Radar_UsedHelp: {
        en: 'One-time resale authorizations the reseller made an offer from in the time window, latest first: the reseller needs a new one for the next offer.',
        fr: 'Autorisations de revente à usage unique dont le revendeur a tiré une offre dans la période, les plus récentes en premier : il lui en faut une nouvelle pour sa prochaine offre.',
        description: 'Expiry radar: what the used list holds',
    },
    RA_Radar_UsedEmpty: {
        en: 'No one-time resale authorization was used in this time window.',
        fr: 'Aucune autorisation de revente à usage unique n’a été utilisée dans cette période.',
        description: 'Expiry radar: nothing used',
    },
    RA_Radar_DaysLeft: {
        en: 'Days left',
        fr: 'Jours restants',
        description: 'Expiry radar column: days left before the expiry date',
    },
    RA_Radar_UsedOn: {
        en: 'Used on',
        fr: 'Utilisée le',
        description: 'Expiry radar column: when AWS recorded the offer made from it',
    },
    RA_Radar_More: {
        en: 'Only the first {0} are shown: choose a shorter time window to see the others.',
        fr: 'Seules les {0} premières sont affichées : choisissez une période plus courte pour voir les autres.',
        description: 'Expiry radar: a list reached its limit; {0} the rows shown',
    },
    RA_Radar_LoadError: {
        en: 'The expiring resale authorizations could not be loaded: {0}',
        fr: 'Les autorisations de revente arrivant à expiration n’ont pas pu être chargées : {0}',
        description: 'Expiry radar load error; {0} reason',
    },
    RA_Action_Renew: {
        en: 'Renew',
        fr: 'Renouveler',
        description: 'Row action: renew (a clone for the next period)',
    },
    RA_Wizard_TitleRenew: {
        en: 'Renew resale authorization',
        fr: 'Renouveler l’autorisation de revente',
        description: 'Wizard: title of a renewal',
    },
    RA_Wizard_RenewNotice: {
        en: 'This is a renewal: the same terms, with the expiry date moved forward by as long as the original lasted, and the dates that follow it moved as much. Check them before publishing.',
        fr: 'Ceci est un renouvellement : les mêmes conditions, la date d’expiration repoussée d’autant que la durée de l’original, et les dates qui en dépendent décalées d’autant. Vérifiez-les avant de publier.',
        description: 'Wizard: what a renewal changed',
    },
    // Legal documents
    RA_Document_Uploaded: {
        en: 'Uploaded: {0}',
        fr: 'Téléversé : {0}',
        description: 'Legal documents: uploaded',
    },
    RA_Document_UploadAgain: {
        en: 'The original used “{0}”. Upload the document again: documents are not copied.',
        fr: "L'original utilisait « {0} ». Téléversez à nouveau le document : les documents ne sont pas copiés.",
        description: 'Legal documents: uploadAgain',
    },
    RA_Document_MaxSize: {
        en: '{1} file, up to {0} MB.',
        fr: "Fichier {1}, jusqu'à {0} Mo.",
        description:
            'Legal documents: the accepted files and the size limit, shown before the upload; {0} is the limit in MB, {1} the accepted types (PDF)',
    },
    RA_Document_Uploading: {
        en: 'Uploading the document to your S3 bucket',
        fr: 'Téléversement du document dans votre compartiment S3',
        description: 'Legal documents: uploading',
    },

    // Record view
    RA_Detail_Back: {
        en: 'Back to the list',
        fr: 'Retour à la liste',
        description: 'Record view: back',
    },
    RA_Detail_Terms: { en: 'Terms', fr: 'Conditions', description: 'Record view: terms' },
    RA_Detail_History: {
        en: 'Change history',
        fr: 'Historique des modifications',
        description: 'Record view: history',
    },
    RA_Detail_HistoryEmpty: {
        en: 'Nothing has been sent to AWS yet.',
        fr: "Rien n'a encore été envoyé à AWS.",
        description: 'Record view: historyEmpty',
    },
    RA_Detail_HistoryAction: {
        en: 'Change',
        fr: 'Modification',
        description: 'Record view: historyAction',
    },
    RA_Detail_HistoryStatus: {
        en: 'Status',
        fr: 'Statut',
        description: 'Record view: historyStatus',
    },
    RA_Detail_HistoryChangeSet: {
        en: 'Change set ID',
        fr: "ID de l'ensemble de modifications",
        description: 'Record view: historyChangeSet',
    },
    RA_Detail_HistoryStarted: {
        en: 'Sent',
        fr: 'Envoyé',
        description: 'Record view: historyStarted',
    },
    RA_Detail_HistoryFinished: {
        en: 'Finished',
        fr: 'Terminé',
        description: 'Record view: historyFinished',
    },
    RA_Detail_HistoryErrors: {
        en: 'Errors',
        fr: 'Erreurs',
        description: 'Record view: historyErrors',
    },
    RA_History_Publish: {
        en: 'Publish',
        fr: 'Publication',
        description: 'Record view: actionPublish',
    },
    RA_History_UpdateDraft: {
        en: 'Update draft',
        fr: 'Mise à jour du brouillon',
        description: 'Record view: actionUpdateDraft',
    },
    RA_History_Restrict: {
        en: 'Deactivate',
        fr: 'Désactivation',
        description: 'Record view: actionRestrict',
    },
    RA_History_NotSent: {
        en: 'Not sent',
        fr: 'Non envoyée',
        description: 'Record view: a change prepared and never sent',
    },
    RA_History_Discarded: {
        en: 'Discarded',
        fr: 'Abandonnée',
        description: 'Record view: a change never sent that the user discarded',
    },
    RA_History_Pending: {
        en: 'Waiting for AWS',
        fr: "En attente d'AWS",
        description: 'Record view: pending',
    },
    RA_Detail_EntityId: {
        en: 'AWS entity ID',
        fr: "ID d'entité AWS",
        description: 'Record view: entityId',
    },
    RA_Detail_CreatedBy: {
        en: 'Created by',
        fr: 'Créé par',
        description: 'Record view: createdBy',
    },
    RA_Detail_StatusTitle: {
        en: 'Status on AWS',
        fr: 'Statut sur AWS',
        description: 'Record view: statusTitle',
    },
    RA_Detail_Description: {
        en: 'Description',
        fr: 'Description',
        description: 'Record view: description',
    },
    RA_Detail_PublishNeeds: {
        en: 'Before it can be published, this draft needs:',
        fr: 'Avant de pouvoir être publié, ce brouillon doit être complété :',
        description: 'Record view: heading of what a draft still needs to be published',
    },
    RA_Detail_Documents: {
        en: 'Legal documents',
        fr: 'Documents juridiques',
        description:
            'Record view: heading of the custom legal documents, each a link that opens it',
    },
    RA_Detail_DocumentOf: {
        en: '{0} ({1})',
        fr: '{0} ({1})',
        description: 'Record view: a legal document; {0} its file name, {1} which terms it is',
    },
    RA_Detail_OpenInPortal: {
        en: 'Find it in the AWS Marketplace Management Portal',
        fr: 'La retrouver dans AWS Marketplace Management Portal',
        description:
            'Record view: link to the Partners page of the AWS Marketplace Management Portal',
    },
    RA_Detail_NewTab: {
        en: '(opens in a new tab)',
        fr: '(s’ouvre dans un nouvel onglet)',
        description: 'Record view: said by assistive technology after a link that opens a new tab',
    },
    RA_Detail_NoTerms: {
        en: 'The terms of this resale authorization are not stored in Salesforce.',
        fr: 'Les conditions de cette autorisation de revente ne sont pas stockées dans Salesforce.',
        description: 'Record view: noTerms',
    },
} satisfies LabelCatalogue;
