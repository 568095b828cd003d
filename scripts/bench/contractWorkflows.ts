/**
 * The wizard's calls, made straight on the contract (`ResaleAuthorizationApi`): save a form as
 * a draft, then prepare and send its change set with the prepared token. For the tests and
 * measurements that need many resale authorizations without a browser.
 */
import { toStartChangeSet } from '../../lwc-src/raDomain/raDomain';
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

/** The StartChangeSet request of a publish, with the token the server prepared. */
export async function preparePublishRequest(
    api: ResaleAuthorizationApi,
    recordId: string,
    form: FormState,
): Promise<string> {
    const prepared = await api.prepareChangeSet({ recordId, action: 'PUBLISH' });
    const request = toStartChangeSet(form, seedProduct(form.productId), {
        intent: 'publish',
        clientRequestToken: prepared.clientRequestToken,
        ...(prepared.entityId ? { entityId: prepared.entityId } : {}),
    });
    return JSON.stringify(request);
}

export async function publishDraft(
    api: ResaleAuthorizationApi,
    recordId: string,
    form: FormState,
): Promise<ResaleAuthorizationDetail> {
    const changeSetJson = await preparePublishRequest(api, recordId, form);
    return api.sendChangeSet({ recordId, changeSetJson });
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
