import { createElement } from 'lwc';
import RaProductSync from 'c/raProductSync';
import syncProducts from '@salesforce/apex/ResaleAuthorizationController.syncProducts';
import { cleanDocument, flushPromises, query } from '../../test/dom';

// A user without the custom permission: the platform gives no `true` for it.
jest.mock(
    '@salesforce/customPermission/Marketplace_Resale_Product_Sync',
    () => ({ default: undefined }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.syncProducts',
    () => ({ default: jest.fn() }),
    { virtual: true },
);
jest.mock(
    '@salesforce/apex/ResaleAuthorizationController.listProducts',
    () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true },
);

afterEach(() => {
    cleanDocument();
});

describe('c-ra-product-sync, for a user without the product sync permission', () => {
    it('shows no sync button', async () => {
        const element = createElement('c-ra-product-sync', { is: RaProductSync });
        document.body.appendChild(element);
        await flushPromises();
        expect(query(element, '[data-id="sync-products"]')).toBeNull();
        expect(element.shadowRoot?.textContent).toBe('');
        expect(syncProducts).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });
});
