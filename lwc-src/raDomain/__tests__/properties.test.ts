import fc from 'fast-check';
import {
    PRODUCED_CHANGE_TYPES,
    addMonths,
    decimalPlaces,
    emptyFormState,
    formFromEntity,
    fromEntity,
    isDecimal,
    toStartChangeSet,
    validate,
} from 'c/raDomain';
import type { FormState } from 'c/raDomain';
import { SAAS_PRODUCT } from './testProducts';

const TODAY = '2026-11-24';
const RUNS = { numRuns: 1000 };

type Json = Record<string, unknown>;

const dateArb = fc
    .integer({ min: -30, max: 1400 })
    .map((days) => new Date(Date.UTC(2026, 10, 24 + days)).toISOString().slice(0, 10));
const accountArb = fc.oneof(
    fc.stringMatching(/^\d{12}$/),
    fc.constantFrom('12345', 'abc', '1234567890123'),
);
const priceArb = fc.oneof(
    fc.constantFrom(
        '',
        '0',
        '0.00',
        '10',
        '25.5',
        '1.123456',
        '0.12345678',
        '0.123456789',
        '-1',
        'x',
    ),
    fc.stringMatching(/^\d{1,5}(\.\d{1,9})?$/),
);
const nameArb = fc.oneof(fc.stringMatching(/^[A-Za-z0-9 ]{0,110}$/), fc.string({ maxLength: 20 }));

/** Form states over the SaaS test product, valid or not in every field. */
const formArb: fc.Arbitrary<FormState> = fc
    .record({
        name: nameArb,
        description: fc.oneof(
            fc.stringMatching(/^[A-Za-z0-9 ]{0,40}$/),
            fc.string({ maxLength: 10 }),
        ),
        reseller: accountArb,
        buyers: fc.array(accountArb, { maxLength: 28 }),
        pricingModel: fc.constantFrom('Contract' as const, 'Usage' as const),
        fps: fc.boolean(),
        custom: fc.boolean(),
        customValue: fc.constantFrom('', '0', '6', '18', '400', 'x'),
        customUnit: fc.constantFrom('Months' as const, 'Days' as const),
        standard: fc.constantFrom(
            'P1M' as const,
            'P12M' as const,
            'P24M' as const,
            'P36M' as const,
        ),
        currency: fc.constantFrom('USD' as const, 'EUR' as const),
        zero: fc.boolean(),
        rates: fc.array(
            fc.tuple(
                fc.constantFrom('Seats', 'Storage', 'ApiCalls', 'DataScanned'),
                priceArb,
                fc.constantFrom('', '1', '10', '0', '2.5'),
            ),
        ),
        schedule: fc.array(fc.tuple(dateArb, priceArb), { maxLength: 6 }),
        buyerLegal: fc.constantFrom(
            '' as const,
            'StandardEula' as const,
            'EnterpriseEula' as const,
            'CustomEula' as const,
        ),
        resellerLegal: fc.constantFrom(
            '' as const,
            'StandardResellerContract' as const,
            'CustomResellerContract' as const,
        ),
        docUrl: fc.constantFrom('', 'https://s3.amazonaws.com/bucket/eula.pdf', 'not a url'),
        oneTime: fc.boolean(),
        expiry: fc.oneof(fc.constant(''), dateArb),
        futureStart: fc.boolean(),
        futureDate: dateArb,
        renewal: fc.boolean(),
        channel: fc.constantFrom('' as const, 'AwsMarketplace' as const, 'External' as const),
        renewalModel: fc.constantFrom(
            '' as const,
            'Contract' as const,
            'Usage' as const,
            'BYOL' as const,
            'Free' as const,
        ),
        net: fc.constantFrom('' as const, 'P30D' as const, 'P120D' as const),
    })
    .map((r) => {
        const form = emptyFormState(SAAS_PRODUCT.productId);
        form.name = r.name;
        form.description = r.description;
        form.resellerAccountId = r.reseller;
        form.buyerAccountsText = r.buyers.join(', ');
        form.pricingModel = r.pricingModel;
        form.flexiblePaymentSchedule = r.fps;
        form.contractDuration = {
            kind: r.custom ? 'custom' : 'standard',
            standard: r.standard,
            customValue: r.customValue,
            customUnit: r.customUnit,
        };
        form.currencyCode = r.currency;
        form.zeroDollarPricing = r.zero;
        form.dimensions = r.rates.map(([key, rate, quantity]) => ({ key, rate, quantity }));
        form.paymentSchedule = r.schedule.map(([chargeDate, amount]) => ({ chargeDate, amount }));
        const document = { url: r.docUrl, fileName: 'doc.pdf', mustUploadAgain: false };
        form.buyerLegalTerms = {
            type: r.buyerLegal,
            document: r.buyerLegal === 'CustomEula' ? document : null,
        };
        form.resellerLegalTerms = {
            type: r.resellerLegal,
            document: r.resellerLegal === 'CustomResellerContract' ? document : null,
        };
        form.availability = { usage: r.oneTime ? 'oneTime' : 'multiUse', expiryDate: r.expiry };
        form.futureStart = { enabled: r.futureStart, maximumAgreementStartDate: r.futureDate };
        form.renewal = {
            isRenewal: r.renewal,
            acquisitionChannel: r.channel,
            pricingModel: r.renewalModel,
        };
        form.netPaymentPeriod = r.net;
        return form;
    });

/** Form states built to be valid in every combination of choices the form offers. */
const validFormArb: fc.Arbitrary<FormState> = fc
    .record({
        name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,98}[A-Za-z0-9]$/),
        description: fc.stringMatching(/^[A-Za-z0-9 ]{0,80}$/),
        reseller: fc.stringMatching(/^\d{12}$/),
        buyers: fc.uniqueArray(fc.stringMatching(/^\d{12}$/), { minLength: 1, maxLength: 25 }),
        targetBuyers: fc.boolean(),
        usage: fc.boolean(),
        fps: fc.boolean(),
        custom: fc.boolean(),
        customValue: fc.integer({ min: 1, max: 60 }),
        expiryDays: fc.integer({ min: 1, max: 300 }),
        hasExpiry: fc.boolean(),
        oneTime: fc.boolean(),
        payments: fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 12 }),
        price: fc.stringMatching(/^\d{1,5}(\.\d{1,6})?$/),
        zero: fc.boolean(),
        buyerLegal: fc.constantFrom(
            'StandardEula' as const,
            'EnterpriseEula' as const,
            'CustomEula' as const,
        ),
        resellerLegal: fc.constantFrom(
            '' as const,
            'StandardResellerContract' as const,
            'CustomResellerContract' as const,
        ),
        futureStart: fc.boolean(),
        futureDays: fc.integer({ min: 1, max: 1000 }),
        renewal: fc.boolean(),
    })
    .map((r) => {
        const form = emptyFormState(SAAS_PRODUCT.productId);
        const day = (offset: number) =>
            new Date(Date.UTC(2026, 10, 24 + offset)).toISOString().slice(0, 10);
        form.name = r.name;
        form.description = r.description;
        form.resellerAccountId = r.reseller;
        form.buyerAccountsText = r.targetBuyers || r.renewal ? r.buyers.join('\n') : '';
        form.pricingModel = r.usage ? 'Usage' : 'Contract';
        form.contractDuration = r.custom
            ? {
                  kind: 'custom',
                  standard: 'P12M',
                  customValue: String(r.customValue),
                  customUnit: 'Months',
              }
            : form.contractDuration;
        form.zeroDollarPricing = r.zero;
        const price = r.zero ? '0' : r.price;
        if (r.usage) {
            form.dimensions = [
                { key: 'ApiCalls', rate: price, quantity: '' },
                { key: 'DataScanned', rate: '0.25', quantity: '' },
            ];
        } else if (r.fps) {
            const expiry = r.expiryDays;
            form.flexiblePaymentSchedule = true;
            form.dimensions = [{ key: 'Seats', rate: '', quantity: '5' }];
            form.availability = { usage: 'oneTime', expiryDate: day(expiry) };
            form.paymentSchedule = r.payments.map((p) => ({
                chargeDate: day(expiry + p),
                amount: price,
            }));
            form.contractDuration = {
                kind: 'standard',
                standard: 'P12M',
                customValue: '',
                customUnit: 'Months',
            };
        } else {
            form.dimensions = [{ key: 'Storage', rate: price, quantity: '' }];
        }
        if (!(r.fps && !r.usage)) {
            form.availability = {
                usage: r.oneTime ? 'oneTime' : 'multiUse',
                expiryDate: r.hasExpiry ? day(r.expiryDays) : '',
            };
        }
        const document = {
            url: 'https://s3.amazonaws.com/ra-legal/doc.pdf',
            fileName: 'doc.pdf',
            mustUploadAgain: false,
        };
        form.buyerLegalTerms = {
            type: r.buyerLegal,
            document: r.buyerLegal === 'CustomEula' ? document : null,
        };
        form.resellerLegalTerms = {
            type: r.resellerLegal,
            document: r.resellerLegal === 'CustomResellerContract' ? document : null,
        };
        form.futureStart = { enabled: r.futureStart, maximumAgreementStartDate: day(r.futureDays) };
        form.renewal = r.renewal
            ? { isRenewal: true, acquisitionChannel: 'External', pricingModel: 'Contract' }
            : form.renewal;
        return form;
    });

const ACCOUNT = /^\d{12}$/;

/** The API reference's rules for a publishing change set, written independently of validate(). */
function assertFollowsApiRules(changes: Json[]): void {
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect(changes.length).toBeLessThanOrEqual(20);
    const byType = new Map<string, Json>();
    for (const change of changes) {
        expect(PRODUCED_CHANGE_TYPES).toContain(change.ChangeType);
        expect((change.Entity as Json).Type).toBe('ResaleAuthorization@1.0');
        expect(byType.has(String(change.ChangeType))).toBe(false);
        byType.set(String(change.ChangeType), (change.DetailsDocument ?? {}) as Json);
    }
    const create = byType.get('CreateResaleAuthorization') as Json;
    expect(String(create.Name).length).toBeGreaterThanOrEqual(1);
    expect(String(create.Name).length).toBeLessThanOrEqual(100);
    expect(String(create.ResellerAccountId)).toMatch(ACCOUNT);
    if (create.Description !== undefined) {
        expect(String(create.Description)).toMatch(/^[A-Za-z0-9\s]{1,255}$/);
    }
    expect(byType.has('ReleaseResaleAuthorization')).toBe(true);
    // Release needs a buyer legal term and a pricing term.
    const legal = (byType.get('UpdateLegalTerms')?.Terms as Json[]) ?? [];
    const buyerLegal = legal.find((t) => t.Type === 'BuyerLegalTerm');
    expect(buyerLegal).toBeDefined();
    for (const term of legal) {
        for (const doc of term.Documents as Json[]) {
            if (String(doc.Type).startsWith('Custom')) {
                expect(String(doc.Url)).toMatch(/^https:\/\//);
            } else {
                expect(doc.Url).toBeUndefined();
            }
        }
    }
    const pricing = byType.get('UpdatePricingTerms');
    expect(pricing).toBeDefined();
    const terms = (pricing?.Terms as Json[]) ?? [];
    const productKeys = SAAS_PRODUCT.dimensions.map((d) => d.key);
    for (const term of terms) {
        const cards =
            term.Type === 'ResaleFixedUpfrontPricingTerm' ? [] : ((term.RateCards as Json[]) ?? []);
        for (const card of cards) {
            const keys = (card.RateCard as Json[]).map((r) => String(r.DimensionKey));
            expect(new Set(keys).size).toBe(keys.length);
            for (const rate of card.RateCard as Json[]) {
                expect(productKeys).toContain(rate.DimensionKey);
                expect(isDecimal(rate.Price)).toBe(true);
                expect(decimalPlaces(String(rate.Price))).toBeLessThanOrEqual(
                    term.Type === 'ResaleUsageBasedPricingTerm' ? 8 : 6,
                );
            }
        }
        if (term.Type === 'ResaleUsageBasedPricingTerm') {
            const priced = ((term.RateCards as Json[])[0]?.RateCard as Json[]).map(
                (r) => r.DimensionKey,
            );
            expect(priced.sort()).toEqual(['ApiCalls', 'DataScanned']);
            expect(term.CurrencyCode).toBe('USD');
        }
    }
    const availability = byType.get('UpdateAvailability');
    if (availability) {
        expect(
            availability.OffersMaxQuantity === undefined || availability.OffersMaxQuantity === 1,
        ).toBe(true);
        expect(
            availability.OffersMaxQuantity !== undefined ||
                availability.AvailabilityEndDate !== undefined,
        ).toBe(true);
        if (availability.AvailabilityEndDate !== undefined) {
            expect(String(availability.AvailabilityEndDate) > TODAY).toBe(true);
        }
    }
    const schedule = byType.get('UpdatePaymentScheduleTerms');
    const fixed = terms.some((t) => t.Type === 'ResaleFixedUpfrontPricingTerm');
    expect(Boolean(schedule)).toBe(fixed);
    if (schedule) {
        const rows = ((schedule.Terms as Json[])[0]?.Schedule as Json[]) ?? [];
        const dates = rows.map((r) => String(r.ChargeDate));
        expect(rows.length).toBeGreaterThanOrEqual(1);
        expect(rows.length).toBeLessThanOrEqual(60);
        expect(new Set(dates).size).toBe(dates.length);
        expect(availability?.OffersMaxQuantity).toBe(1);
        expect(dates.every((d) => d > String(availability?.AvailabilityEndDate) && d > TODAY)).toBe(
            true,
        );
    }
    const buyers = byType.get('UpdateBuyerTargetingTerms');
    const accounts =
        ((((buyers?.Terms as Json[]) ?? [])[0]?.PositiveTargeting as Json)
            ?.BuyerAccounts as string[]) ?? [];
    expect(accounts.length).toBeLessThanOrEqual(25);
    expect(accounts.every((a) => ACCOUNT.test(a))).toBe(true);
    const information = byType.get('UpdateInformation');
    if (information) {
        if (information.Name !== undefined) {
            expect(String(information.Name)).toMatch(/^[A-Za-z0-9]{1,100}$/);
        }
        if (information.PreExistingBuyerAgreement) {
            expect(accounts.length).toBeGreaterThanOrEqual(1);
        }
    }
    const validity = byType.get('UpdateBuyerValidityTerms');
    if (validity) {
        const date = String((validity.Terms as Json[])[0]?.MaximumAgreementStartDate);
        expect(date > TODAY && date <= addMonths(TODAY, 36)).toBe(true);
    }
}

describe('properties', () => {
    it('every form that passes validation maps to a change set that follows the API rules', () => {
        let accepted = 0;
        fc.assert(
            fc.property(
                fc.oneof({ arbitrary: validFormArb, weight: 4 }, { arbitrary: formArb, weight: 1 }),
                (form) => {
                    if (validate(form, SAAS_PRODUCT, TODAY).length > 0) {
                        return;
                    }
                    accepted += 1;
                    const request = toStartChangeSet(form, SAAS_PRODUCT, {
                        intent: 'publish',
                        clientRequestToken: 'token',
                    });
                    assertFollowsApiRules((request.ChangeSet ?? []) as unknown as Json[]);
                },
            ),
            RUNS,
        );
        // The generator must reach valid forms, or the property says nothing.
        expect(accepted).toBeGreaterThan(RUNS.numRuns / 2);
    });

    it('validate never throws, whatever it is given', () => {
        fc.assert(
            fc.property(fc.anything(), (input) => {
                expect(Array.isArray(validate(input, SAAS_PRODUCT, TODAY))).toBe(true);
            }),
            RUNS,
        );
    });

    it('validate never throws on a form with any one field replaced by anything', () => {
        const keys = Object.keys(emptyFormState()) as (keyof FormState)[];
        fc.assert(
            fc.property(formArb, fc.constantFrom(...keys), fc.anything(), (form, key, value) => {
                const broken = { ...form, [key]: value };
                expect(Array.isArray(validate(broken, SAAS_PRODUCT, TODAY))).toBe(true);
            }),
            RUNS,
        );
    });

    it('reading any described entity never throws and gives a form', () => {
        fc.assert(
            fc.property(fc.anything(), (input) => {
                expect(formFromEntity(input).version).toBe(1);
                expect(fromEntity({ DetailsDocument: input }).version).toBe(1);
            }),
            RUNS,
        );
    });
});
