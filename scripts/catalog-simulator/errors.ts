/** Catalog API error types and their HTTP status codes, as the service model defines them. */
export const ERROR_STATUS = {
    ValidationException: 422,
    AccessDeniedException: 403,
    ResourceNotFoundException: 404,
    ResourceInUseException: 423,
    ServiceQuotaExceededException: 402,
    ThrottlingException: 429,
    ResourceNotSupportedException: 415,
    InternalServiceException: 500,
} as const;

export type ErrorType = keyof typeof ERROR_STATUS;

/** An error answered with its type in `x-amzn-ErrorType` and `{ "Message": ... }` in the body. */
export class ApiError extends Error {
    constructor(
        readonly type: ErrorType,
        message: string,
    ) {
        super(message);
    }

    get status(): number {
        return ERROR_STATUS[this.type];
    }
}

export const validationError = (message: string): ApiError =>
    new ApiError('ValidationException', message);
