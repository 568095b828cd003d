/**
 * `lightning/navigation` for the local app, on real URLs and the browser's history: `Navigate`
 * pushes (or replaces) the page's URL, `GenerateUrl` gives the URL a link shows, and
 * `CurrentPageReference` hands every wired component the page reference of the address bar,
 * again after each navigation, Back and Forward (`popstate`). A reload or a shared URL opens the
 * same page, as in Lightning Experience.
 */
import type { LightningElement } from 'lwc';
import { homePage, pageReferenceOf, urlOf } from './pageUrls';
import type { LocalPageReference } from './pageUrls';

type Listener = (page: LocalPageReference | null) => void;

const listeners = new Set<Listener>();

function pageOfLocation(): LocalPageReference | null {
    return pageReferenceOf(window.location.pathname, window.location.search);
}

let current = pageOfLocation();

function notify(): void {
    listeners.forEach((listener) => listener(current));
}

window.addEventListener('popstate', () => {
    current = pageOfLocation();
    notify();
});

/** Goes to a page: a new history entry, or in place of the current one with `replace`. */
export function navigate(page: LocalPageReference, replace = false): void {
    const url = urlOf(page) ?? urlOf(homePage()) ?? '/';
    if (replace) {
        window.history.replaceState(null, '', url);
    } else {
        window.history.pushState(null, '', url);
        window.scrollTo(0, 0);
    }
    current = pageOfLocation();
    notify();
}

/** The address bar written the way the app's links write it (the home page as its tab). */
function canonicalizeLocation(): void {
    const url = current ? urlOf(current) : null;
    if (url && url !== `${window.location.pathname}${window.location.search}`) {
        window.history.replaceState(null, '', url);
    }
}

canonicalizeLocation();

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function NavigationMixin<T extends typeof LightningElement>(Base: T): T {
    class Navigating extends (Base as typeof LightningElement) {
        [Navigate](page: LocalPageReference, replace?: boolean): void {
            navigate(page, replace);
        }

        [GenerateUrl](page: LocalPageReference): Promise<string> {
            return Promise.resolve(urlOf(page) ?? '');
        }
    }
    return Navigating as unknown as T;
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Wire adapter: the current page reference (null for an address that is no page). */
export class CurrentPageReference {
    private readonly listener: Listener;

    constructor(dataCallback: (page: LocalPageReference | null) => void) {
        this.listener = (page) => dataCallback(page ? structuredClone(page) : null);
    }

    connect(): void {
        listeners.add(this.listener);
        this.listener(current);
    }

    disconnect(): void {
        listeners.delete(this.listener);
    }

    update(): void {
        // The adapter takes no configuration.
    }
}
