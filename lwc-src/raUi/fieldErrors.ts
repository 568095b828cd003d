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
