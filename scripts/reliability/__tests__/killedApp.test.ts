import { agreeingReport } from '../awsAgreement';
import { faultRunSeed } from '../faultEnvironment';
import { runKilledApp } from '../killedApp';

describe('the local app killed with SIGKILL in the middle of a burst of publishes', () => {
    it('ends with one resale authorization per record once restarted and settled', async () => {
        const report = await runKilledApp({
            records: Number(process.env.FAULT_RUN_RECORDS ?? 30),
            concurrency: 6,
            kills: 3,
            seed: faultRunSeed(20261128),
        });
        console.log(`Killed app run: ${JSON.stringify(report)}`);
        // The kills did cut requests in the middle of publishes, one after AWS had answered.
        expect(report.kills).toBe(3 + 2);
        expect(report.scripted).toEqual({ sendCut: true, takenByAws: true });
        expect(report.cutRequests).toBeGreaterThan(1);
        // And nothing was sent twice, lost, or left in flight.
        expect(report.violations).toEqual([]);
        expect(report.settle.inFlight).toBe(0);
        expect(report.agreement).toEqual(agreeingReport(report.records));
    }, 120_000);
});
