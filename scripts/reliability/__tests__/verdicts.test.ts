import { DEFAULT_FORMS, DEFAULT_SEED, fuzzSettings } from '../fuzzSettings';
import { FuzzTally, compareVerdicts, describeDisagreements, reasonKind } from '../verdicts';
import type { CaseSummary, FormVerdict, SimulatorVerdict } from '../verdicts';

const accepted: FormVerdict = { accepted: true };
const refusedByForm: FormVerdict = { accepted: false, codes: ['NameRequired'] };
const apiAccepted: SimulatorVerdict = { kind: 'accepted' };
const apiRefused: SimulatorVerdict = {
    kind: 'refused',
    stage: 'changeSet',
    reasons: ['UpdatePricingTerms INVALID_RATE_CARD: Provide rates for all metered dimensions'],
};
const noAnswer: SimulatorVerdict = { kind: 'unavailable', reason: 'ThrottlingException' };
const misapplied: SimulatorVerdict = {
    kind: 'misapplied',
    reasons: ['UpdateNetPaymentTerms: resaleauthz-1 does not show the requested terms'],
};

const summary = (index: number): CaseSummary => ({
    index,
    productId: 'prod-saas-analytics',
    today: '2026-11-24',
    purpose: 'draft',
    entityId: null,
    mutations: ['dimensions: one left empty'],
    form: { name: 'Acme' },
});

describe('comparing what the form and the API said', () => {
    it.each<[FormVerdict, SimulatorVerdict, string]>([
        [accepted, apiAccepted, 'bothAccepted'],
        [refusedByForm, apiRefused, 'bothRefused'],
        [accepted, apiRefused, 'formAcceptedSimulatorRefused'],
        [refusedByForm, apiAccepted, 'formRefusedSimulatorAccepted'],
        [accepted, noAnswer, 'noSimulatorVerdict'],
        [refusedByForm, noAnswer, 'noSimulatorVerdict'],
        [accepted, misapplied, 'simulatorMisapplied'],
        [refusedByForm, misapplied, 'simulatorMisapplied'],
    ])('%j and %j: %s', (form, simulator, expected) => {
        expect(compareVerdicts(form, simulator)).toBe(expected);
    });

    it('reports a form accepted by the form and refused by the API, with the case to replay', () => {
        const tally = new FuzzTally();
        tally.record(summary(1), accepted, apiAccepted);
        expect(describeDisagreements(tally)).toBe('');
        tally.record(summary(2), accepted, apiRefused);
        expect(tally.counts.formAcceptedSimulatorRefused).toBe(1);
        expect(tally.sent).toBe(2);
        const report = describeDisagreements(tally);
        expect(report).toContain('1 form(s) accepted by the form and refused by the API');
        expect(report).toContain('1 × UpdatePricingTerms INVALID_RATE_CARD');
        expect(report).toContain('#2 prod-saas-analytics on 2026-11-24 (draft)');
        expect(report).toContain('dimensions: one left empty');
        expect(report).toContain('{"name":"Acme"}');
    });

    it('counts what only the form refuses by validation code, and keeps the cases without an answer or applied wrongly', () => {
        const tally = new FuzzTally();
        tally.record(
            summary(1),
            { accepted: false, codes: ['RateInvalid', 'DateInvalid'] },
            apiAccepted,
        );
        tally.record(
            summary(2),
            { accepted: false, codes: ['DateInvalid', 'RateInvalid'] },
            apiAccepted,
        );
        tally.record(summary(3), accepted, noAnswer);
        tally.record(summary(4), refusedByForm, misapplied);
        expect([...tally.stricterByCode]).toEqual([['DateInvalid + RateInvalid', 2]]);
        expect(tally.unavailable.map((u) => u.formCase.index)).toEqual([3]);
        expect(tally.misapplied.map((u) => u.formCase.index)).toEqual([4]);
        expect(describeDisagreements(tally)).toBe('');
    });

    it('names the kind of a refusal without its values', () => {
        expect(
            reasonKind(
                'ValidationException: StartChangeSetRequest.ChangeSet[2].DetailsDocument.Terms[0].Schedule[9].ChargeAmount: must have at most 6 decimal places',
            ),
        ).toBe(
            'ValidationException StartChangeSetRequest.ChangeSet.DetailsDocument.Terms.Schedule.ChargeAmount',
        );
        expect(reasonKind('UpdatePricingTerms INVALID_RATE_CARD: missing m5.xlarge')).toBe(
            'UpdatePricingTerms INVALID_RATE_CARD',
        );
    });
});

describe('fuzz settings', () => {
    it('uses a fixed seed and size unless told otherwise', () => {
        expect(fuzzSettings({})).toEqual({ seed: DEFAULT_SEED, forms: DEFAULT_FORMS });
        expect(fuzzSettings({ FORM_FUZZ_SEED: ' 42 ', FORM_FUZZ_FORMS: '500' })).toEqual({
            seed: 42,
            forms: 500,
        });
    });

    it('refuses settings that are not whole numbers', () => {
        expect(() => fuzzSettings({ FORM_FUZZ_SEED: 'abc' })).toThrow(/FORM_FUZZ_SEED/);
        expect(() => fuzzSettings({ FORM_FUZZ_FORMS: '0' })).toThrow(/FORM_FUZZ_FORMS/);
    });
});
