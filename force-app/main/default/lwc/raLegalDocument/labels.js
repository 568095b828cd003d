// The legal document upload's Custom Labels.
import maxSize from '@salesforce/label/c.RA_Document_MaxSize';
import uploaded from '@salesforce/label/c.RA_Document_Uploaded';
import uploadAgain from '@salesforce/label/c.RA_Document_UploadAgain';
import uploading from '@salesforce/label/c.RA_Document_Uploading';
export const LABELS = {
    maxSize,
    uploaded,
    uploadAgain,
    uploading,
};
