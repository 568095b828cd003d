/**
 * `DescribedEntities.cls` in TypeScript: what a described resale authorization (a DescribeEntity
 * answer or a BatchDescribeEntities entity) says about its record, in one place: the import,
 * the sync of what AWS changed and the status sync after a change set of ours succeeded all
 * store AWS's answer through `apply` (contract vectors `describedEntity`).
 */
import { CatalogApiClient } from './CatalogApiClient';
import type { DescribedEntity } from './CatalogApiClient';
import { DisplayStatuses } from './DisplayStatuses';
import { EntityToForm } from './EntityToForm';
import { Iso8601 } from './Iso8601';
import type { StoredRecord } from './store';

/** OfferExtendedStatus of a one-time resale authorization that was used for an offer. */
export const OFFER_USED = 'Completed-Used';

function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

export class DescribedEntities {
    /**
     * The record as AWS describes it: the entity, its status, when it was last modified and
     * read, offer usage and the display status, and, when the answer carries a resale
     * authorization's details (a ProductId), its terms: name, description, product, reseller,
     * expiry date and the form state they give.
     */
    static apply(
        record: StoredRecord,
        changeSetStatus: string | null,
        entityId: string,
        entity: DescribedEntity,
        now: number,
    ): StoredRecord {
        const details = CatalogApiClient.detailsOf(entity);
        const offers = (details.OfferDetails ?? {}) as Record<string, unknown>;
        const offerStatus = text(offers.OfferExtendedStatus);
        let next: StoredRecord = {
            ...record,
            entityId,
            entityStatus: text(details.Status) ?? record.entityStatus,
            changeSetStatus,
            entityLastModified: text(entity.LastModifiedDate)
                ? Iso8601.format(Date.parse(entity.LastModifiedDate ?? ''))
                : null,
            lastSyncedAt: Iso8601.format(now),
            entityNotFound: false,
            offerExtendedStatus: offerStatus ? offerStatus.slice(0, 40) : null,
        };
        if (typeof details.ProductId === 'string') {
            const form = EntityToForm.formFromEntity(details);
            next = {
                ...next,
                authorizationName: form.name.slice(0, 100),
                description: form.description ? form.description.slice(0, 255) : null,
                productId: form.productId.slice(0, 50),
                productTitle: text(details.ProductName)?.slice(0, 255) ?? form.productId,
                resellerAccountId: form.resellerAccountId.slice(0, 12),
                expiryDate: Iso8601.parseDate(form.availability.expiryDate),
                formStateJson: JSON.stringify(form),
                offerUsed:
                    form.availability.usage === 'oneTime' &&
                    (offerStatus === OFFER_USED ||
                        (typeof offers.OfferCreatedCount === 'number' &&
                            offers.OfferCreatedCount > 0)),
            };
        }
        return {
            ...next,
            displayStatus: DisplayStatuses.resolveRecord(next, DisplayStatuses.todayUtc(now)),
        };
    }

    /** AWS no longer has the entity (ResourceNotFoundException): the record keeps its terms. */
    static markNotFound(
        record: StoredRecord,
        changeSetStatus: string | null,
        now: number,
    ): StoredRecord {
        const next = { ...record, changeSetStatus, entityNotFound: true };
        return {
            ...next,
            displayStatus: DisplayStatuses.resolveRecord(next, DisplayStatuses.todayUtc(now)),
        };
    }
}
