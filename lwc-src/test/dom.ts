/** Helpers the component tests share. */

/** Lets promises and the re-render they cause settle. */
export async function flushPromises(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 6; i += 1) {
        chain = chain.then(() => undefined);
    }
    await chain;
}

export function cleanDocument(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

type Queryable = { shadowRoot: ShadowRoot | null };

export function query<T extends HTMLElement = HTMLElement>(
    element: Queryable,
    selector: string,
): T | null {
    return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function queryAll<T extends HTMLElement = HTMLElement>(
    element: Queryable,
    selector: string,
): T[] {
    return Array.from(element.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

export function mustQuery<T extends HTMLElement = HTMLElement>(
    element: Queryable,
    selector: string,
): T {
    const found = query<T>(element, selector);
    if (!found) {
        throw new Error(`nothing matches ${selector}`);
    }
    return found;
}

/** Fires what a base component fires when the user changes it. */
export function change(target: HTMLElement, detail: { value?: string; checked?: boolean }): void {
    target.dispatchEvent(new CustomEvent('change', { detail }));
}

/** Every element under the shadow roots of `element` and of the components inside it. */
export function deepQueryAll<T extends HTMLElement = HTMLElement>(
    element: Queryable,
    selector: string,
): T[] {
    const root = element.shadowRoot;
    if (!root) {
        return [];
    }
    const inside = Array.from(root.querySelectorAll<HTMLElement>('*')).flatMap((child) =>
        child.shadowRoot ? deepQueryAll<T>(child, selector) : [],
    );
    return [...Array.from(root.querySelectorAll<T>(selector)), ...inside];
}

/** The first element `deepQueryAll` finds; throws when there is none. */
export function mustDeepQuery<T extends HTMLElement = HTMLElement>(
    element: Queryable,
    selector: string,
): T {
    const [found] = deepQueryAll<T>(element, selector);
    if (!found) {
        throw new Error(`nothing matches ${selector}`);
    }
    return found;
}
