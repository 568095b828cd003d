import { VALIDATION_PARAM_KINDS, formatMessage } from 'c/raDomain';
import type { ValidationProblem } from 'c/raDomain';
import { formatDate, formatDecimal } from './locale';
import { VALIDATION_LABELS } from './validationLabels';

/** One readable message per error an Apex call (or anything else) can throw. */
export function reduceErrors(errors: unknown): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    return list
        .filter((error) => error !== null && error !== undefined)
        .flatMap((error): string[] => {
            if (typeof error === 'string') {
                return [error];
            }
            const value = error as { body?: unknown; message?: unknown };
            const body = value.body as
                { message?: unknown; pageErrors?: { message: string }[] } | unknown[] | undefined;
            if (Array.isArray(body)) {
                return body.map((entry) =>
                    String((entry as { message?: unknown }).message ?? entry),
                );
            }
            if (
                body &&
                typeof body === 'object' &&
                'message' in body &&
                typeof body.message === 'string'
            ) {
                return [body.message];
            }
            if (typeof value.message === 'string') {
                return [value.message];
            }
            return [String(error)];
        })
        .filter((message) => message.length > 0);
}

/** Fills `{0}`, `{1}`... of a Custom Label. */
export function formatLabel(label: string, ...params: (string | number)[]): string {
    return label.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = params[Number(index)];
        return value === undefined ? whole : String(value);
    });
}

/**
 * Today as AWS sees it: the UTC calendar date (YYYY-MM-DD) of `now`. The Catalog API compares
 * expiry, start and payment dates with this date whatever the user's time zone, so the form does
 * too. In the evening west of UTC, the UTC date is already the next day; just after midnight east
 * of UTC, it is still the day before.
 */
export function todayIsoDate(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}

/**
 * A validation problem in the user's language (its Custom Label, filled with its params), its
 * dates and numbers written as the user's locale writes them.
 */
export function validationMessage(problem: ValidationProblem): string {
    const kinds = VALIDATION_PARAM_KINDS[problem.code] ?? [];
    const params = problem.params.map((param, index) => {
        const kind = kinds[index];
        return kind === 'date'
            ? formatDate(param)
            : kind === 'number'
              ? formatDecimal(param)
              : param;
    });
    return formatMessage(VALIDATION_LABELS[problem.code] ?? problem.message, params);
}
