// The legal document upload's Custom Labels.
import maxSize from '@salesforce/label/c.RA_Document_MaxSize';
import uploaded from '@salesforce/label/c.RA_Document_Uploaded';
import uploadAgain from '@salesforce/label/c.RA_Document_UploadAgain';
import uploading from '@salesforce/label/c.RA_Document_Uploading';
// The refusal the Apex and the local app give for the same file: one message for one rule.
import wrongType from '@salesforce/label/c.RA_Apex_DocumentType';

export const LABELS = {
    maxSize,
    uploaded,
    uploadAgain,
    uploading,
    wrongType,
};
