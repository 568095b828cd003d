/** Timestamps as the Catalog API writes them: `YYYY-MM-DDTHH:MM:SSZ`. */
export function isoTimestamp(date: Date): string {
    return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The simulator's notion of today, for the rules about dates in the future. Real time by
 * default; a fixed `today` lets the official samples, written with dates now past, be run as
 * they were meant (the simulator then behaves as on that day).
 */
export class SimulatorClock {
    constructor(private readonly fixedToday?: string) {}

    now(): Date {
        return new Date();
    }

    today(): string {
        return this.fixedToday ?? this.now().toISOString().slice(0, 10);
    }
}
