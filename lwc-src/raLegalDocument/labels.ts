// Written by `npm run labels` from scripts/labels/componentLabels.ts; do not edit.
import RA_Apex_DocumentType from '@salesforce/label/c.RA_Apex_DocumentType';
import RA_Document_MaxSize from '@salesforce/label/c.RA_Document_MaxSize';
import RA_Document_UploadAgain from '@salesforce/label/c.RA_Document_UploadAgain';
import RA_Document_Uploaded from '@salesforce/label/c.RA_Document_Uploaded';
import RA_Document_Uploading from '@salesforce/label/c.RA_Document_Uploading';

/** The Custom Labels of raLegalDocument, in the user's language. */
export const LABELS = {
    maxSize: RA_Document_MaxSize,
    uploaded: RA_Document_Uploaded,
    uploadAgain: RA_Document_UploadAgain,
    uploading: RA_Document_Uploading,
    wrongType: RA_Apex_DocumentType,
};
