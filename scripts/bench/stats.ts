/** Timing helpers for the benchmarks: percentiles of samples in milliseconds. */
export interface LatencySummary {
    samples: number;
    p50Ms: number;
    p99Ms: number;
}

export function percentile(sortedMs: readonly number[], fraction: number): number {
    if (sortedMs.length === 0) {
        return 0;
    }
    const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);
    return sortedMs[Math.max(0, index)] ?? 0;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return {
        samples: sorted.length,
        p50Ms: round(percentile(sorted, 0.5)),
        p99Ms: round(percentile(sorted, 0.99)),
    };
}

export function round(value: number, digits = 3): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

export function elapsedMs(startNs: bigint): number {
    return Number(process.hrtime.bigint() - startNs) / 1e6;
}

/** Runs `task` `total` times with at most `concurrency` in flight; returns each duration. */
export async function timedRuns(
    total: number,
    concurrency: number,
    task: (index: number) => Promise<void>,
): Promise<number[]> {
    const durations: number[] = [];
    let next = 0;
    async function worker(): Promise<void> {
        while (next < total) {
            const index = next;
            next += 1;
            const started = process.hrtime.bigint();
            await task(index);
            durations.push(elapsedMs(started));
        }
    }
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
    return durations;
}
