import * as z from './zod';

/** Status of a resale authorization entity on AWS (`DescribeEntity` / `ListEntities`). */
export const entityStatusSchema = z.enum(['Draft', 'Active', 'Restricted']);
export type EntityStatus = z.infer<typeof entityStatusSchema>;

/** Status of a Catalog API change set (`DescribeChangeSet`). */
export const changeSetStatusSchema = z.enum([
    'PREPARING',
    'APPLYING',
    'SUCCEEDED',
    'CANCELLED',
    'FAILED',
]);
export type ChangeSetStatus = z.infer<typeof changeSetStatusSchema>;

/** A change set in one of these states will not change any more. */
export const FINAL_CHANGE_SET_STATUSES: readonly ChangeSetStatus[] = [
    'SUCCEEDED',
    'CANCELLED',
    'FAILED',
];

/** Saved in Salesforce only: nothing has been sent to AWS yet. */
export const LOCAL_DRAFT = 'LOCAL_DRAFT';

/** AWS answered that the resale authorization does not exist (ResourceNotFoundException). */
export const ENTITY_NOT_FOUND = 'ENTITY_NOT_FOUND';

/** Every status a user can see on a resale authorization, in one value. */
export const displayStatusSchema = z.enum([
    LOCAL_DRAFT,
    'Draft',
    'Active',
    'Restricted',
    'Expired',
    'Used',
    ENTITY_NOT_FOUND,
    'PREPARING',
    'APPLYING',
    'FAILED',
    'CANCELLED',
]);
export type DisplayStatus = z.infer<typeof displayStatusSchema>;

export function isFinalChangeSetStatus(status: string | null | undefined): boolean {
    return FINAL_CHANGE_SET_STATUSES.some((finalStatus) => finalStatus === status);
}

/** What the status of a resale authorization is made of. */
export interface DisplayStatusFacts {
    entityStatus?: string | null;
    changeSetStatus?: string | null;
    /** The availability end date (`YYYY-MM-DD`): the last day offers may be made from it. */
    expiryDate?: string | null;
    /** A one-time resale authorization that an offer was made from. */
    offerUsed?: boolean | null;
    /** AWS answered that the entity does not exist. */
    entityNotFound?: boolean | null;
    /** Today in UTC (`YYYY-MM-DD`), as AWS compares dates; without it the expiry is not read. */
    today?: string | null;
}

/**
 * Where a resale authorization stands, as one status, as the AWS Marketplace Management Portal
 * shows it: the latest change set while it is in flight or when it failed or was cancelled (that
 * is what needs attention); `ENTITY_NOT_FOUND` when AWS no longer has it; an active one is `Used`
 * once an offer was made from it (one-time use) and `Expired` after its availability end date
 * (in UTC); otherwise the AWS entity status, and `LOCAL_DRAFT` when nothing has reached AWS.
 * `DisplayStatuses.cls` does the same in the org (contract vectors `displayStatus`).
 */
export function resolveDisplayStatus(input: DisplayStatusFacts): DisplayStatus | string {
    const { entityStatus, changeSetStatus, expiryDate, today } = input;
    if (changeSetStatus && changeSetStatus !== 'SUCCEEDED') {
        return changeSetStatus;
    }
    if (input.entityNotFound) {
        return ENTITY_NOT_FOUND;
    }
    if (entityStatus === 'Active') {
        if (input.offerUsed) {
            return 'Used';
        }
        return expiryDate && today && expiryDate < today ? 'Expired' : 'Active';
    }
    if (entityStatus) {
        return entityStatus;
    }
    return changeSetStatus === 'SUCCEEDED' ? 'Draft' : LOCAL_DRAFT;
}

export type BadgeTheme = 'neutral' | 'success' | 'warning' | 'error' | 'inverse' | 'lightest';

const BADGE_THEMES: Record<DisplayStatus, BadgeTheme> = {
    [LOCAL_DRAFT]: 'neutral',
    Draft: 'lightest',
    Active: 'success',
    Restricted: 'inverse',
    Expired: 'neutral',
    Used: 'neutral',
    [ENTITY_NOT_FOUND]: 'error',
    PREPARING: 'warning',
    APPLYING: 'warning',
    FAILED: 'error',
    CANCELLED: 'neutral',
};

/** How each known status looks; unknown statuses are shown as they are, neutral. */
export function badgeThemeFor(status: string | null | undefined): BadgeTheme {
    return isKnownDisplayStatus(status) ? BADGE_THEMES[status] : 'neutral';
}

export function isKnownDisplayStatus(status: unknown): status is DisplayStatus {
    return z.safeParse(displayStatusSchema, status).success;
}
