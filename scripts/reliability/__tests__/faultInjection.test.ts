import { agreeingReport } from '../awsAgreement';
import { faultRunSeed } from '../faultEnvironment';
import { runFaultInjection, seededRandom } from '../faultInjection';

describe('publishing while the Catalog API misbehaves', () => {
    it('ends with exactly one resale authorization per publish, none lost, statuses as on AWS', async () => {
        const report = await runFaultInjection({
            publishes: Number(process.env.FAULT_RUN_PUBLISHES ?? 200),
            concurrency: 8,
            seed: faultRunSeed(20261125),
            restartEvery: 50,
        });
        console.log(`Fault run: ${JSON.stringify(report)}`);
        // The run did meet the faults it is about.
        expect(report.injected.drop).toBeGreaterThan(0);
        expect(report.injected.error).toBeGreaterThan(0);
        expect(report.doubleSubmits).toBeGreaterThan(0);
        expect(report.restarts).toBeGreaterThanOrEqual(3);
        // And nothing was duplicated, lost or out of step.
        expect(report.entitiesOnAws).toBe(report.publishes);
        expect(report.recordsInStore).toBe(report.publishes);
        expect(report.duplicateRecords).toBe(0);
        expect(report.lostRecords).toBe(0);
        expect(report.agreement).toEqual(agreeingReport(report.publishes));
    }, 240_000);

    it('repeats a run from its seed', () => {
        const first = seededRandom(7);
        const second = seededRandom(7);
        const a = Array.from({ length: 5 }, () => first());
        expect(Array.from({ length: 5 }, () => second())).toEqual(a);
        expect(a.every((value) => value >= 0 && value < 1)).toBe(true);
    });
});
