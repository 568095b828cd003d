import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import claimSend from '@salesforce/apex/ResaleAuthorizationController.claimSend';
import discardChange from '@salesforce/apex/ResaleAuthorizationController.discardChange';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import refreshStatus from '@salesforce/apex/ResaleAuthorizationController.refreshStatus';
import completeStatusRefresh from '@salesforce/apex/ResaleAuthorizationController.completeStatusRefresh';
import deleteDraft from '@salesforce/apex/ResaleAuthorizationController.deleteDraft';
import RaConfirmDialog, { CONFIRMED } from 'c/raConfirmDialog';
import { LABELS } from './labels';
import { formatLabel } from './messages';
import { draftSummary, toRestrictChangeSet, toStartChangeSet } from 'c/raDomain';
import type {
    ChangeAction,
    FormState,
    Product,
    RefreshResult,
    ResaleAuthorizationDetail,
} from 'c/raDomain';

const {
    notPublishedLabel,
    deactivateTitleLabel,
    deactivateConfirmLabel,
    deleteTitleLabel,
    deleteConfirmLabel,
    deleteActionLabel,
    deactivateActionLabel,
    discardTitleLabel,
    discardConfirmLabel,
    discardActionLabel,
    cancelLabel,
} = LABELS;

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

/** What a confirmation asks, and the words of its buttons. */
export interface Confirmation {
    title: string;
    message: string;
    /** The button that acts, named after what it does ("Delete draft"). */
    confirmLabel: string;
    /** The button that does nothing ("Cancel", "Keep editing"). */
    cancelLabel?: string;
    /** It destroys something: its button says so. */
    destructive?: boolean;
}

/**
 * Asks the user before an action that cannot be undone, with buttons that name what they do;
 * true when the user confirms.
 */
export async function confirmAction(confirmation: Confirmation): Promise<boolean> {
    const answer = await RaConfirmDialog.open({
        size: 'small',
        label: confirmation.title,
        message: confirmation.message,
        confirmLabel: confirmation.confirmLabel,
        cancelLabel: confirmation.cancelLabel ?? cancelLabel,
        destructive: confirmation.destructive ?? false,
    });
    return answer === CONFIRMED;
}

/** Asks the user to confirm that a change never sent is dropped. */
export function confirmDiscard(actionLabel: string): Promise<boolean> {
    return confirmAction({
        title: discardTitleLabel,
        message: formatLabel(discardConfirmLabel, actionLabel),
        confirmLabel: discardActionLabel,
        destructive: true,
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
    return confirmAction({
        title: deactivateTitleLabel,
        message: formatLabel(deactivateConfirmLabel, name),
        confirmLabel: deactivateActionLabel,
        destructive: true,
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
    return confirmAction({
        title: deleteTitleLabel,
        message: formatLabel(deleteConfirmLabel, name),
        confirmLabel: deleteActionLabel,
        destructive: true,
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
