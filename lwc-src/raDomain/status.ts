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

/** Every status a user can see on a resale authorization, in one value. */
export const displayStatusSchema = z.enum([
    LOCAL_DRAFT,
    'Draft',
    'Active',
    'Restricted',
    'PREPARING',
    'APPLYING',
    'FAILED',
    'CANCELLED',
]);
export type DisplayStatus = z.infer<typeof displayStatusSchema>;

export function isFinalChangeSetStatus(status: string | null | undefined): boolean {
    return FINAL_CHANGE_SET_STATUSES.some((finalStatus) => finalStatus === status);
}

/**
 * Where a resale authorization stands, as one status: the latest change set while it is in
 * flight or when it failed or was cancelled (that is what needs attention), otherwise the AWS
 * entity status, and `LOCAL_DRAFT` when nothing has reached AWS.
 */
export function resolveDisplayStatus(input: {
    entityStatus?: string | null;
    changeSetStatus?: string | null;
}): DisplayStatus | string {
    const { entityStatus, changeSetStatus } = input;
    if (changeSetStatus && changeSetStatus !== 'SUCCEEDED') {
        return changeSetStatus;
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
