/**
 * `ChangeSetService.cls` in TypeScript. Publishing is two requests, so no guarantee rests on a
 * lock held across a callout (a callout releases the record's lock):
 * - `prepare` (no callout) locks the record, refuses while another change is with AWS, stores
 *   the pending change row with its ClientRequestToken (a retry gets the same one) and claims
 *   the send: a committed write that lets one `send` call StartChangeSet for SEND_CLAIM_SECONDS;
 *   a second prepare while that claim lives is refused;
 * - `send` checks the change set, calls StartChangeSet only under a live claim and before any
 *   write, then locks the record and stores the answer, releasing the claim.
 */
import { randomUUID } from 'node:crypto';
import { StartChangeSetCommand } from '@aws-sdk/client-marketplace-catalog';
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type { ChangeAction, PreparedChangeSet } from '../../../lwc-src/raDomain/apexContract';
import { changeTypesOf, checkAllowlist, parseChangeSet } from './ChangeSetAllowlist';
import { catalogFailureOf, errorDetailsJson, isRetryable } from './CatalogApiException';
import type { ContractDeps } from './contractDeps';
import { LocalApexError } from './UserMessages';
import type { ApexLabel, MessageFormatter } from './UserMessages';
import type { Transaction } from './platform';
import {
    FAILED,
    isFinalChangeSetStatus,
    PENDING,
    PREPARING,
    PUBLISHED_ENTITY_STATUSES,
    resolveDisplayStatus,
} from './ResaleAuthorizationMapper';
import { StatusSyncJob } from './StatusSyncJob';
import type { StoredChange, StoredRecord } from './store';

export const ACTIONS: readonly ChangeAction[] = ['PUBLISH', 'UPDATE_DRAFT', 'RESTRICT'];
/** How long a prepared send may call StartChangeSet: the Apex callout limit of 120 s. */
export const SEND_CLAIM_SECONDS = 120;

function iso(ms: number): string {
    return new Date(ms).toISOString();
}

export interface Refusal {
    label: ApexLabel;
    params: string[];
}

/**
 * Why an action may not start on a record now, or null: the rules of which actions each status
 * allows (ChangeSetService.prepareRefusal in Apex; contract vectors `prepare`).
 */
export function prepareRefusal(
    record: Pick<StoredRecord, 'entityId' | 'entityStatus' | 'changeSetId' | 'changeSetStatus'>,
    action: string,
): Refusal | null {
    if (!(ACTIONS as readonly string[]).includes(action)) {
        return { label: 'RA_Apex_UnknownAction', params: [action] };
    }
    if (action === 'RESTRICT' && !record.entityId) {
        return { label: 'RA_Apex_NotOnAws', params: [] };
    }
    if (
        action !== 'RESTRICT' &&
        record.entityStatus &&
        PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)
    ) {
        return { label: 'RA_Apex_PublishedNotEditable', params: [record.entityStatus] };
    }
    if (record.changeSetId !== null && !isFinalChangeSetStatus(record.changeSetStatus)) {
        return { label: 'RA_Apex_ChangeInFlight', params: [record.changeSetStatus ?? ''] };
    }
    return null;
}

function sendClaimLive(change: StoredChange, now: number): boolean {
    return change.sendClaimedUntil !== null && Date.parse(change.sendClaimedUntil) > now;
}

export class ChangeSetService {
    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {}

    private existing(record: StoredRecord | undefined): StoredRecord {
        if (!record) {
            throw new LocalApexError(this.format('RA_Apex_NotFound'));
        }
        return record;
    }

    async prepare(
        transaction: Transaction,
        recordId: string,
        action: ChangeAction,
    ): Promise<PreparedChangeSet> {
        if (!ACTIONS.includes(action)) {
            throw new LocalApexError(this.format('RA_Apex_UnknownAction', action));
        }
        const record = this.existing(await transaction.lockForUpdate(recordId));
        const refusal = prepareRefusal(record, action);
        if (refusal) {
            throw new LocalApexError(this.format(refusal.label, ...refusal.params));
        }
        const now = transaction.now();
        let pending = transaction
            .changesOf(record.id)
            .find((c) => c.action === action && c.status === PENDING && c.changeSetId === null);
        if (pending && sendClaimLive(pending, now)) {
            throw new LocalApexError(this.format('RA_Apex_SendInProgress'));
        }
        if (!pending) {
            pending = {
                id: transaction.store.newId('a02'),
                recordId: record.id,
                action,
                clientRequestToken: randomUUID(),
                changeSetId: null,
                status: PENDING,
                errorDetails: null,
                startedAt: iso(now),
                finishedAt: null,
                sendClaimedUntil: null,
            };
            transaction.updateRecord({ ...record, clientRequestToken: pending.clientRequestToken });
        }
        transaction.upsertChange({
            ...pending,
            sendClaimedUntil: iso(now + SEND_CLAIM_SECONDS * 1000),
        });
        return {
            recordId: record.id,
            action,
            clientRequestToken: pending.clientRequestToken,
            entityId: record.entityId,
        };
    }

    async send(transaction: Transaction, recordId: string, changeSetJson: unknown): Promise<void> {
        const request = parseChangeSet(changeSetJson, this.format);
        const record = this.existing(transaction.record(recordId));
        checkAllowlist(request, record.entityId, this.format);
        const token = request.ClientRequestToken;
        const pending =
            typeof token === 'string'
                ? transaction
                      .changesOf(record.id)
                      .find((c) => c.clientRequestToken === token && c.status === PENDING)
                : undefined;
        if (!pending) {
            throw new LocalApexError(this.format('RA_Apex_TokenMismatch'));
        }
        if (!sendClaimLive(pending, transaction.now())) {
            throw new LocalApexError(this.format('RA_Apex_SendNotPrepared'));
        }
        if (pending.action === 'RESTRICT') {
            const other = changeTypesOf(request).find(
                (type) => type !== 'RestrictResaleAuthorization',
            );
            if (other) {
                throw new LocalApexError(this.format('RA_Apex_ChangeTypeNotAllowed', other));
            }
        }
        let changeSetId: string | null = null;
        let failure: ReturnType<typeof catalogFailureOf> | null = null;
        try {
            const answer = await transaction.callout(() =>
                this.deps.catalog.send(
                    new StartChangeSetCommand(request as unknown as StartChangeSetCommandInput),
                ),
            );
            changeSetId = answer.ChangeSetId ?? null;
        } catch (error) {
            failure = catalogFailureOf(error);
        }
        // After the callout: lock again and store the answer on what the record is now.
        const current = this.existing(await transaction.lockForUpdate(recordId));
        const change = transaction.changesOf(recordId).find((c) => c.id === pending.id) ?? pending;
        const now = iso(transaction.now());
        if (failure === null) {
            transaction.upsertChange({
                ...change,
                changeSetId,
                status: PREPARING,
                errorDetails: null,
                sendClaimedUntil: null,
            });
            transaction.updateRecord({
                ...current,
                changeSetId,
                changeSetStatus: PREPARING,
                errorDetails: null,
                displayStatus: resolveDisplayStatus(current.entityStatus, PREPARING),
                statusSyncStopped: false,
                lastModifiedAt: now,
            });
            transaction.onCommit(() => StatusSyncJob.ensureRunning(this.deps));
            return;
        }
        const details = errorDetailsJson(failure, this.format);
        const retryable = isRetryable(failure);
        transaction.upsertChange({
            ...change,
            errorDetails: details,
            sendClaimedUntil: null,
            ...(retryable ? {} : { status: FAILED, finishedAt: now }),
        });
        transaction.updateRecord({
            ...current,
            errorDetails: details,
            lastModifiedAt: now,
            ...(retryable ? {} : { changeSetStatus: FAILED, displayStatus: FAILED }),
        });
    }
}
