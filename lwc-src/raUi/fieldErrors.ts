interface ValidatableElement extends HTMLElement {
    setCustomValidity?: (message: string) => void;
    reportValidity?: () => boolean;
}

/**
 * Shows each message on the base component whose `data-field` names it, and clears the others;
 * the message appears under the field as Lightning shows its own validation messages.
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
        const hadMessage = input.dataset.hasError === 'true';
        input.setCustomValidity(message);
        if (message || hadMessage) {
            input.reportValidity?.();
        }
        input.dataset.hasError = message ? 'true' : 'false';
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
