/**
 * Queueable Apex for the local twin, with the platform rules the status chain depends on:
 * - `enqueue` with a duplicate signature throws `DuplicateMessageError` while a job with that
 *   signature is queued; a job loses its signature when it starts running, so a running job
 *   does not block the next one (Apex Developer Guide, "Detecting Duplicate Queueable Jobs");
 * - a job enqueued from a running job is one level deeper in its chain; beyond the org's
 *   maximum depth (5 in Developer Edition and Trial orgs) the enqueue throws;
 * - a delay is in whole minutes; a finalizer runs after its job, whether it succeeded or threw;
 * - a scheduled (Schedulable) run starts new chains at depth 1; a daily scheduled job runs
 *   every 1,440 minutes, and a second one of the same name is refused.
 * `minuteMs` scales a minute for the local app; tests run the queue by hand with `runNow`.
 * The running job's depth follows its asynchronous context, as an Apex transaction's would: a
 * request served while a job awaits a callout enqueues at depth 1, not one below that job.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class DuplicateMessageError extends Error {
    constructor() {
        super('Attempt to enqueue job with duplicate queueable signature');
        this.name = 'DuplicateMessageException';
    }
}

export class MaximumStackDepthError extends Error {
    constructor(depth: number) {
        super(`Maximum stack depth has been reached: ${depth}`);
        this.name = 'AsyncException';
    }
}

export interface QueueableContext {
    /** Depth of the running job in its chain: 1 for the first job. */
    readonly depth: number;
    attachFinalizer(finalizer: (result: 'SUCCESS' | 'UNHANDLED_EXCEPTION') => Promise<void>): void;
}

export interface Queueable {
    execute(context: QueueableContext): Promise<void>;
}

export interface EnqueueOptions {
    signature?: string;
    delayMinutes?: number;
}

interface QueuedJob {
    job: Queueable;
    signature: string | null;
    depth: number;
    delayMinutes: number;
    dueAt: number;
    timer: NodeJS.Timeout | null;
}

export interface AsyncQueueOptions {
    /** Milliseconds in a minute of delay; `null` never runs jobs on their own (tests). */
    minuteMs: number | null;
    maxChainDepth: number;
    onError?: (error: unknown) => void;
}

export class LocalAsyncQueue {
    private readonly queued: QueuedJob[] = [];
    private running: Promise<void> = Promise.resolve();
    /** The depth of the job whose code is running; none outside a job (a request). */
    private readonly jobDepth = new AsyncLocalStorage<number>();
    private readonly dailyJobs = new Map<string, NodeJS.Timeout | null>();
    private stopped = false;
    private readonly recurring: NodeJS.Timeout[] = [];

    constructor(private readonly options: AsyncQueueOptions) {}

    get maxChainDepth(): number {
        return this.options.maxChainDepth;
    }

    /**
     * `System.enqueueJob`: from a request (depth 1) or from the running job or its finalizer
     * (one level deeper).
     */
    enqueue(job: Queueable, options: EnqueueOptions = {}): void {
        const signature = options.signature ?? null;
        if (signature && this.queued.some((queued) => queued.signature === signature)) {
            throw new DuplicateMessageError();
        }
        const depth = (this.jobDepth.getStore() ?? 0) + 1;
        if (depth > this.options.maxChainDepth) {
            throw new MaximumStackDepthError(this.options.maxChainDepth);
        }
        const delayMs = (options.delayMinutes ?? 0) * (this.options.minuteMs ?? 0);
        const queued: QueuedJob = {
            job,
            signature,
            depth,
            delayMinutes: options.delayMinutes ?? 0,
            dueAt: Date.now() + delayMs,
            timer: null,
        };
        this.queued.push(queued);
        if (this.options.minuteMs !== null && !this.stopped) {
            queued.timer = setTimeout(() => {
                this.runQueued(queued).catch((error: unknown) => this.options.onError?.(error));
            }, delayMs);
            queued.timer.unref();
        }
    }

    /** `System.schedule` of a one-off run: `start` runs outside any chain, after the delay. */
    schedule(delayMinutes: number, start: () => void): void {
        this.enqueueScheduled(
            {
                execute: async () => {
                    start();
                },
            },
            delayMinutes,
        );
    }

    /**
     * `System.schedule(name, cron, job)` of a daily job: `run` every day, a day being 1,440
     * minutes of `minuteMs` (never on its own when `minuteMs` is null: tests call the job).
     * The platform refuses a second scheduled job of the same name.
     */
    scheduleDaily(name: string, run: () => Promise<void>): void {
        if (this.dailyJobs.has(name)) {
            throw new Error(`The Apex job named "${name}" is already scheduled for execution.`);
        }
        const minuteMs = this.options.minuteMs;
        const timer =
            minuteMs === null || this.stopped
                ? null
                : setInterval(() => {
                      run().catch((error: unknown) => this.options.onError?.(error));
                  }, 1440 * minuteMs);
        timer?.unref();
        this.dailyJobs.set(name, timer);
    }

    /**
     * `System.schedule` with a cron expression that repeats: `start` runs every `everyMinutes`,
     * outside any chain, on a timer of its own (a recurring schedule is no queued job, so
     * `runNow` does not run it). Never, when minutes do not pass here (`minuteMs` null).
     */
    scheduleRecurring(everyMinutes: number, start: () => void): void {
        if (this.options.minuteMs === null || this.stopped) {
            return;
        }
        const timer = setInterval(() => {
            if (!this.stopped) {
                this.jobDepth.run(0, start);
            }
        }, everyMinutes * this.options.minuteMs);
        timer.unref();
        this.recurring.push(timer);
    }

    queuedCount(): number {
        return this.queued.length;
    }

    /**
     * Runs what is queued now, delayed jobs included, then whatever those enqueue without a
     * delay, until only delayed work is left; the tests' stand-in for time passing.
     */
    async runNow(): Promise<void> {
        let batch = [...this.queued];
        while (batch.length > 0) {
            for (const queued of batch) {
                await this.runQueued(queued);
            }
            batch = this.queued.filter((queued) => queued.delayMinutes === 0);
        }
    }

    async stop(): Promise<void> {
        this.stopped = true;
        this.recurring.forEach((timer) => clearInterval(timer));
        this.queued.forEach((queued) => queued.timer && clearTimeout(queued.timer));
        this.dailyJobs.forEach((timer) => timer && clearInterval(timer));
        await this.running.catch(() => undefined);
    }

    /** Queued at depth 0: the Schedulable is not part of a chain, and its enqueues start at 1. */
    private enqueueScheduled(job: Queueable, delayMinutes: number): void {
        this.jobDepth.run(-1, () => this.enqueue(job, { delayMinutes }));
    }

    /** One job at a time, as one worker would take them; the job's signature goes first. */
    private runQueued(queued: QueuedJob): Promise<void> {
        const run = this.running.then(async () => {
            const index = this.queued.indexOf(queued);
            if (index < 0 || this.stopped) {
                return;
            }
            this.queued.splice(index, 1);
            if (queued.timer) {
                clearTimeout(queued.timer);
            }
            let finalizer: ((result: 'SUCCESS' | 'UNHANDLED_EXCEPTION') => Promise<void>) | null =
                null;
            let result: 'SUCCESS' | 'UNHANDLED_EXCEPTION' = 'SUCCESS';
            // A scheduled start (depth 0) is not part of a chain.
            const depth = Math.max(queued.depth, 0);
            await this.jobDepth.run(depth, async () => {
                try {
                    await queued.job.execute({
                        depth: queued.depth,
                        attachFinalizer: (f) => {
                            finalizer = f;
                        },
                    });
                } catch (error) {
                    result = 'UNHANDLED_EXCEPTION';
                    this.options.onError?.(error);
                }
                await (finalizer as ((r: typeof result) => Promise<void>) | null)?.(result);
            });
        });
        this.running = run.catch(() => undefined);
        return run;
    }
}
