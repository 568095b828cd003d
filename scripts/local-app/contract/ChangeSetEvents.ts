/**
 * `ChangeSetEvents.cls` in TypeScript: AWS Marketplace's change set events (source
 * aws.marketplacecatalog; Change Set Succeeded, Failed, Cancelled), as EventBridge's API
 * destination posts them, stored as the DescribeChangeSet answer they stand for through
 * `ChangeSetStatusSync.applyAnswer`, once (`answerOutcome`); an event of a change set no record
 * sent is logged and answered 200, a body that is no change set event 400, and one whose send is
 * still storing its answer 503 (EventBridge delivers it again). `complete` is the follow-up job's
 * work: after a success the created entity's id (ListChangeSets) and its terms (DescribeEntity),
 * after a failure the errors (DescribeChangeSet, the only answer that has them).
 */
import type {
    ChangeSummary,
    DescribeChangeSetCommandOutput,
    DescribeEntityCommandOutput,
} from '@aws-sdk/client-marketplace-catalog';
import { CATALOG } from '../../../lwc-src/raDomain/changeSet';
import { CatalogApiClient } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import { ChangeSetEventJob } from './ChangeSetEventJob';
import { ChangeSetStatusSync, REFRESH_INTERVAL_SECONDS, writeAnswer } from './ChangeSetStatusSync';
import { ClientRequestTokens } from './ClientRequestTokens';
import type { ContractDeps } from './contractDeps';
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601 } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import type { StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** The custom permission of the integration user that receives the events. */
export const CHANGE_SET_EVENTS_PERMISSION = 'Marketplace_Resale_Change_Set_Events';
export const CHANGE_SET_EVENT_SOURCE = 'aws.marketplacecatalog';
export const STATUS_BY_DETAIL_TYPE: Readonly<Record<string, string>> = {
    'Change Set Succeeded': 'SUCCEEDED',
    'Change Set Failed': 'FAILED',
    'Change Set Cancelled': 'CANCELLED',
};
/** How many times the follow-up job tries while AWS cannot answer it. */
export const MAX_FOLLOW_UP_ATTEMPTS = 3;
const CHANGE_SET_ID = /^[\w-]{1,255}$/;

/** What `receive` did with an event (the contract vectors' outcomes). */
export type EventOutcomeName =
    'APPLIED' | 'DUPLICATE' | 'STALE' | 'UNKNOWN' | 'SENDING' | 'MALFORMED' | 'FORBIDDEN' | 'BUSY';

/** What an event says about its change set. */
export interface ChangeSetEvent {
    eventId: string | null;
    detailType: string | null;
    /** SUCCEEDED, FAILED or CANCELLED. */
    status: string | null;
    changeSetId: string | null;
    changeSetName: string | null;
    startTime: string | null;
    endTime: string | null;
    failureCode: string | null;
    /** Why the body is not a change set event of the catalog; null when it is one. */
    refusal: string | null;
}

/** The answer to EventBridge. */
export interface EventOutcome {
    statusCode: number;
    outcome: EventOutcomeName;
    message: string;
}

function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emptyEvent(): ChangeSetEvent {
    return {
        eventId: null,
        detailType: null,
        status: null,
        changeSetId: null,
        changeSetName: null,
        startTime: null,
        endTime: null,
        failureCode: null,
        refusal: null,
    };
}

function readDetail(event: ChangeSetEvent, detail: Record<string, unknown>): ChangeSetEvent {
    const read = {
        ...event,
        changeSetId: text(detail.ChangeSetId),
        changeSetName: text(detail.ChangeSetName),
        startTime: text(detail.StartTime),
        endTime: text(detail.EndTime),
        failureCode: text(detail.FailureCode),
    };
    let refusal: string | null = null;
    if (detail.Catalog !== CATALOG) {
        refusal = `detail.Catalog is not ${CATALOG}.`;
    } else if (read.changeSetId === null || !CHANGE_SET_ID.test(read.changeSetId)) {
        refusal = 'detail.ChangeSetId is not a change set id.';
    } else if (read.endTime !== null && Number.isNaN(Date.parse(read.endTime))) {
        refusal = 'detail.EndTime is not an ISO 8601 time.';
    }
    return { ...read, refusal };
}

/** The record still holds the change set, with the final status its event stored. */
function stillHolds(record: StoredRecord, event: ChangeSetEvent): boolean {
    return record.changeSetId === event.changeSetId && record.changeSetStatus === event.status;
}

export class ChangeSetEvents {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
    }

    /** Throws unless the running user (its custom permissions) receives the events. */
    static requireEventPermission(
        permissions: ReadonlySet<string>,
        format: MessageFormatter,
    ): void {
        if (!permissions.has(CHANGE_SET_EVENTS_PERMISSION)) {
            throw new ResaleAuthorizationException(format('RA_Apex_ChangeSetEventsDenied'));
        }
    }

    /**
     * Reads an event as EventBridge delivers it to an API destination: the whole envelope, its
     * detail with requestId, Catalog, ChangeSetId, ChangeSetName, StartTime, EndTime and, for a
     * failure, FailureCode (contract vectors `changeSetEvents`).
     */
    static parse(body: string): ChangeSetEvent {
        const event = emptyEvent();
        let parsed: unknown = null;
        try {
            parsed = body.trim() === '' ? null : JSON.parse(body);
        } catch {
            return { ...event, refusal: 'The body is not JSON.' };
        }
        if (!isObject(parsed)) {
            return { ...event, refusal: 'The body is not a JSON object.' };
        }
        const detailType = text(parsed['detail-type']);
        const read: ChangeSetEvent = {
            ...event,
            eventId: text(parsed.id),
            detailType,
            status: detailType === null ? null : (STATUS_BY_DETAIL_TYPE[detailType] ?? null),
        };
        if (parsed.source !== CHANGE_SET_EVENT_SOURCE) {
            return { ...read, refusal: `source is not ${CHANGE_SET_EVENT_SOURCE}.` };
        }
        if (read.status === null) {
            return {
                ...read,
                refusal: `detail-type is not a change set event: ${String(detailType)}.`,
            };
        }
        if (!isObject(parsed.detail)) {
            return { ...read, refusal: 'The event has no detail.' };
        }
        return readDetail(read, parsed.detail);
    }

    /**
     * The DescribeChangeSet answer an event stands for: its id, name, status, times and failure
     * code, and the changes of the request the record sent; a create's entity, once known, as
     * AWS names it after a success.
     */
    static descriptionOf(
        event: ChangeSetEvent,
        requestJson: string | null,
        createdEntityId: string | null,
    ): DescribeChangeSetCommandOutput {
        const request: unknown = requestJson ? JSON.parse(requestJson) : null;
        const sent = isObject(request) && Array.isArray(request.ChangeSet) ? request.ChangeSet : [];
        const changeSet: ChangeSummary[] = sent.filter(isObject).map((change) => {
            const entity = isObject(change.Entity) ? { ...change.Entity } : {};
            const identifier = text(entity.Identifier);
            if (createdEntityId !== null && (identifier === null || identifier.startsWith('$'))) {
                entity.Identifier = createdEntityId;
            }
            return {
                ChangeType: text(change.ChangeType) ?? undefined,
                Entity: {
                    Type: text(entity.Type) ?? undefined,
                    Identifier: text(entity.Identifier) ?? undefined,
                },
                ...(text(change.ChangeName) ? { ChangeName: text(change.ChangeName) ?? '' } : {}),
            };
        });
        return {
            $metadata: {},
            ChangeSetId: event.changeSetId ?? undefined,
            ChangeSetName: event.changeSetName ?? undefined,
            Status: (event.status ?? undefined) as DescribeChangeSetCommandOutput['Status'],
            StartTime: event.startTime ?? undefined,
            EndTime: event.endTime ?? undefined,
            ChangeSet: changeSet,
            ...(event.failureCode
                ? {
                      FailureCode:
                          event.failureCode as DescribeChangeSetCommandOutput['FailureCode'],
                  }
                : {}),
        };
    }

    /** Receives one delivery of an event: stores it on the record that sent its change set, once. */
    async receive(
        transaction: Transaction,
        body: string,
        permissions: ReadonlySet<string>,
    ): Promise<EventOutcome> {
        if (!permissions.has(CHANGE_SET_EVENTS_PERMISSION)) {
            return {
                statusCode: 403,
                outcome: 'FORBIDDEN',
                message: this.format('RA_Apex_ChangeSetEventsDenied'),
            };
        }
        const event = ChangeSetEvents.parse(body);
        if (event.refusal !== null || event.changeSetId === null) {
            return { statusCode: 400, outcome: 'MALFORMED', message: event.refusal ?? '' };
        }
        const now = transaction.now();
        const changes = new ResaleAuthorizationChangeSelector(transaction);
        const changeRow = changes.selectForAnswer(event.changeSetId);
        if (!changeRow) {
            return this.unknown(changes, event, now);
        }
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(changeRow.recordId);
        const decision = ChangeSetStatusSync.answerOutcome(record, event.changeSetId);
        if (decision !== 'APPLY') {
            this.log(decision, event);
            return {
                statusCode: 200,
                outcome: decision,
                message: `Nothing to store: ${decision}.`,
            };
        }
        const stored = ChangeSetStatusSync.applyAnswer(
            record,
            {
                ...record,
                lastRefreshedAt: Iso8601.format(now),
                nextRefreshAllowedAt: Iso8601.format(now + REFRESH_INTERVAL_SECONDS * 1000),
                nextAutoRefreshAt: null,
            },
            { ...changeRow, eventReceivedAt: Iso8601.format(now) },
            ChangeSetEvents.descriptionOf(event, changeRow.requestJson, null),
            null,
            now,
        );
        writeAnswer(transaction, this.deps, stored);
        if (event.status !== 'CANCELLED') {
            transaction.onCommit(() => ChangeSetEventJob.enqueue(this.deps, record.id, event, 1));
        }
        return {
            statusCode: 200,
            outcome: 'APPLIED',
            message: `Stored ${String(event.status)} on ${record.id}.`,
        };
    }

    /** Another tool's change set of the seller, or ours whose send has not stored its answer. */
    private unknown(
        changes: ResaleAuthorizationChangeSelector,
        event: ChangeSetEvent,
        now: number,
    ): EventOutcome {
        const token = ClientRequestTokens.tokenOfName(event.changeSetName);
        if (token !== null && changes.selectSendingByToken(token, now) !== null) {
            return {
                statusCode: 503,
                outcome: 'SENDING',
                message:
                    'The change set was sent from Salesforce and its answer is being stored: deliver the event again.',
            };
        }
        this.log('UNKNOWN', event);
        return {
            statusCode: 200,
            outcome: 'UNKNOWN',
            message: `No resale authorization of this org sent change set ${String(event.changeSetId)}: ignored.`,
        };
    }

    private log(outcome: string, event: ChangeSetEvent): void {
        this.deps.log(
            `Change set event ${String(event.eventId)} (${String(event.detailType)}, change set ${String(event.changeSetId)}): ${outcome}`,
        );
    }

    /**
     * The follow-up of a stored event: reads what the event does not carry, callouts first, then
     * stores it as the status sync stores a DescribeChangeSet answer with its DescribeEntity.
     */
    async complete(
        transaction: Transaction,
        recordId: string,
        event: ChangeSetEvent,
    ): Promise<'COMPLETED' | 'SKIPPED' | 'RETRY'> {
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const changes = new ResaleAuthorizationChangeSelector(transaction);
        const record = records.selectWithHistory(recordId);
        const changeSetId = event.changeSetId ?? '';
        if (!stillHolds(record, event) || !changes.selectForAnswer(changeSetId)) {
            return 'SKIPPED';
        }
        // The account whose catalog made the change set: its Named Credential answers.
        const client = this.client.forAccount(record.sellerAccount);
        let description: DescribeChangeSetCommandOutput;
        let entity: DescribeEntityCommandOutput | null = null;
        try {
            if (event.status === DisplayStatuses.FAILED) {
                description = await transaction.callout(() =>
                    client.describeChangeSet(changeSetId),
                );
            } else {
                let entityId =
                    record.entityId ?? (await this.listedEntityId(transaction, client, event));
                description =
                    entityId === null
                        ? await transaction.callout(() => client.describeChangeSet(changeSetId))
                        : ChangeSetEvents.descriptionOf(
                              event,
                              changes.selectForAnswer(changeSetId)?.requestJson ?? null,
                              entityId,
                          );
                entityId ??= ChangeSetStatusSync.createdEntityId(description.ChangeSet ?? []);
                const described = entityId;
                entity =
                    described === null
                        ? null
                        : await transaction.callout(() => client.describeEntity(described));
            }
        } catch (error) {
            const failure = CatalogApiException.of(error);
            return failure.isRetryable() ? 'RETRY' : 'SKIPPED';
        }
        const now = transaction.now();
        const current = await records.lockForUpdate(recordId);
        const changeRow = changes.selectForAnswer(changeSetId);
        if (!stillHolds(current, event) || description.Status !== event.status || !changeRow) {
            return 'SKIPPED';
        }
        const stored = ChangeSetStatusSync.applyAnswer(
            current,
            current,
            changeRow,
            description,
            entity,
            now,
        );
        // The entity and its terms changed, if not the status: open pages read the record again.
        writeAnswer(transaction, this.deps, {
            ...stored,
            event: stored.event ?? {
                Record_Id__c: current.id,
                Display_Status__c: stored.record.displayStatus,
                Change_Set_Status__c: stored.record.changeSetStatus,
            },
        });
        return 'COMPLETED';
    }

    /** The entity a create made, as ListChangeSets lists its change set; null when it does not. */
    private async listedEntityId(
        transaction: Transaction,
        client: CatalogApiClient,
        event: ChangeSetEvent,
    ): Promise<string | null> {
        const name = event.changeSetName;
        if (!name) {
            return null;
        }
        const listed = await transaction.callout(() => client.listChangeSetsNamed(name));
        const summary = (listed.ChangeSetSummaryList ?? []).find(
            (candidate) =>
                candidate.ChangeSetId === event.changeSetId &&
                (candidate.EntityIdList ?? []).length > 0,
        );
        const entityId = summary?.EntityIdList?.[0];
        return entityId ? (entityId.split('@')[0] ?? entityId) : null;
    }
}
