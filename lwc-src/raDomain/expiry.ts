/**
 * When a resale authorization is about to expire, and when a one-time one was used up: the rules
 * of the expiry radar and of the daily expiry notice, held once. `ExpiryRadar.cls` holds the same
 * rules in the org (contract vectors `expiryRadar`). Dates are `YYYY-MM-DD` in UTC, the calendar
 * AWS compares availability end dates with; `today` is a parameter.
 */
import { addDays, daysBetween, isIsoDate } from './dates';

/** The windows the radar offers, in days; the org's notice days are offered too. */
export const RADAR_WINDOWS: readonly number[] = [7, 30, 60, 90];
/** The largest window the server accepts, in days. */
export const MAX_RADAR_DAYS = 365;

/**
 * Whether an expiry date falls within the next `days` days: today (its last day) up to and
 * including `today + days`. A resale authorization that never expires never does.
 */
export function expiresWithin(
    expiryDate: string | null | undefined,
    today: string,
    days: number,
): boolean {
    return (
        typeof expiryDate === 'string' &&
        isIsoDate(expiryDate) &&
        expiryDate >= today &&
        expiryDate <= addDays(today, days)
    );
}

/**
 * Whether a resale authorization is expiring: shown Active (the Portal's Active: released, not
 * used up, not restricted, not expired, no change of ours with AWS or failed) and its expiry date
 * within the next `days` days. The radar lists these; the daily notice tells their owners.
 */
export function isExpiring(
    displayStatus: string | null | undefined,
    expiryDate: string | null | undefined,
    today: string,
    days: number,
): boolean {
    return displayStatus === 'Active' && expiresWithin(expiryDate, today, days);
}

/**
 * Whether a one-time resale authorization was used up within the last `days` days: shown Used,
 * and AWS last changed it (the offer made from it) on or after `today - days` (UTC).
 * @param usedAt when AWS last modified it (ISO 8601 date-time), null when never read from AWS
 */
export function isRecentlyUsed(
    displayStatus: string | null | undefined,
    usedAt: string | null | undefined,
    today: string,
    days: number,
): boolean {
    return (
        displayStatus === 'Used' &&
        typeof usedAt === 'string' &&
        usedAt.slice(0, 10) >= addDays(today, -days)
    );
}

/** Days from today to the expiry date: 0 on its last day, 1 the day before. */
export function daysLeft(expiryDate: string, today: string): number {
    return daysBetween(today, expiryDate);
}

/** The Custom Labels of the days left, by plural form. */
export type DaysLeftLabel = 'RA_DaysLeft_Today' | 'RA_DaysLeft_One' | 'RA_DaysLeft_Other';

/**
 * The label that says how many days are left, `{0}` the count: "Last day" on the expiry date,
 * then "1 day left", "12 days left" ("1 jour restant", "12 jours restants"). From 1 day on, 1 is
 * the singular and every other count the plural in English and in French alike (French's other
 * singular, 0, is the last day), so the form depends on the count only.
 */
export function daysLeftLabel(days: number): DaysLeftLabel {
    if (days <= 0) {
        return 'RA_DaysLeft_Today';
    }
    return days === 1 ? 'RA_DaysLeft_One' : 'RA_DaysLeft_Other';
}
