import {
    RADAR_WINDOWS,
    daysBetween,
    daysLeft,
    daysLeftLabel,
    expiresWithin,
    isExpiring,
    isRecentlyUsed,
} from 'c/raDomain';

const TODAY = '2026-11-25';

describe('expiring within N days', () => {
    it('counts today, its last day, up to and including the Nth day', () => {
        expect(expiresWithin('2026-11-25', TODAY, 30)).toBe(true);
        expect(expiresWithin('2026-12-25', TODAY, 30)).toBe(true);
        expect(expiresWithin('2026-12-26', TODAY, 30)).toBe(false);
        expect(expiresWithin('2026-11-24', TODAY, 30)).toBe(false);
        expect(expiresWithin('2026-12-02', TODAY, 7)).toBe(true);
        expect(expiresWithin('2026-12-03', TODAY, 7)).toBe(false);
    });

    it('never holds for one that never expires, or a date that is none', () => {
        expect(expiresWithin(null, TODAY, 90)).toBe(false);
        expect(expiresWithin('', TODAY, 90)).toBe(false);
        expect(expiresWithin('2026-11-31', TODAY, 90)).toBe(false);
    });

    it('holds for what the Portal shows Active only', () => {
        expect(isExpiring('Active', '2026-12-01', TODAY, 30)).toBe(true);
        for (const status of ['Restricted', 'Expired', 'Used', 'Draft', 'FAILED', 'PREPARING']) {
            expect(isExpiring(status, '2026-12-01', TODAY, 30)).toBe(false);
        }
    });
});

describe('used up recently', () => {
    it('holds for one shown Used that AWS changed within the last N days (UTC)', () => {
        expect(isRecentlyUsed('Used', '2026-11-18T00:00:00.000Z', TODAY, 7)).toBe(true);
        expect(isRecentlyUsed('Used', '2026-11-17T23:59:59.000Z', TODAY, 7)).toBe(false);
        expect(isRecentlyUsed('Used', '2026-11-25T08:00:00Z', TODAY, 7)).toBe(true);
        expect(isRecentlyUsed('Active', '2026-11-25T08:00:00Z', TODAY, 7)).toBe(false);
        expect(isRecentlyUsed('Used', null, TODAY, 90)).toBe(false);
    });
});

describe('days left', () => {
    it('counts whole days to the expiry date, across months and years', () => {
        expect(daysLeft('2026-11-25', TODAY)).toBe(0);
        expect(daysLeft('2026-11-26', TODAY)).toBe(1);
        expect(daysLeft('2027-01-01', TODAY)).toBe(37);
        expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
        expect(daysBetween('2026-12-15', '2026-11-25')).toBe(-20);
    });

    it('names its plural form by the count alone', () => {
        expect([0, 1, 2, 12, 21, 101].map(daysLeftLabel)).toEqual([
            'RA_DaysLeft_Today',
            'RA_DaysLeft_One',
            'RA_DaysLeft_Other',
            'RA_DaysLeft_Other',
            'RA_DaysLeft_Other',
            'RA_DaysLeft_Other',
        ]);
    });

    it('offers the windows a sales operations team plans with', () => {
        expect(RADAR_WINDOWS).toEqual([7, 30, 60, 90]);
    });
});
