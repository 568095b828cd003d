/**
 * Asks the input of a field to take the focus: each request (a new token) once, by whichever
 * component draws the field.
 */
export interface FocusRequest {
    field: string;
    token: number;
}

/**
 * The focus requests a component receives for one field: each taken once, by the element that
 * field's input is. A component keeps one, passes it each request (its `focusRequest` setter)
 * and lets it try after each render.
 */
export class FocusRequests {
    private request: FocusRequest | null = null;
    private takenToken = 0;

    /**
     * @param field the field path the component answers for
     * @param target the element to focus, as rendered now (null when it is not)
     */
    constructor(
        private readonly field: () => string,
        private readonly target: () => HTMLElement | null | undefined,
    ) {}

    get current(): FocusRequest | null {
        return this.request;
    }

    /**
     * Keeps a new request and tries it once the render under way is over: a request may change
     * nothing the component shows, so that no render of its own follows.
     */
    receive(request: FocusRequest | null): void {
        this.request = request;
        Promise.resolve().then(() => this.take());
    }

    /** Focuses the target when the request names the field and was not taken yet. */
    take(): void {
        const request = this.request;
        const target = request && request.token !== this.takenToken ? this.target() : null;
        if (request && target && request.field === this.field()) {
            this.takenToken = request.token;
            target.focus();
        }
    }
}

interface ValidatableElement extends HTMLElement {
    setCustomValidity?: (message: string) => void;
    reportValidity?: () => boolean;
}

/**
 * Shows each message on the base component whose `data-field` names it, and clears the others;
 * the message appears under the field as Lightning shows its own validation messages. A field
 * whose message is the one it already shows is left alone (`data-field-error` keeps what it
 * shows), so a render with 120 fields costs only the ones that changed.
 */
export function applyFieldErrors(
    root: { querySelectorAll: ParentNode['querySelectorAll'] } | null,
    errors: Readonly<Record<string, string>> | null | undefined,
): void {
    root?.querySelectorAll<ValidatableElement>('[data-field]').forEach((input) => {
        if (typeof input.setCustomValidity !== 'function') {
            return;
        }
        const message = errors?.[input.dataset.field ?? ''] ?? '';
        const shown = input.dataset.fieldError;
        if (shown === message) {
            return;
        }
        input.setCustomValidity(message);
        if (message || shown) {
            input.reportValidity?.();
        }
        input.dataset.fieldError = message;
    });
}

/** Focuses the element whose `data-field` is the field path; false when none is rendered. */
export function focusFieldIn(
    root: { querySelectorAll: ParentNode['querySelectorAll'] } | null,
    field: string,
): boolean {
    const element = Array.from(root?.querySelectorAll<HTMLElement>('[data-field]') ?? []).find(
        (candidate) => candidate.dataset.field === field,
    );
    element?.focus();
    return Boolean(element);
}
