// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Terms_CustomEula from '@salesforce/label/c.RA_Terms_CustomEula';
import RA_Terms_CustomResellerContract from '@salesforce/label/c.RA_Terms_CustomResellerContract';
import RA_Terms_EnterpriseEula from '@salesforce/label/c.RA_Terms_EnterpriseEula';
import RA_Terms_NoResellerContract from '@salesforce/label/c.RA_Terms_NoResellerContract';
import RA_Terms_StandardEula from '@salesforce/label/c.RA_Terms_StandardEula';
import RA_Terms_StandardResellerContract from '@salesforce/label/c.RA_Terms_StandardResellerContract';
import RA_Wizard_BuyerTerms from '@salesforce/label/c.RA_Wizard_BuyerTerms';
import RA_Wizard_CustomEulaDocument from '@salesforce/label/c.RA_Wizard_CustomEulaDocument';
import RA_Wizard_CustomResellerDocument from '@salesforce/label/c.RA_Wizard_CustomResellerDocument';
import RA_Wizard_ResellerTerms from '@salesforce/label/c.RA_Wizard_ResellerTerms';
/** The Custom Labels of raLegalTermsSection, in the user's language. */
export const LABELS = {
    buyerTerms: RA_Wizard_BuyerTerms,
    termsStandardEula: RA_Terms_StandardEula,
    termsEnterpriseEula: RA_Terms_EnterpriseEula,
    termsCustomEula: RA_Terms_CustomEula,
    resellerTerms: RA_Wizard_ResellerTerms,
    termsNoResellerContract: RA_Terms_NoResellerContract,
    termsStandardResellerContract: RA_Terms_StandardResellerContract,
    termsCustomResellerContract: RA_Terms_CustomResellerContract,
    customEulaDocument: RA_Wizard_CustomEulaDocument,
    customResellerDocument: RA_Wizard_CustomResellerDocument,
};
