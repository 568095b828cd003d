import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractForm } from '../../bench/seedForms';
import { seedRecords } from '../../bench/seedRecords';
import type { ResaleAuthorizationRecord } from '../../catalog-simulator/model';
import { SEED_RESALE_AUTHORIZATIONS } from '../../catalog-simulator/seed';
import { LocalStore } from '../../local-app/contract/store';
import type { StoredRecord } from '../../local-app/contract/store';
import { agreeingReport, awsRates, compareAwsWithRecords, savedRates } from '../awsAgreement';

/** A record as the store keeps it (one of the benchmark's), with a test's name, entity and rates. */
function record(name: string, entityId: string | null, rate = '100.00'): StoredRecord {
    const form = contractForm(name);
    form.dimensions = form.dimensions.map((dimension) => ({ ...dimension, rate }));
    const published = entityId !== null;
    return {
        ...stored,
        authorizationName: name,
        productId: form.productId,
        resellerAccountId: form.resellerAccountId,
        formStateJson: JSON.stringify(form),
        displayStatus: published ? 'Active' : 'Saved in Salesforce',
        entityId,
        entityStatus: published ? 'Active' : null,
        changeSetId: published ? `cs-${name}` : null,
        changeSetStatus: published ? 'SUCCEEDED' : null,
    };
}

function entity(name: string, entityId: string, price = '100.00'): ResaleAuthorizationRecord {
    return {
        entityId,
        revision: 1,
        status: 'Active',
        productId: 'prod-saas-analytics',
        name,
        resellerAccountId: '111122223333',
        createdDate: '2026-11-25T10:00:00Z',
        lastModifiedDate: '2026-11-25T10:00:00Z',
        pricing: {
            PricingModel: 'Contract',
            Terms: [
                {
                    Type: 'ResaleConfigurableUpfrontPricingTerm',
                    RateCards: [
                        {
                            RateCard: [
                                { DimensionKey: 'Seats', Price: price },
                                { DimensionKey: 'Storage', Price: price },
                            ],
                        },
                    ],
                },
            ],
        },
    };
}

let stored: StoredRecord;

beforeAll(() => {
    const store = LocalStore.open({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-')),
        reset: true,
    });
    seedRecords(store, 1);
    const [first] = store.allRecords();
    if (!first) {
        throw new Error('No seeded record');
    }
    stored = first;
});

const seeds = () => SEED_RESALE_AUTHORIZATIONS.map((seed) => structuredClone(seed));

describe('comparing AWS with the records', () => {
    it('agrees when each published record has its one resale authorization, seeds untouched', () => {
        const report = compareAwsWithRecords(
            [...seeds(), entity('One', 'ra-1'), entity('Two', 'ra-2')],
            [record('One', 'ra-1'), record('Two', 'ra-2'), record('Draft only', null)],
        );
        expect(report).toEqual(agreeingReport(2));
    });

    it('reports a duplicate, an orphan, a record AWS does not have and a changed seed', () => {
        const changed = seeds();
        const first = changed[0];
        if (first) {
            first.status = 'Restricted';
        }
        const report = compareAwsWithRecords(
            [...changed, entity('One', 'ra-1'), entity('One', 'ra-1b'), entity('Nobody', 'ra-9')],
            [record('One', 'ra-1'), record('Lost', 'ra-lost')],
        );
        expect(report.entitiesOnAws).toBe(3);
        expect(report.duplicates).toEqual(['One: 2 resale authorizations']);
        expect(report.orphans).toEqual(['Nobody (ra-9)']);
        expect(report.mismatches).toEqual(['Lost: ra-lost here, absent on AWS']);
        expect(report.changedSeeds).toEqual([first?.entityId]);
    });

    it('reports other rates, another reseller or status, and records still in flight', () => {
        const otherReseller = entity('Reseller', 'ra-2');
        otherReseller.resellerAccountId = '999988887777';
        const inFlight = {
            ...record('Waiting', null),
            changeSetId: 'cs',
            changeSetStatus: 'APPLYING',
        };
        const report = compareAwsWithRecords(
            [entity('Rates', 'ra-1', '150.00'), otherReseller],
            [
                record('Rates', 'ra-1'),
                { ...record('Reseller', 'ra-2'), displayStatus: 'PREPARING' },
                inFlight,
            ],
        );
        expect(report.mismatches).toEqual([
            'Rates: rates Seats=100 Storage=100 here, Seats=150 Storage=150 on AWS',
            'Reseller: reseller 111122223333 here, 999988887777 on AWS; displayed status PREPARING here, Active on AWS',
        ]);
        expect(report.notFinal).toEqual(['Waiting']);
    });

    it('reads a rate the same whatever its decimals', () => {
        expect(awsRates(entity('One', 'ra-1', '20'))).toEqual(['Seats=20', 'Storage=20']);
        expect(savedRates(record('One', 'ra-1', '20.00').formStateJson)).toEqual([
            'Seats=20',
            'Storage=20',
        ]);
    });
});
