/** `Iso8601.cls` in TypeScript: timestamps and dates of the contract as ISO 8601 text. */
import { isIsoDate } from '../../../lwc-src/raDomain/dates';

export class Iso8601 {
    /** A timestamp (milliseconds since the epoch) as `yyyy-MM-ddTHH:mm:ss.SSSZ`. */
    static format(epochMs: number): string {
        return new Date(epochMs).toISOString();
    }

    /** Milliseconds since the epoch, or null for a blank text. */
    static parseDateTime(text: string | null | undefined): number | null {
        return text ? Date.parse(text) : null;
    }

    /** The `yyyy-MM-dd` date a text starts with, or null for a blank text. */
    static parseDate(text: string | null | undefined): string | null {
        return text?.trim() ? text.trim().slice(0, 10) : null;
    }

    /** A calendar date written `yyyy-MM-dd`, or null: a draft may hold anything its user typed. */
    static parseCalendarDate(text: string | null | undefined): string | null {
        const date = text?.trim() ?? '';
        return isIsoDate(date) ? date : null;
    }
}

/**
 * Whether a stored timestamp is unset or not after `now`: a refresh window over, a claim ended.
 * A module function, not a method: the Apex compares its Datetimes directly.
 */
export function isUnsetOrPast(text: string | null, now: number): boolean {
    const at = Iso8601.parseDateTime(text);
    return at === null || at <= now;
}
