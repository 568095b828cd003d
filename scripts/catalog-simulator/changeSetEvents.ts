/**
 * What AWS Marketplace and Amazon EventBridge do with a change set that ends, for the simulator:
 * AWS publishes `Change Set Succeeded`, `Change Set Failed` or `Change Set Cancelled` (source
 * `aws.marketplacecatalog`) to the seller's default event bus, and a rule's API destination posts
 * the whole event envelope to an HTTPS endpoint (AWS Marketplace Seller Guide, "Amazon
 * EventBridge events", seller-eventbridge.html). Delivery follows the target's retry policy:
 * 429, 5xx and no answer are tried again with a growing wait; any other 4xx, or the last failed
 * try, goes to the dead letters (the dead-letter queue).
 *
 * For tests, deliveries can be delayed, duplicated and reordered (EventBridge delivers at least
 * once, in no guaranteed order). Nothing is sent until a target is configured.
 */
import { randomUUID } from 'node:crypto';
import { isoTimestamp } from './clock';
import type { ChangeSetRecord } from './model';
import { CATALOG } from './model';

export const CHANGE_SET_EVENT_SOURCE = 'aws.marketplacecatalog';
export const DETAIL_TYPES = {
    SUCCEEDED: 'Change Set Succeeded',
    FAILED: 'Change Set Failed',
    CANCELLED: 'Change Set Cancelled',
} as const;

/** An event as EventBridge delivers it to an API destination. */
export interface ChangeSetEventEnvelope {
    version: '0';
    id: string;
    'detail-type': string;
    source: string;
    account: string;
    time: string;
    region: string;
    resources: string[];
    detail: {
        requestId: string;
        Catalog: string;
        ChangeSetId: string;
        ChangeSetName?: string;
        StartTime: string;
        EndTime?: string;
        FailureCode?: string;
    };
}

export interface EventDeliveryOptions {
    /** Where the API destination posts: the endpoint's URL; null sends nothing. */
    url: string | null;
    /** Headers of each post (the connection's authorization). */
    headers: Record<string, string>;
    /** Time from a change set's end to the first post of its event, in milliseconds. */
    delayMs: number;
    /** How many times each event is delivered (EventBridge delivers at least once). */
    copies: number;
    /**
     * Holds events until this many wait, then delivers them newest first (0 or 1: in order). A
     * batch not yet full is delivered as it stands by `flush`.
     */
    reorderBatch: number;
    /** The wait before the first retry, doubled at each later one. */
    retryDelayMs: number;
    /** Tries of one delivery before it goes to the dead letters. */
    maxAttempts: number;
}

export const DEFAULT_EVENT_DELIVERY: EventDeliveryOptions = {
    url: null,
    headers: {},
    delayMs: 0,
    copies: 1,
    reorderBatch: 0,
    retryDelayMs: 500,
    maxAttempts: 10,
};

/** One try of one delivery: its answer, or null when none came. */
export interface DeliveryAttempt {
    eventId: string;
    detailType: string;
    changeSetId: string;
    attempt: number;
    status: number | null;
    /** When the post was answered (ms since epoch). */
    at: number;
}

export class ChangeSetEventEmitter {
    private options: EventDeliveryOptions = { ...DEFAULT_EVENT_DELIVERY };
    private readonly attempts: DeliveryAttempt[] = [];
    private readonly dead: { event: ChangeSetEventEnvelope; status: number | null }[] = [];
    private readonly published: { event: ChangeSetEventEnvelope; finishedAt: number }[] = [];
    private held: ChangeSetEventEnvelope[] = [];
    private readonly timers = new Set<NodeJS.Timeout>();
    private readonly inFlight = new Set<Promise<void>>();
    private stopped = false;

    constructor(
        private readonly account: string,
        private readonly region = 'us-east-1',
    ) {}

    configure(options: Partial<EventDeliveryOptions>): EventDeliveryOptions {
        this.options = { ...this.options, ...options };
        return { ...this.options };
    }

    settings(): EventDeliveryOptions {
        return { ...this.options };
    }

    /** AWS publishes the end of a change set: called as it reaches SUCCEEDED, FAILED or CANCELLED. */
    changeSetFinished(record: ChangeSetRecord, arn: string): void {
        const detailType = DETAIL_TYPES[record.status as keyof typeof DETAIL_TYPES];
        if (!detailType) {
            return;
        }
        const event: ChangeSetEventEnvelope = {
            version: '0',
            id: randomUUID(),
            'detail-type': detailType,
            source: CHANGE_SET_EVENT_SOURCE,
            account: this.account,
            time: isoTimestamp(new Date()),
            region: this.region,
            resources: [arn],
            detail: {
                requestId: randomUUID(),
                Catalog: CATALOG,
                ChangeSetId: record.id,
                ...(record.name ? { ChangeSetName: record.name } : {}),
                StartTime: record.startTime,
                ...(record.endTime ? { EndTime: record.endTime } : {}),
                ...(record.failureCode ? { FailureCode: record.failureCode } : {}),
            },
        };
        this.published.push({ event, finishedAt: Date.now() });
        if (this.options.url === null || this.stopped) {
            return;
        }
        this.later(this.options.delayMs, () => this.hold(event));
    }

    /** Delivers the events a reorder batch holds, newest first, one after the other. */
    flush(): void {
        const batch = this.held.reverse();
        this.held = [];
        const delivered = batch.reduce<Promise<void>>(
            (previous, event) => previous.then(() => this.deliverCopies(event)),
            Promise.resolve(),
        );
        this.track(delivered);
    }

    /** Every event AWS published, with when its change set ended. */
    events(): { event: ChangeSetEventEnvelope; finishedAt: number }[] {
        return [...this.published];
    }

    deliveries(): DeliveryAttempt[] {
        return [...this.attempts];
    }

    deadLetters(): { event: ChangeSetEventEnvelope; status: number | null }[] {
        return [...this.dead];
    }

    /** Resolves once nothing is waiting or being posted (held reorder batches aside). */
    async idle(): Promise<void> {
        while (this.timers.size > 0 || this.inFlight.size > 0) {
            await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 10))]);
        }
    }

    stop(): void {
        this.stopped = true;
        this.timers.forEach((timer) => clearTimeout(timer));
        this.timers.clear();
    }

    private later(delayMs: number, task: () => void): void {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            if (!this.stopped) {
                task();
            }
        }, delayMs);
        timer.unref();
        this.timers.add(timer);
    }

    private hold(event: ChangeSetEventEnvelope): void {
        if (this.options.reorderBatch <= 1) {
            this.track(this.deliverCopies(event));
            return;
        }
        this.held.push(event);
        if (this.held.length >= this.options.reorderBatch) {
            this.flush();
        }
    }

    /** Posts each copy of an event; resolves once each first try is answered. */
    private async deliverCopies(event: ChangeSetEventEnvelope): Promise<void> {
        const copies = Array.from({ length: Math.max(1, this.options.copies) }, () =>
            this.deliver(event, 1),
        );
        await Promise.all(copies);
    }

    private track(work: Promise<void>): void {
        this.inFlight.add(work);
        void work.finally(() => this.inFlight.delete(work));
    }

    private deliver(event: ChangeSetEventEnvelope, attempt: number): Promise<void> {
        const { url, headers, retryDelayMs, maxAttempts } = this.options;
        if (url === null) {
            return Promise.resolve();
        }
        const posted = this.post(url, headers, event).then((status) => {
            this.attempts.push({
                eventId: event.id,
                detailType: event['detail-type'],
                changeSetId: event.detail.ChangeSetId,
                attempt,
                status,
                at: Date.now(),
            });
            const retryable = status === null || status === 429 || status >= 500;
            if (status !== null && status < 300) {
                return;
            }
            if (retryable && attempt < maxAttempts && !this.stopped) {
                this.later(retryDelayMs * 2 ** (attempt - 1), () => {
                    void this.deliver(event, attempt + 1);
                });
            } else {
                this.dead.push({ event, status });
            }
        });
        this.track(posted);
        return posted;
    }

    private async post(
        url: string,
        headers: Record<string, string>,
        event: ChangeSetEventEnvelope,
    ): Promise<number | null> {
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', ...headers },
                body: JSON.stringify(event),
                signal: AbortSignal.timeout(5000),
            });
            await response.arrayBuffer();
            return response.status;
        } catch {
            return null;
        }
    }
}
