import { validate, toStartChangeSet } from '../../../lwc-src/raDomain/raDomain';
import { runApiEconomyBench } from '../apiEconomyBench';
import { runImportBench } from '../importBench';
import { fullContractForm, DIMENSION_COUNT, PAYMENT_COUNT } from '../domainBench';
import { contractForm, isoDate, seedProduct } from '../seedForms';
import { percentile, summarize, timedRuns } from '../stats';
import { figure } from '../listBench';
import { PAGE_SCRIPT } from '../pageTiming';

describe('benchmark statistics', () => {
    it('takes the nearest-rank percentile', () => {
        const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
        expect(percentile(sorted, 0.5)).toBe(50);
        expect(percentile(sorted, 0.99)).toBe(99);
        expect(percentile([], 0.5)).toBe(0);
        expect(summarize([3, 1, 2])).toEqual({ samples: 3, p50Ms: 2, p99Ms: 3 });
    });

    it('gives each browser figure as the median of its samples, beside its target', () => {
        const samples = [
            { ms: 320, mainThreadMs: 200 },
            { ms: 180.04, mainThreadMs: 150 },
            { ms: 250, mainThreadMs: 170.06 },
        ];
        expect(figure(samples, 300)).toEqual({
            ms: 250,
            targetMs: 300,
            withinTarget: true,
            mainThreadMs: 170.1,
            samplesMs: [320, 180, 250],
            mainThreadSamplesMs: [200, 150, 170.1],
        });
        expect(
            figure(
                [
                    { ms: 120, mainThreadMs: 60 },
                    { ms: 101, mainThreadMs: 50 },
                ],
                100,
            ).withinTarget,
        ).toBe(false);
    });

    it('gives the page a timing script it can compile', () => {
        expect(() => new Function(PAGE_SCRIPT)).not.toThrow();
    });

    it('never runs more tasks at once than the concurrency', async () => {
        let running = 0;
        let peak = 0;
        const durations = await timedRuns(20, 3, async () => {
            running += 1;
            peak = Math.max(peak, running);
            await new Promise((resolve) => setTimeout(resolve, 1));
            running -= 1;
        });
        expect(durations).toHaveLength(20);
        expect(peak).toBe(3);
    });
});

describe('benchmark forms', () => {
    it('measures a valid full contract form with 20 dimensions and 12 payments', () => {
        const { form, product, today } = fullContractForm();
        expect(validate(form, product, today)).toEqual([]);
        expect(form.dimensions).toHaveLength(DIMENSION_COUNT);
        expect(form.paymentSchedule).toHaveLength(PAYMENT_COUNT);
        const request = toStartChangeSet(form, product, {
            intent: 'publish',
            clientRequestToken: 'token',
        });
        expect(request.ChangeSet?.length).toBeGreaterThan(3);
    });

    it('measures the wizard on a valid contract with 20 dimensions and 60 payments', () => {
        const { form, product, today } = fullContractForm(60);
        expect(validate(form, product, today)).toEqual([]);
        expect(form.paymentSchedule).toHaveLength(60);
        expect(form.contractDuration.standard).toBe('P36M');
    });

    it('publishes valid forms for the seed products', () => {
        const product = seedProduct('prod-saas-analytics');
        expect(validate(contractForm('Bench'), product, isoDate(0))).toEqual([]);
        expect(() => seedProduct('prod-unknown')).toThrow('No seed product');
    });
});

describe('Catalog API economy', () => {
    it('makes one StartChangeSet per publish and at most one DescribeChangeSet per 30 seconds', async () => {
        const { workflows, refreshStorm } = await runApiEconomyBench();
        const byName = Object.fromEntries(workflows.map((w) => [w.workflow, w]));
        expect(byName['save as draft']?.startChangeSet).toBe(0);
        for (const name of ['create and publish', 'edit a draft, then publish it', 'deactivate']) {
            expect(byName[name]).toMatchObject({ startChangeSet: 1, describeChangeSet: 1 });
        }
        expect(refreshStorm.refreshRequests).toBe(1800);
        expect(refreshStorm.maxDescribesPer30s).toBe(1);
        expect(refreshStorm.describeChangeSet).toBeLessThanOrEqual(
            Math.ceil(refreshStorm.simulatedSeconds / 30),
        );
    }, 60_000);
});

describe('the import of many resale authorizations', () => {
    it('lists 50 a page, describes 20 a call, and stays far below the callouts of a transaction', async () => {
        const figures = await runImportBench(450);
        expect(figures.imported).toBe(450);
        expect(figures.listEntitiesCalls).toBe(Math.ceil(450 / 50));
        expect(figures.batchDescribeEntitiesCalls).toBe(Math.ceil(450 / 20));
        // 3 steps of at most 200 listed, then one reading records again and one for end dates.
        expect(figures.transactions).toBe(5);
        expect(figures.maxCalloutsPerTransaction).toBe(4 + 10);
        expect(figures.secondRun).toMatchObject({
            imported: 0,
            listEntitiesCalls: 1,
            batchDescribeEntitiesCalls: 0,
        });
    }, 60_000);
});
