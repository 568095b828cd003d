import { isKnownUnit } from 'c/raDomain';
import type { KnownUnit } from 'c/raDomain';
import { LABELS } from './labels';
import { formatDecimal, pluralLabel } from './locale';
import { formatLabel } from './messages';

const UNIT_LABELS: Record<KnownUnit, { one: string; other: string }> = {
    Units: { one: LABELS.unitUnitsOne, other: LABELS.unitUnitsOther },
    Hrs: { one: LABELS.unitHrsOne, other: LABELS.unitHrsOther },
    Users: { one: LABELS.unitUsersOne, other: LABELS.unitUsersOther },
    Hosts: { one: LABELS.unitHostsOne, other: LABELS.unitHostsOther },
    Requests: { one: LABELS.unitRequestsOne, other: LABELS.unitRequestsOther },
    GB: { one: LABELS.unitGBOne, other: LABELS.unitGBOther },
    MB: { one: LABELS.unitMBOne, other: LABELS.unitMBOther },
    TB: { one: LABELS.unitTBOne, other: LABELS.unitTBOther },
    Gbps: { one: LABELS.unitGbpsOne, other: LABELS.unitGbpsOther },
    Mbps: { one: LABELS.unitMbpsOne, other: LABELS.unitMbpsOther },
};

/**
 * A dimension's unit in words, for a count: "user" (a price per user: count 1), "users" (12
 * users), "utilisateurs" in French; a unit the app does not know as AWS names it.
 */
export function unitName(unit: string, count = 1): string {
    return isKnownUnit(unit) ? pluralLabel(count, UNIT_LABELS[unit]) : unit;
}

/** An ISO 8601 duration of months or days in words: "12 months", "1 month", "90 jours"; '' otherwise. */
export function durationName(duration: string): string {
    const match = /^P(\d+)([MD])$/.exec(duration);
    if (!match) {
        return '';
    }
    const count = Number(match[1]);
    const labels =
        match[2] === 'M'
            ? { one: LABELS.monthsOne, other: LABELS.monthsOther }
            : { one: LABELS.daysOne, other: LABELS.daysOther };
    return formatLabel(pluralLabel(count, labels), formatDecimal(String(count)));
}
