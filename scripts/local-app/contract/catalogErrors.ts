/**
 * A failed call to AWS (Catalog API or S3) as the Apex's CatalogApiException sees it: the HTTP
 * status (none when no answer came), the error type, the user's message, whether the same
 * request may be sent again, and the JSON stored in `errorDetails`.
 */
import type { MessageFormatter } from './messages';

export interface CatalogFailure {
    /** Null when no answer came (time-out, connection dropped). */
    statusCode: number | null;
    errorType: string;
    awsMessage: string;
}

export function catalogFailureOf(error: unknown): CatalogFailure {
    const value = (error ?? {}) as {
        name?: unknown;
        message?: unknown;
        $metadata?: { httpStatusCode?: number };
        $response?: { statusCode?: number };
    };
    const statusCode = value.$metadata?.httpStatusCode ?? value.$response?.statusCode ?? null;
    return {
        statusCode: typeof statusCode === 'number' ? statusCode : null,
        errorType: typeof value.name === 'string' ? value.name : 'Error',
        awsMessage: typeof value.message === 'string' ? value.message : String(error),
    };
}

export function isRetryable(failure: CatalogFailure): boolean {
    const status = failure.statusCode;
    return status === null || status >= 500 || status === 423 || status === 429;
}

export function userMessageOf(failure: CatalogFailure, format: MessageFormatter): string {
    const status = failure.statusCode;
    if (status === null) {
        return format('RA_Aws_Timeout');
    }
    if (status >= 500) {
        return format('RA_Aws_ServiceError', status);
    }
    switch (status) {
        case 422:
        case 400:
            return format('RA_Aws_Validation', failure.awsMessage);
        case 423:
            return format('RA_Aws_ResourceInUse');
        case 429:
            return format('RA_Aws_Throttled');
        case 403:
            return format('RA_Aws_AccessDenied');
        case 404:
            return format('RA_Aws_NotFound', failure.awsMessage);
        case 402:
            return format('RA_Aws_QuotaExceeded');
        default:
            return format(
                'RA_Aws_Unexpected',
                `${status} ${failure.errorType}`,
                failure.awsMessage,
            );
    }
}

/** `[{ ErrorCode, ErrorMessage }]`, or `{ message }` when no answer came. */
export function errorDetailsJson(failure: CatalogFailure, format: MessageFormatter): string {
    const message = userMessageOf(failure, format);
    return failure.statusCode === null
        ? JSON.stringify({ message })
        : JSON.stringify([{ ErrorCode: failure.errorType, ErrorMessage: message }]);
}
