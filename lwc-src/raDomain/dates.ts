/** Calendar dates as `YYYY-MM-DD` strings: compared as text, computed in UTC, no clock inside. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
    if (typeof value !== 'string') {
        return false;
    }
    const match = ISO_DATE.exec(value);
    if (!match) {
        return false;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
    );
}

function toDate(value: string): Date {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function fromDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

/** The date `months` calendar months later, clamped to the month's last day. */
export function addMonths(value: string, months: number): string {
    const date = toDate(value);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const lastDay = new Date(
        Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
    ).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return fromDate(target);
}

export function addDays(value: string, days: number): string {
    const date = toDate(value);
    date.setUTCDate(date.getUTCDate() + days);
    return fromDate(date);
}

/** Adds an ISO 8601 duration of months or days (`P12M`, `P180D`); null for other forms. */
export function addIsoDuration(value: string, duration: string): string | null {
    const match = /^P(\d+)([MD])$/.exec(duration);
    if (!match) {
        return null;
    }
    const amount = Number(match[1]);
    return match[2] === 'M' ? addMonths(value, amount) : addDays(value, amount);
}

/** The date part of an ISO 8601 date or date-time (`2027-07-01T00:00:00.000Z` → `2027-07-01`). */
export function datePart(value: unknown): string {
    return typeof value === 'string' ? value.slice(0, 10) : '';
}

/** Whole days from one date to another (`2026-11-25` to `2026-12-15` is 20; negative before). */
export function daysBetween(from: string, to: string): number {
    return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}
