/**
 * The sizes a resale authorization's fields may have, as the Catalog API takes them: validation
 * refuses what exceeds them, and the form's inputs take them from `formLayout`.
 */
export const NAME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 255;
export const MAX_PAYMENTS = 60;
export const MAX_FUTURE_START_YEARS = 3;
/** Decimal places the API accepts: upfront (contract) prices and usage rates. */
export const MAX_UPFRONT_DECIMALS = 6;
export const MAX_USAGE_DECIMALS = 8;
/**
 * Units granted with a payment schedule: the API takes a whole number (`MaxQuantity`, an
 * integer of its model); beyond 2^31 - 1 it is no longer one it can hold, and beyond 2^53 it is
 * not even sent as typed.
 */
export const MAX_GRANT_QUANTITY = 2_147_483_647;
