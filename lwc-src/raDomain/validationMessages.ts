/**
 * Every validation problem the form can report, with its message in English and French.
 * Each code is also a Custom Label `RA_Validation_<code>` with the same texts, so components
 * show the label (translated by Salesforce) and Node tools use these texts directly.
 * `{0}`, `{1}` are replaced by the problem's params.
 */
export const VALIDATION_MESSAGES = {
    FormUnreadable: {
        en: 'This form could not be read. Reload the resale authorization or start again.',
        fr: "Ce formulaire n'a pas pu être lu. Rechargez l'autorisation de revente ou recommencez.",
    },
    ProductRequired: { en: 'Choose a product.', fr: 'Choisissez un produit.' },
    ProductNotFound: {
        en: 'The chosen product is no longer available. Choose a product again.',
        fr: "Le produit choisi n'est plus disponible. Choisissez de nouveau un produit.",
    },
    ProductNotResellable: {
        en: 'AWS Marketplace does not resell this product: only published (public or limited) AMI, container, SaaS and professional services products can be resold. Choose another product.',
        fr: 'AWS Marketplace ne revend pas ce produit : seuls les produits AMI, conteneur, SaaS et services professionnels publiés (publics ou limités) peuvent être revendus. Choisissez un autre produit.',
    },
    BuyerAccountInvalid: {
        en: 'These buyer accounts are not 12-digit AWS account IDs: {0}.',
        fr: 'Ces comptes acheteurs ne sont pas des identifiants de compte AWS à 12 chiffres : {0}.',
    },
    BuyerAccountsTooMany: {
        en: 'Enter at most {0} buyer accounts (you entered {1}).',
        fr: 'Saisissez au plus {0} comptes acheteurs (vous en avez saisi {1}).',
    },
    RenewalNeedsBuyer: {
        en: "A renewal needs at least one buyer account: enter the buyer's AWS account ID.",
        fr: "Un renouvellement nécessite au moins un compte acheteur : saisissez l'identifiant de compte AWS de l'acheteur.",
    },
    NameRequired: { en: 'Enter a name.', fr: 'Saisissez un nom.' },
    NameTooLong: {
        en: 'Use at most {0} characters for the name.',
        fr: 'Utilisez au plus {0} caractères pour le nom.',
    },
    NameCharacters: {
        en: 'Use only letters, numbers and spaces in the name.',
        fr: 'Utilisez uniquement des lettres, des chiffres et des espaces dans le nom.',
    },
    DescriptionTooLong: {
        en: 'Use at most {0} characters for the description.',
        fr: 'Utilisez au plus {0} caractères pour la description.',
    },
    DescriptionCharacters: {
        en: 'Use only letters, numbers and spaces in the description.',
        fr: 'Utilisez uniquement des lettres, des chiffres et des espaces dans la description.',
    },
    ResellerAccountRequired: {
        en: "Enter the reseller's AWS account ID.",
        fr: "Saisissez l'identifiant de compte AWS du revendeur.",
    },
    ResellerAccountInvalid: {
        en: "Enter the reseller's AWS account ID as 12 digits.",
        fr: "Saisissez l'identifiant de compte AWS du revendeur sur 12 chiffres.",
    },
    PricingModelUnsupported: {
        en: 'This product cannot be sold with {0} pricing. Choose another pricing model.',
        fr: 'Ce produit ne peut pas être vendu avec une tarification {0}. Choisissez un autre modèle de tarification.',
    },
    PaymentScheduleUnsupported: {
        en: 'Flexible payment schedules are not available for this product.',
        fr: 'Les calendriers de paiement flexibles ne sont pas disponibles pour ce produit.',
    },
    CurrencyUsdOnly: {
        en: 'Usage pricing and payment schedules are in US dollars only.',
        fr: "La tarification à l'usage et les calendriers de paiement sont uniquement en dollars américains.",
    },
    ContractDurationInvalid: {
        en: 'Enter the custom duration as a whole number from 1 to {0}.',
        fr: 'Saisissez la durée personnalisée sous forme de nombre entier compris entre 1 et {0}.',
    },
    RateInvalid: {
        en: 'Enter the rate as a number, such as 10 or 0.25.',
        fr: 'Saisissez le tarif sous forme de nombre, par exemple 10 ou 0,25.',
    },
    RateTooPrecise: {
        en: 'Use at most {0} decimal places for this rate.',
        fr: 'Utilisez au plus {0} décimales pour ce tarif.',
    },
    RateZeroNotEnabled: {
        en: 'A rate of $0 needs "I want to enable zero-dollar pricing" to be turned on.',
        fr: "Un tarif de 0 $ nécessite d'activer « Je souhaite activer la tarification à zéro dollar ».",
    },
    RateRequiredForUsage: {
        en: 'Enter a rate for every usage dimension.',
        fr: "Saisissez un tarif pour chaque dimension d'usage.",
    },
    NoDimensionPriced: {
        en: 'Enter a rate for at least one dimension.',
        fr: 'Saisissez un tarif pour au moins une dimension.',
    },
    QuantityInvalid: {
        en: 'Enter the number of units as a whole number from 1 to {0}.',
        fr: "Saisissez le nombre d'unités sous forme de nombre entier compris entre 1 et {0}.",
    },
    NoDimensionGranted: {
        en: 'Enter the number of units for at least one dimension.',
        fr: "Saisissez le nombre d'unités pour au moins une dimension.",
    },
    BuyerLegalTermsRequired: {
        en: "Choose the buyer's legal terms.",
        fr: "Choisissez les conditions juridiques de l'acheteur.",
    },
    CustomEulaRequiredForProfessionalServices: {
        en: 'Professional services are resold with a custom EULA only: choose Custom EULA and upload it.',
        fr: "Les services professionnels ne sont revendus qu'avec un CLUF personnalisé : choisissez CLUF personnalisé et téléchargez-le.",
    },
    CustomEulaRequired: {
        en: 'Upload the custom EULA document.',
        fr: 'Téléchargez le document du CLUF personnalisé.',
    },
    CustomEulaUploadAgain: {
        en: 'Upload the custom EULA again: documents are not copied when you clone.',
        fr: 'Téléchargez de nouveau le CLUF personnalisé : les documents ne sont pas copiés lors du clonage.',
    },
    CustomResellerContractRequired: {
        en: 'Upload the custom reseller contract document.',
        fr: 'Téléchargez le document du contrat de revendeur personnalisé.',
    },
    CustomResellerContractUploadAgain: {
        en: 'Upload the custom reseller contract again: documents are not copied when you clone.',
        fr: 'Téléchargez de nouveau le contrat de revendeur personnalisé : les documents ne sont pas copiés lors du clonage.',
    },
    DocumentUrlInvalid: {
        en: "The uploaded document's link is not a valid web address. Upload the document again.",
        fr: "Le lien du document téléchargé n'est pas une adresse web valide. Téléchargez de nouveau le document.",
    },
    DateInvalid: {
        en: 'Enter a valid date, such as {0}.',
        fr: 'Saisissez une date valide, par exemple {0}.',
    },
    ExpiryDateNotFuture: {
        en: 'Choose an expiry date after today (UTC, {0}).',
        fr: "Choisissez une date d'expiration postérieure à aujourd'hui (UTC, {0}).",
    },
    PaymentScheduleNeedsExpiry: {
        en: 'A payment schedule needs an expiry date.',
        fr: "Un calendrier de paiement nécessite une date d'expiration.",
    },
    PaymentScheduleNeedsOneTimeUse: {
        en: 'A payment schedule needs a one-time use resale authorization.',
        fr: 'Un calendrier de paiement nécessite une autorisation de revente à usage unique.',
    },
    ExpiryAfterFirstPayment: {
        en: 'Choose an expiry date before the first payment date ({0}).',
        fr: "Choisissez une date d'expiration antérieure à la date du premier paiement ({0}).",
    },
    FutureStartUnsupported: {
        en: 'Future-dated agreements are available for SaaS products only.',
        fr: 'Les contrats à date de début future sont disponibles uniquement pour les produits SaaS.',
    },
    FutureStartNotFuture: {
        en: 'Choose a latest start date after today (UTC, {0}).',
        fr: "Choisissez une date de début maximale postérieure à aujourd'hui (UTC, {0}).",
    },
    FutureStartTooFar: {
        en: 'Choose a latest start date by {0}, at most 3 years from today (UTC, {1}).',
        fr: "Choisissez une date de début maximale au plus tard le {0}, soit au plus 3 ans à partir d'aujourd'hui (UTC, {1}).",
    },
    RenewalChannelRequired: {
        en: 'Choose where the existing agreement was bought.',
        fr: 'Choisissez où le contrat existant a été acheté.',
    },
    RenewalPricingModelRequired: {
        en: 'Choose the pricing model of the existing agreement.',
        fr: 'Choisissez le modèle de tarification du contrat existant.',
    },
    PaymentScheduleRequired: {
        en: 'Add at least one payment.',
        fr: 'Ajoutez au moins un paiement.',
    },
    PaymentScheduleTooLong: {
        en: 'Use at most {0} payments.',
        fr: 'Utilisez au plus {0} paiements.',
    },
    ChargeDateNotFuture: {
        en: 'Choose a payment date after today (UTC, {0}).',
        fr: "Choisissez une date de paiement postérieure à aujourd'hui (UTC, {0}).",
    },
    ChargeDateDuplicate: {
        en: 'Each payment needs its own date: {0} is used more than once.',
        fr: 'Chaque paiement doit avoir sa propre date : {0} est utilisée plusieurs fois.',
    },
    ChargeDateBeyondContract: {
        en: 'Schedule payments within the contract duration (by {0}).',
        fr: 'Planifiez les paiements dans la durée du contrat (au plus tard le {0}).',
    },
    AmountInvalid: {
        en: 'Enter the amount as a number, such as 1000 or 250.50.',
        fr: 'Saisissez le montant sous forme de nombre, par exemple 1000 ou 250,50.',
    },
    AmountTooPrecise: {
        en: 'Use at most {0} decimal places for this amount.',
        fr: 'Utilisez au plus {0} décimales pour ce montant.',
    },
} as const satisfies Record<string, { en: string; fr: string }>;

export type ValidationCode = keyof typeof VALIDATION_MESSAGES;

/** What a message's params are, where they are not plain text. */
export type ValidationParamKind = 'date' | 'number' | 'text';

/**
 * The params that are dates (`YYYY-MM-DD`) or numbers, by message: the components write them as
 * the user's locale does ("Nov 25, 2026", "2,147,483,647"); the Node tools keep them as they are.
 */
export const VALIDATION_PARAM_KINDS: Partial<
    Record<ValidationCode, readonly ValidationParamKind[]>
> = {
    BuyerAccountsTooMany: ['number', 'number'],
    NameTooLong: ['number'],
    DescriptionTooLong: ['number'],
    ContractDurationInvalid: ['number'],
    RateTooPrecise: ['number'],
    QuantityInvalid: ['number'],
    DateInvalid: ['date'],
    ExpiryDateNotFuture: ['date'],
    ExpiryAfterFirstPayment: ['date'],
    FutureStartNotFuture: ['date'],
    FutureStartTooFar: ['date', 'date'],
    PaymentScheduleTooLong: ['number'],
    ChargeDateNotFuture: ['date'],
    ChargeDateDuplicate: ['date'],
    ChargeDateBeyondContract: ['date'],
    AmountTooPrecise: ['number'],
};

/** The Custom Label that carries a validation message. */
export function validationLabelName(code: ValidationCode): string {
    return `RA_Validation_${code}`;
}

/** Fills `{0}`, `{1}`... with the params, as Salesforce's label formatting does. */
export function formatMessage(template: string, params: readonly string[] = []): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => params[Number(index)] ?? whole);
}
