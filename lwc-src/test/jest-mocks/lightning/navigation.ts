/**
 * Jest stand-in for `lightning/navigation`, in the lwc-recipes way: `Navigate` records where a
 * component went (`navigations()`), `GenerateUrl` answers the URL Lightning Experience gives the
 * page, and `CurrentPageReference` is a test wire adapter (`CurrentPageReference.emit(page)`).
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import type { LightningElement } from 'lwc';
import type { PageReference } from 'c/raNavigation';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

export interface Navigation {
    page: PageReference;
    replace: boolean;
}

let calls: Navigation[] = [];

/** Where the components navigated since the last `resetNavigations()`, in order. */
export function navigations(): Navigation[] {
    return calls;
}

export function resetNavigations(): void {
    calls = [];
}

/** The URL of a page, as Lightning Experience writes it. */
export function urlOf(page: PageReference): string {
    const a = page.attributes;
    const query = new URLSearchParams(page.state ?? {}).toString();
    const path =
        page.type === 'standard__recordPage'
            ? `/lightning/r/${a.objectApiName}/${a.recordId}/${a.actionName}`
            : page.type === 'standard__navItemPage'
              ? `/lightning/n/${a.apiName}`
              : `/lightning/cmp/${a.componentName}`;
    return query ? `${path}?${query}` : path;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function NavigationMixin<T extends typeof LightningElement>(Base: T): T {
    class Navigating extends (Base as typeof LightningElement) {
        [Navigate](page: PageReference, replace?: boolean): void {
            calls.push({ page, replace: Boolean(replace) });
        }

        [GenerateUrl](page: PageReference): Promise<string> {
            return Promise.resolve(urlOf(page));
        }
    }
    return Navigating as unknown as T;
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
