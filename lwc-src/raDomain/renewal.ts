/**
 * Clone and renew: the form a clone of a resale authorization starts from, and a renewal, the
 * clone that carries the same terms into the next period. Pure: `today` is a parameter.
 */
import type { CloneSource } from './apexContract';
import { addDays, datePart, daysBetween, isIsoDate } from './dates';
import { cloneFormState, formFromEntity } from './entityToForm';
import { parseFormStateJson } from './formState';
import type { FormState } from './formState';
import { NAME_MAX_LENGTH } from './limits';

/** What marks a renewal's name (names take letters, digits and spaces only). */
export const RENEWAL_SUFFIX = ' Renewal';

/** The name of a renewal: the name with ` Renewal` once, within the 100 characters. */
export function renewalName(name: string): string {
    const trimmed = name.trim();
    if (trimmed.endsWith(RENEWAL_SUFFIX) && trimmed.length <= NAME_MAX_LENGTH) {
        return trimmed;
    }
    const base = trimmed.slice(0, NAME_MAX_LENGTH - RENEWAL_SUFFIX.length).trimEnd();
    return `${base}${RENEWAL_SUFFIX}`.trim();
}

/**
 * The expiry date of a renewal: the old one moved forward by as long as the resale authorization
 * was available (from its creation to its expiry date), so a 90-day one renews for 90 days more;
 * never before tomorrow (UTC), the first date AWS takes. Without a creation date before the
 * expiry date, the old expiry date is kept (tomorrow at the earliest).
 */
export function renewedExpiryDate(
    expiryDate: string,
    createdDate: string | null,
    today: string,
): string {
    const duration =
        createdDate !== null && isIsoDate(createdDate) && createdDate < expiryDate
            ? daysBetween(createdDate, expiryDate)
            : 0;
    const moved = addDays(expiryDate, duration);
    const tomorrow = addDays(today, 1);
    return moved > tomorrow ? moved : tomorrow;
}

/**
 * A renewal of a resale authorization: a clone (custom legal documents to upload again) named
 * `… Renewal`, one-time or multi-use as it was, whose expiry date moves forward (see
 * `renewedExpiryDate`) and the dates tied to it by as much: the payment schedule, which must
 * start after the expiry date, and the latest agreement start of a future-dated one. One that
 * never expired still never expires.
 */
export function renewalFormState(
    source: FormState,
    options: { createdDate: string | null; today: string },
): FormState {
    const clone = { ...cloneFormState(source), name: renewalName(source.name) };
    const expiry = source.availability.expiryDate;
    if (!isIsoDate(expiry)) {
        return clone;
    }
    const expiryDate = renewedExpiryDate(expiry, options.createdDate, options.today);
    const shift = daysBetween(expiry, expiryDate);
    const moved = (date: string): string => (isIsoDate(date) ? addDays(date, shift) : date);
    return {
        ...clone,
        availability: { ...clone.availability, expiryDate },
        paymentSchedule: clone.paymentSchedule.map((row) => ({
            ...row,
            chargeDate: moved(row.chargeDate),
        })),
        futureStart: clone.futureStart.enabled
            ? {
                  ...clone.futureStart,
                  maximumAgreementStartDate: moved(clone.futureStart.maximumAgreementStartDate),
              }
            : clone.futureStart,
    };
}

/**
 * The form a clone opens with: the stored form state of the resale authorization, else what AWS
 * describes; with `renewal`, its renewal as of that day. Null when neither can be read.
 */
export function cloneSourceForm(
    source: CloneSource,
    renewal: { today: string } | null = null,
): FormState | null {
    const original =
        parseFormStateJson(source.formStateJson) ??
        (source.entityDetailsJson ? formFromEntity(JSON.parse(source.entityDetailsJson)) : null);
    if (!original) {
        return null;
    }
    return renewal
        ? renewalFormState(original, {
              createdDate: datePart(source.createdDate) || null,
              today: renewal.today,
          })
        : cloneFormState(original);
}
