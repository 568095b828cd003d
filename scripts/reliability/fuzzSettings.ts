/**
 * The run's seed and size: fixed by default so that a run can be replayed, changed with
 * `FORM_FUZZ_SEED` and `FORM_FUZZ_FORMS`.
 */
export const DEFAULT_SEED = 20_261_124;
export const DEFAULT_FORMS = 10_000;

/**
 * The days forms are filled in: an ordinary day, a month's last day (months added to it are
 * clamped) and a leap day (three years on, February has no 29th).
 */
export const FUZZ_TODAYS = ['2026-11-24', '2027-01-31', '2028-02-29'] as const;

export interface FuzzSettings {
    seed: number;
    forms: number;
}

function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
    const raw = env[name]?.trim();
    if (!raw) {
        return fallback;
    }
    if (!/^-?\d+$/.test(raw)) {
        throw new Error(`${name} must be a whole number, not "${raw}"`);
    }
    return Number(raw);
}

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
    const forms = integerSetting(env, 'FORM_FUZZ_FORMS', DEFAULT_FORMS);
    if (forms < 1) {
        throw new Error('FORM_FUZZ_FORMS must be at least 1');
    }
    return { seed: integerSetting(env, 'FORM_FUZZ_SEED', DEFAULT_SEED), forms };
}
