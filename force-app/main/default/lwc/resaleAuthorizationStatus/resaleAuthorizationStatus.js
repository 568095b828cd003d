import { LightningElement, api, wire } from 'lwc';
import { subscribe, unsubscribe, onError } from 'lightning/empApi';
import { MessageContext } from 'lightning/messageService';
import getResaleAuthorization from '@salesforce/apex/ResaleAuthorizationController.getResaleAuthorization';
import { STATUS_EVENT_CHANNEL, allows, isFinalChangeSetStatus, parseErrorDetails, resolveDisplayStatus, } from 'c/raDomain';
import { formatLabel, formatTime, reduceErrors, refreshResaleAuthorizationStatus } from 'c/raUi';
import { newSender, publishRecordChanged, subscribeToRecordChanges, unsubscribeFromRecordChanges, } from 'c/raRecordChannel';
import { LABELS } from './labels';
const { refreshLabel, refreshWaitLabel, refreshFailedLabel, notRefreshedLabel, awsErrorsLabel, progressLabel, preparingLabel, applyingLabel, succeededLabel, lastRefreshedLabel, } = LABELS;
/** The refresh window the server enforces: one DescribeChangeSet per resale authorization per 30 s. */
export const REFRESH_INTERVAL_MS = 30_000;
const IN_FLIGHT = ['PREPARING', 'APPLYING'];
/**
 * The status the server stored (it knows the expiry date and offer usage, and today in UTC),
 * or the one the entity and change set statuses give when it stored none.
 */
function statusOf(detail) {
    return detail.displayStatus || resolveDisplayStatus(detail);
}
/**
 * Where a resale authorization's latest change set stands, with Refresh status. The button rests
 * for 30 seconds after each refresh (with a countdown), as the server does; while a change set is
 * in flight it listens to the status platform event (which AWS's change set events also raise)
 * and refreshes itself every 30 seconds, or when the server says the automatic refresh is next
 * due (later while AWS's events arrive), stopping at a final state. On a record page beside the
 * record view, each tells the other when the record changed (a Lightning message channel).
 */
export default class ResaleAuthorizationStatus extends LightningElement {
    @api
    recordId;
    detail = null;
    refreshing = false;
    errorMessage = '';
    notice = '';
    nextRefreshAt = 0;
    now = Date.now();
    countdownTimer;
    autoRefreshTimer;
    loadSequence = 0;
    subscription;
    sender = newSender();
    recordChanges = null;
    @wire(MessageContext)
    messageContext;
    /** A detail the parent already has (saves a server call). */
    @api
    get initialDetail() {
        return this.detail;
    }
    set initialDetail(value) {
        if (value) {
            this.applyDetail(value);
        }
    }
    connectedCallback() {
        this.recordChanges = subscribeToRecordChanges(this.messageContext, () => this.recordId, this.sender, () => this.load());
        const loaded = !this.detail && this.recordId ? this.load() : Promise.resolve();
        this.subscribeToStatusEvents(loaded);
    }
    disconnectedCallback() {
        unsubscribeFromRecordChanges(this.recordChanges);
        this.recordChanges = null;
        clearInterval(this.countdownTimer);
        clearTimeout(this.autoRefreshTimer);
        if (this.subscription) {
            Promise.resolve(unsubscribe(this.subscription)).catch(() => undefined);
            this.subscription = undefined;
        }
    }
    get labels() {
        return { refresh: refreshLabel, awsErrors: awsErrorsLabel, progress: progressLabel };
    }
    get displayStatus() {
        return this.detail ? statusOf(this.detail) : '';
    }
    get secondsLeft() {
        return Math.max(0, Math.ceil((this.nextRefreshAt - this.now) / 1000));
    }
    get refreshDisabled() {
        return (this.refreshing ||
            !this.detail ||
            !allows(this.detail, 'refresh') ||
            this.secondsLeft > 0);
    }
    get countdownText() {
        return this.secondsLeft > 0 ? formatLabel(refreshWaitLabel, this.secondsLeft) : '';
    }
    get lastRefreshedText() {
        return this.detail?.lastRefreshedAt
            ? formatLabel(lastRefreshedLabel, formatTime(this.detail.lastRefreshedAt))
            : '';
    }
    get hasChangeSet() {
        return Boolean(this.detail?.changeSetId);
    }
    get progressSteps() {
        return [
            { value: 'PREPARING', label: preparingLabel },
            { value: 'APPLYING', label: applyingLabel },
            { value: 'SUCCEEDED', label: succeededLabel },
        ];
    }
    get progressStep() {
        return this.detail?.changeSetStatus ?? 'PREPARING';
    }
    get progressHasError() {
        return (this.detail?.changeSetStatus === 'FAILED' ||
            this.detail?.changeSetStatus === 'CANCELLED');
    }
    get awsErrors() {
        return parseErrorDetails(this.detail?.errorDetails).map((error) => error.code ? `${error.code}: ${error.message}` : error.message);
    }
    get isInFlight() {
        return IN_FLIGHT.includes(this.detail?.changeSetStatus ?? '');
    }
    /**
     * A change set that succeeded while AWS's entity is not stored yet: after a change set event
     * the follow-up reads it a moment after the status, and tells it by another status event.
     */
    get awaitsEntity() {
        return this.detail?.changeSetStatus === 'SUCCEEDED' && !this.detail.entityId;
    }
    async load() {
        if (!this.recordId) {
            return;
        }
        // Loads may overlap (status events close together): an earlier answer arriving last
        // is not shown.
        const sequence = ++this.loadSequence;
        try {
            const before = this.detail;
            const detail = await getResaleAuthorization({ recordId: this.recordId });
            if (sequence !== this.loadSequence) {
                return;
            }
            this.applyDetail(detail);
            // The record view shows the entity id, terms and history: it reloads when the status
            // moved, or when AWS's entity was read (after a change set event, its id and terms
            // come a moment after the status).
            if (before &&
                (before.displayStatus !== detail.displayStatus ||
                    before.changeSetStatus !== detail.changeSetStatus ||
                    before.entityId !== detail.entityId ||
                    before.lastSyncedAt !== detail.lastSyncedAt)) {
                this.notifyStatusChange(detail);
            }
        }
        catch (error) {
            this.errorMessage = formatLabel(refreshFailedLabel, reduceErrors(error).join(' '));
        }
    }
    applyDetail(detail, nextRefreshAllowedAt) {
        this.detail = detail;
        const allowedAt = nextRefreshAllowedAt ?? detail.nextRefreshAllowedAt;
        this.nextRefreshAt = allowedAt ? Date.parse(allowedAt) : 0;
        this.now = Date.now();
        this.startCountdown();
        this.scheduleAutoRefresh();
    }
    startCountdown() {
        clearInterval(this.countdownTimer);
        if (this.secondsLeft <= 0) {
            return;
        }
        // A one-second tick only while the refresh button rests, to show the countdown.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.countdownTimer = setInterval(() => {
            this.now = Date.now();
            if (this.secondsLeft <= 0) {
                clearInterval(this.countdownTimer);
            }
        }, 1000);
    }
    scheduleAutoRefresh() {
        clearTimeout(this.autoRefreshTimer);
        if (!this.isInFlight || isFinalChangeSetStatus(this.detail?.changeSetStatus)) {
            return;
        }
        const autoRefreshAt = this.detail?.nextAutoRefreshAt
            ? Date.parse(this.detail.nextAutoRefreshAt)
            : 0;
        const wait = Math.max(REFRESH_INTERVAL_MS, this.nextRefreshAt - Date.now(), autoRefreshAt - Date.now());
        // While a change set is in flight, refresh every 30 seconds (or when the server says the
        // automatic refresh is due) until it reaches a final state.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.autoRefreshTimer = setTimeout(() => {
            this.refresh();
        }, wait);
    }
    /**
     * Where the streaming API is not available (some sites and containers), the 30-second
     * automatic refresh still brings the status; so a failed subscription is not an error.
     * Events published before the subscription took effect are not replayed: once subscribed,
     * a change still shown in flight, or one that succeeded and awaits AWS's entity, is read
     * again, so what arrived meanwhile shows at once.
     */
    async subscribeToStatusEvents(loaded) {
        try {
            onError(() => undefined);
            this.subscription = await subscribe(STATUS_EVENT_CHANNEL, -1, (message) => {
                if (message.data.payload.Record_Id__c === this.recordId) {
                    this.load();
                }
            });
        }
        catch {
            this.subscription = undefined;
            return;
        }
        await loaded;
        if (this.isInFlight || this.awaitsEntity) {
            await this.load();
        }
    }
    /** The unanswered change was sent, or discarded: the record as it now stands. */
    handleUnansweredResolved(event) {
        this.applyDetail(event.detail);
        this.notifyStatusChange(event.detail);
    }
    handleRefreshClick() {
        // The button rests during the window; a click that slips through is ignored too.
        if (this.refreshDisabled) {
            return;
        }
        this.refresh();
    }
    notifyStatusChange(detail) {
        publishRecordChanged(this.messageContext, detail.recordId, this.sender);
        this.dispatchEvent(new CustomEvent('statuschange', {
            detail: { recordId: detail.recordId, displayStatus: statusOf(detail) },
        }));
    }
    async refresh() {
        if (this.refreshing || !this.recordId) {
            return;
        }
        this.refreshing = true;
        this.errorMessage = '';
        this.notice = '';
        try {
            const result = await refreshResaleAuthorizationStatus(this.recordId);
            if (!result.refreshed) {
                this.notice = notRefreshedLabel;
            }
            this.applyDetail(result.detail, result.nextRefreshAllowedAt);
            this.notifyStatusChange(result.detail);
        }
        catch (error) {
            this.errorMessage = formatLabel(refreshFailedLabel, reduceErrors(error).join(' '));
        }
        finally {
            this.refreshing = false;
        }
    }
}
