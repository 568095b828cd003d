/**
 * The units AWS Marketplace gives product dimensions (`Unit` of a product's dimension) that the
 * screens name in words, in the singular and the plural ("per user", "12 users"); a unit not
 * listed here shows as AWS names it.
 */
export const KNOWN_UNITS = [
    'Units',
    'Hrs',
    'Users',
    'Hosts',
    'Requests',
    'GB',
    'MB',
    'TB',
    'Gbps',
    'Mbps',
] as const;
export type KnownUnit = (typeof KNOWN_UNITS)[number];

export function isKnownUnit(unit: unknown): unit is KnownUnit {
    return (KNOWN_UNITS as readonly unknown[]).includes(unit);
}
