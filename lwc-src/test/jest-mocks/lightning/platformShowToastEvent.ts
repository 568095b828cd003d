/** Jest stand-in for the platform's toast event: tests listen for `lightning__showtoast`. */
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<Record<string, unknown>> {
    constructor(detail: Record<string, unknown>) {
        super(SHOW_TOAST_EVENT_NAME, { composed: true, cancelable: true, bubbles: true, detail });
    }
}
