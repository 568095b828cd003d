import type { LabelCatalogue } from './catalogue';

/** Messages the Apex classes show to users (`System.Label.*`), English and French. */
export const APEX_LABELS: LabelCatalogue = {
    // Records and input
    RA_Apex_ImportDenied: {
        en: 'Only administrators with the Sync Resale Authorizations with AWS permission can sync with AWS.',
        fr: 'Seuls les administrateurs disposant de l’autorisation Synchroniser les autorisations de revente avec AWS peuvent synchroniser avec AWS.',
        description:
            'Apex: startImport refused; the user lacks the Marketplace_Resale_Import custom permission',
    },
    RA_Apex_ChangeSetEventsDenied: {
        en: 'Only the integration user of the Amazon EventBridge connection, with the Receive Change Set Events from AWS permission, can store change set events from AWS.',
        fr: 'Seul l’utilisateur d’intégration de la connexion Amazon EventBridge, avec l’autorisation Recevoir les événements d’ensembles de modifications d’AWS, peut enregistrer les événements d’ensembles de modifications d’AWS.',
        description:
            'Apex: a change set event refused; the running user lacks the Marketplace_Resale_Change_Set_Events custom permission',
    },
    RA_Apex_NotFound: {
        en: 'This resale authorization does not exist or you cannot see it.',
        fr: "Cette autorisation de revente n'existe pas ou vous ne pouvez pas la voir.",
        description: 'Apex: record not found or not visible',
    },
    RA_Apex_NoAccess: {
        en: 'You do not have access to do this. Ask your administrator for the Marketplace Resale permission set.',
        fr: "Vous n'avez pas l'accès nécessaire. Demandez à votre administrateur l'ensemble d'autorisations Marketplace Resale.",
        description: 'Apex: missing object or field permission',
    },
    RA_Apex_RecordBusy: {
        en: 'Someone else is changing this resale authorization right now. Try again in a few seconds.',
        fr: "Quelqu'un d'autre modifie cette autorisation de revente en ce moment. Réessayez dans quelques secondes.",
        description: 'Apex: record locked by another transaction',
    },
    RA_Apex_SaveFailed: {
        en: 'The resale authorization could not be saved: {0}',
        fr: "L'autorisation de revente n'a pas pu être enregistrée : {0}",
        description: 'Apex: DML error; {0} is the platform message',
    },
    RA_Apex_Unexpected: {
        en: 'Something went wrong on the server. Try again, or ask your administrator to check the logs.',
        fr: "Une erreur s'est produite sur le serveur. Réessayez ou demandez à votre administrateur de consulter les journaux.",
        description: 'Apex: unexpected error',
    },
    RA_Apex_PublishedNotEditable: {
        en: 'This resale authorization is {0} on AWS Marketplace and can no longer be edited. Clone it to change its terms.',
        fr: 'Cette autorisation de revente est {0} sur AWS Marketplace et ne peut plus être modifiée. Clonez-la pour changer ses conditions.',
        description: 'Apex: edit or publish refused; {0} is Active or Restricted',
    },
    RA_Apex_InvalidPageSize: {
        en: 'The page size must be between 1 and {0}.',
        fr: 'La taille de page doit être comprise entre 1 et {0}.',
        description: 'Apex: list page size out of range',
    },
    RA_Apex_InvalidSort: {
        en: 'The list cannot be sorted this way.',
        fr: 'La liste ne peut pas être triée de cette façon.',
        description: 'Apex: unknown sort field or direction',
    },
    RA_Apex_InvalidRadarDays: {
        en: 'The expiry radar shows from 1 to {0} days ahead.',
        fr: 'Le radar des expirations couvre de 1 à {0} jours.',
        description: 'Apex: expiry radar window out of range; {0} is the largest window',
    },
    RA_Apex_InvalidCursor: {
        en: 'The list changed its sort or the page position is no longer valid. Reload the list.',
        fr: "Le tri de la liste a changé ou la position de page n'est plus valide. Rechargez la liste.",
        description: 'Apex: unreadable or mismatched paging cursor',
    },
    RA_Apex_SentNotDeletable: {
        en: 'This resale authorization was sent to AWS: it cannot be deleted. If it is active on AWS, deactivate it instead.',
        fr: 'Cette autorisation de revente a été envoyée à AWS : elle ne peut pas être supprimée. Si elle est active sur AWS, désactivez-la plutôt.',
        description:
            'Apex: deleteDraft refused; the record has an AWS entity, a change set or a change row (sent, or perhaps sent)',
    },
    RA_Apex_DeleteNotAllowed: {
        en: 'You cannot delete this resale authorization: only its owner can.',
        fr: 'Vous ne pouvez pas supprimer cette autorisation de revente : seul son propriétaire le peut.',
        description: 'Apex: deleteDraft refused; the user has no delete access to the record',
    },
    // Accounts and Opportunities
    RA_Apex_AccountNotFound: {
        en: 'The Account picked for the reseller does not exist or you cannot see it. Pick the Account again, or type the reseller AWS account ID.',
        fr: "Le compte choisi pour le revendeur n'existe pas ou vous ne pouvez pas le voir. Choisissez à nouveau le compte ou saisissez l'ID de compte AWS du revendeur.",
        description: 'Apex: the Account picked as reseller or buyer is not found or not visible',
    },
    RA_Apex_ResellerAccountMismatch: {
        en: 'The reseller AWS account ID {0} is not the AWS account ID of the Account picked. Pick the Account again, or clear it and type the ID.',
        fr: "L'ID de compte AWS du revendeur {0} n'est pas l'ID de compte AWS du compte choisi. Choisissez à nouveau le compte, ou retirez-le et saisissez l'ID.",
        description:
            'Apex: saveDraft refused, the Account picked as reseller has another AWS account ID; {0} is the reseller ID of the form',
    },
    RA_Apex_OpportunityNotFound: {
        en: 'The Opportunity picked does not exist or you cannot see it. Pick it again, or clear it.',
        fr: "L'opportunité choisie n'existe pas ou vous ne pouvez pas la voir. Choisissez-la à nouveau ou retirez-la.",
        description: 'Apex: saveDraft refused, the Opportunity picked is not found or not visible',
    },

    // Publishing
    RA_Apex_UnknownAction: {
        en: 'Unknown action: {0}.',
        fr: 'Action inconnue : {0}.',
        description: 'Apex: prepareChangeSet action not PUBLISH, UPDATE_DRAFT or RESTRICT',
    },
    RA_Apex_NotOnAws: {
        en: 'This resale authorization is not on AWS yet, so it cannot be deactivated.',
        fr: "Cette autorisation de revente n'est pas encore sur AWS : elle ne peut pas être désactivée.",
        description: 'Apex: restrict without an AWS entity',
    },
    RA_Apex_ChangeInFlight: {
        en: 'A change to this resale authorization is already with AWS ({0}). Wait until it finishes, then try again.',
        fr: "Une modification de cette autorisation de revente est déjà en cours chez AWS ({0}). Attendez qu'elle se termine, puis réessayez.",
        description:
            'Apex: prepare refused while a change set of the record is PREPARING or APPLYING; {0} is its status',
    },
    RA_Apex_SendInProgress: {
        en: 'This change is being sent to AWS right now, from this page or another. Wait a moment, then refresh the page.',
        fr: "Cette modification est en cours d'envoi à AWS, depuis cette page ou une autre. Patientez un instant, puis actualisez la page.",
        description: 'Apex: prepare refused while another send of the same record holds its claim',
    },
    RA_Apex_ChangeMayBeSent: {
        en: 'This change may already be with AWS, so it cannot be discarded. Send it again to learn what AWS did with it.',
        fr: "Cette modification est peut-être déjà chez AWS : elle ne peut pas être abandonnée. Renvoyez-la pour savoir ce qu'AWS en a fait.",
        description: 'Apex: discard refused once a send of the change was claimed',
    },
    RA_Apex_ChangeUnanswered: {
        en: 'Another change of this resale authorization was sent to AWS and has no answer yet. Send it again before starting a new one.',
        fr: "Une autre modification de cette autorisation de revente a été envoyée à AWS et n'a pas encore de réponse. Renvoyez-la avant d'en commencer une nouvelle.",
        description:
            'Apex: prepare refused while a change of another action has no answer from AWS',
    },
    RA_Apex_OutcomeUnknown: {
        en: 'This resale authorization was sent to AWS and the answer is not known yet, so it cannot be edited. Publish it again to send the same change, and edit it once AWS has answered.',
        fr: "Cette autorisation de revente a été envoyée à AWS et la réponse n'est pas encore connue : elle ne peut pas être modifiée. Publiez-la à nouveau pour renvoyer la même modification, puis modifiez-la une fois qu'AWS a répondu.",
        description: 'Apex: saving other terms refused while a change has no answer or is with AWS',
    },
    RA_Apex_DraftChanged: {
        en: 'This draft was saved with other terms, in another tab or by someone else, since this page saved it, so nothing was sent. Reload the page to see the saved terms, then publish again.',
        fr: "Ce brouillon a été enregistré avec d'autres conditions, dans un autre onglet ou par quelqu'un d'autre, depuis que cette page l'a enregistré : rien n'a été envoyé. Rechargez la page pour voir les conditions enregistrées, puis publiez à nouveau.",
        description:
            'Apex: prepare refused, the change set was built from other terms than the saved draft',
    },
    RA_Apex_ChangeSetMismatch: {
        en: 'This change does not match the saved resale authorization (product, reseller account or name). Reload the page and try again.',
        fr: "Cette modification ne correspond pas à l'autorisation de revente enregistrée (produit, compte revendeur ou nom). Rechargez la page et réessayez.",
        description:
            'Apex allowlist: the created resale authorization differs from the saved record',
    },
    RA_Apex_IntentNotAllowed: {
        en: 'Only changes that AWS applies can be sent, not {0}.',
        fr: 'Seules les modifications appliquées par AWS peuvent être envoyées, pas {0}.',
        description:
            'Apex allowlist: Intent other than APPLY (AWS has no VALIDATE for resale authorizations)',
    },
    RA_Apex_SendNotPrepared: {
        en: 'This change was not prepared for sending, or its preparation expired. Try again.',
        fr: "Cette modification n'a pas été préparée pour l'envoi, ou sa préparation a expiré. Réessayez.",
        description: 'Apex: send without a live claim from prepare',
    },
    RA_Apex_StatusSyncStopped: {
        en: 'AWS could not describe this change set, so its status is no longer checked automatically. Check the error, then use Refresh status to try again.',
        fr: "AWS n'a pas pu décrire cet ensemble de modifications : son statut n'est plus vérifié automatiquement. Vérifiez l'erreur, puis utilisez Actualiser le statut pour réessayer.",
        description:
            'Apex: a DescribeChangeSet failed with a non-retryable error; polling stopped for the record',
    },
    RA_Apex_TokenMismatch: {
        en: 'This change set was not prepared for this resale authorization, or it was already sent. Reload the page and try again.',
        fr: "Cet ensemble de modifications n'a pas été préparé pour cette autorisation de revente, ou il a déjà été envoyé. Rechargez la page et réessayez.",
        description: 'Apex: ClientRequestToken is not the pending token of the record',
    },
    RA_Apex_ChangeSetNotJson: {
        en: 'The change set is not a JSON object.',
        fr: "L'ensemble de modifications n'est pas un objet JSON.",
        description: 'Apex: sendChangeSet body unreadable',
    },
    RA_Apex_ChangeSetTooLarge: {
        en: 'The change set is larger than {0} KB.',
        fr: "L'ensemble de modifications dépasse {0} Ko.",
        description: 'Apex: sendChangeSet body too large; {0} is the limit in KB',
    },
    RA_Apex_WrongCatalog: {
        en: 'The change set must be for the {0} catalog.',
        fr: "L'ensemble de modifications doit porter sur le catalogue {0}.",
        description: 'Apex allowlist: wrong Catalog',
    },
    RA_Apex_WrongEntityType: {
        en: 'Every change must be for a {0} entity.',
        fr: 'Chaque modification doit porter sur une entité {0}.',
        description: 'Apex allowlist: wrong entity type',
    },
    RA_Apex_ChangeTypeNotAllowed: {
        en: 'The change type {0} is not allowed here.',
        fr: "Le type de modification {0} n'est pas autorisé ici.",
        description: 'Apex allowlist: change type not produced by the app',
    },
    RA_Apex_ChangeCount: {
        en: 'A change set must contain between 1 and {0} changes.',
        fr: 'Un ensemble de modifications doit contenir entre 1 et {0} modifications.',
        description: 'Apex allowlist: number of changes',
    },
    RA_Apex_WrongEntity: {
        en: 'A change targets another resale authorization ({0}).',
        fr: 'Une modification vise une autre autorisation de revente ({0}).',
        description: 'Apex allowlist: entity identifier is not the record one',
    },
    RA_Apex_UnexpectedProperty: {
        en: 'The change set contains a property that is not allowed: {0}.',
        fr: "L'ensemble de modifications contient une propriété non autorisée : {0}.",
        description: 'Apex allowlist: unknown request or change property',
    },
    // Products and documents
    RA_Apex_ProductSyncDenied: {
        en: 'Only administrators with the Marketplace Resale Admin permission set can sync products.',
        fr: "Seuls les administrateurs disposant de l'ensemble d'autorisations Marketplace Resale Admin peuvent synchroniser les produits.",
        description: 'Apex: product sync without the custom permission',
    },
    RA_Apex_ProductSyncNotFound: {
        en: 'This product sync was not found. Start the sync again.',
        fr: 'Cette synchronisation des produits est introuvable. Relancez la synchronisation.',
        description: 'Apex: getProductSync with an id that is not a sync the user can see',
    },
    RA_Apex_ProductNotResellable: {
        en: 'AWS Marketplace does not resell the product {0}: only published (public or limited) AMI, container, SaaS and professional services products can be resold. Choose another product.',
        fr: 'AWS Marketplace ne revend pas le produit {0} : seuls les produits AMI, conteneur, SaaS et services professionnels publiés (publics ou limités) peuvent être revendus. Choisissez un autre produit.',
        description:
            'Apex allowlist: the product of the resale authorization is of a type AWS does not resell, or draft or restricted; {0} is the product ID',
    },
    RA_Apex_CustomEulaRequired: {
        en: 'Professional services are resold with a custom EULA only: choose Custom EULA in the legal terms.',
        fr: "Les services professionnels ne sont revendus qu'avec un CLUF personnalisé : choisissez CLUF personnalisé dans les conditions juridiques.",
        description:
            'Apex allowlist: legal terms of a professional services product without a CustomEula',
    },
    RA_Apex_CurrencyNotAllowed: {
        en: 'The currency {0} cannot be used for {1}: usage pricing and payment schedules are in USD, contract pricing in USD, AUD, EUR, GBP or JPY, and every term of a resale authorization in the same currency.',
        fr: "La devise {0} ne peut pas être utilisée pour {1} : la tarification à l'usage et les calendriers de paiement sont en USD, la tarification au contrat en USD, AUD, EUR, GBP ou JPY, et toutes les conditions d'une autorisation de revente dans la même devise.",
        description:
            'Apex allowlist: a pricing or payment term in a currency AWS does not take for it; {0} is the currency, {1} the term type',
    },
    RA_Apex_DocumentNotFound: {
        en: 'The uploaded file was not found, or you cannot see it.',
        fr: 'Le fichier téléversé est introuvable ou vous ne pouvez pas le voir.',
        description: 'Apex: legal document ContentDocument not found',
    },
    RA_Apex_DocumentTooLarge: {
        en: 'The file is larger than {0} MB, the largest document that can be copied to your S3 bucket. Upload a smaller file.',
        fr: "Le fichier dépasse {0} Mo, la taille maximale d'un document copié dans votre compartiment S3. Téléversez un fichier plus petit.",
        description: 'Apex: legal document too large; {0} is the limit in MB',
    },
    RA_Apex_DocumentType: {
        en: '“{0}” cannot be a legal document: AWS Marketplace legal documents must be {1} files. Upload the document as {1}.',
        fr: '« {0} » ne peut pas être un document juridique : les documents juridiques AWS Marketplace doivent être des fichiers {1}. Téléversez le document au format {1}.',
        description:
            'Apex, local app and upload component: legal document of a type AWS Marketplace does not accept; {0} is the file name, {1} the accepted types (PDF)',
    },
    RA_Apex_LegalBucketMissing: {
        en: 'The legal documents bucket of the seller account {0} is not configured. Ask your administrator to set it up.',
        fr: "Le compartiment des documents juridiques du compte vendeur {0} n'est pas configuré. Demandez à votre administrateur de le configurer.",
        description:
            'Apex: the Seller Account record has no legal documents bucket, region or Named Credential; {0} is its label',
    },
    // Seller accounts
    RA_Apex_SellerAccountUnknown: {
        en: 'The AWS seller account {0} is not set up in Salesforce. Ask your administrator to add it (Seller Account custom metadata).',
        fr: "Le compte vendeur AWS {0} n'est pas configuré dans Salesforce. Demandez à votre administrateur de l'ajouter (métadonnées personnalisées Seller Account).",
        description: 'Apex: no Seller_Account__mdt record has this developer name; {0} is the name',
    },
    RA_Apex_SellerAccountDenied: {
        en: 'You cannot use the AWS seller account {0}. Ask your administrator for its permission.',
        fr: 'Vous ne pouvez pas utiliser le compte vendeur AWS {0}. Demandez son autorisation à votre administrateur.',
        description:
            'Apex: the seller account has a custom permission the user lacks; {0} is its label',
    },
    RA_Apex_SellerAccountFixed: {
        en: 'This resale authorization was sent to AWS with its seller account, which cannot change now. Clone it to create one in another seller account.',
        fr: 'Cette autorisation de revente a été envoyée à AWS avec son compte vendeur, qui ne peut plus changer. Clonez-la pour en créer une dans un autre compte vendeur.',
        description:
            'Apex: saveDraft asked for another seller account after the record reached AWS',
    },
    RA_Apex_ProductOtherAccount: {
        en: 'The product {0} belongs to another AWS seller account than {1}. Choose one of the products of {1}.',
        fr: 'Le produit {0} appartient à un autre compte vendeur AWS que {1}. Choisissez un des produits de {1}.',
        description:
            'Apex: saveDraft with a product synced from another seller account; {0} is the product id, {1} the account label',
    },
    // AWS answers
    RA_Aws_Validation: {
        en: 'AWS Marketplace refused the request: {0}',
        fr: 'AWS Marketplace a refusé la demande : {0}',
        description: 'Catalog API 422 ValidationException; {0} is the AWS message',
    },
    RA_Aws_TokenConflict: {
        en: 'AWS already has a change sent with this token, and could not show it yet. Nothing was made twice. Send it again in a moment to follow what AWS made. (AWS: {0})',
        fr: "AWS a déjà une modification envoyée avec ce jeton et n'a pas encore pu l'afficher. Rien n'a été fait deux fois. Renvoyez-la dans un instant pour suivre ce qu'AWS a fait. (AWS : {0})",
        description:
            'Catalog API: the ClientRequestToken was already used with another request and its change set could not be found yet; {0} is the AWS message',
    },
    RA_Aws_ResourceInUse: {
        en: 'AWS Marketplace is still applying another change to this resale authorization. Try again when it has finished.',
        fr: 'AWS Marketplace applique encore une autre modification à cette autorisation de revente. Réessayez quand elle sera terminée.',
        description: 'Catalog API 423 ResourceInUseException',
    },
    RA_Aws_Throttled: {
        en: 'AWS Marketplace is receiving too many requests. Try again in a minute; nothing will be created twice.',
        fr: 'AWS Marketplace reçoit trop de demandes. Réessayez dans une minute ; rien ne sera créé en double.',
        description: 'Catalog API 429 ThrottlingException',
    },
    RA_Aws_AccessDenied: {
        en: 'AWS refused the credentials or the permissions of the call.',
        fr: "AWS a refusé les identifiants ou les autorisations de l'appel.",
        description:
            'AWS 403 (AccessDeniedException, UnrecognizedClientException, InvalidSignatureException, S3 AccessDenied), followed by RA_Aws_CheckCredential',
    },
    RA_Aws_CheckCredential: {
        en: 'Ask your administrator to check the Named Credential {0} in Setup: the access key or IAM role on the principal of its External Credential, and the IAM policy. Trying again will not help until then.',
        fr: "Demandez à votre administrateur de vérifier les informations d'identification nommées {0} dans la Configuration : la clé d'accès ou le rôle IAM du principal de leurs informations d'identification externes, et la stratégie IAM. Réessayer ne servira à rien d'ici là.",
        description:
            'After RA_Aws_AccessDenied: what to check; {0} is the Named Credential (AWS_Marketplace_Catalog or AWS_Marketplace_Legal_Documents)',
    },
    RA_Aws_CredentialUnavailable: {
        en: 'Salesforce could not call AWS with the Named Credential {0}: it does not exist, or you have no access to the principal of its External Credential or to User External Credentials. Ask your administrator to check the Named Credential {0} in Setup and your permission set. Nothing was sent to AWS.',
        fr: "Salesforce n'a pas pu appeler AWS avec les informations d'identification nommées {0} : elles n'existent pas, ou vous n'avez pas accès au principal de leurs informations d'identification externes ou aux informations d'identification externes des utilisateurs. Demandez à votre administrateur de vérifier les informations d'identification nommées {0} dans la Configuration et votre ensemble d'autorisations. Rien n'a été envoyé à AWS.",
        description:
            'Callout refused by Salesforce before sending (Named Credential missing, no principal access, no User External Credential access); {0} is the Named Credential',
    },
    RA_Aws_NotFound: {
        en: 'AWS Marketplace did not find what was asked for: {0}',
        fr: "AWS Marketplace n'a pas trouvé l'élément demandé : {0}",
        description: 'Catalog API 404 ResourceNotFoundException; {0} is the AWS message',
    },
    RA_Aws_ProductNotResellable: {
        en: 'AWS Marketplace does not resell this product: it is not published, it is restricted, or it is of a type that cannot be resold. Ask your administrator to sync the products, then choose another product.',
        fr: "AWS Marketplace ne revend pas ce produit : il n'est pas publié, il est restreint, ou il est d'un type qui ne peut pas être revendu. Demandez à votre administrateur de synchroniser les produits, puis choisissez un autre produit.",
        description:
            'Catalog API 404 on the product of a new resale authorization (the product does not exist or cannot be resold)',
    },
    RA_Aws_QuotaExceeded: {
        en: 'An AWS Marketplace quota was reached. Ask your administrator to check the service quotas.',
        fr: 'Un quota AWS Marketplace a été atteint. Demandez à votre administrateur de vérifier les quotas du service.',
        description: 'Catalog API 402 ServiceQuotaExceededException',
    },
    RA_Aws_ServiceError: {
        en: 'AWS Marketplace had a problem (HTTP {0}). Try again; the same request is reused, so nothing will be created twice.',
        fr: 'AWS Marketplace a rencontré un problème (HTTP {0}). Réessayez ; la même demande est réutilisée, rien ne sera créé en double.',
        description: 'Catalog API 5xx; {0} is the HTTP status',
    },
    RA_Aws_Timeout: {
        en: 'AWS Marketplace did not answer in time. Try again; the same request is reused, so nothing will be created twice.',
        fr: "AWS Marketplace n'a pas répondu à temps. Réessayez ; la même demande est réutilisée, rien ne sera créé en double.",
        description: 'Callout time-out or connection error',
    },
    RA_Aws_Unexpected: {
        en: 'AWS Marketplace answered with an unexpected error ({0}): {1}',
        fr: 'AWS Marketplace a répondu par une erreur inattendue ({0}) : {1}',
        description: 'Catalog API error of another type; {0} status and type, {1} the AWS message',
    },

    // Notifications (custom notification type Resale_Authorization_Update)
    RA_Notify_ChangeSucceeded_Title: {
        en: 'Change applied on AWS Marketplace',
        fr: 'Modification appliquée sur AWS Marketplace',
        description: 'Notification title: a change the user sent succeeded',
    },
    RA_Notify_ChangeSucceeded_Body: {
        en: '{0}: AWS Marketplace applied the change you sent.',
        fr: '{0} : AWS Marketplace a appliqué la modification que vous avez envoyée.',
        description: 'Notification body: a change succeeded; {0} is the resale authorization name',
    },
    RA_Notify_ChangeFailed_Title: {
        en: 'Change refused by AWS Marketplace',
        fr: 'Modification refusée par AWS Marketplace',
        description: 'Notification title: a change the user sent failed',
    },
    RA_Notify_ChangeFailed_Body: {
        en: '{0}: AWS Marketplace refused the change you sent. Open the resale authorization to see why.',
        fr: "{0} : AWS Marketplace a refusé la modification que vous avez envoyée. Ouvrez l'autorisation de revente pour en voir la raison.",
        description: 'Notification body: a change failed; {0} is the resale authorization name',
    },
    RA_Notify_Expiring_Title: {
        en: 'Resale authorization expiring soon',
        fr: 'Autorisation de revente bientôt expirée',
        description: 'Notification title: a resale authorization the user owns expires soon',
    },
    RA_Notify_Expiring_Body: {
        en: '{0} expires on {1} (UTC). {2}: the reseller cannot use it after that day.',
        fr: '{0} expire le {1} (UTC). {2} : le revendeur ne pourra plus l’utiliser après ce jour.',
        description:
            'Notification body: expiry notice; {0} name, {1} expiry date (YYYY-MM-DD), {2} the days left (RA_DaysLeft_*)',
    },

    // Days left before the expiry date: the expiry radar and the expiry notice word them alike
    RA_DaysLeft_Today: {
        en: 'Last day',
        fr: 'Dernier jour',
        description: 'Days left: the expiry date is today (UTC)',
    },
    RA_DaysLeft_One: {
        en: '{0} day left',
        fr: '{0} jour restant',
        description: 'Days left, singular; {0} is 1',
    },
    RA_DaysLeft_Other: {
        en: '{0} days left',
        fr: '{0} jours restants',
        description: 'Days left, plural; {0} is the count (2 or more)',
    },
};
