/**
 * A failed call to AWS (Catalog API or S3) as the Apex's CatalogApiException sees it: the HTTP
 * status (none when no answer came), the error type, the Named Credential the call goes
 * through, the user's message, whether the same request may be sent again, and the JSON stored
 * in `errorDetails`.
 *
 * As in the Apex, a credential problem is never retried and its message names the Named
 * Credential to check: the AWS SDK's credential chain finding no credentials (the local
 * counterpart of the platform refusing a Named Credential callout: nothing was sent), or AWS
 * refusing the signature or the credentials (403, UnrecognizedClientException, ...).
 */
import type { MessageFormatter } from './UserMessages';

/** The Named Credentials of the Apex, named in the messages. */
export const CATALOG_CREDENTIAL = 'AWS_Marketplace_Catalog';
export const LEGAL_DOCUMENTS_CREDENTIAL = 'AWS_Marketplace_Legal_Documents';
export type NamedCredential = typeof CATALOG_CREDENTIAL | typeof LEGAL_DOCUMENTS_CREDENTIAL;

/** The error type of a call the credentials kept from being sent (CatalogApiException's). */
export const CREDENTIAL_UNAVAILABLE = 'CredentialUnavailable';

/** Errors the SDK's credential chain throws when it has no usable credentials. */
const SDK_CREDENTIAL_ERRORS = new Set([
    'CredentialsProviderError',
    'ProviderError',
    'TokenProviderError',
]);

/** AWS error codes for a signature or credentials refused (Catalog API and S3). */
const CREDENTIAL_ERROR_TYPES = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'IncompleteSignatureException',
    'MissingAuthenticationTokenException',
    'InvalidClientTokenId',
    'ExpiredTokenException',
    'ExpiredToken',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'InvalidToken',
]);

export interface CatalogFailure {
    /** Null when no answer came (time-out, connection dropped, no credentials to sign with). */
    statusCode: number | null;
    errorType: string;
    awsMessage: string;
    /** The Named Credential the Apex calls through. */
    credential: NamedCredential;
}

export function catalogFailureOf(
    error: unknown,
    credential: NamedCredential = CATALOG_CREDENTIAL,
): CatalogFailure {
    const value = (error ?? {}) as {
        name?: unknown;
        message?: unknown;
        $metadata?: { httpStatusCode?: number };
        $response?: { statusCode?: number };
    };
    const statusCode = value.$metadata?.httpStatusCode ?? value.$response?.statusCode ?? null;
    const name = typeof value.name === 'string' ? value.name : 'Error';
    return {
        statusCode: typeof statusCode === 'number' ? statusCode : null,
        errorType: SDK_CREDENTIAL_ERRORS.has(name) ? CREDENTIAL_UNAVAILABLE : name,
        awsMessage: typeof value.message === 'string' ? value.message : String(error),
        credential,
    };
}

/** The credentials could not be used or AWS refused them: an administrator must act. */
export function isCredentialProblem(failure: CatalogFailure): boolean {
    const status = failure.statusCode;
    return (
        failure.errorType === CREDENTIAL_UNAVAILABLE ||
        status === 401 ||
        status === 403 ||
        (status !== null && CREDENTIAL_ERROR_TYPES.has(failure.errorType))
    );
}

export function isRetryable(failure: CatalogFailure): boolean {
    if (isCredentialProblem(failure)) {
        return false;
    }
    const status = failure.statusCode;
    return status === null || status >= 500 || status === 423 || status === 429;
}

export function userMessageOf(failure: CatalogFailure, format: MessageFormatter): string {
    const status = failure.statusCode;
    if (failure.errorType === CREDENTIAL_UNAVAILABLE) {
        return format('RA_Aws_CredentialUnavailable', failure.credential);
    }
    if (status === null) {
        return format('RA_Aws_Timeout');
    }
    if (isCredentialProblem(failure)) {
        return `${format('RA_Aws_AccessDenied')} ${format('RA_Aws_CheckCredential', failure.credential)}`;
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
