/**
 * Exact decimal arithmetic on the strings the Catalog API uses for prices ("150", "0.00"):
 * prices are never floats. A decimal is digits with an optional fraction, no sign, no exponent.
 */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

interface ScaledDecimal {
    units: bigint;
    scale: number;
}

function parse(value: string): ScaledDecimal | null {
    const match = DECIMAL.exec(value.trim());
    if (!match) {
        return null;
    }
    const fraction = match[2] ?? '';
    return { units: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
}

function rescale(value: ScaledDecimal, scale: number): bigint {
    return value.units * 10n ** BigInt(scale - value.scale);
}

/** True for a non-negative decimal string such as "0", "150" or "12.345". */
export function isDecimal(value: unknown): value is string {
    return typeof value === 'string' && DECIMAL.test(value.trim());
}

/** Digits after the decimal point ("1.250" has 3). */
export function decimalPlaces(value: string): number {
    return parse(value)?.scale ?? 0;
}

export function isZeroDecimal(value: string): boolean {
    return parse(value)?.units === 0n;
}

/** Compares two decimal strings: negative, zero or positive like `Array.sort` expects. */
export function compareDecimals(a: string, b: string): number {
    const left = parse(a);
    const right = parse(b);
    if (!left || !right) {
        throw new Error(`Not a decimal: ${left ? b : a}`);
    }
    const scale = Math.max(left.scale, right.scale);
    const difference = rescale(left, scale) - rescale(right, scale);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Exact sum of decimal strings, with as many decimals as the most precise term (at least 2). */
export function sumDecimals(values: readonly string[]): string {
    const parsed = values.map(parse).filter((v): v is ScaledDecimal => v !== null);
    const scale = Math.max(2, ...parsed.map((v) => v.scale));
    const total = parsed.reduce((sum, v) => sum + rescale(v, scale), 0n);
    const digits = total.toString().padStart(scale + 1, '0');
    return `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}
