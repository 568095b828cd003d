/**
 * Records straight into the local store, for measurements that need many: what a busy org
 * would hold (varied names, products, resellers and statuses).
 */
import { UNTOUCHED_SERVER_FIELDS } from '../local-app/contract/store';
import type { LocalStore, StoredRecord } from '../local-app/contract/store';
import { contractForm, isoDate } from './seedForms';

const STATUSES = ['Active', 'Active', 'Active', 'Restricted', 'LOCAL_DRAFT', 'Draft', 'FAILED'];
const PRODUCTS = [
    ['prod-saas-analytics', 'Analytics Cloud'],
    ['prod-ami-gateway', 'Secure Gateway AMI'],
    ['prod-container-proxy', 'Edge Proxy for Amazon EKS'],
    ['prod-ps-migration', 'Cloud Migration Services'],
];

export function seedRecords(store: LocalStore, count: number): void {
    const formStateJson = JSON.stringify(contractForm('Seeded'));
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let index = 0; index < count; index += 1) {
        const status = STATUSES[index % STATUSES.length] ?? 'Active';
        const [productId, productTitle] = PRODUCTS[index % PRODUCTS.length] ?? ['', ''];
        const published = status === 'Active' || status === 'Restricted';
        const modified = new Date(base + index * 60_000).toISOString();
        const record: StoredRecord = {
            id: store.newId('a01'),
            authorizationName: `Partner ${String(index % 997).padStart(3, '0')} deal ${index}`,
            productId: productId ?? '',
            productTitle: productTitle ?? null,
            resellerAccountId: String(100000000000 + (index % 500) * 7919),
            expiryDate: index % 3 === 0 ? null : isoDate(30 + (index % 700)),
            description: null,
            formStateJson,
            displayStatus: status,
            entityId: published ? `resaleauthz-${index}` : null,
            entityStatus: published ? status : null,
            changeSetId: published ? `cs-${index}` : null,
            changeSetStatus: published ? 'SUCCEEDED' : status === 'FAILED' ? 'FAILED' : null,
            ...UNTOUCHED_SERVER_FIELDS,
            resellerAccount: null,
            opportunity: null,
            createdByName: 'Benchmark',
            createdAt: modified,
            lastModifiedAt: modified,
        };
        store.putRecord(record);
    }
    store.save();
}
