import {
    addIsoDuration,
    addMonths,
    compareDecimals,
    decimalPlaces,
    isDecimal,
    isIsoDate,
    parseBuyerAccounts,
    productFromRecord,
    sumDecimals,
    emptyFormState,
    addPaymentRow,
    removePaymentRow,
    updatePaymentRow,
    paymentScheduleTotal,
    parseFormStateJson,
    serializeFormState,
    setDimensionPrice,
    contractDurationOf,
    isResellable,
    requiresCustomEula,
    resellableProductRecords,
    parseFormState,
    DEFAULT_RATE_CARD_CONSTRAINTS,
} from 'c/raDomain';
import type { ProductRecord } from 'c/raDomain';
import { DATA_PRODUCT, PROFESSIONAL_SERVICES_PRODUCT, SAAS_PRODUCT } from './testProducts';

describe('decimal strings', () => {
    it('accepts non-negative decimals only', () => {
        expect(['0', '150', '0.00', '12.345678'].every(isDecimal)).toBe(true);
        expect(['', '-1', '1e3', '1,5', '.5', '5.', 'abc', ' '].some(isDecimal)).toBe(false);
        expect(isDecimal(12)).toBe(false);
    });

    it('adds exactly, without floating point errors', () => {
        expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
        expect(sumDecimals(['200.00', '250.00', '0.125'])).toBe('450.125');
        expect(sumDecimals([])).toBe('0.00');
        expect(sumDecimals(['10', 'not a number'])).toBe('10.00');
    });

    it('compares and counts decimal places', () => {
        expect(compareDecimals('150', '150.00')).toBe(0);
        expect(compareDecimals('0.10', '0.2')).toBeLessThan(0);
        expect(decimalPlaces('1.250')).toBe(3);
    });
});

describe('dates', () => {
    it('knows real calendar dates', () => {
        expect(isIsoDate('2027-02-28')).toBe(true);
        expect(isIsoDate('2027-02-30')).toBe(false);
        expect(isIsoDate('2027-2-3')).toBe(false);
    });

    it('adds months and days as the contract calendar does', () => {
        expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
        expect(addMonths('2026-11-24', 36)).toBe('2029-11-24');
        expect(addIsoDuration('2027-01-01', 'P180D')).toBe('2027-06-30');
        expect(addIsoDuration('2027-01-01', 'P1Y')).toBeNull();
    });
});

describe('buyer accounts as typed', () => {
    it('splits on commas, spaces and new lines, trims and removes duplicates', () => {
        const parsed = parseBuyerAccounts(
            ' 111122223333,444455556666\n111122223333  777788889999;',
        );
        expect(parsed.accounts).toEqual(['111122223333', '444455556666', '777788889999']);
        expect(parsed.duplicates).toEqual(['111122223333']);
        expect(parsed.invalid).toEqual([]);
    });

    it('reports entries that are not 12-digit account ids', () => {
        expect(parseBuyerAccounts('12345, 1111-2222-3333, abcdefghijkl').invalid).toEqual([
            '12345',
            'abcdefghijkl',
        ]);
        expect(parseBuyerAccounts(undefined).accounts).toEqual([]);
    });
});

describe('product records', () => {
    it('reads a stored product with its dimensions', () => {
        const product = productFromRecord({
            productId: 'prod-1',
            title: 'Analytics',
            productType: 'SaaS',
            visibility: 'Public',
            dimensionsJson: JSON.stringify([
                { key: 'Seats', name: 'Seats', unit: 'Users', type: 'Entitled' },
            ]),
            lastSyncedAt: null,
        });
        expect(product?.dimensions[0]?.key).toBe('Seats');
    });

    it('refuses a record it cannot read instead of throwing', () => {
        const base = {
            productId: 'prod-1',
            title: 'A',
            productType: 'SaaS',
            visibility: null,
            lastSyncedAt: null,
        };
        expect(productFromRecord({ ...base, dimensionsJson: '{not json' })).toBeNull();
        expect(
            productFromRecord({ ...base, productType: 'Toaster', dimensionsJson: '[]' }),
        ).toBeNull();
        expect(productFromRecord(null)).toBeNull();
    });
});

describe('which products AWS resells', () => {
    const record = (productType: string, visibility: string | null): ProductRecord => ({
        productId: `prod-${productType}-${visibility ?? 'unknown'}`,
        title: productType,
        productType,
        visibility,
        dimensionsJson: '[]',
        lastSyncedAt: null,
    });

    it('resells AMI, container, SaaS and professional services products, public or limited', () => {
        for (const type of ['SaaS', 'AMI', 'Container', 'ProfessionalServices']) {
            expect(isResellable(type, 'Public')).toBe(true);
            expect(isResellable(type, 'Limited')).toBe(true);
            expect(isResellable(type, 'Draft')).toBe(false);
            expect(isResellable(type, 'Restricted')).toBe(false);
        }
        expect(isResellable('Data', 'Public')).toBe(false);
        // A product stored before its visibility was read is judged on its type.
        expect(isResellable('SaaS', null)).toBe(true);
        expect(isResellable('SaaS', undefined)).toBe(true);
        expect(isResellable('Data', null)).toBe(false);
    });

    it('offers only those in the product picker', () => {
        const records = [
            record('SaaS', 'Public'),
            record('SaaS', 'Draft'),
            record('Data', 'Public'),
            record('ProfessionalServices', 'Limited'),
        ];
        expect(resellableProductRecords(records).map((r) => r.productId)).toEqual([
            'prod-SaaS-Public',
            'prod-ProfessionalServices-Limited',
        ]);
        expect(productFromRecord(record('SaaS', 'Draft'))?.visibility).toBe('Draft');
    });

    it('resells professional services with a custom EULA only', () => {
        expect(requiresCustomEula(PROFESSIONAL_SERVICES_PRODUCT)).toBe(true);
        expect(requiresCustomEula(SAAS_PRODUCT)).toBe(false);
        expect(requiresCustomEula(DATA_PRODUCT)).toBe(false);
    });
});

describe('form state', () => {
    it('reads a form saved before the rate card constraints were kept with the API default', () => {
        const older: Record<string, unknown> = { ...emptyFormState('prod-1') };
        delete older.rateCardConstraints;
        expect(parseFormState(older)?.rateCardConstraints).toEqual(DEFAULT_RATE_CARD_CONSTRAINTS);
        expect(emptyFormState().rateCardConstraints).toEqual({
            multipleDimensionSelection: 'Allowed',
            quantityConfiguration: 'Allowed',
        });
    });

    it('round-trips through JSON and refuses anything else', () => {
        const form = setDimensionPrice(emptyFormState('prod-1'), 'Seats', { rate: '10' });
        expect(parseFormStateJson(serializeFormState(form))).toEqual(form);
        expect(parseFormStateJson('{"version":2}')).toBeNull();
        expect(parseFormStateJson('nope')).toBeNull();
        expect(parseFormStateJson(null)).toBeNull();
    });

    it('adds, edits and removes payment rows and totals them exactly', () => {
        let form = addPaymentRow(emptyFormState(), { chargeDate: '2027-01-01', amount: '100.10' });
        form = addPaymentRow(form, { chargeDate: '2027-02-01', amount: '0.20' });
        form = addPaymentRow(form);
        form = updatePaymentRow(form, 2, { amount: '5' });
        expect(paymentScheduleTotal(form)).toBe('105.30');
        form = removePaymentRow(form, 0);
        expect(form.paymentSchedule.map((r) => r.amount)).toEqual(['0.20', '5']);
        expect(paymentScheduleTotal(form)).toBe('5.20');
    });

    it('writes the contract duration as ISO 8601', () => {
        const form = emptyFormState();
        expect(contractDurationOf(form)).toBe('P12M');
        form.contractDuration = {
            kind: 'custom',
            standard: 'P12M',
            customValue: '18',
            customUnit: 'Months',
        };
        expect(contractDurationOf(form)).toBe('P18M');
        form.contractDuration.customUnit = 'Days';
        form.contractDuration.customValue = '180';
        expect(contractDurationOf(form)).toBe('P180D');
        form.contractDuration.customValue = ' 0180 ';
        expect(contractDurationOf(form)).toBe('P180D');
        for (const outOfRange of ['x', '0', '10000', '1e3', '9'.repeat(30)]) {
            form.contractDuration.customValue = outOfRange;
            expect(contractDurationOf(form)).toBe('');
        }
    });
});
