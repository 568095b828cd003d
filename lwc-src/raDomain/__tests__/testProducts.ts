import type { Product } from 'c/raDomain';

/** The product the official sample change sets refer to, with the dimensions they price. */
export const SAMPLE_PRODUCT: Product = {
    productId: 'prod-1111111111111',
    title: 'Test Product',
    productType: 'SaaS',
    dimensions: [
        { key: 't2.small', name: 'Small instance', unit: 'Units', type: 'Entitled' },
        { key: 'Users', name: 'Users', unit: 'Users', type: 'Entitled' },
    ],
};

export const SAAS_PRODUCT: Product = {
    productId: 'prod-saas0000001',
    title: 'Analytics Cloud',
    productType: 'SaaS',
    dimensions: [
        { key: 'Seats', name: 'Seats', unit: 'Users', type: 'Entitled' },
        { key: 'Storage', name: 'Storage', unit: 'GB', type: 'Entitled' },
        { key: 'ApiCalls', name: 'API calls', unit: 'Requests', type: 'Metered' },
        { key: 'DataScanned', name: 'Data scanned', unit: 'GB', type: 'Metered' },
    ],
};

export const AMI_PRODUCT: Product = {
    productId: 'prod-ami00000001',
    title: 'Secure Gateway AMI',
    productType: 'AMI',
    dimensions: [
        { key: 'm5.large', name: 'm5.large hourly', unit: 'Hrs', type: 'Metered' },
        { key: 'm5.large.annual', name: 'm5.large annual', unit: 'Units', type: 'Entitled' },
    ],
};

export const PROFESSIONAL_SERVICES_PRODUCT: Product = {
    productId: 'prod-ps000000001',
    title: 'Migration Services',
    productType: 'ProfessionalServices',
    dimensions: [{ key: 'Workshop', name: 'Workshop', unit: 'Units', type: 'Entitled' }],
};

export const DATA_PRODUCT: Product = {
    productId: 'prod-data0000001',
    title: 'Market Data Feed',
    productType: 'Data',
    dimensions: [{ key: 'Subscription', name: 'Subscription', unit: 'Units', type: 'Entitled' }],
};

export const CONTAINER_PRODUCT: Product = {
    productId: 'prod-cont0000001',
    title: 'Edge Proxy Container',
    productType: 'Container',
    dimensions: [{ key: 'vCPU', name: 'vCPU hours', unit: 'Hrs', type: 'Metered' }],
};
