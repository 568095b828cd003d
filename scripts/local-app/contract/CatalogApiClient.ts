/**
 * `CatalogApiClient.cls` in TypeScript: the Marketplace Catalog API of one seller account through
 * the AWS SDK client its Named Credential reaches here (SellerAccounts; the Apex goes through
 * the Named Credential). Any failure becomes a CatalogApiException.
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
import type { ContractDeps } from './contractDeps';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { missingNamedCredential, SellerAccounts } from './SellerAccounts';
import { messagesIn } from './UserMessages';

/** A described entity: a DescribeEntity answer or an entity of BatchDescribeEntities. */
export interface DescribedEntity {
    LastModifiedDate?: string;
    DetailsDocument?: unknown;
    Details?: string;
}

export class CatalogApiClient {
    private readonly sellerAccount: string;

    /** The client of a seller account (the default one without); resolved at each call. */
    constructor(
        private readonly deps: ContractDeps,
        sellerAccount: string | null = null,
    ) {
        this.sellerAccount = SellerAccounts.accountOf(sellerAccount);
    }

    /** The client of the account a record belongs to: every call about a record goes through it. */
    forAccount(sellerAccount: string | null | undefined): CatalogApiClient {
        return new CatalogApiClient(this.deps, sellerAccount ?? null);
    }

    /** StartChangeSet, with a request the allowlist has checked. */
    startChangeSet(request: StartChangeSetCommandInput): Promise<StartChangeSetCommandOutput> {
        return this.send(() => this.catalog().send(new StartChangeSetCommand(request)));
    }

    describeChangeSet(changeSetId: string): Promise<DescribeChangeSetCommandOutput> {
        return this.send(() =>
            this.catalog().send(
                new DescribeChangeSetCommand({ Catalog: CATALOG, ChangeSetId: changeSetId }),
            ),
        );
    }

    describeEntity(entityId: string): Promise<DescribeEntityCommandOutput> {
        return this.send(() =>
            this.catalog().send(
                new DescribeEntityCommand({ Catalog: CATALOG, EntityId: entityId }),
            ),
        );
    }

    /** ListEntities, one page. */
    listEntities(
        entityType: string,
        nextToken: string | undefined,
        maxResults: number,
    ): Promise<ListEntitiesCommandOutput> {
        return this.send(() =>
            this.catalog().send(
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
            this.catalog().send(
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
            this.catalog().send(
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
            this.catalog().send(
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

    /** The account's SDK client, as `callout:<its Named Credential>` resolves in the org. */
    private catalog(): MarketplaceCatalogClient {
        const account = SellerAccounts.find(this.deps, this.sellerAccount);
        if (!account) {
            // Calls are made for records whose account the services found; this is a job's.
            throw new ResaleAuthorizationException(
                messagesIn('en')('RA_Apex_SellerAccountUnknown', this.sellerAccount),
            );
        }
        const client = SellerAccounts.catalogEndpoint(this.deps, account);
        if (!client) {
            throw CatalogApiException.of(
                missingNamedCredential(account.namedCredential),
                account.namedCredential,
            );
        }
        return client;
    }

    private async send<T>(call: () => Promise<T>): Promise<T> {
        const credential =
            SellerAccounts.find(this.deps, this.sellerAccount)?.namedCredential ?? undefined;
        try {
            return await call();
        } catch (error) {
            if (
                error instanceof CatalogApiException ||
                error instanceof ResaleAuthorizationException
            ) {
                throw error;
            }
            throw CatalogApiException.of(error, credential);
        }
    }
}
