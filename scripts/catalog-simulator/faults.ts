/**
 * Faults the simulator can be told to inject, per operation and for the next N requests:
 * - `latency`: answer `latencyMs` later;
 * - `error`: answer 500 InternalServiceException without doing anything;
 * - `drop`: do the work (a change set is recorded), then close the connection without an
 *   answer, so the client times out: the case that makes naive clients create duplicates.
 */
export interface FaultRule {
    /** Operation name (`StartChangeSet`...) or `*` for every Catalog API operation. */
    operation: string;
    kind: 'latency' | 'error' | 'drop';
    latencyMs?: number;
    /** How many matching requests it applies to; unlimited when absent. */
    count?: number;
    /** How many matching requests pass untouched before it applies (none when absent). */
    after?: number;
}

export class FaultInjector {
    private rules: FaultRule[] = [];

    set(rules: FaultRule[]): void {
        this.rules = rules.map((rule) => ({ ...rule }));
    }

    add(rule: FaultRule): void {
        this.rules.push({ ...rule });
    }

    clear(): void {
        this.rules = [];
    }

    list(): FaultRule[] {
        return this.rules.map((rule) => ({ ...rule }));
    }

    /** The faults for one request, each used up by one. */
    take(operation: string): { latencyMs: number; error: boolean; drop: boolean } {
        const result = { latencyMs: 0, error: false, drop: false };
        for (const rule of this.rules) {
            if (rule.operation !== '*' && rule.operation !== operation) {
                continue;
            }
            if (rule.after !== undefined && rule.after > 0) {
                rule.after -= 1;
                continue;
            }
            if (rule.count !== undefined) {
                if (rule.count <= 0) {
                    continue;
                }
                rule.count -= 1;
            }
            if (rule.kind === 'latency') {
                result.latencyMs += rule.latencyMs ?? 0;
            } else if (rule.kind === 'error') {
                result.error = true;
            } else {
                result.drop = true;
            }
        }
        this.rules = this.rules.filter((rule) => rule.count === undefined || rule.count > 0);
        return result;
    }
}

/** Requests in the last second, refused above a limit (ThrottlingException). */
export class RequestRateLimiter {
    private readonly times: number[] = [];

    constructor(public maxPerSecond: number) {}

    allow(now: number = Date.now()): boolean {
        while (this.times.length > 0 && (this.times[0] ?? 0) <= now - 1000) {
            this.times.shift();
        }
        if (this.times.length >= this.maxPerSecond) {
            return false;
        }
        this.times.push(now);
        return true;
    }
}
