import type { RunningSimulator } from '../../catalog-simulator/server';
import { startTestSimulator } from '../../catalog-simulator/__tests__/simulatorHarness';
import { CatalogConnection, catalogVerdict } from '../catalogVerdict';
import { formatFuzzReport, runFormFuzz } from '../formFuzz';
import type { SendChangeSet } from '../formFuzz';
import { FUZZ_TODAYS, fuzzSettings } from '../fuzzSettings';
import { describeDisagreements } from '../verdicts';

const settings = fuzzSettings();
const CONCURRENCY = 32;
/** Generous for the default 10,000 forms (a run takes a fraction of it), longer for more. */
const TIMEOUT_MS = Math.max(180_000, settings.forms * 18);

describe('random forms against the Catalog API simulator', () => {
    const simulators: RunningSimulator[] = [];
    const connections = new Map<string, CatalogConnection>();

    beforeAll(async () => {
        for (const today of FUZZ_TODAYS) {
            const simulator = await startTestSimulator({
                today,
                durable: false,
                maxRequestsPerSecond: 1_000_000,
            });
            simulators.push(simulator);
            connections.set(today, new CatalogConnection(simulator.url));
        }
    });

    afterAll(async () => {
        for (const connection of connections.values()) {
            connection.close();
        }
        await Promise.all(simulators.map((simulator) => simulator.stop()));
    });

    const send: SendChangeSet = (today, request) => {
        const connection = connections.get(today);
        if (!connection) {
            throw new Error(`no simulator runs on ${today}`);
        }
        return catalogVerdict(connection, request);
    };

    it(
        `validates and maps ${settings.forms} forms without an exception, and the API accepts every form the form accepts`,
        async () => {
            const report = await runFormFuzz(
                { ...settings, todays: FUZZ_TODAYS, concurrency: CONCURRENCY, sendRefused: true },
                send,
            );
            console.log(
                `${formatFuzzReport(report)}\n  replay: FORM_FUZZ_SEED=${report.seed} FORM_FUZZ_FORMS=${report.forms}`,
            );
            expect(report.exceptionExamples).toEqual([]);
            expect(report.exceptions).toBe(0);
            expect(report.schemaViolations).toBe(0);
            expect(report.tally.unavailable).toEqual([]);
            expect(report.tally.counts.noSimulatorVerdict).toBe(0);
            expect(describeDisagreements(report.tally)).toBe('');
            expect(report.tally.counts.formAcceptedSimulatorRefused).toBe(0);
            // Every form was sent, the accepted ones above all: the comparison covers them all.
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

    it('catches a form that accepts too much: its change sets are refused by the API', async () => {
        const report = await runFormFuzz(
            {
                seed: 7,
                forms: 300,
                todays: FUZZ_TODAYS,
                concurrency: CONCURRENCY,
                sendRefused: false,
                validateForm: () => [],
            },
            send,
        );
        expect(report.accepted).toBe(300);
        expect(report.tally.counts.formAcceptedSimulatorRefused).toBeGreaterThan(0);
        expect(describeDisagreements(report.tally)).toMatch(
            /form\(s\) accepted by the form and refused by the API:/,
        );
    }, 30_000);
});
