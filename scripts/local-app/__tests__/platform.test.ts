import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuplicateMessageError, LocalAsyncQueue } from '../contract/asyncApex';
import { inTransaction, RecordLocks, UncommittedWorkPendingError } from '../contract/platform';
import type { PlatformDeps } from '../contract/platform';
import { StatusSyncJob } from '../contract/StatusSyncJob';
import type { ContractDeps } from '../contract/contractDeps';
import { LocalStore } from '../contract/store';
import type { StoredChange, StoredRecord } from '../contract/store';

function platform(): PlatformDeps {
    const store = LocalStore.open({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'platform-')),
        reset: true,
    });
    store.putRecord({ id: 'a01', authorizationName: 'Before' } as StoredRecord);
    return { store, locks: new RecordLocks(), clock: () => 0 };
}

describe('the platform rules the local twin models', () => {
    it('refuses a callout after a write in the same transaction, and rolls the write back', async () => {
        const deps = platform();
        const callout = jest.fn(async () => 'answer');
        await expect(
            inTransaction(deps, async (transaction) => {
                const record = await transaction.lockForUpdate('a01');
                transaction.updateRecord({
                    ...(record as StoredRecord),
                    authorizationName: 'Written',
                });
                return transaction.callout(callout);
            }),
        ).rejects.toBeInstanceOf(UncommittedWorkPendingError);
        expect(callout).not.toHaveBeenCalled();
        expect(deps.store.record('a01')?.authorizationName).toBe('Before');
    });

    it('releases the record lock at a callout: another transaction gets in meanwhile', async () => {
        const deps = platform();
        const order: string[] = [];
        let answer: () => void = () => undefined;
        const first = inTransaction(deps, async (transaction) => {
            await transaction.lockForUpdate('a01');
            order.push('first locked');
            await transaction.callout(
                () =>
                    new Promise<void>((resolve) => {
                        answer = resolve;
                    }),
            );
            order.push('first answered');
        });
        await new Promise((resolve) => setImmediate(resolve));
        await inTransaction(deps, async (transaction) => {
            await transaction.lockForUpdate('a01');
            order.push('second locked');
        });
        answer();
        await first;
        expect(order).toEqual(['first locked', 'second locked', 'first answered']);
    });

    it('commits a transaction’s writes at its end only', async () => {
        const deps = platform();
        await inTransaction(deps, async (transaction) => {
            const record = await transaction.lockForUpdate('a01');
            transaction.updateRecord({ ...(record as StoredRecord), authorizationName: 'After' });
            expect(deps.store.record('a01')?.authorizationName).toBe('Before');
            expect(transaction.record('a01')?.authorizationName).toBe('After');
        });
        expect(deps.store.record('a01')?.authorizationName).toBe('After');
    });

    it('deletes a record with its change rows at commit only, and not on a rollback', async () => {
        const deps = platform();
        deps.store.putChange({ id: 'a02', recordId: 'a01', startedAt: '' } as StoredChange);
        await expect(
            inTransaction(deps, async (transaction) => {
                transaction.deleteRecord('a01');
                expect(transaction.record('a01')).toBeUndefined();
                expect(transaction.changesOf('a01')).toEqual([]);
                expect(deps.store.record('a01')).toBeDefined();
                // A delete is a write: no callout after it.
                return transaction.callout(async () => 'answer');
            }),
        ).rejects.toBeInstanceOf(UncommittedWorkPendingError);
        expect(deps.store.record('a01')).toBeDefined();
        expect(deps.store.changesOf('a01')).toHaveLength(1);
        await inTransaction(deps, async (transaction) => transaction.deleteRecord('a01'));
        expect(deps.store.record('a01')).toBeUndefined();
        expect(deps.store.changesOf('a01')).toEqual([]);
    });

    it('queues one job per duplicate signature and allows the next once it runs', async () => {
        const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: 5 });
        const runs: number[] = [];
        const job = (n: number) => ({
            execute: async () => {
                runs.push(n);
                // A running job has no signature any more: its successor may be queued.
                queue.enqueue(job(n + 1), { signature: 'S' });
            },
        });
        queue.enqueue(job(1), { signature: 'S' });
        expect(() => queue.enqueue(job(99), { signature: 'S' })).toThrow(DuplicateMessageError);
        await queue.runNow().catch(() => undefined);
        // The chain stops at depth 5: the sixth enqueue throws.
        expect(runs).toEqual([1, 2, 3, 4, 5]);
    });

    it('starts a recurring schedule on its own timer, outside any chain, never from runNow', async () => {
        jest.useFakeTimers();
        try {
            const queue = new LocalAsyncQueue({ minuteMs: 1000, maxChainDepth: 5 });
            const depths: number[] = [];
            queue.scheduleRecurring(60, () =>
                queue.enqueue({
                    execute: async (context) => {
                        depths.push(context.depth);
                    },
                }),
            );
            await queue.runNow();
            expect(queue.queuedCount()).toBe(0);
            jest.advanceTimersByTime(60_000);
            jest.advanceTimersByTime(60_000);
            expect(queue.queuedCount()).toBe(2);
            await queue.runNow();
            expect(depths).toEqual([1, 1]);
            await queue.stop();
            jest.advanceTimersByTime(60_000);
            expect(queue.queuedCount()).toBe(0);
        } finally {
            jest.useRealTimers();
        }
    });

    it('never runs a recurring schedule where minutes do not pass', () => {
        const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: 5 });
        let started = 0;
        queue.scheduleRecurring(1, () => {
            started += 1;
        });
        expect(started).toBe(0);
        expect(queue.queuedCount()).toBe(0);
    });

    it('gives a request served while a deep job awaits a callout a chain of its own', async () => {
        const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: 2 });
        let answerCallout: () => void = () => undefined;
        const callout = new Promise<void>((resolve) => {
            answerCallout = resolve;
        });
        const depths: number[] = [];
        const recordDepth = {
            execute: async (context: { depth: number }) => {
                depths.push(context.depth);
            },
        };
        queue.enqueue({
            execute: async () => {
                queue.enqueue({
                    execute: async (context) => {
                        depths.push(context.depth);
                        await callout;
                        // The chain is at its limit: this job cannot enqueue another.
                        expect(() => queue.enqueue(recordDepth)).toThrow();
                    },
                });
            },
        });
        const running = queue.runNow();
        await new Promise((resolve) => setImmediate(resolve));
        expect(depths).toEqual([2]);
        // A user's publish, served while the job at depth 2 waits for AWS.
        expect(() => queue.enqueue(recordDepth)).not.toThrow();
        answerCallout();
        await running;
        expect(depths).toEqual([2, 1]);
    });
});

describe('the status job chain', () => {
    it('starts nothing on a second start while a run is queued', () => {
        const base = platform();
        const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: 5 });
        const deps = { ...base, queue } as unknown as ContractDeps;
        expect(StatusSyncJob.ensureRunning(deps)).toBe(true);
        expect(StatusSyncJob.ensureRunning(deps)).toBe(false);
        expect(queue.queuedCount()).toBe(1);
    });
});
