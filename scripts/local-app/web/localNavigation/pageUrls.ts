/**
 * Page references and the URLs Lightning Experience gives them, both ways, for the local app:
 * the tab `/lightning/n/<apiName>`, a record page `/lightning/r/<object>/<recordId>/<action>`,
 * a URL-addressable component `/lightning/cmp/<componentName>`; the page state is the query
 * string (its namespaced keys, such as `c__mode`). Pure: no window, so Node tests read it too.
 */

export interface LocalPageReference {
    type: string;
    attributes: Record<string, string>;
    state?: Record<string, string>;
}

/** The app's home page: its one tab, the list. */
export const HOME_TAB = 'Resale_Authorizations';

export function homePage(): LocalPageReference {
    return { type: 'standard__navItemPage', attributes: { apiName: HOME_TAB } };
}

const PATHS: Record<string, (attributes: Record<string, string>) => string[] | null> = {
    standard__navItemPage: (a) => (a.apiName ? ['n', a.apiName] : null),
    standard__recordPage: (a) => {
        if (!a.recordId) {
            return null;
        }
        const action = a.actionName ?? 'view';
        return a.objectApiName
            ? ['r', a.objectApiName, a.recordId, action]
            : ['r', a.recordId, action];
    },
    standard__component: (a) => (a.componentName ? ['cmp', a.componentName] : null),
};

/** A state key the platform carries in the URL: namespaced, as `c__mode`. */
function isStateKey(key: string): boolean {
    return /^[A-Za-z][A-Za-z0-9]*__[A-Za-z0-9_]+$/.test(key);
}

/** The URL of a page reference (path and query), or null for a page the local app lacks. */
export function urlOf(page: LocalPageReference): string | null {
    const parts = PATHS[page.type]?.(page.attributes ?? {});
    if (!parts) {
        return null;
    }
    const path = `/lightning/${parts.map(encodeURIComponent).join('/')}`;
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(page.state ?? {})) {
        if (isStateKey(key) && value !== undefined && value !== null) {
            query.set(key, String(value));
        }
    }
    const search = query.toString();
    return search ? `${path}?${search}` : path;
}

function decoded(part: string): string | null {
    try {
        return decodeURIComponent(part);
    } catch {
        return null;
    }
}

/**
 * The page reference of a URL's path and query: the app's home for `/`, null for an address
 * that is no page of the app.
 */
export function pageReferenceOf(pathname: string, search = ''): LocalPageReference | null {
    if (pathname === '/' || pathname === '' || pathname === '/index.html') {
        return homePage();
    }
    const parts = pathname
        .replace(/^\/lightning\//, '')
        .split('/')
        .filter(Boolean)
        .map(decoded);
    if (!pathname.startsWith('/lightning/') || parts.some((part) => part === null)) {
        return null;
    }
    const [kind, ...rest] = parts as string[];
    const state: Record<string, string> = {};
    new URLSearchParams(search).forEach((value, key) => {
        if (isStateKey(key)) {
            state[key] = value;
        }
    });
    const withState = (page: LocalPageReference): LocalPageReference =>
        Object.keys(state).length > 0 ? { ...page, state } : page;
    if (kind === 'n' && rest.length === 1) {
        return withState({ type: 'standard__navItemPage', attributes: { apiName: rest[0] ?? '' } });
    }
    if (kind === 'cmp' && rest.length === 1) {
        return withState({
            type: 'standard__component',
            attributes: { componentName: rest[0] ?? '' },
        });
    }
    if (kind === 'r' && (rest.length === 3 || rest.length === 2)) {
        const [objectApiName, recordId, actionName] =
            rest.length === 3 ? rest : [undefined, rest[0], rest[1]];
        const attributes: Record<string, string> = {
            recordId: recordId ?? '',
            actionName: actionName ?? 'view',
        };
        if (objectApiName) {
            attributes.objectApiName = objectApiName;
        }
        return withState({ type: 'standard__recordPage', attributes });
    }
    return null;
}
