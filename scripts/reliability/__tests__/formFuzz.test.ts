import { formatFuzzReport, runFormFuzz } from '../formFuzz';
import { FUZZ_TODAYS, fuzzSettings } from '../fuzzSettings';
import { describeDisagreements } from '../verdicts';

const settings = fuzzSettings();
/** Generous for the default 10,000 forms (a run takes a fraction of it), longer for more. */
const TIMEOUT_MS = Math.max(180_000, settings.forms * 18);

describe('random forms applied by the Catalog API simulator', () => {
    it(
        `validates and maps ${settings.forms} forms without an exception, and the API accepts and applies every form the form accepts`,
        () => {
            const report = runFormFuzz({ ...settings, todays: FUZZ_TODAYS, applyRefused: true });
            console.log(
                `${formatFuzzReport(report)}\n  replay: FORM_FUZZ_SEED=${report.seed} FORM_FUZZ_FORMS=${report.forms}`,
            );
            expect(report.exceptionExamples).toEqual([]);
            expect(report.exceptions).toBe(0);
            expect(report.schemaViolations).toBe(0);
            expect(report.tally.unavailable).toEqual([]);
            expect(report.tally.counts.noSimulatorVerdict).toBe(0);
            expect(report.tally.misapplied).toEqual([]);
            expect(report.tally.counts.simulatorMisapplied).toBe(0);
            expect(describeDisagreements(report.tally)).toBe('');
            expect(report.tally.counts.formAcceptedSimulatorRefused).toBe(0);
            // Every form was applied, the accepted ones above all: the comparison covers them all.
            expect(report.tally.sent).toBe(report.forms);
            if (report.forms >= 1000) {
                // Without many valid forms of every kind the comparison would say little.
                expect(report.accepted).toBeGreaterThan(report.forms / 5);
                const kinds = [...report.acceptedByKind.keys()].join('\n');
                for (const kind of [
                    'Contract publish',
                    'Contract+PaymentSchedule publish',
                    'Usage publish',
                    'draft',
                    '(existing draft)',
                ]) {
                    expect(kinds).toContain(kind);
                }
            }
        },
        TIMEOUT_MS,
    );

    it('catches a form that accepts too much: its change sets are refused by the API', () => {
        const report = runFormFuzz({
            seed: 7,
            forms: 300,
            todays: FUZZ_TODAYS,
            applyRefused: false,
            validateForm: () => [],
        });
        expect(report.accepted).toBe(300);
        expect(report.tally.counts.formAcceptedSimulatorRefused).toBeGreaterThan(0);
        expect(describeDisagreements(report.tally)).toMatch(
            /form\(s\) accepted by the form and refused by the API:/,
        );
    }, 30_000);
});
