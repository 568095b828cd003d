/** An error AWS reported on a change, or a transport error the server recorded. */
export interface AwsErrorDetail {
    code: string;
    message: string;
}

/** The form field each asynchronous Catalog API error code is about; absent: the whole form. */
const ERROR_FIELDS: Record<string, string> = {
    INVALID_RESELLER_ACCOUNT: 'resellerAccountId',
    INCOMPATIBLE_BUYER_TARGETING: 'buyerAccountsText',
    INVALID_AVAILABILITY_END_DATE: 'availability.expiryDate',
    INVALID_MAXIMUM_AGREEMENT_START_DATE: 'futureStart.maximumAgreementStartDate',
    INVALID_BUYER_LEGAL_DOCUMENTS: 'buyerLegalTerms.document',
    INVALID_RESALE_LEGAL_DOCUMENTS: 'resellerLegalTerms.document',
    INVALID_CURRENCY_CODE: 'currencyCode',
    INCOMPATIBLE_CURRENCY_CODE: 'currencyCode',
    DUPLICATE_DIMENSION_KEYS: 'dimensions',
    INVALID_RATE_CARD: 'dimensions',
    TOO_MANY_RATES: 'dimensions',
    TOO_MANY_GRANTS: 'dimensions',
    INVALID_SELECTOR_DURATION_VALUE: 'contractDuration.customValue',
    INVALID_DURATION: 'contractDuration.customValue',
    DUPLICATE_CHARGE_DATES: 'paymentSchedule',
    INVALID_CHARGE_DATES: 'paymentSchedule',
    TOO_MANY_SCHEDULED_PAYMENTS: 'paymentSchedule',
};

export function fieldOfAwsError(code: string): string | null {
    return ERROR_FIELDS[code] ?? null;
}

/**
 * Reads stored error details: `[{ ErrorCode, ErrorMessage }]` from AWS, or `{ message }` for a
 * transport error. Never throws; unreadable text is returned as one message.
 */
export function parseErrorDetails(json: string | null | undefined): AwsErrorDetail[] {
    if (!json) {
        return [];
    }
    let value: unknown;
    try {
        value = JSON.parse(json);
    } catch {
        return [{ code: '', message: json }];
    }
    const list = Array.isArray(value) ? value : [value];
    return list
        .filter(
            (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
        )
        .map((item) => ({
            code: String(item.ErrorCode ?? item.code ?? ''),
            message: String(item.ErrorMessage ?? item.message ?? ''),
        }))
        .filter((item) => item.code !== '' || item.message !== '');
}
