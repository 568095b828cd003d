import { LightningElement, api } from 'lwc';
import { emptyFormState, toStartChangeSet } from 'c/raDomain';
import { LABELS } from './labels';
const CHANGE_LABELS = {
    CreateResaleAuthorization: LABELS.changeCreateResaleAuthorization,
    UpdatePricingTerms: LABELS.changeUpdatePricingTerms,
    UpdatePaymentScheduleTerms: LABELS.changeUpdatePaymentScheduleTerms,
    UpdateLegalTerms: LABELS.changeUpdateLegalTerms,
    UpdateBuyerTargetingTerms: LABELS.changeUpdateBuyerTargetingTerms,
    UpdateAvailability: LABELS.changeUpdateAvailability,
    UpdateBuyerValidityTerms: LABELS.changeUpdateBuyerValidityTerms,
    UpdateNetPaymentTerms: LABELS.changeUpdateNetPaymentTerms,
    UpdateInformation: LABELS.changeUpdateInformation,
    ReleaseResaleAuthorization: LABELS.changeReleaseResaleAuthorization,
    RestrictResaleAuthorization: LABELS.changeRestrictResaleAuthorization,
};
/** The wizard's last step: the terms in plain words, and the changes publishing sends to AWS. */
export default class RaReviewStep extends LightningElement {
    @api
    form = emptyFormState();
    @api
    product = null;
    labels = LABELS;
    get changeList() {
        const product = this.product;
        if (!product) {
            return [];
        }
        const request = toStartChangeSet(this.form, product, {
            intent: 'publish',
            clientRequestToken: 'review',
        });
        return (request.ChangeSet ?? []).map((change, index) => ({
            key: `${index}`,
            text: CHANGE_LABELS[change.ChangeType ?? ''] ?? change.ChangeType ?? '',
        }));
    }
}
