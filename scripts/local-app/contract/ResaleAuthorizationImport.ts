/**
 * `ResaleAuthorizationImport.cls` in TypeScript: AWS as the source of truth. A run imports every
 * resale authorization of the seller that Salesforce does not have and brings the others up to
 * date from what AWS describes, in steps that each fit in one transaction (callouts first, then
 * writes), chained by ResaleAuthorizationImportJob:
 * - LIST: ListEntities (50 a page, oldest change first, only what AWS modified since the last
 *   run once one went to its end), then BatchDescribeEntities (20 a call) of what is new or
 *   changed; one record per entity id, never over a change under way;
 * - REVIEW: the records not read from AWS for STALE_AFTER_DAYS, described again (how a resale
 *   authorization AWS no longer has is found);
 * - EXPIRE: the records shown Active whose availability end date (UTC) has passed.
 * One unfinished run at a time (Running_Key__c is unique); a run that stops on an error keeps its
 * cursor and the next start resumes it where it stopped.
 */
import type {
    BatchDescribeEntitiesCommandOutput,
    EntitySummary,
} from '@aws-sdk/client-marketplace-catalog';
import type { ImportProgress, ImportRun } from '../../../lwc-src/raDomain/apexContract';
import { CatalogApiClient } from './CatalogApiClient';
import type { DescribedEntity } from './CatalogApiClient';
import { CatalogApiException } from './CatalogApiException';
import { ClientRequestTokens } from './ClientRequestTokens';
import type { ContractDeps } from './contractDeps';
import { DescribedEntities } from './DescribedEntities';
import { DisplayStatuses } from './DisplayStatuses';
import { Iso8601, isUnsetOrPast } from './Iso8601';
import type { Transaction } from './platform';
import { ResaleAuthorizationChangeSelector } from './ResaleAuthorizationChangeSelector';
import { ResaleAuthorizationImportSelector } from './ResaleAuthorizationImportSelector';
import { isInFlight, ResaleAuthorizationSelector } from './ResaleAuthorizationSelector';
import { SellerAccounts } from './SellerAccounts';
import { NOTHING_ON_AWS } from './store';
import type { ImportCounts, StoredImportRun, StoredRecord } from './store';
import type { MessageFormatter } from './UserMessages';

/** ListEntities' largest page. */
export const LIST_PAGE_SIZE = 50;
/** BatchDescribeEntities' largest request. */
export const BATCH_DESCRIBE_SIZE = 20;
/** Entities one step reads and writes: 4 pages, 10 batch describes, one UserRecordAccess query. */
export const MAX_ENTITIES_PER_STEP = 200;
/** A record not read from AWS for this many days is described again. */
export const STALE_AFTER_DAYS = 7;
/** How long a job may hold a run: past it, a start resumes the run (its job died). */
export const IMPORT_CLAIM_SECONDS = 600;
/** The next run lists from this long before the last one started: AWS's clock is not ours. */
export const MODIFIED_AFTER_MARGIN_SECONDS = 600;
/** A step stops listing further pages after this long, within the 120 s of callouts. */
export const LIST_TIME_BUDGET_MS = 60_000;
/** Running_Key__c of the unfinished run: unique, so a second unfinished run cannot be stored. */
export const RUNNING_KEY = 'RUNNING';

/** What the sync does with an entity AWS listed (contract vectors `importDecision`). */
export type ImportDecision = 'import' | 'update' | 'unchanged' | 'underWay' | 'awaitingOwnChange';

/** What the listing says of an entity. */
export interface ListedEntity {
    entityId: string;
    lastModifiedDate: string | null;
    status: string | null;
    offerExtendedStatus: string | null;
}

/** What Salesforce knows of the entity's record. */
export interface KnownRecord {
    entityLastModified: string | null;
    entityStatus: string | null;
    offerExtendedStatus: string | null;
    entityNotFound: boolean;
    /** A change is prepared and not answered, or in flight: the record is not written over. */
    changeUnderWay: boolean;
}

/** The result of one step: whether the run needs another. */
/** What a step says: the run whose step comes next (this one or the next account's), or none. */
export interface StepResult {
    nextRunId: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The API's date-time filter shape: `YYYY-MM-DDTHH:MM:SSZ`. */
function filterTime(epochMs: number): string {
    return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

function sameInstant(a: string | null, b: string | null): boolean {
    return a !== null && b !== null && Date.parse(a) === Date.parse(b);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
    const result: T[][] = [];
    for (let start = 0; start < items.length; start += size) {
        result.push(items.slice(start, start + size));
    }
    return result;
}

/** What AWS answered for one entity: the entity, or the code of its error. */
type Answer = { entity: DescribedEntity } | { errorCode: string };
type Described = Map<string, Answer>;
const NOT_FOUND = 'ResourceNotFoundException';

const NO_COUNTS: ImportCounts = {
    found: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
};

/** What one step leaves for the run row. */
interface StepCounts extends ImportCounts {
    /** The LastModifiedDate of the entities left for the next run. */
    leftModified: string[];
}

function noCounts(): StepCounts {
    return { ...NO_COUNTS, leftModified: [] };
}

export class ResaleAuthorizationImport {
    private readonly client: CatalogApiClient;

    constructor(
        private readonly deps: ContractDeps,
        private readonly format: MessageFormatter,
    ) {
        this.client = new CatalogApiClient(deps);
    }

    /**
     * The Apex checks the custom permission `Marketplace_Resale_Import`; the local app's one user
     * is its administrator and holds it.
     */
    static canImport(): boolean {
        return true;
    }

    /** Refuses users without the import permission: none here (see canImport). */
    static requireImportPermission(): void {
        // The local app's user holds it.
    }

    /**
     * What the sync does with a listed entity: a change under way keeps its record as it is
     * (read again next run); an entity Salesforce does not have is imported, unless a record of
     * ours whose change may have created it waits for its entity id; a record AWS has not
     * changed since it was read is left alone.
     */
    static decide(
        listed: ListedEntity,
        record: KnownRecord | null,
        awaitingOwnChange: boolean,
    ): ImportDecision {
        if (record === null) {
            return awaitingOwnChange ? 'awaitingOwnChange' : 'import';
        }
        if (record.changeUnderWay) {
            return 'underWay';
        }
        const unchanged =
            !record.entityNotFound &&
            sameInstant(record.entityLastModified, listed.lastModifiedDate) &&
            record.entityStatus === listed.status &&
            record.offerExtendedStatus === listed.offerExtendedStatus;
        return unchanged ? 'unchanged' : 'update';
    }

    /**
     * Starts a sync with the first seller account the user may use, or resumes the unfinished
     * run whose job is gone (it stopped on an error, or its claim lapsed); a run whose job is
     * alive is returned as it is. No callout.
     * @returns the run and, when a job must take it, the claim it holds
     */
    async start(
        transaction: Transaction,
    ): Promise<{ run: StoredImportRun; claimId: string | null }> {
        ResaleAuthorizationImport.requireImportPermission();
        const now = transaction.now();
        const runs = new ResaleAuthorizationImportSelector(transaction);
        // Locked as Running_Key__c's unique index: a second start waits for the first.
        const unfinished = await runs.lockUnfinished();
        if (unfinished && !isUnsetOrPast(unfinished.claimedUntil, now)) {
            return { run: unfinished, claimId: null };
        }
        const claimId = ClientRequestTokens.newToken();
        const claimedUntil = Iso8601.format(now + IMPORT_CLAIM_SECONDS * 1000);
        if (unfinished) {
            const resumed: StoredImportRun = {
                ...unfinished,
                status: 'RUNNING',
                claimId,
                claimedUntil,
                error: null,
            };
            transaction.putImportRun(resumed);
            return { run: resumed, claimId };
        }
        const [first] = SellerAccounts.usable(this.deps);
        const sellerAccount =
            first?.developerName ??
            SellerAccounts.requireUsable(this.deps, this.format, null).developerName;
        return { run: this.insertRun(transaction, sellerAccount, claimId), claimId };
    }

    /**
     * The seller account a sync goes on with after a run of another one: the next the user may
     * use, in the order of `SellerAccounts.usable`; null after the last one.
     */
    static nextAccount(
        deps: ContractDeps,
        sellerAccount: string | null | undefined,
    ): string | null {
        const accounts = SellerAccounts.usable(deps);
        const current = SellerAccounts.accountOf(sellerAccount).toLowerCase();
        const index = accounts.findIndex(
            (account) => account.developerName.toLowerCase() === current,
        );
        return index >= 0 ? (accounts[index + 1]?.developerName ?? null) : null;
    }

    /** A new run of an account under a claim (Running_Key__c's lock is held). */
    private insertRun(
        transaction: Transaction,
        sellerAccount: string,
        claimId: string,
    ): StoredImportRun {
        const now = transaction.now();
        const previous = new ResaleAuthorizationImportSelector(transaction).selectLatestSucceeded(
            sellerAccount,
        );
        const run: StoredImportRun = {
            id: transaction.store.newId('a03'),
            sellerAccount,
            status: 'RUNNING',
            runningKey: RUNNING_KEY,
            phase: 'LIST',
            startedAt: Iso8601.format(now),
            finishedAt: null,
            modifiedAfter: previous
                ? filterTime(
                      Date.parse(previous.nextModifiedAfter) - MODIFIED_AFTER_MARGIN_SECONDS * 1000,
                  )
                : null,
            nextModifiedAfter: Iso8601.format(now),
            cursor: null,
            claimId,
            claimedUntil: Iso8601.format(now + IMPORT_CLAIM_SECONDS * 1000),
            ...NO_COUNTS,
            error: null,
            createdByName: this.deps.userName,
        };
        transaction.putImportRun(run);
        return run;
    }

    /**
     * One step of the run the claim holds: callouts first (through the run's seller account),
     * then the records and the run are written. A callout that fails stops the run (FAILED), its
     * cursor kept for the next start. The step that ends a run starts the next account's run
     * under the same claim (Running_Key__c's lock is taken, as the insert's unique index is).
     */
    async step(transaction: Transaction, runId: string, claimId: string): Promise<StepResult> {
        const runs = new ResaleAuthorizationImportSelector(transaction);
        const run = runs.selectById(runId);
        if (!run || run.status !== 'RUNNING' || run.claimId !== claimId) {
            return { nextRunId: null };
        }
        let more: boolean;
        try {
            if (run.phase === 'LIST') {
                more = await this.listStep(transaction, run);
            } else if (run.phase === 'REVIEW') {
                more = await this.reviewStep(transaction, run);
            } else {
                more = await this.expireStep(transaction, run);
            }
        } catch (error) {
            if (!(error instanceof CatalogApiException)) {
                throw error;
            }
            await this.fail(transaction, runId, claimId, error.userMessage(this.format));
            return { nextRunId: null };
        }
        if (more) {
            return { nextRunId: runId };
        }
        const following =
            runs.selectById(runId)?.status === 'SUCCEEDED'
                ? ResaleAuthorizationImport.nextAccount(this.deps, run.sellerAccount)
                : null;
        if (!following || (await runs.lockUnfinished())) {
            return { nextRunId: null };
        }
        return { nextRunId: this.insertRun(transaction, following, claimId).id };
    }

    /** Stops the run the claim holds on an error; the next start resumes it at its cursor. */
    async fail(
        transaction: Transaction,
        runId: string,
        claimId: string,
        message: string,
    ): Promise<void> {
        const run = await this.lockRun(transaction, runId, claimId);
        if (run) {
            transaction.putImportRun({
                ...run,
                status: 'FAILED',
                claimId: null,
                claimedUntil: null,
                error: message.slice(0, 32768),
            });
        }
    }

    /** Whether the user may start a run, and the run under way or the latest one. */
    progress(transaction: Transaction): ImportProgress {
        const allowed = ResaleAuthorizationImport.canImport();
        const runs = new ResaleAuthorizationImportSelector(transaction);
        const run = allowed ? runs.selectLatest() : null;
        return { canImport: allowed, run: run ? ResaleAuthorizationImport.toDto(run) : null };
    }

    static toDto(run: StoredImportRun): ImportRun {
        return {
            runId: run.id,
            status: run.status,
            phase: run.phase,
            startedAt: run.startedAt,
            finishedAt: run.finishedAt,
            modifiedAfter: run.modifiedAfter,
            found: run.found,
            imported: run.imported,
            updated: run.updated,
            unchanged: run.unchanged,
            skipped: run.skipped,
            failed: run.failed,
            errorMessage: run.error,
            sellerAccount: SellerAccounts.accountOf(run.sellerAccount),
        };
    }

    private async listStep(transaction: Transaction, run: StoredImportRun): Promise<boolean> {
        const startedAt = Date.now();
        const account = this.client.forAccount(run.sellerAccount);
        const listed = new Map<string, EntitySummary>();
        let token = run.cursor ?? undefined;
        do {
            const pageToken = token;
            const page = await transaction.callout(() =>
                account.listResaleAuthorizationEntities(
                    pageToken,
                    run.modifiedAfter,
                    LIST_PAGE_SIZE,
                ),
            );
            for (const summary of page.EntitySummaryList ?? []) {
                if (summary.EntityId) {
                    listed.set(summary.EntityId, summary);
                }
            }
            token = page.NextToken;
        } while (
            token &&
            listed.size + LIST_PAGE_SIZE <= MAX_ENTITIES_PER_STEP &&
            Date.now() - startedAt < LIST_TIME_BUDGET_MS
        );
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const summaries = [...listed.values()];
        const before = this.decisions(transaction, summaries, records);
        const described = await ResaleAuthorizationImport.describe(
            transaction,
            account,
            summaries
                .map((summary) => summary.EntityId ?? '')
                .filter((id) => ['import', 'update'].includes(before.get(id) ?? '')),
        );

        const locked = await this.lockRun(transaction, run.id, run.claimId ?? '');
        if (!locked) {
            return false;
        }
        const current = await records.lockByIds(
            records.selectByEntityIds(listed.keys()).map((record) => record.id),
        );
        // Decided again under the locks: a change may have started since the callouts.
        const decisions = this.decisions(transaction, summaries, records, current);
        const counts = noCounts();
        counts.found = summaries.length;
        const byEntity = new Map(current.map((record) => [record.entityId, record]));
        const now = transaction.now();
        for (const summary of summaries) {
            const entityId = summary.EntityId ?? '';
            const decision = decisions.get(entityId);
            const answer = described.get(entityId);
            const record = byEntity.get(entityId);
            if (decision === 'unchanged') {
                counts.unchanged += 1;
            } else if (decision === 'import' || decision === 'update') {
                this.store(
                    transaction,
                    record ?? null,
                    entityId,
                    answer,
                    now,
                    counts,
                    summary,
                    run,
                );
            } else {
                counts.skipped += 1;
                counts.leftModified.push(summary.LastModifiedDate ?? '');
            }
        }
        this.saveRun(transaction, locked, counts, token ?? null, token ? 'LIST' : 'REVIEW');
        return true;
    }

    private async reviewStep(transaction: Transaction, run: StoredImportRun): Promise<boolean> {
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const syncedBefore = Date.parse(run.startedAt) - STALE_AFTER_DAYS * DAY_MS;
        const stale = records.selectForReview(
            run.sellerAccount,
            syncedBefore,
            run.cursor,
            MAX_ENTITIES_PER_STEP,
        );
        const described = await ResaleAuthorizationImport.describe(
            transaction,
            this.client.forAccount(run.sellerAccount),
            stale.map((record) => record.entityId ?? ''),
        );
        const locked = await this.lockRun(transaction, run.id, run.claimId ?? '');
        if (!locked) {
            return false;
        }
        const current = await records.lockByIds(stale.map((record) => record.id));
        const underWay = ResaleAuthorizationImport.underWay(transaction, current);
        const counts = noCounts();
        const now = transaction.now();
        for (const record of current) {
            if (underWay.has(record.id) || record.entityId === null) {
                counts.skipped += 1;
            } else {
                this.store(
                    transaction,
                    record,
                    record.entityId,
                    described.get(record.entityId),
                    now,
                    counts,
                    null,
                    run,
                );
            }
        }
        const last = stale[stale.length - 1];
        const done = stale.length < MAX_ENTITIES_PER_STEP;
        this.saveRun(
            transaction,
            locked,
            counts,
            done ? null : (last?.id ?? null),
            done ? 'EXPIRE' : 'REVIEW',
        );
        return true;
    }

    private async expireStep(transaction: Transaction, run: StoredImportRun): Promise<boolean> {
        const locked = await this.lockRun(transaction, run.id, run.claimId ?? '');
        if (!locked) {
            return false;
        }
        const now = transaction.now();
        const today = DisplayStatuses.todayUtc(now);
        const records = new ResaleAuthorizationSelector(transaction, this.format);
        const ended = records.selectActiveEndedBefore(
            run.sellerAccount,
            today,
            run.cursor,
            MAX_ENTITIES_PER_STEP,
        );
        const current = await records.lockByIds(ended.map((record) => record.id));
        const underWay = ResaleAuthorizationImport.underWay(transaction, current);
        const counts = noCounts();
        for (const record of current) {
            if (underWay.has(record.id)) {
                counts.skipped += 1;
            } else {
                this.write(transaction, record, {
                    ...record,
                    displayStatus: DisplayStatuses.resolveRecord(record, today),
                    lastModifiedAt: Iso8601.format(now),
                });
                counts.updated += 1;
            }
        }
        const done = ended.length < MAX_ENTITIES_PER_STEP;
        if (done) {
            transaction.putImportRun({
                ...this.counted(locked, counts),
                status: 'SUCCEEDED',
                runningKey: null,
                cursor: null,
                claimId: null,
                claimedUntil: null,
                finishedAt: Iso8601.format(now),
            });
            return false;
        }
        this.saveRun(transaction, locked, counts, ended[ended.length - 1]?.id ?? null, 'EXPIRE');
        return true;
    }

    /** The decision for each listed entity, from the records as they are now. */
    private decisions(
        transaction: Transaction,
        summaries: readonly EntitySummary[],
        records: ResaleAuthorizationSelector,
        locked?: readonly StoredRecord[],
    ): Map<string, ImportDecision> {
        const known = locked ?? records.selectByEntityIds(summaries.map((s) => s.EntityId ?? ''));
        const byEntity = new Map(known.map((record) => [record.entityId, record]));
        const awaiting = records.selectAwaitingEntity(
            summaries.map((s) => s.ResaleAuthorizationSummary?.ProductId ?? ''),
        );
        const underWay = ResaleAuthorizationImport.underWay(transaction, known);
        const decisions = new Map<string, ImportDecision>();
        for (const summary of summaries) {
            const entityId = summary.EntityId ?? '';
            const details = summary.ResaleAuthorizationSummary ?? {};
            const record = byEntity.get(entityId);
            const name = (details.Name ?? summary.Name ?? '').toLowerCase();
            decisions.set(
                entityId,
                ResaleAuthorizationImport.decide(
                    {
                        entityId,
                        lastModifiedDate: summary.LastModifiedDate ?? null,
                        status: details.Status ?? null,
                        offerExtendedStatus: details.OfferExtendedStatus ?? null,
                    },
                    record
                        ? {
                              entityLastModified: record.entityLastModified,
                              entityStatus: record.entityStatus,
                              offerExtendedStatus: record.offerExtendedStatus,
                              entityNotFound: record.entityNotFound,
                              changeUnderWay: underWay.has(record.id),
                          }
                        : null,
                    awaiting.some(
                        (candidate) =>
                            candidate.productId === details.ProductId &&
                            candidate.resellerAccountId === details.ResellerAccountID &&
                            candidate.authorizationName.toLowerCase() === name,
                    ),
                ),
            );
        }
        return decisions;
    }

    /** Records with a change prepared and not answered, or in flight. */
    private static underWay(
        transaction: Transaction,
        records: readonly StoredRecord[],
    ): Set<string> {
        const unanswered = new ResaleAuthorizationChangeSelector(
            transaction,
        ).selectUnansweredRecordIds(records.map((record) => record.id));
        return new Set(
            records
                .filter((record) => isInFlight(record) || unanswered.has(record.id))
                .map((record) => record.id),
        );
    }

    /** BatchDescribeEntities of the entities, 20 a call: each one's entity or error. */
    private static async describe(
        transaction: Transaction,
        client: CatalogApiClient,
        entityIds: readonly string[],
    ): Promise<Described> {
        const described: Described = new Map();
        for (const batch of chunks(entityIds, BATCH_DESCRIBE_SIZE)) {
            const answer: BatchDescribeEntitiesCommandOutput = await transaction.callout(() =>
                client.batchDescribeEntities(batch),
            );
            for (const [entityId, entity] of Object.entries(answer.EntityDetails ?? {})) {
                described.set(entityId, { entity });
            }
            for (const [entityId, error] of Object.entries(answer.Errors ?? {})) {
                described.set(entityId, { errorCode: error.ErrorCode ?? '' });
            }
        }
        return described;
    }

    /** Stores what AWS answered for one entity: imported, updated, not found, or failed. */
    private store(
        transaction: Transaction,
        record: StoredRecord | null,
        entityId: string,
        answer: Answer | undefined,
        now: number,
        counts: StepCounts,
        summary: EntitySummary | null,
        run: StoredImportRun,
    ): void {
        const entity = answer && 'entity' in answer ? answer.entity : null;
        const notFound =
            answer !== undefined && 'errorCode' in answer && answer.errorCode === NOT_FOUND;
        if (entity === null && !notFound) {
            counts.failed += 1;
            if (summary) {
                counts.leftModified.push(summary.LastModifiedDate ?? '');
            }
            return;
        }
        if (record === null) {
            if (notFound) {
                // Listed, then gone before it could be read: nothing to import.
                counts.skipped += 1;
                return;
            }
            const created = DescribedEntities.apply(
                this.newRecord(transaction, now, run.sellerAccount),
                null,
                entityId,
                entity ?? {},
                now,
            );
            this.write(transaction, null, created);
            counts.imported += 1;
            return;
        }
        const next =
            entity === null
                ? DescribedEntities.markNotFound(record, record.changeSetStatus, now)
                : DescribedEntities.apply(record, record.changeSetStatus, entityId, entity, now);
        this.write(transaction, record, { ...next, lastModifiedAt: Iso8601.format(now) });
        counts.updated += 1;
    }

    /** Writes a record, and tells the pages showing it when its status changed. */
    private write(
        transaction: Transaction,
        before: StoredRecord | null,
        after: StoredRecord,
    ): void {
        transaction.updateRecord(after);
        if (before && before.displayStatus !== after.displayStatus) {
            transaction.onCommit(() =>
                this.deps.events.publish({
                    Record_Id__c: after.id,
                    Display_Status__c: after.displayStatus,
                    Change_Set_Status__c: after.changeSetStatus,
                }),
            );
        }
    }

    private newRecord(
        transaction: Transaction,
        now: number,
        sellerAccount: string | null | undefined,
    ): StoredRecord {
        return {
            id: transaction.store.newId('a01'),
            sellerAccount: SellerAccounts.accountOf(sellerAccount),
            resellerAccount: null,
            opportunity: null,
            authorizationName: '',
            productId: '',
            productTitle: null,
            resellerAccountId: '',
            expiryDate: null,
            description: null,
            formStateJson: null,
            displayStatus: '',
            ...NOTHING_ON_AWS,
            createdByName: this.deps.userName,
            createdAt: Iso8601.format(now),
            lastModifiedAt: Iso8601.format(now),
        };
    }

    /** The run, locked, when the claim still holds it. */
    private async lockRun(
        transaction: Transaction,
        runId: string,
        claimId: string,
    ): Promise<StoredImportRun | null> {
        const run = await new ResaleAuthorizationImportSelector(transaction).lockById(runId);
        return run && run.status === 'RUNNING' && run.claimId === claimId ? run : null;
    }

    private counted(run: StoredImportRun, counts: StepCounts): StoredImportRun {
        const left = counts.leftModified
            .map((modified) => Date.parse(modified))
            .filter((time) => !Number.isNaN(time));
        const earliest = Math.min(Date.parse(run.nextModifiedAfter), ...left);
        return {
            ...run,
            found: run.found + counts.found,
            imported: run.imported + counts.imported,
            updated: run.updated + counts.updated,
            unchanged: run.unchanged + counts.unchanged,
            skipped: run.skipped + counts.skipped,
            failed: run.failed + counts.failed,
            nextModifiedAfter: Iso8601.format(earliest),
        };
    }

    private saveRun(
        transaction: Transaction,
        run: StoredImportRun,
        counts: StepCounts,
        cursor: string | null,
        phase: StoredImportRun['phase'],
    ): void {
        transaction.putImportRun({
            ...this.counted(run, counts),
            cursor,
            phase,
            claimedUntil: Iso8601.format(transaction.now() + IMPORT_CLAIM_SECONDS * 1000),
        });
    }
}
