/**
 * `CatalogApiClient.cls` in TypeScript: the Marketplace Catalog API through the AWS SDK (the
 * Apex goes through the AWS_Marketplace_Catalog Named Credential). Any failure becomes a
 * CatalogApiException.
 */
import {
    BatchDescribeEntitiesCommand,
    DescribeChangeSetCommand,
    DescribeEntityCommand,
    ListChangeSetsCommand,
    ListEntitiesCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import type {
    BatchDescribeEntitiesCommandOutput,
    DescribeChangeSetCommandOutput,
    DescribeEntityCommandOutput,
    ListChangeSetsCommandOutput,
    ListEntitiesCommandOutput,
    MarketplaceCatalogClient,
    StartChangeSetCommandInput,
    StartChangeSetCommandOutput,
} from '@aws-sdk/client-marketplace-catalog';
import { CATALOG } from '../../../lwc-src/raDomain/changeSet';
import { CatalogApiException } from './CatalogApiException';

/** A described entity: a DescribeEntity answer or an entity of BatchDescribeEntities. */
export interface DescribedEntity {
    LastModifiedDate?: string;
    DetailsDocument?: unknown;
    Details?: string;
}

export class CatalogApiClient {
    constructor(private readonly client: MarketplaceCatalogClient) {}

    /** StartChangeSet, with a request the allowlist has checked. */
    startChangeSet(request: StartChangeSetCommandInput): Promise<StartChangeSetCommandOutput> {
        return this.send(() => this.client.send(new StartChangeSetCommand(request)));
    }

    describeChangeSet(changeSetId: string): Promise<DescribeChangeSetCommandOutput> {
        return this.send(() =>
            this.client.send(
                new DescribeChangeSetCommand({ Catalog: CATALOG, ChangeSetId: changeSetId }),
            ),
        );
    }

    describeEntity(entityId: string): Promise<DescribeEntityCommandOutput> {
        return this.send(() =>
            this.client.send(new DescribeEntityCommand({ Catalog: CATALOG, EntityId: entityId })),
        );
    }

    /** ListEntities, one page. */
    listEntities(
        entityType: string,
        nextToken: string | undefined,
        maxResults: number,
    ): Promise<ListEntitiesCommandOutput> {
        return this.send(() =>
            this.client.send(
                new ListEntitiesCommand({
                    Catalog: CATALOG,
                    EntityType: entityType,
                    MaxResults: maxResults,
                    NextToken: nextToken,
                }),
            ),
        );
    }

    /** ListChangeSets of one name, newest first (a name made unique by its token lists one). */
    listChangeSetsNamed(changeSetName: string): Promise<ListChangeSetsCommandOutput> {
        return this.send(() =>
            this.client.send(
                new ListChangeSetsCommand({
                    Catalog: CATALOG,
                    FilterList: [{ Name: 'ChangeSetName', ValueList: [changeSetName] }],
                    Sort: { SortBy: 'StartTime', SortOrder: 'DESCENDING' },
                }),
            ),
        );
    }

    /**
     * ListEntities of the seller's resale authorizations, one page, oldest change first: those
     * AWS modified after `modifiedAfter` (ISO 8601, `YYYY-MM-DDTHH:MM:SSZ`), or every one.
     */
    listResaleAuthorizationEntities(
        nextToken: string | undefined,
        modifiedAfter: string | null,
        maxResults: number,
    ): Promise<ListEntitiesCommandOutput> {
        return this.send(() =>
            this.client.send(
                new ListEntitiesCommand({
                    Catalog: CATALOG,
                    EntityType: 'ResaleAuthorization',
                    MaxResults: maxResults,
                    NextToken: nextToken,
                    ...(modifiedAfter
                        ? {
                              EntityTypeFilters: {
                                  ResaleAuthorizationFilters: {
                                      LastModifiedDate: {
                                          DateRange: { AfterValue: modifiedAfter },
                                      },
                                  },
                              },
                          }
                        : {}),
                    EntityTypeSort: {
                        ResaleAuthorizationSort: {
                            SortBy: 'LastModifiedDate',
                            SortOrder: 'ASCENDING',
                        },
                    },
                }),
            ),
        );
    }

    /** BatchDescribeEntities: at most 20 entities; those AWS cannot describe are in `Errors`. */
    batchDescribeEntities(
        entityIds: readonly string[],
    ): Promise<BatchDescribeEntitiesCommandOutput> {
        return this.send(() =>
            this.client.send(
                new BatchDescribeEntitiesCommand({
                    EntityRequestList: entityIds.map((EntityId) => ({
                        Catalog: CATALOG,
                        EntityId,
                    })),
                }),
            ),
        );
    }

    /** The DetailsDocument of a DescribeEntity answer (or its Details, a JSON string). */
    static detailsOf(entity: DescribedEntity): Record<string, unknown> {
        const details: unknown =
            entity.DetailsDocument ?? (entity.Details ? JSON.parse(entity.Details) : null);
        return typeof details === 'object' && details !== null && !Array.isArray(details)
            ? (details as Record<string, unknown>)
            : {};
    }

    private async send<T>(call: () => Promise<T>): Promise<T> {
        try {
            return await call();
        } catch (error) {
            throw CatalogApiException.of(error);
        }
    }
}
