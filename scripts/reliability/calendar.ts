/**
 * Calendar arithmetic for generating dates, written apart from the domain's so that a mistake
 * there is not copied into the forms that test it.
 */

const MS_PER_DAY = 86_400_000;

function parse(date: string): Date {
    return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && format(parse(value)) === value;
}

/** `value` when it is a calendar date, else `fallback`. */
export function dateOr(value: string, fallback: string): string {
    const trimmed = value.trim();
    return isCalendarDate(trimmed) ? trimmed : fallback;
}

export function shiftDays(date: string, days: number): string {
    return format(new Date(parse(date).getTime() + days * MS_PER_DAY));
}

/** Calendar months later, on the same day or the month's last day when it has fewer. */
export function shiftMonths(date: string, months: number): string {
    const start = parse(date);
    const firstOfTarget = new Date(
        Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1),
    );
    const daysInTarget = new Date(
        Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
    ).getUTCDate();
    firstOfTarget.setUTCDate(Math.min(start.getUTCDate(), daysInTarget));
    return format(firstOfTarget);
}

export function daysBetween(from: string, to: string): number {
    return Math.round((parse(to).getTime() - parse(from).getTime()) / MS_PER_DAY);
}

/** The end of a contract of `P<n>M` or `P<n>D` starting on `date`. */
export function contractEnd(date: string, duration: { amount: number; unit: 'M' | 'D' }): string {
    return duration.unit === 'M'
        ? shiftMonths(date, duration.amount)
        : shiftDays(date, duration.amount);
}
