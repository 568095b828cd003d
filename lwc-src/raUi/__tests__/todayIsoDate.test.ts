import { todayIsoDate } from 'c/raUi';
import { useUtcOffset } from '../../test/timeZone';

const UTC_MINUS_11 = -11 * 60;
const UTC_PLUS_2 = 2 * 60;
const UTC_PLUS_14 = 14 * 60;

/** The local calendar date of an instant, as the browser reads it. */
function localDate(instant: Date): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
});

describe('todayIsoDate: today as AWS sees it', () => {
    it.each([
        // 18:00 on the 24th in UTC−11: AWS is already on the 25th.
        [
            'UTC−11 in the evening',
            UTC_MINUS_11,
            '2026-11-25T05:00:00.000Z',
            '2026-11-24',
            '2026-11-25',
        ],
        // 00:30 on the 25th in UTC+2: AWS is still on the 24th.
        [
            'UTC+2 after midnight',
            UTC_PLUS_2,
            '2026-11-24T22:30:00.000Z',
            '2026-11-25',
            '2026-11-24',
        ],
        // 13:59 on the 25th in UTC+14, the last minute of the 24th in UTC.
        [
            'UTC+14 in the afternoon',
            UTC_PLUS_14,
            '2026-11-24T23:59:59.999Z',
            '2026-11-25',
            '2026-11-24',
        ],
        // Across a year end, in UTC−11.
        [
            'UTC−11 on New Year’s Eve',
            UTC_MINUS_11,
            '2027-01-01T00:00:00.000Z',
            '2026-12-31',
            '2027-01-01',
        ],
    ])('is the UTC date for a user in %s', (_zone, offset, instant, local, utc) => {
        useUtcOffset(offset);
        const now = new Date(instant);
        // The user's calendar shows another day: the case where the two differ.
        expect(localDate(now)).toBe(local);
        expect(now.getTimezoneOffset()).toBe(-offset);
        expect(todayIsoDate(now)).toBe(utc);
    });

    it('reads the clock when given no instant', () => {
        jest.useFakeTimers({ now: new Date('2026-11-25T05:00:00.000Z') });
        useUtcOffset(UTC_MINUS_11);
        expect(localDate(new Date())).toBe('2026-11-24');
        expect(todayIsoDate()).toBe('2026-11-25');
    });

    it('turns to the next day at midnight UTC, not at local midnight', () => {
        useUtcOffset(UTC_PLUS_2);
        expect(todayIsoDate(new Date('2026-11-24T23:59:59.999Z'))).toBe('2026-11-24');
        expect(todayIsoDate(new Date('2026-11-25T00:00:00.000Z'))).toBe('2026-11-25');
        // Local midnight in UTC+2 is 22:00 UTC: still the same UTC day.
        expect(todayIsoDate(new Date('2026-11-24T21:59:59.999Z'))).toBe('2026-11-24');
        expect(todayIsoDate(new Date('2026-11-24T22:00:00.000Z'))).toBe('2026-11-24');
    });
});
