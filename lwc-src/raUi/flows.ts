import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import claimSend from '@salesforce/apex/ResaleAuthorizationController.claimSend';
import discardChange from '@salesforce/apex/ResaleAuthorizationController.discardChange';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import refreshStatus from '@salesforce/apex/ResaleAuthorizationController.refreshStatus';
import completeStatusRefresh from '@salesforce/apex/ResaleAuthorizationController.completeStatusRefresh';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import LightningConfirm from 'lightning/confirm';
import notPublishedLabel from '@salesforce/label/c.RA_Error_NotPublished';
import deactivateTitleLabel from '@salesforce/label/c.RA_Deactivate_Title';
import deactivateConfirmLabel from '@salesforce/label/c.RA_Deactivate_Confirm';
import deleteTitleLabel from '@salesforce/label/c.RA_Delete_Title';
import deleteConfirmLabel from '@salesforce/label/c.RA_Delete_Confirm';
import discardTitleLabel from '@salesforce/label/c.RA_Discard_Title';
import discardConfirmLabel from '@salesforce/label/c.RA_Discard_Confirm';
import { formatLabel } from './messages';
import { draftSummary, toRestrictChangeSet, toStartChangeSet } from 'c/raDomain';
import type {
    ChangeAction,
    FormState,
    Product,
    RefreshResult,
    ResaleAuthorizationDetail,
} from 'c/raDomain';

/**
 * Saves the form in Salesforce only (nothing is sent to AWS), in a seller account (null: the
 * record's own, or the default one for a new record).
 */
export function saveDraftResaleAuthorization(
    form: FormState,
    product: Product | null,
    recordId: string | null,
    sellerAccount: string | null = null,
): Promise<ResaleAuthorizationDetail> {
    return saveDraft({ draft: draftSummary(form, product, recordId, sellerAccount) });
}

/**
 * Sends a prepared change: the server claims the send in one request (from then on the change
 * may be on AWS), then sends the frozen body under that claim in the next, as a callout must
 * not follow a write in one transaction.
 */
async function sendPreparedChange(
    recordId: string,
    clientRequestToken: string,
): Promise<ResaleAuthorizationDetail> {
    await claimSend({ recordId, clientRequestToken });
    return sendChangeSet({ recordId, clientRequestToken });
}

/**
 * Publishes to the reseller: the draft is saved in Salesforce first; the server freezes the one
 * change set built here from the form (gives it a ClientRequestToken and stores that exact body
 * before anything is sent), then sends that frozen body. A retry after a lost answer gets the
 * same frozen change back and sends it again, so AWS creates one resale authorization.
 */
export async function publishResaleAuthorization(
    form: FormState,
    product: Product,
    recordId: string | null,
    onSaved: (recordId: string) => void = () => undefined,
    sellerAccount: string | null = null,
): Promise<ResaleAuthorizationDetail> {
    const saved = await saveDraftResaleAuthorization(form, product, recordId, sellerAccount);
    onSaved(saved.recordId);
    const request = toStartChangeSet(form, product, {
        intent: 'publish',
        ...(saved.entityId ? { entityId: saved.entityId } : {}),
    });
    const prepared = await prepareChangeSet({
        recordId: saved.recordId,
        action: 'PUBLISH',
        changeSetJson: JSON.stringify(request),
        // Refused if another tab saved other terms since: what is sent is what is saved.
        formStateJson: saved.formStateJson,
    });
    return sendPreparedChange(saved.recordId, prepared.clientRequestToken);
}

/**
 * Sends the change AWS has not answered (never sent, or sent with its answer lost): the server
 * hands back its frozen request and token (the request given here is not used), so AWS makes
 * the change once whatever happened to a first send.
 */
export async function resendUnansweredChange(
    recordId: string,
    action: ChangeAction,
): Promise<ResaleAuthorizationDetail> {
    const prepared = await prepareChangeSet({ recordId, action, changeSetJson: '' });
    return sendPreparedChange(recordId, prepared.clientRequestToken);
}

/** Asks the user to confirm that a change never sent is dropped. */
export function confirmDiscard(actionLabel: string): Promise<boolean> {
    return LightningConfirm.open({
        label: discardTitleLabel,
        message: formatLabel(discardConfirmLabel, actionLabel),
        theme: 'warning',
    });
}

/** Discards a change prepared and never sent; the server refuses once a send was claimed. */
export function discardUnsentChange(
    recordId: string,
    clientRequestToken: string,
): Promise<ResaleAuthorizationDetail> {
    return discardChange({ recordId, clientRequestToken });
}

/** Asks the user to confirm a deactivation, which cannot be undone. */
export function confirmDeactivation(name: string): Promise<boolean> {
    return LightningConfirm.open({
        label: deactivateTitleLabel,
        message: formatLabel(deactivateConfirmLabel, name),
        theme: 'warning',
    });
}

/** Deactivation: the resale authorization becomes Restricted on AWS (irreversible). */
export async function deactivateResaleAuthorization(
    recordId: string,
    entityId: string | null,
): Promise<ResaleAuthorizationDetail> {
    if (!entityId) {
        throw new Error(notPublishedLabel);
    }
    const prepared = await prepareChangeSet({
        recordId,
        action: 'RESTRICT',
        changeSetJson: JSON.stringify(toRestrictChangeSet(entityId)),
    });
    return sendPreparedChange(recordId, prepared.clientRequestToken);
}

/** Asks the user to confirm the deletion of a draft, which cannot be undone. */
export function confirmDraftDeletion(name: string): Promise<boolean> {
    return LightningConfirm.open({
        label: deleteTitleLabel,
        message: formatLabel(deleteConfirmLabel, name),
        theme: 'warning',
    });
}

/** Deletes a draft never sent to AWS; the server refuses anything AWS may know of. */
export function deleteDraftResaleAuthorization(recordId: string): Promise<void> {
    return deleteDraft({ recordId });
}

/**
 * Refresh status: the server first claims the refresh (at most one every 30 seconds per
 * resale authorization, whoever asks), then asks AWS under that claim in a second request, as a
 * callout must not follow a write in one transaction. Without a claim, the stored status.
 */
export async function refreshResaleAuthorizationStatus(recordId: string): Promise<RefreshResult> {
    const claimed = await refreshStatus({ recordId });
    return claimed.claimId
        ? completeStatusRefresh({ recordId, claimId: claimed.claimId })
        : claimed;
}
