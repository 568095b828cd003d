import { runConcurrentSessions } from '../concurrentSessions';
import { agreeingReport } from '../awsAgreement';
import { faultRunSeed } from '../faultEnvironment';

describe('several sessions publishing one record while the Catalog API misbehaves', () => {
    it('sends one change per record, never other terms, and AWS holds one resale authorization per record', async () => {
        const report = await runConcurrentSessions({
            records: Number(process.env.FAULT_RUN_RECORDS ?? 40),
            maxSessions: 4,
            concurrency: 4,
            seed: faultRunSeed(20261127),
        });
        console.log(`Session run: ${JSON.stringify(report)}`);
        // The run met what it is about: sessions racing, lost answers, edits and crafted sets.
        expect(report.sessions).toBeGreaterThanOrEqual(2 * report.records);
        expect(report.injected.drop).toBeGreaterThan(0);
        expect(
            (report.refusals.RA_Apex_SendInProgress ?? 0) +
                (report.refusals.RA_Apex_ChangeInFlight ?? 0),
        ).toBeGreaterThan(0);
        expect(report.edits.refusedSaves).toBeGreaterThan(0);
        expect(report.edits.frozenPrepares).toBeGreaterThan(0);
        expect(report.crafted.refused).toBeGreaterThan(0);
        expect(report.crafted.frozen).toBeGreaterThan(0);
        expect(report.overtaken).toBe(1);
        // And nothing was sent twice, lost, or sent with other terms than the record's.
        expect(report.violations).toEqual([]);
        expect(report.settle.inFlight).toBe(0);
        expect(report.agreement).toEqual(agreeingReport(report.records));
    }, 120_000);
});
