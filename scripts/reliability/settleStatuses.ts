/**
 * Runs the local status sync until no change set is in flight, for the runs that publish many
 * resale authorizations at once. Each round moves the local clock past the 30-second window so
 * every record in flight is due again, but the simulator's rate limit counts real seconds: a
 * round that met ThrottlingException waits out the limiter's one-second window before the next.
 * Without that pause, twenty rounds fit in a fraction of a real second, the limiter lets a few
 * dozen describes through in all, and records stay in flight at random (the rounds' pace, not
 * the code under test, decided the outcome).
 */
import { isInFlight } from '../local-app/contract/ResaleAuthorizationSelector';
import type { StoredRecord } from '../local-app/contract/store';

export interface SettleTarget {
    /** One pass of the background sync; resolves with how many records it looked at. */
    syncPass(): Promise<number>;
    records(): StoredRecord[];
    /** Moves the local clock forward by this many milliseconds. */
    advanceClock(ms: number): void;
}

export interface SettleOptions {
    /** Real time to wait after a throttled round (the limiter's window); 0 never waits. */
    throttleWaitMs: number;
    maxRounds: number;
}

export interface SettleReport {
    rounds: number;
    throttledRounds: number;
    inFlight: number;
}

const WINDOW_MS = 31_000;

export async function settleStatuses(
    target: SettleTarget,
    options: SettleOptions,
): Promise<SettleReport> {
    const report: SettleReport = { rounds: 0, throttledRounds: 0, inFlight: 0 };
    for (; report.rounds < options.maxRounds; report.rounds += 1) {
        const waiting = target.records().filter(isInFlight);
        if (waiting.length === 0) {
            break;
        }
        target.advanceClock(WINDOW_MS);
        while ((await target.syncPass()) > 0) {
            // Ten records per pass, as the org's job: go on until nothing is due.
        }
        const throttled = target
            .records()
            .some((record) => isInFlight(record) && record.errorDetails?.includes('Throttling'));
        if (throttled) {
            report.throttledRounds += 1;
            if (options.throttleWaitMs > 0) {
                await new Promise((resolve) => setTimeout(resolve, options.throttleWaitMs));
            }
        }
    }
    report.inFlight = target.records().filter(isInFlight).length;
    return report;
}
