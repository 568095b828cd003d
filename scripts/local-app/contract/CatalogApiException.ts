/**
 * `CatalogApiException.cls` in TypeScript: a failed call to AWS (Catalog API or S3): the HTTP
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

/** The Named Credentials of the default seller account, named in the messages. */
export const CATALOG_CREDENTIAL = 'AWS_Marketplace_Catalog';
export const LEGAL_DOCUMENTS_CREDENTIAL = 'AWS_Marketplace_Legal_Documents';
/** A Named Credential's API name: a seller account's (SellerAccounts). */
export type NamedCredential = string;

/** The error type of a call the credentials kept from being sent. */
export const CREDENTIAL_UNAVAILABLE = 'CredentialUnavailable';
/** The error type of a call that got no answer: AWS may have acted on it. */
export const NO_ANSWER = 'NoAnswer';

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

/** What the SDK's errors carry: the HTTP status of an answer, the error type, its message. */
interface SdkError {
    name?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: number };
    $response?: { statusCode?: number };
}

export class CatalogApiException extends Error {
    private constructor(
        /** Null when no answer came (time-out, connection dropped, no credentials to sign with). */
        readonly statusCode: number | null,
        readonly errorType: string,
        readonly awsMessage: string,
        /** The Named Credential the Apex calls through. */
        readonly credential: NamedCredential,
    ) {
        super(`${statusCode ?? 'No answer'} ${errorType}: ${awsMessage}`);
        this.name = 'CatalogApiException';
    }

    /** An error answer of AWS (the SDK's service exception, with its HTTP status). */
    static fromResponse(
        error: SdkError,
        credential: NamedCredential = CATALOG_CREDENTIAL,
    ): CatalogApiException {
        const status = error.$metadata?.httpStatusCode ?? error.$response?.statusCode ?? null;
        return new CatalogApiException(
            typeof status === 'number' ? status : null,
            typeof error.name === 'string' ? error.name : 'Error',
            typeof error.message === 'string' ? error.message : String(error),
            credential,
        );
    }

    /** No answer: a time-out, a dropped connection, or credentials the SDK could not find. */
    static fromNoAnswer(
        cause: unknown,
        credential: NamedCredential = CATALOG_CREDENTIAL,
    ): CatalogApiException {
        const { name, message } = (cause ?? {}) as SdkError;
        return new CatalogApiException(
            null,
            typeof name === 'string' && SDK_CREDENTIAL_ERRORS.has(name)
                ? CREDENTIAL_UNAVAILABLE
                : NO_ANSWER,
            typeof message === 'string' ? message : String(cause),
            credential,
        );
    }

    /** Whichever of the two an SDK error is: an answer has an HTTP status. */
    static of(
        error: unknown,
        credential: NamedCredential = CATALOG_CREDENTIAL,
    ): CatalogApiException {
        if (error instanceof CatalogApiException) {
            return error;
        }
        const value = (error ?? {}) as SdkError;
        const answered =
            typeof (value.$metadata?.httpStatusCode ?? value.$response?.statusCode) === 'number';
        return answered
            ? CatalogApiException.fromResponse(value, credential)
            : CatalogApiException.fromNoAnswer(error, credential);
    }

    /** The credentials could not be used or AWS refused them: an administrator must act. */
    isCredentialProblem(): boolean {
        const status = this.statusCode;
        return (
            this.errorType === CREDENTIAL_UNAVAILABLE ||
            status === 401 ||
            status === 403 ||
            (status !== null && CREDENTIAL_ERROR_TYPES.has(this.errorType))
        );
    }

    /** Whether the same request may be sent again. */
    isRetryable(): boolean {
        if (this.isCredentialProblem()) {
            return false;
        }
        const status = this.statusCode;
        return status === null || status >= 500 || status === 423 || status === 429;
    }

    /**
     * AWS answered that the ClientRequestToken was already used with another request. The
     * request sent with a token is frozen before its first send, so this never means the change
     * failed: AWS has a change set for the token, and the change stays pending until the record
     * is reconciled with AWS. (AWS documents no error type for it: a 4xx whose message names the
     * ClientRequestToken.)
     */
    isTokenConflict(): boolean {
        const status = this.statusCode;
        return (
            status !== null &&
            status >= 400 &&
            status < 500 &&
            !this.isCredentialProblem() &&
            this.awsMessage.includes('ClientRequestToken')
        );
    }

    /** Whether the change is over for good: refused, not for now and not for its token. */
    failsTheChange(): boolean {
        return !this.isRetryable() && !this.isTokenConflict();
    }

    userMessage(format: MessageFormatter): string {
        const status = this.statusCode;
        if (this.errorType === CREDENTIAL_UNAVAILABLE) {
            return format('RA_Aws_CredentialUnavailable', this.credential);
        }
        if (status === null) {
            return format('RA_Aws_Timeout');
        }
        if (this.isCredentialProblem()) {
            return `${format('RA_Aws_AccessDenied')} ${format('RA_Aws_CheckCredential', this.credential)}`;
        }
        if (status >= 500) {
            return format('RA_Aws_ServiceError', status);
        }
        if (this.isTokenConflict()) {
            return format('RA_Aws_TokenConflict', this.awsMessage);
        }
        switch (status) {
            case 422:
            case 400:
                return format('RA_Aws_Validation', this.awsMessage);
            case 423:
                return format('RA_Aws_ResourceInUse');
            case 429:
                return format('RA_Aws_Throttled');
            case 404:
                return this.isProductNotResellable()
                    ? format('RA_Aws_ProductNotResellable')
                    : format('RA_Aws_NotFound', this.awsMessage);
            case 402:
                return format('RA_Aws_QuotaExceeded');
            default:
                return format('RA_Aws_Unexpected', `${status} ${this.errorType}`, this.awsMessage);
        }
    }

    /**
     * CreateResaleAuthorization answers 404 for a product that does not exist or that AWS does
     * not resell (a draft, restricted or data product); its message names the ProductId, which
     * the user is not shown.
     */
    private isProductNotResellable(): boolean {
        const text = this.awsMessage.toLowerCase();
        return text.includes('productid') || text.includes('resold');
    }

    /** `[{ ErrorCode, ErrorMessage }]`, or `{ message }` when no answer came. */
    errorDetailsJson(format: MessageFormatter): string {
        const message = this.userMessage(format);
        return this.statusCode === null
            ? JSON.stringify({ message })
            : JSON.stringify([{ ErrorCode: this.errorType, ErrorMessage: message }]);
    }
}
