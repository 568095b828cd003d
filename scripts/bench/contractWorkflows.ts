/**
 * The wizard's calls, made straight on the contract (`ResaleAuthorizationApi`): save a form as
 * a draft, then prepare its change set, claim its send and send it with the prepared token. For the tests and
 * measurements that need many resale authorizations without a browser.
 */
import { toRestrictChangeSet, toStartChangeSet } from '../../lwc-src/raDomain/raDomain';
import type {
    DraftInput,
    FormState,
    RefreshResult,
    ResaleAuthorizationApi,
    ResaleAuthorizationDetail,
} from '../../lwc-src/raDomain/raDomain';
import { seedProduct } from './seedForms';

export function draftInputOf(form: FormState, recordId: string | null = null): DraftInput {
    return {
        recordId,
        name: form.name,
        productId: form.productId,
        productTitle: null,
        resellerAccountId: form.resellerAccountId,
        expiryDate: form.availability.expiryDate || null,
        formStateJson: JSON.stringify(form),
    };
}

export async function saveFormDraft(
    api: ResaleAuthorizationApi,
    form: FormState,
    recordId: string | null = null,
): Promise<string> {
    return (await api.saveDraft({ draft: draftInputOf(form, recordId) })).recordId;
}

/** The StartChangeSet request of a publish as the wizard builds it: the server adds the token. */
export function publishRequestOf(form: FormState, entityId: string | null = null): string {
    return JSON.stringify(
        toStartChangeSet(form, seedProduct(form.productId), {
            intent: 'publish',
            ...(entityId ? { entityId } : {}),
        }),
    );
}

/** Freezes the publish of a saved draft: @returns the token of the frozen change set */
export async function preparePublish(
    api: ResaleAuthorizationApi,
    recordId: string,
    form: FormState,
): Promise<string> {
    const { entityId } = await api.getResaleAuthorization({ recordId });
    const prepared = await api.prepareChangeSet({
        recordId,
        action: 'PUBLISH',
        changeSetJson: publishRequestOf(form, entityId),
        formStateJson: draftInputOf(form).formStateJson,
    });
    return prepared.clientRequestToken;
}

/** Sends a prepared change as the components do: claim the send, then send under the claim. */
export async function sendPrepared(
    api: ResaleAuthorizationApi,
    params: { recordId: string; clientRequestToken: string },
): Promise<ResaleAuthorizationDetail> {
    await api.claimSend(params);
    return api.sendChangeSet(params);
}

export async function publishDraft(
    api: ResaleAuthorizationApi,
    recordId: string,
    form: FormState,
): Promise<ResaleAuthorizationDetail> {
    const clientRequestToken = await preparePublish(api, recordId, form);
    return sendPrepared(api, { recordId, clientRequestToken });
}

/** Deactivation as the list does it: the restriction of the record's entity. */
export async function deactivateRecord(
    api: ResaleAuthorizationApi,
    recordId: string,
): Promise<ResaleAuthorizationDetail> {
    const { entityId } = await api.getResaleAuthorization({ recordId });
    const prepared = await api.prepareChangeSet({
        recordId,
        action: 'RESTRICT',
        changeSetJson: JSON.stringify(toRestrictChangeSet(entityId ?? '')),
    });
    return sendPrepared(api, { recordId, clientRequestToken: prepared.clientRequestToken });
}

/** Refresh status as the components do it: claim, then ask AWS under the claim if granted. */
export async function refreshRecordStatus(
    api: ResaleAuthorizationApi,
    recordId: string,
): Promise<RefreshResult> {
    const claimed = await api.refreshStatus({ recordId });
    return claimed.claimId
        ? api.completeStatusRefresh({ recordId, claimId: claimed.claimId })
        : claimed;
}
