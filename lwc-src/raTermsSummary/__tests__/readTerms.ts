/** What the words tests of the terms summary share: a contract, and the terms as shown. */
import { createElement } from 'lwc';
import { emptyFormState, productFromRecord } from 'c/raDomain';
import type { FormState, ProductRecord } from 'c/raDomain';
import type RaTermsSummary from 'c/raTermsSummary';
import { SAAS_PRODUCT } from '../../test/fixtures/products';
import { flushPromises, queryAll } from '../../test/dom';

/** A contract for SAAS_PRODUCT, a rate for its seats, until May 31, 2027. */
export function contract(overrides: Partial<FormState>): FormState {
    return {
        ...emptyFormState(SAAS_PRODUCT.productId),
        name: 'Partner deal',
        resellerAccountId: '111122223333',
        buyerLegalTerms: { type: 'StandardEula', document: null },
        dimensions: [{ key: 'Seats', rate: '1250.5', quantity: '' }],
        availability: { usage: 'multiUse', expiryDate: '2027-05-31' },
        ...overrides,
    };
}

/** Renders the summary of a form: a reader of each term's lines, by key. */
export async function readTerms(
    component: typeof RaTermsSummary,
    form: FormState,
    product: ProductRecord = SAAS_PRODUCT,
): Promise<(key: string) => string[]> {
    const element = createElement('c-ra-terms-summary', {
        is: component,
    }) as unknown as HTMLElement & Record<string, unknown>;
    element.form = form;
    element.product = productFromRecord(product);
    document.body.appendChild(element);
    await flushPromises();
    return (key: string) =>
        queryAll(element, `[data-term="${key}"] div`).map((div) => div.textContent ?? '');
}
