import {
    formatDate,
    formatDateTime,
    formatDecimal,
    parseDate,
    parseDecimal,
    pluralLabel,
} from 'c/raUi';

describe('dates in the user locale', () => {
    it('shows a calendar date as the date inputs do, whatever the time zone', () => {
        expect(formatDate('2024-12-31', 'en-US')).toBe('Dec 31, 2024');
        expect(formatDate('2024-12-31', 'fr-FR')).toBe('31 déc. 2024');
        expect(formatDate('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
        expect(formatDate('not a date', 'en-US')).toBe('not a date');
        expect(formatDate('', 'en-US')).toBe('');
    });

    it.each([
        ['2027-05-31', 'en-US', '2027-05-31'],
        ['2027-05-31', 'fr-FR', '2027-05-31'],
        ['May 31, 2027', 'en-US', '2027-05-31'],
        ['may 31 2027', 'en-US', '2027-05-31'],
        ['5/31/2027', 'en-US', '2027-05-31'],
        ['05/31/27', 'en-US', '2027-05-31'],
        ['31/05/2027', 'fr-FR', '2027-05-31'],
        ['31 mai 2027', 'fr-FR', '2027-05-31'],
        ['1er janvier 2027', 'fr-FR', '2027-01-01'],
        ['31 déc. 2024', 'fr-FR', '2024-12-31'],
        ['31.12.2024', 'de-DE', '2024-12-31'],
    ])('reads %s in %s', (typed, locale, iso) => {
        expect(parseDate(typed, locale)).toBe(iso);
    });

    it('keeps what is not a date as typed, for validation to say so', () => {
        expect(parseDate('31/05/2027', 'en-US')).toBe('31/05/2027');
        expect(parseDate('Feb 30, 2027', 'en-US')).toBe('Feb 30, 2027');
        expect(parseDate('soon', 'fr-FR')).toBe('soon');
        expect(parseDate('  ', 'fr-FR')).toBe('');
    });

    it('round-trips every date it shows', () => {
        for (const locale of ['en-US', 'fr-FR', 'en-GB', 'de-DE', 'ja-JP']) {
            expect(parseDate(formatDate('2026-02-28', locale), locale)).toBe('2026-02-28');
        }
    });

    it('shows a moment in the user time zone', () => {
        expect(formatDateTime('2026-11-25T10:05:00.000Z', 'en-US', 'America/New_York')).toBe(
            'Nov 25, 2026, 5:05 AM',
        );
        expect(formatDateTime('2026-11-25T10:05:00.000Z', 'fr-FR', 'Europe/Paris')).toBe(
            '25 nov. 2026, 11:05',
        );
    });
});

describe('numbers in the user locale', () => {
    it('writes amounts and rates exactly, with the locale separators', () => {
        expect(formatDecimal('1000.00', 'en-US')).toBe('1,000.00');
        expect(formatDecimal('1000.00', 'fr-FR')).toBe('1\u202f000,00');
        expect(formatDecimal('12345678901234567890.123456789', 'en-US')).toBe(
            '12,345,678,901,234,567,890.123456789',
        );
        expect(formatDecimal('0.25', 'de-DE')).toBe('0,25');
        expect(formatDecimal('abc', 'en-US')).toBe('abc');
    });

    it.each([
        ['1,000.00', 'en-US', '1000.00'],
        ['1000.00', 'en-US', '1000.00'],
        ['1 000,00', 'fr-FR', '1000.00'],
        ['1\u202f000,00', 'fr-FR', '1000.00'],
        ['1000,5', 'fr-FR', '1000.5'],
        ['1000.5', 'fr-FR', '1000.5'],
        ['1.000,5', 'de-DE', '1000.5'],
        ['12,345,678', 'en-US', '12345678'],
    ])('reads %s in %s', (typed, locale, decimal) => {
        expect(parseDecimal(typed, locale)).toBe(decimal);
    });

    it('keeps what is not a number written so, for validation to refuse', () => {
        for (const [typed, locale] of [
            ['1,00', 'en-US'],
            ['1000,5', 'en-US'],
            ['1,000.00.0', 'en-US'],
            ['-3', 'en-US'],
            ['1e3', 'en-US'],
            ['10 00,5', 'fr-FR'],
        ]) {
            expect(parseDecimal(typed, locale)).toBe(typed);
        }
    });
});

describe('plurals', () => {
    const labels = { one: 'one', other: 'other' };

    it('follows the language: 0 is singular in French, plural in English', () => {
        expect(pluralLabel(1, labels, 'en')).toBe('one');
        expect(pluralLabel(0, labels, 'en')).toBe('other');
        expect(pluralLabel(12, labels, 'en')).toBe('other');
        expect(pluralLabel(0, labels, 'fr')).toBe('one');
        expect(pluralLabel(2, labels, 'fr')).toBe('other');
    });
});
