import saveDraft from '@salesforce/apex/ResaleAuthorizationController.saveDraft';
import prepareChangeSet from '@salesforce/apex/ResaleAuthorizationController.prepareChangeSet';
import sendChangeSet from '@salesforce/apex/ResaleAuthorizationController.sendChangeSet';
import LightningConfirm from 'lightning/confirm';
import notPublishedLabel from '@salesforce/label/c.RA_Error_NotPublished';
import deactivateTitleLabel from '@salesforce/label/c.RA_Deactivate_Title';
import deactivateConfirmLabel from '@salesforce/label/c.RA_Deactivate_Confirm';
import { formatLabel } from './messages';
import { draftSummary, toRestrictChangeSet, toStartChangeSet } from 'c/raDomain';
import type { FormState, Product, ResaleAuthorizationDetail } from 'c/raDomain';

/** Saves the form in Salesforce only (nothing is sent to AWS). */
export function saveDraftResaleAuthorization(
    form: FormState,
    product: Product | null,
    recordId: string | null,
): Promise<ResaleAuthorizationDetail> {
    return saveDraft({ draft: draftSummary(form, product, recordId) });
}

/**
 * Publishes to the reseller: the draft is saved in Salesforce first, the server stores a
 * ClientRequestToken (reused on a retry) before anything is sent, then the one change set built
 * here from the form goes to AWS with that token.
 */
export async function publishResaleAuthorization(
    form: FormState,
    product: Product,
    recordId: string | null,
    onSaved: (recordId: string) => void = () => undefined,
): Promise<ResaleAuthorizationDetail> {
    const saved = await saveDraftResaleAuthorization(form, product, recordId);
    onSaved(saved.recordId);
    const prepared = await prepareChangeSet({ recordId: saved.recordId, action: 'PUBLISH' });
    const request = toStartChangeSet(form, product, {
        intent: 'publish',
        clientRequestToken: prepared.clientRequestToken,
        ...(prepared.entityId ? { entityId: prepared.entityId } : {}),
    });
    return sendChangeSet({ recordId: saved.recordId, changeSetJson: JSON.stringify(request) });
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
): Promise<ResaleAuthorizationDetail> {
    const prepared = await prepareChangeSet({ recordId, action: 'RESTRICT' });
    if (!prepared.entityId) {
        throw new Error(notPublishedLabel);
    }
    const request = toRestrictChangeSet(prepared.entityId, prepared.clientRequestToken);
    return sendChangeSet({ recordId, changeSetJson: JSON.stringify(request) });
}
