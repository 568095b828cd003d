/**
 * Where the user is in the list: its search, filters and sort, how many rows were loaded and how
 * far the table was scrolled. Kept in the browser tab's session storage, so Back to the list (or
 * a reload) finds the same rows at the same place; a shared link to the tab opens the list as
 * anyone first sees it, and another browser tab keeps a place of its own.
 */
import type { ResaleAuthorizationSortField } from 'c/raDomain';

export interface ListPlace {
    searchTerm: string;
    statusFilter: string;
    productFilter: string;
    /** The seller account kept; absent in a place saved before there were several. */
    sellerAccountFilter?: string;
    sortedBy: ResaleAuthorizationSortField;
    sortedDirection: 'asc' | 'desc';
    /** Rows loaded when the user left: the list loads as many again before it scrolls. */
    rowCount: number;
    /** Pixels the table was scrolled down. */
    scrollTop: number;
}

/** The session storage key (the platform keeps each namespace's keys apart). */
export const LIST_PLACE_KEY = 'resaleAuthorizationList.place';

const SORT_FIELDS: Record<ResaleAuthorizationSortField, true> = {
    name: true,
    productTitle: true,
    resellerAccountId: true,
    displayStatus: true,
    expiryDate: true,
    lastModifiedDate: true,
};

function isSortField(value: unknown): value is ResaleAuthorizationSortField {
    return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SORT_FIELDS, value);
}

function isCount(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A stored place, or null when there is none or it is not one (another version, edited). */
export function parseListPlace(text: string | null): ListPlace | null {
    if (!text) {
        return null;
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return null;
    }
    if (typeof value !== 'object' || value === null) {
        return null;
    }
    const place = value as Record<string, unknown>;
    const texts = [place.searchTerm, place.statusFilter, place.productFilter];
    if (
        !texts.every((entry) => typeof entry === 'string') ||
        !isSortField(place.sortedBy) ||
        (place.sortedDirection !== 'asc' && place.sortedDirection !== 'desc') ||
        !isCount(place.rowCount) ||
        !isCount(place.scrollTop)
    ) {
        return null;
    }
    return {
        searchTerm: place.searchTerm as string,
        statusFilter: place.statusFilter as string,
        productFilter: place.productFilter as string,
        sellerAccountFilter:
            typeof place.sellerAccountFilter === 'string' ? place.sellerAccountFilter : '',
        sortedBy: place.sortedBy,
        sortedDirection: place.sortedDirection,
        rowCount: Math.floor(place.rowCount),
        scrollTop: place.scrollTop,
    };
}

/** The session storage, or null where the browser refuses it (storage disabled). */
function sessionStore(): Storage | null {
    try {
        return window.sessionStorage;
    } catch {
        return null;
    }
}

export function readListPlace(): ListPlace | null {
    try {
        return parseListPlace(sessionStore()?.getItem(LIST_PLACE_KEY) ?? null);
    } catch {
        return null;
    }
}

export function saveListPlace(place: ListPlace): void {
    try {
        sessionStore()?.setItem(LIST_PLACE_KEY, JSON.stringify(place));
    } catch {
        // A full or disabled storage only loses the place: the list still works.
    }
}
