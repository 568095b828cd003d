/**
 * A browser in another time zone, for the tests of dates: every `Date` gives its local date, time
 * and offset at a fixed offset from UTC. A test file cannot change the time zone of the process
 * that runs it (its `process.env` is a copy), so the tests shift these readings instead;
 * `jest.restoreAllMocks()` puts them back.
 */
const LOCAL_READINGS = [
    ['getFullYear', 'getUTCFullYear'],
    ['getMonth', 'getUTCMonth'],
    ['getDate', 'getUTCDate'],
    ['getDay', 'getUTCDay'],
    ['getHours', 'getUTCHours'],
    ['getMinutes', 'getUTCMinutes'],
] as const;

/** Local time is UTC plus `offsetMinutes` (UTC−11: -660; UTC+2: 120). */
export function useUtcOffset(offsetMinutes: number): void {
    const shifted = (date: Date) => new Date(date.getTime() + offsetMinutes * 60_000);
    jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-offsetMinutes);
    for (const [local, utc] of LOCAL_READINGS) {
        jest.spyOn(Date.prototype, local).mockImplementation(function (this: Date) {
            return shifted(this)[utc]();
        });
    }
}
