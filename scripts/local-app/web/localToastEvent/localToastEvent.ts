/**
 * `lightning/platformShowToastEvent` for the local app: the same event the platform listens
 * for, caught by the local shell, which shows the toast.
 */
export interface ToastDetail {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ToastDetail> {
    constructor(detail: ToastDetail) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail });
    }
}
