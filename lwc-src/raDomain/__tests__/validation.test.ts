import fs from 'fs';
import path from 'path';
import {
    VALIDATION_MESSAGES,
    emptyFormState,
    problemsOf,
    validate,
    validationLabelName,
} from 'c/raDomain';
import type { FormState, ValidationCode } from 'c/raDomain';
import { AMI_PRODUCT, PROFESSIONAL_SERVICES_PRODUCT, SAAS_PRODUCT } from './testProducts';

const TODAY = '2026-11-24';

/** A complete SaaS contract form that passes validation; each test breaks one thing. */
function validContract(): FormState {
    const form = emptyFormState(SAAS_PRODUCT.productId);
    form.name = 'Acme Q4 Reseller';
    form.description = 'Contract pricing for Acme';
    form.resellerAccountId = '123456789012';
    form.dimensions = [{ key: 'Seats', rate: '25.50', quantity: '' }];
    form.buyerLegalTerms = { type: 'StandardEula', document: null };
    return form;
}

function validFps(): FormState {
    const form = validContract();
    form.flexiblePaymentSchedule = true;
    form.dimensions = [{ key: 'Seats', rate: '', quantity: '100' }];
    form.availability = { usage: 'oneTime', expiryDate: '2026-12-31' };
    form.paymentSchedule = [
        { chargeDate: '2027-01-15', amount: '1000.00' },
        { chargeDate: '2027-06-15', amount: '1000.00' },
    ];
    return form;
}

const codes = (form: unknown, product = SAAS_PRODUCT, purpose: 'publish' | 'draft' = 'publish') =>
    validate(form, product, TODAY, { purpose }).map((p) => `${p.field}:${p.code}`);

describe('validate', () => {
    it('accepts a complete contract form and a complete payment schedule form', () => {
        expect(codes(validContract())).toEqual([]);
        expect(codes(validFps())).toEqual([]);
    });

    it.each<[string, (form: FormState) => void, string]>([
        ['no product', (f) => (f.productId = ''), 'productId:ProductRequired'],
        [
            'a product that is not the one loaded',
            (f) => (f.productId = 'prod-other'),
            'productId:ProductNotFound',
        ],
        [
            'a buyer account that is not 12 digits',
            (f) => (f.buyerAccountsText = '123456789012, 12345'),
            'buyerAccountsText:BuyerAccountInvalid',
        ],
        [
            'more than 25 buyer accounts',
            (f) =>
                (f.buyerAccountsText = Array.from({ length: 26 }, (_, i) =>
                    String(100000000000 + i),
                ).join(',')),
            'buyerAccountsText:BuyerAccountsTooMany',
        ],
        ['no name', (f) => (f.name = '  '), 'name:NameRequired'],
        ['a name over 100 characters', (f) => (f.name = 'a'.repeat(101)), 'name:NameTooLong'],
        ['special characters in the name', (f) => (f.name = 'Acme & Co'), 'name:NameCharacters'],
        [
            'a description over 255 characters',
            (f) => (f.description = 'a'.repeat(256)),
            'description:DescriptionTooLong',
        ],
        [
            'special characters in the description',
            (f) => (f.description = 'Acme: 50% off!'),
            'description:DescriptionCharacters',
        ],
        [
            'no reseller account',
            (f) => (f.resellerAccountId = ''),
            'resellerAccountId:ResellerAccountRequired',
        ],
        [
            'a reseller account of 11 digits',
            (f) => (f.resellerAccountId = '12345678901'),
            'resellerAccountId:ResellerAccountInvalid',
        ],
        [
            'a rate that is not a number',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '12,5', quantity: '' }]),
            'dimensions.Seats.rate:RateInvalid',
        ],
        [
            'a negative rate',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '-1', quantity: '' }]),
            'dimensions.Seats.rate:RateInvalid',
        ],
        [
            '7 decimals on a contract rate',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '1.1234567', quantity: '' }]),
            'dimensions.Seats.rate:RateTooPrecise',
        ],
        [
            'a $0 rate without the zero-dollar toggle',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '0.00', quantity: '' }]),
            'dimensions.Seats.rate:RateZeroNotEnabled',
        ],
        ['no dimension priced', (f) => (f.dimensions = []), 'dimensions:NoDimensionPriced'],
        [
            'no buyer legal terms',
            (f) => (f.buyerLegalTerms = { type: '', document: null }),
            'buyerLegalTerms.type:BuyerLegalTermsRequired',
        ],
        [
            'a custom EULA without a document',
            (f) => (f.buyerLegalTerms = { type: 'CustomEula', document: null }),
            'buyerLegalTerms.document:CustomEulaRequired',
        ],
        [
            'a cloned custom EULA not uploaded again',
            (f) =>
                (f.buyerLegalTerms = {
                    type: 'CustomEula',
                    document: { url: '', fileName: 'eula.pdf', mustUploadAgain: true },
                }),
            'buyerLegalTerms.document:CustomEulaUploadAgain',
        ],
        [
            'a custom EULA link that is not a web address',
            (f) =>
                (f.buyerLegalTerms = {
                    type: 'CustomEula',
                    document: { url: 'ftp://x', fileName: 'eula.pdf', mustUploadAgain: false },
                }),
            'buyerLegalTerms.document:DocumentUrlInvalid',
        ],
        [
            'a custom reseller contract without a document',
            (f) => (f.resellerLegalTerms = { type: 'CustomResellerContract', document: null }),
            'resellerLegalTerms.document:CustomResellerContractRequired',
        ],
        [
            'an expiry date today',
            (f) => (f.availability.expiryDate = TODAY),
            'availability.expiryDate:ExpiryDateNotFuture',
        ],
        [
            'an impossible expiry date',
            (f) => (f.availability.expiryDate = '2027-02-30'),
            'availability.expiryDate:DateInvalid',
        ],
        [
            'a custom duration of 0',
            (f) =>
                (f.contractDuration = {
                    kind: 'custom',
                    standard: 'P12M',
                    customValue: '0',
                    customUnit: 'Months',
                }),
            'contractDuration.customValue:ContractDurationInvalid',
        ],
        [
            'a custom duration beyond the largest the form takes',
            (f) =>
                (f.contractDuration = {
                    kind: 'custom',
                    standard: 'P12M',
                    customValue: '10000',
                    customUnit: 'Days',
                }),
            'contractDuration.customValue:ContractDurationInvalid',
        ],
        [
            'a custom duration that is not a number',
            (f) =>
                (f.contractDuration = {
                    kind: 'custom',
                    standard: 'P12M',
                    customValue: 'ten',
                    customUnit: 'Months',
                }),
            'contractDuration.customValue:ContractDurationInvalid',
        ],
        [
            'a latest start date today',
            (f) => (f.futureStart = { enabled: true, maximumAgreementStartDate: TODAY }),
            'futureStart.maximumAgreementStartDate:FutureStartNotFuture',
        ],
        [
            'a latest start date beyond 3 years',
            (f) => (f.futureStart = { enabled: true, maximumAgreementStartDate: '2029-11-25' }),
            'futureStart.maximumAgreementStartDate:FutureStartTooFar',
        ],
        [
            'a renewal without buyers',
            (f) =>
                (f.renewal = {
                    isRenewal: true,
                    acquisitionChannel: 'External',
                    pricingModel: 'Contract',
                }),
            'buyerAccountsText:RenewalNeedsBuyer',
        ],
        [
            'a renewal without its details',
            (f) => {
                f.buyerAccountsText = '123456789012';
                f.renewal = { isRenewal: true, acquisitionChannel: '', pricingModel: '' };
            },
            'renewal.acquisitionChannel:RenewalChannelRequired',
        ],
        [
            'usage pricing in euros',
            (f) => {
                f.pricingModel = 'Usage';
                f.currencyCode = 'EUR';
                f.dimensions = [
                    { key: 'ApiCalls', rate: '0.001', quantity: '' },
                    { key: 'DataScanned', rate: '0.02', quantity: '' },
                ];
            },
            'currencyCode:CurrencyUsdOnly',
        ],
        [
            'a usage dimension left without a rate',
            (f) => {
                f.pricingModel = 'Usage';
                f.dimensions = [{ key: 'ApiCalls', rate: '0.001', quantity: '' }];
            },
            'dimensions.DataScanned.rate:RateRequiredForUsage',
        ],
        [
            '9 decimals on a usage rate',
            (f) => {
                f.pricingModel = 'Usage';
                f.dimensions = [
                    { key: 'ApiCalls', rate: '0.000000001', quantity: '' },
                    { key: 'DataScanned', rate: '0.02', quantity: '' },
                ];
            },
            'dimensions.ApiCalls.rate:RateTooPrecise',
        ],
    ])('refuses %s, on the field to fix', (_, breakIt, expected) => {
        const form = validContract();
        breakIt(form);
        expect(codes(form)).toContain(expected);
    });

    it.each<[string, (form: FormState) => void, string]>([
        [
            'multi-use',
            (f) => (f.availability.usage = 'multiUse'),
            'availability.usage:PaymentScheduleNeedsOneTimeUse',
        ],
        [
            'no expiry date',
            (f) => (f.availability.expiryDate = ''),
            'availability.expiryDate:PaymentScheduleNeedsExpiry',
        ],
        [
            'an expiry on the first payment date',
            (f) => (f.availability.expiryDate = '2027-01-15'),
            'availability.expiryDate:ExpiryAfterFirstPayment',
        ],
        ['no payments', (f) => (f.paymentSchedule = []), 'paymentSchedule:PaymentScheduleRequired'],
        [
            '61 payments',
            (f) =>
                (f.paymentSchedule = Array.from({ length: 61 }, (_, i) => ({
                    chargeDate: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
                    amount: '1',
                }))),
            'paymentSchedule:PaymentScheduleTooLong',
        ],
        [
            'two payments on one date',
            (f) =>
                (f.paymentSchedule = [
                    { chargeDate: '2027-03-01', amount: '1' },
                    { chargeDate: '2027-03-01', amount: '2' },
                ]),
            'paymentSchedule.1.chargeDate:ChargeDateDuplicate',
        ],
        [
            'a payment in the past',
            (f) => (f.paymentSchedule = [{ chargeDate: '2026-01-01', amount: '1' }]),
            'paymentSchedule.0.chargeDate:ChargeDateNotFuture',
        ],
        [
            'a payment after the contract ends',
            (f) => (f.paymentSchedule = [{ chargeDate: '2028-01-15', amount: '1' }]),
            'paymentSchedule.0.chargeDate:ChargeDateBeyondContract',
        ],
        [
            'an amount that is not a number',
            (f) => (f.paymentSchedule = [{ chargeDate: '2027-03-01', amount: '1 000' }]),
            'paymentSchedule.0.amount:AmountInvalid',
        ],
        [
            'an amount with more than 6 decimal places',
            (f) => (f.paymentSchedule = [{ chargeDate: '2027-03-01', amount: '10.1234567' }]),
            'paymentSchedule.0.amount:AmountTooPrecise',
        ],
        [
            'more units than the API holds',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '', quantity: '2147483648' }]),
            'dimensions.Seats.quantity:QuantityInvalid',
        ],
        [
            'a custom duration too long to compute its end',
            (f) =>
                (f.contractDuration = {
                    kind: 'custom',
                    standard: 'P12M',
                    customValue: '9'.repeat(400),
                    customUnit: 'Days',
                }),
            'contractDuration.customValue:ContractDurationInvalid',
        ],
        ['no units granted', (f) => (f.dimensions = []), 'dimensions:NoDimensionGranted'],
        [
            'a fractional number of units',
            (f) => (f.dimensions = [{ key: 'Seats', rate: '', quantity: '1.5' }]),
            'dimensions.Seats.quantity:QuantityInvalid',
        ],
    ])('with a payment schedule, refuses %s', (_, breakIt, expected) => {
        const form = validFps();
        breakIt(form);
        expect(codes(form)).toContain(expected);
    });

    it('takes the largest amounts, quantities and durations it allows', () => {
        const form = validFps();
        form.dimensions = [{ key: 'Seats', rate: '', quantity: '2147483647' }];
        form.paymentSchedule = [{ chargeDate: '2027-01-15', amount: '1000.123456' }];
        expect(codes(form)).toEqual([]);
        form.flexiblePaymentSchedule = false;
        form.availability = { usage: 'multiUse', expiryDate: '' };
        form.dimensions = [{ key: 'Seats', rate: '10', quantity: '' }];
        form.contractDuration = {
            kind: 'custom',
            standard: 'P12M',
            customValue: '9999',
            customUnit: 'Months',
        };
        expect(codes(form)).toEqual([]);
    });

    it('says how long a custom duration may be', () => {
        const form = validContract();
        form.contractDuration = {
            kind: 'custom',
            standard: 'P12M',
            customValue: '0',
            customUnit: 'Months',
        };
        expect(validate(form, SAAS_PRODUCT, TODAY)[0]?.message).toBe(
            'Enter the custom duration as a whole number from 1 to 9999.',
        );
    });

    it('says that dates after today are compared with today in UTC, and which day that is', () => {
        const expiry = validContract();
        expiry.availability.expiryDate = TODAY;
        expect(validate(expiry, SAAS_PRODUCT, TODAY).map((p) => p.message)).toEqual([
            'Choose an expiry date after today (UTC, 2026-11-24).',
        ]);
        const start = validContract();
        start.futureStart = { enabled: true, maximumAgreementStartDate: TODAY };
        expect(validate(start, SAAS_PRODUCT, TODAY).map((p) => p.message)).toEqual([
            'Choose a latest start date after today (UTC, 2026-11-24).',
        ]);
        start.futureStart.maximumAgreementStartDate = '2029-11-25';
        expect(validate(start, SAAS_PRODUCT, TODAY).map((p) => p.message)).toEqual([
            'Choose a latest start date by 2029-11-24, at most 3 years from today (UTC, 2026-11-24).',
        ]);
        const payment = validFps();
        payment.availability.expiryDate = '';
        payment.paymentSchedule = [{ chargeDate: TODAY, amount: '1000.00' }];
        expect(
            problemsOf(validate(payment, SAAS_PRODUCT, TODAY), 'paymentSchedule').map(
                (p) => p.message,
            ),
        ).toEqual(['Choose a payment date after today (UTC, 2026-11-24).']);
    });

    it('lets a usage draft leave every rate empty, but not only some of them', () => {
        const form = validContract();
        form.pricingModel = 'Usage';
        form.dimensions = [];
        expect(codes(form, SAAS_PRODUCT, 'draft')).toEqual([]);
        // The API refuses a usage rate card that leaves out a metered dimension, draft or not.
        form.dimensions = [{ key: 'ApiCalls', rate: '0.01', quantity: '' }];
        expect(codes(form, SAAS_PRODUCT, 'draft')).toEqual([
            'dimensions.DataScanned.rate:RateRequiredForUsage',
        ]);
    });

    it('allows a $0 rate once zero-dollar pricing is on', () => {
        const form = validContract();
        form.zeroDollarPricing = true;
        form.dimensions = [{ key: 'Seats', rate: '0', quantity: '' }];
        expect(codes(form)).toEqual([]);
    });

    it('refuses a product AWS does not resell, on the product field', () => {
        for (const product of [
            { ...SAAS_PRODUCT, visibility: 'Draft' },
            { ...SAAS_PRODUCT, visibility: 'Restricted' },
            { ...SAAS_PRODUCT, productType: 'Data' as const, visibility: 'Public' },
        ]) {
            expect(codes(validContract(), product)).toEqual(['productId:ProductNotResellable']);
            expect(codes(validContract(), product, 'draft')).toEqual([
                'productId:ProductNotResellable',
            ]);
        }
        expect(codes(validContract(), { ...SAAS_PRODUCT, visibility: 'Limited' })).toEqual([]);
    });

    it('requires a custom EULA for professional services, on the legal terms field', () => {
        const form = validContract();
        form.productId = PROFESSIONAL_SERVICES_PRODUCT.productId;
        form.dimensions = [{ key: 'Workshop', rate: '2500', quantity: '' }];
        const problems = (purpose: 'publish' | 'draft' = 'publish') =>
            codes(form, PROFESSIONAL_SERVICES_PRODUCT, purpose);
        for (const type of ['StandardEula', 'EnterpriseEula'] as const) {
            form.buyerLegalTerms = { type, document: null };
            expect(problems()).toEqual([
                'buyerLegalTerms.type:CustomEulaRequiredForProfessionalServices',
            ]);
            // A draft sends the legal terms it has: AWS would refuse them too.
            expect(problems('draft')).toEqual([
                'buyerLegalTerms.type:CustomEulaRequiredForProfessionalServices',
            ]);
        }
        form.buyerLegalTerms = { type: '', document: null };
        expect(problems()).toEqual([
            'buyerLegalTerms.type:CustomEulaRequiredForProfessionalServices',
        ]);
        expect(problems('draft')).toEqual([]);
        form.buyerLegalTerms = {
            type: 'CustomEula',
            document: {
                url: 'https://bucket.s3.amazonaws.com/eula.pdf',
                fileName: 'eula.pdf',
                mustUploadAgain: false,
            },
        };
        expect(problems()).toEqual([]);
    });

    it('takes the currencies AWS takes: any of five for contract pricing, US dollars for the rest', () => {
        for (const currency of ['USD', 'AUD', 'EUR', 'GBP', 'JPY'] as const) {
            const form = validContract();
            form.currencyCode = currency;
            expect(codes(form)).toEqual([]);
        }
        const fps = validFps();
        fps.currencyCode = 'GBP';
        expect(codes(fps)).toEqual(['currencyCode:CurrencyUsdOnly']);
    });

    it('refuses features the product type does not have', () => {
        const form = validContract();
        form.productId = AMI_PRODUCT.productId;
        form.dimensions = [{ key: 'm5.large.annual', rate: '100', quantity: '' }];
        form.futureStart = { enabled: true, maximumAgreementStartDate: '2027-06-01' };
        form.flexiblePaymentSchedule = true;
        expect(codes(form, AMI_PRODUCT)).toEqual(
            expect.arrayContaining([
                'futureStart.enabled:FutureStartUnsupported',
                'flexiblePaymentSchedule:PaymentScheduleUnsupported',
            ]),
        );
    });

    it('lets an incomplete draft through but still checks what was typed', () => {
        const form = validContract();
        form.buyerLegalTerms = { type: '', document: null };
        form.dimensions = [];
        expect(codes(form, SAAS_PRODUCT, 'draft')).toEqual([]);
        form.resellerAccountId = '12';
        expect(codes(form, SAAS_PRODUCT, 'draft')).toEqual([
            'resellerAccountId:ResellerAccountInvalid',
        ]);
    });

    it('reports anything that is not a form as unreadable instead of throwing', () => {
        for (const input of [null, undefined, 42, 'form', [], {}, { version: 1 }]) {
            expect(codes(input)).toEqual(['form:FormUnreadable']);
        }
    });

    it('gives messages in plain words with their params, and filters by field', () => {
        const form = validContract();
        form.buyerAccountsText = '12345';
        const problems = validate(form, SAAS_PRODUCT, TODAY);
        expect(problems[0]?.message).toBe(
            'These buyer accounts are not 12-digit AWS account IDs: 12345.',
        );
        expect(problemsOf(problems, 'buyerAccountsText')).toHaveLength(1);
        expect(problemsOf(problems, 'name')).toHaveLength(0);
    });
});

describe('validation messages as Custom Labels', () => {
    const projectRoot = path.join(__dirname, '..', '..', '..');
    const forceApp = path.join(projectRoot, 'force-app', 'main', 'default');
    // The translation deploys on its own, where French is enabled (see the README).
    const frenchApp = path.join(projectRoot, 'force-app-fr', 'main', 'default');
    const labelsXml = fs.readFileSync(
        path.join(forceApp, 'labels', 'ValidationMessages.labels-meta.xml'),
        'utf8',
    );
    const frenchXml = fs.readFileSync(
        path.join(frenchApp, 'translations', 'fr.translation-meta.xml'),
        'utf8',
    );
    const unescape = (text: string) =>
        text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const english = new Map(
        [...labelsXml.matchAll(/<fullName>(\w+)<\/fullName>[\s\S]*?<value>([^<]*)<\/value>/g)].map(
            (m) => [m[1], unescape(m[2] ?? '')],
        ),
    );
    const french = new Map(
        [...frenchXml.matchAll(/<label>([^<]*)<\/label>\s*<name>(\w+)<\/name>/g)].map((m) => [
            m[2],
            unescape(m[1] ?? ''),
        ]),
    );

    it.each(Object.keys(VALIDATION_MESSAGES) as ValidationCode[])(
        '%s has its label in English and French',
        (code) => {
            const name = validationLabelName(code);
            expect(english.get(name)).toBe(VALIDATION_MESSAGES[code].en);
            expect(french.get(name)).toBe(VALIDATION_MESSAGES[code].fr);
        },
    );

    it('has no label without a message (run npm run labels after a change)', () => {
        const names = Object.keys(VALIDATION_MESSAGES).map((c) =>
            validationLabelName(c as ValidationCode),
        );
        expect([...english.keys()].sort()).toEqual(names.sort());
    });
});
