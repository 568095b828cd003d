import { validate, toStartChangeSet } from '../../../lwc-src/raDomain/raDomain';
import { fullContractForm, DIMENSION_COUNT, PAYMENT_COUNT } from '../domainBench';
import { contractForm, isoDate, seedProduct } from '../seedForms';
import { percentile, summarize, timedRuns } from '../stats';

describe('benchmark statistics', () => {
    it('takes the nearest-rank percentile', () => {
        const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
        expect(percentile(sorted, 0.5)).toBe(50);
        expect(percentile(sorted, 0.99)).toBe(99);
        expect(percentile([], 0.5)).toBe(0);
        expect(summarize([3, 1, 2])).toEqual({ samples: 3, p50Ms: 2, p99Ms: 3 });
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

    it('publishes valid forms for the seed products', () => {
        const product = seedProduct('prod-saas-analytics');
        expect(validate(contractForm('Bench'), product, isoDate(0))).toEqual([]);
        expect(() => seedProduct('prod-unknown')).toThrow('No seed product');
    });
});
