// The record view's Custom Labels.
import back from '@salesforce/label/c.RA_Detail_Back';
import terms from '@salesforce/label/c.RA_Detail_Terms';
import history from '@salesforce/label/c.RA_Detail_History';
import historyEmpty from '@salesforce/label/c.RA_Detail_HistoryEmpty';
import historyAction from '@salesforce/label/c.RA_Detail_HistoryAction';
import historyStatus from '@salesforce/label/c.RA_Detail_HistoryStatus';
import historyChangeSet from '@salesforce/label/c.RA_Detail_HistoryChangeSet';
import historyStarted from '@salesforce/label/c.RA_Detail_HistoryStarted';
import historyFinished from '@salesforce/label/c.RA_Detail_HistoryFinished';
import historyErrors from '@salesforce/label/c.RA_Detail_HistoryErrors';
import entityId from '@salesforce/label/c.RA_Detail_EntityId';
import createdBy from '@salesforce/label/c.RA_Detail_CreatedBy';
import statusTitle from '@salesforce/label/c.RA_Detail_StatusTitle';
import description from '@salesforce/label/c.RA_Detail_Description';
import noTerms from '@salesforce/label/c.RA_Detail_NoTerms';
import lastSynced from '@salesforce/label/c.RA_Detail_LastSynced';
import notFoundOnAws from '@salesforce/label/c.RA_Detail_NotFoundOnAws';

export const LABELS = {
    back,
    terms,
    history,
    historyEmpty,
    historyAction,
    historyStatus,
    historyChangeSet,
    historyStarted,
    historyFinished,
    historyErrors,
    entityId,
    createdBy,
    statusTitle,
    description,
    noTerms,
    lastSynced,
    notFoundOnAws,
};
