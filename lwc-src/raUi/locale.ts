/**
 * Dates, times and numbers as the user's locale writes them (`@salesforce/i18n/locale`, the
 * locale of the user's Salesforce settings), and read back from what the user types: the one
 * format the inputs, the messages, the review and the record view share. Dates are calendar dates
 * (`YYYY-MM-DD` in the form state), shown as such whatever the time zone; amounts and rates are
 * decimal strings, formatted and read exactly (never through a float).
 */
import USER_LOCALE from '@salesforce/i18n/locale';
import USER_LANGUAGE from '@salesforce/i18n/lang';
import USER_TIME_ZONE from '@salesforce/i18n/timeZone';
import { isIsoDate } from 'c/raDomain';

const FALLBACK_LOCALE = 'en-US';
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
/** Spaces a locale may group digits with, and the one a user types instead. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * What the functions below derive from a locale (its formatters, separators, month names), made
 * once per locale and kept: making an Intl formatter costs far more than using one, and a
 * keystroke in a table of 60 payments formats and reads its values every time.
 */
const derivedOnce = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
    if (!derivedOnce.has(key)) {
        derivedOnce.set(key, make());
    }
    return derivedOnce.get(key) as T;
}

/** A locale Intl knows: the user's, or English (US) when the platform gives none it reads. */
function knownLocale(locale: string | undefined): string {
    return once(`known:${locale ?? ''}`, () => {
        try {
            return Intl.getCanonicalLocales(locale ?? FALLBACK_LOCALE)[0] ?? FALLBACK_LOCALE;
        } catch {
            return FALLBACK_LOCALE;
        }
    });
}

function utcDate(isoDate: string): Date {
    return new Date(`${isoDate}T00:00:00.000Z`);
}

function pad(value: number, length = 2): string {
    return String(value).padStart(length, '0');
}

/** A calendar date in the locale's medium style ("Dec 31, 2024", "31 déc. 2024"); other text as it is. */
export function formatDate(value: string | null | undefined, locale: string = USER_LOCALE): string {
    const text = (value ?? '').trim();
    if (!isIsoDate(text)) {
        return text;
    }
    const known = knownLocale(locale);
    return once(
        `date:${known}`,
        () => new Intl.DateTimeFormat(known, { dateStyle: 'medium', timeZone: 'UTC' }),
    ).format(utcDate(text));
}

/** The order of day, month and year in the locale's numeric dates (`12/31/2024`: month first). */
function numericOrder(locale: string): ('day' | 'month' | 'year')[] {
    return once(`order:${locale}`, () =>
        new Intl.DateTimeFormat(locale, {
            day: 'numeric',
            month: 'numeric',
            year: 'numeric',
            timeZone: 'UTC',
        })
            .formatToParts(utcDate('2024-12-31'))
            .flatMap((part) =>
                part.type === 'day' || part.type === 'month' || part.type === 'year'
                    ? [part.type]
                    : [],
            ),
    );
}

function isoOf(year: number, month: number, day: number): string | null {
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return isIsoDate(iso) ? iso : null;
}

function fullYear(year: string): number {
    return year.length <= 2 ? 2000 + Number(year) : Number(year);
}

/** `31/12/2024` (fr), `12/31/24` (en-US), `2024.12.31`: the numbers in the locale's order. */
function fromNumericDate(text: string, locale: string): string | null {
    const match = /^(\d{1,4})[\s./-]+(\d{1,2})[\s./-]+(\d{1,4})\.?$/.exec(text);
    if (!match) {
        return null;
    }
    const numbers = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
    const order = (numbers[0] ?? '').length === 4 ? ['year', 'month', 'day'] : numericOrder(locale);
    const part = (name: string) => numbers[order.indexOf(name as 'day')] ?? '';
    return isoOf(fullYear(part('year')), Number(part('month')), Number(part('day')));
}

/** The locale's month names, long and short, lower case and without a final dot. */
function monthNames(locale: string): Map<string, number> {
    return once(`months:${locale}`, () => namesOfMonths(locale));
}

function namesOfMonths(locale: string): Map<string, number> {
    const names = new Map<string, number>();
    for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
        for (let index = 0; index < 12; index += 1) {
            const name = format
                .format(new Date(Date.UTC(2024, index, 1)))
                .toLocaleLowerCase(locale)
                .replace(/\.$/, '');
            names.set(name, index + 1);
        }
    }
    return names;
}

/** `Dec 31, 2024`, `31 déc. 2024`, `1er janvier 2027`: a month name, a day and a year. */
function fromWordedDate(text: string, locale: string): string | null {
    const tokens = text
        .toLocaleLowerCase(locale)
        .split(/[\s,]+/)
        .map((token) => token.replace(/\.$/, '').replace(/^(\d{1,2})(er|st|nd|rd|th)$/, '$1'))
        .filter((token) => token !== '');
    const names = monthNames(locale);
    const months = tokens.filter((token) => names.has(token));
    const numbers = tokens.filter((token) => /^\d{1,4}$/.test(token));
    const year = numbers.find((token) => token.length === 4);
    const day = numbers.find((token) => token.length <= 2);
    if (months.length !== 1 || numbers.length !== 2 || !year || !day) {
        return null;
    }
    return isoOf(Number(year), names.get(months[0] ?? '') ?? 0, Number(day));
}

/**
 * A date as the user typed it, as `YYYY-MM-DD`: ISO as typed (`2027-05-31`), the locale's
 * numeric dates (`05/31/2027` in en-US, `31/05/2027` in fr) and its dates with a month name
 * (`May 31, 2027`, `31 mai 2027`). Text that is none of these comes back as typed, so that the
 * form keeps it and validation says what is wrong, instead of emptying the field.
 */
export function parseDate(text: string | null | undefined, locale: string = USER_LOCALE): string {
    const typed = (text ?? '').trim();
    if (typed === '' || /^\d{4}-\d{2}-\d{2}$/.test(typed)) {
        return typed;
    }
    const known = knownLocale(locale);
    return fromNumericDate(typed, known) ?? fromWordedDate(typed, known) ?? typed;
}

/** How the locale writes 1,234.5: its group and decimal separators. */
function separators(locale: string): { group: string; decimal: string } {
    return once(`separators:${locale}`, () => {
        const parts = new Intl.NumberFormat(locale).formatToParts(1234.5);
        return {
            group: parts.find((part) => part.type === 'group')?.value ?? ',',
            decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
        };
    });
}

function groupedInteger(digits: string, locale: string): string {
    return once(
        `integer:${locale}`,
        () => new Intl.NumberFormat(locale, { useGrouping: true }),
    ).format(BigInt(digits));
}

/** A decimal string ("1000.50") as the locale writes it ("1,000.50", "1 000,50"), exactly. */
export function formatDecimal(
    value: string | null | undefined,
    locale: string = USER_LOCALE,
): string {
    const text = (value ?? '').trim();
    const match = DECIMAL.exec(text);
    if (!match) {
        return text;
    }
    const known = knownLocale(locale);
    const integer = groupedInteger(match[1] ?? '0', known);
    return match[2] === undefined ? integer : `${integer}${separators(known).decimal}${match[2]}`;
}

/**
 * A number as the user typed it, as a decimal string: "1,000.50" where the locale writes it so,
 * "1 000,50" in French, and "1000.50" everywhere. Text that is not a number written so (a
 * misplaced separator, a sign, letters) comes back as typed, for validation to refuse.
 */
export function parseDecimal(
    text: string | null | undefined,
    locale: string = USER_LOCALE,
): string {
    const typed = (text ?? '').trim();
    if (typed === '' || DECIMAL.test(typed)) {
        return typed;
    }
    const known = knownLocale(locale);
    const { group, decimal } = separators(known);
    const spacedGroup = group.replace(SPACES, ' ') === ' ';
    const normalized = typed.replace(SPACES, ' ');
    // The locale's decimal separator; a point too where the locale groups with something else.
    const point = normalized.includes(decimal)
        ? decimal
        : decimal !== '.' && group !== '.'
          ? '.'
          : null;
    const pieces = point ? normalized.split(point) : [normalized];
    if (pieces.length > 2) {
        return typed;
    }
    const [integer = '', fraction] = pieces;
    if (fraction !== undefined && !/^\d+$/.test(fraction)) {
        return typed;
    }
    const digits = integer.replace(spacedGroup ? / /g : new RegExp(`\\${group}`, 'g'), '');
    const written = groupedInteger(/^\d+$/.test(digits) ? digits : '0', known).replace(SPACES, ' ');
    if (!/^\d+$/.test(digits) || (integer !== digits && integer !== written)) {
        return typed;
    }
    return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** A moment (ISO 8601) as the user's locale and time zone write it: date and time. */
export function formatDateTime(
    value: string | null | undefined,
    locale: string = USER_LOCALE,
    timeZone: string = USER_TIME_ZONE,
): string {
    return formatMoment(value, { dateStyle: 'medium', timeStyle: 'short' }, locale, timeZone);
}

/** The time of day of a moment (ISO 8601), in the user's locale and time zone. */
export function formatTime(
    value: string | null | undefined,
    locale: string = USER_LOCALE,
    timeZone: string = USER_TIME_ZONE,
): string {
    return formatMoment(value, { timeStyle: 'medium' }, locale, timeZone);
}

function formatMoment(
    value: string | null | undefined,
    style: Intl.DateTimeFormatOptions,
    locale: string,
    timeZone: string,
): string {
    const at = value ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) {
        return value ?? '';
    }
    try {
        return new Intl.DateTimeFormat(knownLocale(locale), { ...style, timeZone }).format(at);
    } catch {
        return new Intl.DateTimeFormat(knownLocale(locale), style).format(at);
    }
}

/**
 * The label of a count in the user's language: `one` where the language says "1 month" (and
 * French "0 mois"), `other` elsewhere.
 */
export function pluralLabel(
    count: number,
    labels: { one: string; other: string },
    language: string = USER_LANGUAGE,
): string {
    let rule: Intl.LDMLPluralRule = count === 1 ? 'one' : 'other';
    try {
        rule = new Intl.PluralRules(language).select(count);
    } catch {
        // An unknown language keeps English's rule.
    }
    return rule === 'one' ? labels.one : labels.other;
}
