import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import {
    create,
    fixedUpfrontPricing,
    paymentSchedule,
    release,
    request,
    update,
} from '../../catalog-simulator/__tests__/changeBuilders';
import { throwawayCatalog } from '../../catalog-simulator/throwawayCatalog';
import { termsNotCarried } from '../appliedTerms';

type Json = Record<string, unknown>;

const TODAY = '2026-11-24';

/** Every change type the form sends, on a SaaS product with a flexible payment schedule. */
const PUBLISH: StartChangeSetCommandInput = request([
    create({ Description: 'Seats for Acme' }),
    fixedUpfrontPricing(),
    paymentSchedule([
        { ChargeDate: '2027-01-01', ChargeAmount: '200.00' },
        { ChargeDate: '2027-02-01', ChargeAmount: '300.00' },
    ]),
    update('UpdateAvailability', { AvailabilityEndDate: '2026-12-15', OffersMaxQuantity: 1 }),
    update('UpdateLegalTerms', {
        Terms: [
            { Type: 'BuyerLegalTerm', Documents: [{ Type: 'StandardEula' }] },
            { Type: 'ResaleLegalTerm', Documents: [{ Type: 'StandardResellerContract' }] },
        ],
    }),
    update('UpdateBuyerTargetingTerms', {
        Terms: [
            {
                Type: 'BuyerTargetingTerm',
                PositiveTargeting: { BuyerAccounts: ['444455556666', '555566667777'] },
            },
        ],
    }),
    update('UpdateBuyerValidityTerms', {
        Terms: [{ Type: 'BuyerValidityTerm', MaximumAgreementStartDate: '2027-06-01' }],
    }),
    update('UpdateNetPaymentTerms', {
        Terms: [{ Type: 'ResaleNetPaymentTerm', PaymentDuePeriod: 'P60D' }],
    }),
    update('UpdateInformation', {
        PreExistingBuyerAgreement: { AcquisitionChannel: 'External', PricingModel: 'Contract' },
    }),
    release(),
]);

/** Applies PUBLISH and gives its changes, their entities and the described entity. */
function applied(): { changes: Json[]; entityIds: string[]; described: Json } {
    const catalog = throwawayCatalog(TODAY);
    const changes = JSON.parse(JSON.stringify(PUBLISH.ChangeSet)) as Json[];
    const { ChangeSetId } = catalog.startChangeSet({ ...PUBLISH, ChangeSet: changes });
    const changeSet = catalog.describeChangeSet(
        new URLSearchParams({ catalog: 'AWSMarketplace', changeSetId: String(ChangeSetId) }),
    );
    expect(changeSet.Status).toBe('SUCCEEDED');
    const entityIds = (changeSet.ChangeSet as { Entity: { Identifier: string } }[]).map(
        (change) => change.Entity.Identifier,
    );
    const entity = catalog.describeEntity(
        new URLSearchParams({ catalog: 'AWSMarketplace', entityId: entityIds[0] ?? '' }),
    );
    return { changes, entityIds, described: entity.DetailsDocument as Json };
}

const termsOf = (details: Json): Json[] => details.Terms as Json[];
const changeRule = (details: Json, type: string, fields: Json): void => {
    details.Rules = (details.Rules as Json[]).map((rule) =>
        rule.Type === type ? { ...rule, ...fields } : rule,
    );
};
const termOf = (details: Json, type: string): Json => {
    const term = termsOf(details).find((t) => t.Type === type);
    if (!term) {
        throw new Error(`no ${type}`);
    }
    return term;
};

describe('whether a succeeded change set shows in its resale authorization', () => {
    it('finds every requested section in the entity the simulator describes', () => {
        const { changes, entityIds, described } = applied();
        expect(termsNotCarried(changes, entityIds, () => described)).toEqual([]);
    });

    it.each<[string, (details: Json) => void, RegExp]>([
        [
            'a grant of another quantity',
            (d) => {
                termOf(d, 'ResaleFixedUpfrontPricingTerm').Grants = [
                    { DimensionKey: 'Seats', MaxQuantity: 4 },
                ];
            },
            /^UpdatePricingTerms: .* UpdatePricingTerms$/,
        ],
        [
            'a pricing term more than requested',
            (d) => {
                termsOf(d).push({ Type: 'ResaleUsageBasedPricingTerm', RateCards: [] });
            },
            /^UpdatePricingTerms: /,
        ],
        [
            'a charge on another day',
            (d) => {
                const schedule = termOf(d, 'ResalePaymentScheduleTerm').Schedule as Json[];
                schedule[1] = { ...schedule[1], ChargeDate: '2027-02-02T00:00:00.000Z' };
            },
            /^UpdatePaymentScheduleTerms: /,
        ],
        [
            'a buyer account missing',
            (d) => {
                termOf(d, 'BuyerTargetingTerm').PositiveTargeting = {
                    BuyerAccounts: [{ AwsAccountId: '444455556666' }],
                };
            },
            /^UpdateBuyerTargetingTerms: /,
        ],
        [
            'no reseller agreement',
            (d) => {
                d.Terms = termsOf(d).filter((t) => t.Type !== 'ResaleLegalTerm');
            },
            /^UpdateLegalTerms: /,
        ],
        [
            'another end of availability',
            (d) =>
                changeRule(d, 'AvailabilityRule', { AvailabilityEndDate: '2026-12-16T23:59:59Z' }),
            /^UpdateAvailability: .* Availability$/,
        ],
        [
            'another reseller',
            (d) => changeRule(d, 'PartnerTargetingRule', { ResellerAccountId: '222233334444' }),
            /^CreateResaleAuthorization: .* ResellerAccountId$/,
        ],
        [
            'another description',
            (d) => {
                d.Description = 'Seats';
            },
            /^CreateResaleAuthorization: .* Description$/,
        ],
        [
            'no renewal',
            (d) => {
                d.PreExistingBuyerAgreement = {
                    AcquisitionChannel: 'Unknown',
                    PricingModel: 'Unknown',
                };
            },
            /^UpdateInformation: .* PreExistingBuyerAgreement$/,
        ],
        [
            'still a draft',
            (d) => {
                d.Status = 'Draft';
            },
            /^ReleaseResaleAuthorization: .* Status$/,
        ],
    ])('reports %s', (_, tamper, reported) => {
        const { changes, entityIds, described } = applied();
        tamper(described);
        const problems = termsNotCarried(changes, entityIds, () => described);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(reported);
    });

    it('checks a section against the last change that sets it', () => {
        const changes: Json[] = [
            {
                ChangeType: 'CreateResaleAuthorization',
                DetailsDocument: { ProductId: 'prod-x', Name: 'Acme 2027', ResellerAccountId: '1' },
            },
            { ChangeType: 'UpdateInformation', Details: JSON.stringify({ Name: 'Acme2028' }) },
        ];
        const described: Json = {
            ProductId: 'prod-x',
            Name: 'Acme2028',
            Status: 'Draft',
            Rules: [{ Type: 'PartnerTargetingRule', ResellerAccountId: '1' }],
        };
        expect(termsNotCarried(changes, ['ra', 'ra'], () => described)).toEqual([]);
        expect(
            termsNotCarried(changes, ['ra', 'ra'], () => ({ ...described, Name: 'Acme 2027' })),
        ).toEqual(['UpdateInformation: ra does not show the requested Name']);
    });
});
