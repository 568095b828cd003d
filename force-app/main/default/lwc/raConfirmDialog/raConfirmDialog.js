import { api } from 'lwc';
import LightningModal from 'lightning/modal';
/** What `RaConfirmDialog.open` resolves with when the user confirms. */
export const CONFIRMED = 'confirm';
/**
 * A question before an action that cannot be undone, whose buttons name what they do ("Delete
 * draft", "Keep editing") in the user's language, instead of OK and Cancel. Open it with
 * `RaConfirmDialog.open({ label, message, confirmLabel, cancelLabel, destructive, size })`: it
 * resolves with CONFIRMED when the user confirms; with anything else (Cancel, Escape, the close
 * button) nothing is done.
 */
export default class RaConfirmDialog extends LightningModal {
    @api
    message = '';
    @api
    confirmLabel = '';
    @api
    cancelLabel = '';
    /** The action destroys something (delete, deactivate): its button says so. */
    @api
    destructive = false;
    get confirmVariant() {
        return this.destructive ? 'destructive' : 'brand';
    }
    handleCancel() {
        this.close('cancel');
    }
    handleConfirm() {
        this.close(CONFIRMED);
    }
}
