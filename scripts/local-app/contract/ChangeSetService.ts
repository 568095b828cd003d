/**
 * `ChangeSetService.cls` in TypeScript. Publishing is three requests, so no guarantee rests on
 * a lock held across a callout (a callout releases the record's lock) and no callout follows a
 * write in one transaction:
 * - `prepare` (no callout) locks the record, refuses while another change is with AWS, and
 *   freezes the change set with a new ClientRequestToken (also at the end of its ChangeSetName)
 *   on a pending change row; a change AWS has not answered is returned as it was frozen. A
 *   prepared change never sent may be discarded (`discard`);
 * - `claimSend` (no callout) claims the send: one `send` may call StartChangeSet for
 *   SEND_CLAIM_SECONDS, and the change is marked as sent (AWS may have it) from then on;
 * - `send` calls StartChangeSet only under a live claim and before any write, then locks the
 *   record and stores the answer, releasing the claim. An answer that the token was used with
 *   another request is reconciled: the change set AWS made with the token is found by its name.
 */
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type {
    ChangeAction,
    PreparedChangeSet,
    ResaleAuthorizationDetail,
} from '../../../lwc-src/raDomain/apexContract';
import { CatalogApiClient } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import { ChangeSetAllowlist, parseChangeSet } from './ChangeSetAllowlist';
import { ChangeSetStatusSync } from './ChangeSetStatusSync';
import { MarketplaceProductSelector } from './MarketplaceProductSelector';
import { ClientRequestTokens } from './ClientRequestTokens';
import type { ContractDeps } from './contractDeps';
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601, isUnsetOrPast } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import { ResaleAuthorizationException } from './ResaleAuthorizationException';
import { ResaleAuthorizationService } from './ResaleAuthorizationService';
import { ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { SellerAccounts } from './SellerAccounts';
import { StatusSyncJob } from './StatusSyncJob';
import type { StoredChange, StoredRecord } from './store';
import type { ApexLabel, MessageFormatter } from './UserMessages';

export const ACTIONS: readonly ChangeAction[] = ['PUBLISH', 'UPDATE_DRAFT', 'RESTRICT'];
/** How long a prepared send may call StartChangeSet: the Apex callout limit of 120 s. */
export const SEND_CLAIM_SECONDS = 120;

export interface Refusal {
    label: ApexLabel;
    params: string[];
}

function isClaimLive(claimedUntil: string | null, now: number): boolean {
    return !isUnsetOrPast(claimedUntil, now);
}

export class ChangeSetService {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
    }

    /**
     * Why an action may not start on a record now, or null: the rules of which actions each
     * status allows (contract vectors `prepare`).
     */
    static prepareRefusal(
        record: Pick<StoredRecord, 'entityId' | 'entityStatus' | 'changeSetId' | 'changeSetStatus'>,
        action: string,
        unansweredAction: string | null,
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
            DisplayStatuses.PUBLISHED_ENTITY_STATUSES.has(record.entityStatus)
        ) {
            return { label: 'RA_Apex_PublishedNotEditable', params: [record.entityStatus] };
        }
        if (DisplayStatuses.isInFlight(record)) {
            return { label: 'RA_Apex_ChangeInFlight', params: [record.changeSetStatus ?? ''] };
        }
        if (unansweredAction !== null && unansweredAction !== action) {
            return { label: 'RA_Apex_ChangeUnanswered', params: [] };
        }
        return null;
    }

    async prepare(
        transaction: Transaction,
        recordId: string,
        action: ChangeAction,
        changeSetJson: unknown,
        formStateJson: unknown = null,
    ): Promise<PreparedChangeSet> {
        if (!ACTIONS.includes(action)) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_UnknownAction', action));
        }
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        const unanswered = new ResaleAuthorizationChangeSelector(transaction).selectUnanswered(
            recordId,
        );
        const refusal = ChangeSetService.prepareRefusal(record, action, unanswered?.action ?? null);
        if (refusal) {
            throw new ResaleAuthorizationException(this.format(refusal.label, ...refusal.params));
        }
        if (unanswered && isClaimLive(unanswered.sendClaimedUntil, transaction.now())) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_SendInProgress'));
        }
        // The change already under way is the one sent again, body and token as frozen.
        let change = unanswered;
        if (!change) {
            const request = parseChangeSet(changeSetJson, this.format);
            ChangeSetAllowlist.check(
                request,
                record,
                action,
                new MarketplaceProductSelector(this.deps.store).selectByProductId(record.productId),
                this.format,
            );
            // Built from other terms than the saved ones: another tab saved since this one did.
            if (formStateJson !== null && formStateJson !== record.formStateJson) {
                throw new ResaleAuthorizationException(this.format('RA_Apex_DraftChanged'));
            }
            const clientRequestToken = ClientRequestTokens.newToken();
            const changeSetName = ClientRequestTokens.nameWithToken(
                typeof request.ChangeSetName === 'string' ? request.ChangeSetName : null,
                clientRequestToken,
            );
            change = {
                id: transaction.store.newId('a02'),
                recordId,
                action,
                clientRequestToken,
                changeSetId: null,
                status: DisplayStatuses.PENDING,
                errorDetails: null,
                startedAt: Iso8601.format(transaction.now()),
                sentAt: null,
                finishedAt: null,
                sendClaimedUntil: null,
                requestJson: JSON.stringify({
                    ...request,
                    ClientRequestToken: clientRequestToken,
                    ChangeSetName: changeSetName,
                }),
                sentBy: this.deps.userName,
            };
            transaction.upsertChange(change);
            transaction.updateRecord({ ...record, clientRequestToken });
        }
        return {
            recordId,
            action,
            clientRequestToken: change.clientRequestToken,
            entityId: record.entityId,
        };
    }

    /**
     * Claims the send of a prepared change, in its own transaction before the callout: one send
     * may call StartChangeSet for SEND_CLAIM_SECONDS, and the change is marked as sent.
     */
    async claimSend(
        transaction: Transaction,
        recordId: string,
        clientRequestToken: unknown,
    ): Promise<void> {
        const locked = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        SellerAccounts.requireUsable(this.deps, this.format, locked.sellerAccount);
        const pending = this.selectPrepared(transaction, recordId, clientRequestToken);
        const now = transaction.now();
        if (isClaimLive(pending.sendClaimedUntil, now)) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_SendInProgress'));
        }
        transaction.upsertChange({
            ...pending,
            sendClaimedUntil: Iso8601.format(now + SEND_CLAIM_SECONDS * 1000),
            sentAt: pending.sentAt ?? Iso8601.format(now),
        });
    }

    /** Discards a prepared change that was never sent: AWS cannot have it. */
    async discard(
        transaction: Transaction,
        recordId: string,
        clientRequestToken: unknown,
    ): Promise<ResaleAuthorizationDetail> {
        const record = await new ResaleAuthorizationSelector(
            transaction,
            this.format,
        ).lockForUpdate(recordId);
        SellerAccounts.requireUsable(this.deps, this.format, record.sellerAccount);
        const pending = this.selectPrepared(transaction, recordId, clientRequestToken);
        const refusal = ChangeSetService.discardRefusal(pending);
        if (refusal) {
            throw new ResaleAuthorizationException(this.format(refusal));
        }
        transaction.upsertChange({
            ...pending,
            status: DisplayStatuses.DISCARDED,
            finishedAt: Iso8601.format(transaction.now()),
        });
        if (record.clientRequestToken === pending.clientRequestToken) {
            transaction.updateRecord({ ...record, clientRequestToken: null });
        }
        return new ResaleAuthorizationService(this.deps, this.format).getDetail(
            transaction,
            recordId,
        );
    }

    /**
     * Why a prepared change may not be discarded, or null (contract vectors `discard`): once a
     * send was claimed, AWS may have it.
     */
    static discardRefusal(
        change: Pick<StoredChange, 'status' | 'changeSetId' | 'sentAt' | 'sendClaimedUntil'>,
    ): ApexLabel | null {
        const maybeSent =
            change.status !== DisplayStatuses.PENDING ||
            Boolean(change.changeSetId) ||
            change.sentAt !== null ||
            change.sendClaimedUntil !== null;
        return maybeSent ? 'RA_Apex_ChangeMayBeSent' : null;
    }

    async send(
        transaction: Transaction,
        recordId: string,
        clientRequestToken: unknown,
    ): Promise<ResaleAuthorizationDetail> {
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const account = this.client.forAccount(
            SellerAccounts.requireUsable(
                this.deps,
                this.format,
                records.selectWithHistory(recordId).sellerAccount,
            ).developerName,
        );
        const pending = this.selectPrepared(transaction, recordId, clientRequestToken);
        if (!isClaimLive(pending.sendClaimedUntil, transaction.now())) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_SendNotPrepared'));
        }
        const request = JSON.parse(pending.requestJson) as StartChangeSetCommandInput;
        let changeSetId: string | null = null;
        let failure: CatalogApiException | null = null;
        try {
            const answer = await transaction.callout(() => account.startChangeSet(request));
            changeSetId = answer.ChangeSetId ?? null;
        } catch (error) {
            failure = CatalogApiException.of(error);
            if (failure.isTokenConflict()) {
                // Never a failure: AWS has a change set made with this token; follow that one.
                changeSetId = await ChangeSetService.findChangeSetOf(transaction, pending, account);
                failure = changeSetId === null ? failure : null;
            }
        }
        // After the callout: lock again and store the answer on what the record is now.
        const current = await records.lockForUpdate(recordId);
        const change =
            transaction.changesOf(recordId).find((row) => row.id === pending.id) ?? pending;
        const now = Iso8601.format(transaction.now());
        if (failure === null) {
            transaction.upsertChange({
                ...change,
                changeSetId,
                status: DisplayStatuses.PREPARING,
                errorDetails: null,
                sendClaimedUntil: null,
            });
            transaction.updateRecord({
                ...current,
                changeSetId,
                changeSetStatus: DisplayStatuses.PREPARING,
                errorDetails: null,
                displayStatus: DisplayStatuses.resolve(
                    current.entityStatus,
                    DisplayStatuses.PREPARING,
                ),
                statusSyncStopped: false,
                // Read by the automatic refresh after the 30-second window, later while AWS's
                // change set events arrive: the event brings the end of the change set. Not after
                // an attempt AWS did not answer: it may have ended the change set, and its event
                // found no change set of ours then.
                nextAutoRefreshAt:
                    change.errorDetails === null
                        ? ChangeSetStatusSync.nextAutoRefreshFromNow(transaction, transaction.now())
                        : null,
                lastModifiedAt: now,
            });
            transaction.onCommit(() => StatusSyncJob.ensureRunning(this.deps));
        } else {
            const details = failure.errorDetailsJson(this.format);
            const failed = failure.failsTheChange();
            transaction.upsertChange({
                ...change,
                errorDetails: details,
                sendClaimedUntil: null,
                ...(failed ? { status: DisplayStatuses.FAILED, finishedAt: now } : {}),
            });
            transaction.updateRecord({
                ...current,
                errorDetails: details,
                lastModifiedAt: now,
                ...(!failed
                    ? {}
                    : {
                          changeSetStatus: DisplayStatuses.FAILED,
                          displayStatus: DisplayStatuses.FAILED,
                      }),
            });
        }
        return new ResaleAuthorizationService(this.deps, this.format).getDetail(
            transaction,
            recordId,
        );
    }

    private selectPrepared(
        transaction: Transaction,
        recordId: string,
        clientRequestToken: unknown,
    ): StoredChange & { requestJson: string } {
        const pending =
            typeof clientRequestToken === 'string' && clientRequestToken !== ''
                ? new ResaleAuthorizationChangeSelector(transaction).selectPendingByToken(
                      recordId,
                      clientRequestToken,
                  )
                : null;
        if (!pending?.requestJson) {
            throw new ResaleAuthorizationException(this.format('RA_Apex_TokenMismatch'));
        }
        return { ...pending, requestJson: pending.requestJson };
    }

    /**
     * The change set AWS made with the token of a change, found by its ChangeSetName, which
     * prepare made end with the token; null when AWS lists none yet or cannot be asked now.
     */
    private static async findChangeSetOf(
        transaction: Transaction,
        pending: StoredChange & { requestJson: string },
        account: CatalogApiClient,
    ): Promise<string | null> {
        const name = (JSON.parse(pending.requestJson) as StartChangeSetCommandInput).ChangeSetName;
        if (typeof name !== 'string' || !name.endsWith(pending.clientRequestToken)) {
            return null;
        }
        try {
            const answer = await transaction.callout(() => account.listChangeSetsNamed(name));
            return (
                (answer.ChangeSetSummaryList ?? []).find(
                    (summary) => summary.ChangeSetName === name && summary.ChangeSetId,
                )?.ChangeSetId ?? null
            );
        } catch (error) {
            if (!(error instanceof CatalogApiException)) {
                throw error;
            }
            // Stays pending with the token conflict: the next send looks again.
            return null;
        }
    }
}
