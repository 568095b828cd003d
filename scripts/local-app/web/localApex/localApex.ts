/**
 * The local app's `@salesforce/apex/*` transport: each Apex method the components import is a
 * function that posts its parameters to the local server, and a wire adapter for `@wire`.
 * Errors reach the components in the shape the platform gives them (`error.body.message`).
 */

type Params = Record<string, unknown>;
type WireValue = { data: unknown; error: unknown };

/** An Apex error as the components receive it from the platform. */
export class ApexCallError extends Error {
    readonly body: { message: string };
    readonly status: number;
    readonly ok = false;

    constructor(message: string, status: number) {
        super(message);
        this.body = { message };
        this.status = status;
    }
}

function messageOf(payload: unknown, fallback: string): string {
    if (payload && typeof payload === 'object' && 'message' in payload) {
        const { message } = payload as { message: unknown };
        if (typeof message === 'string' && message.length > 0) {
            return message;
        }
    }
    return fallback;
}

/** Calls one method of the local implementation of `ResaleAuthorizationController`. */
export async function callApex(method: string, params: Params | undefined): Promise<unknown> {
    let response: Response;
    try {
        response = await fetch(`/apex/${encodeURIComponent(method)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(params ?? {}),
        });
    } catch (networkError) {
        throw new ApexCallError(
            networkError instanceof Error ? networkError.message : String(networkError),
            0,
        );
    }
    const text = await response.text();
    let payload: unknown = null;
    try {
        payload = text ? JSON.parse(text) : null;
    } catch {
        payload = { message: text };
    }
    if (!response.ok) {
        throw new ApexCallError(messageOf(payload, response.statusText), response.status);
    }
    return payload;
}

/** What `refreshApex` of a wired value asks again: the adapter that emitted it. */
const emitters = new WeakMap<WireValue, { refresh(): Promise<void> }>();

/**
 * `refreshApex` of `@salesforce/apex`: asks the server again for the data of a wired value and
 * emits the answer. (The local app keeps no client cache: there is nothing else to refresh.)
 */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const emitter =
        wiredValue !== null && typeof wiredValue === 'object'
            ? emitters.get(wiredValue as WireValue)
            : undefined;
    return emitter ? emitter.refresh() : Promise.resolve();
}

/** The wire adapter of one method: calls it with the wire's config and emits `{ data, error }`. */
function wireAdapterFor(method: string) {
    return class ApexWireAdapter {
        private connected = false;
        private latestCall = 0;
        private config: Params | undefined;

        constructor(private readonly emit: (value: WireValue) => void) {}

        connect(): void {
            this.connected = true;
        }

        disconnect(): void {
            this.connected = false;
        }

        update(config: Params | undefined): void {
            this.config = config;
            this.refresh();
        }

        refresh(): Promise<void> {
            const call = ++this.latestCall;
            return callApex(method, this.config).then(
                (data) => this.deliver(call, { data, error: undefined }),
                (error: unknown) => this.deliver(call, { data: undefined, error }),
            );
        }

        private deliver(call: number, value: WireValue): void {
            // Only the answer to the latest config counts; nothing after disconnect.
            if (this.connected && call === this.latestCall) {
                emitters.set(value, this);
                this.emit(value);
            }
        }
    };
}

/** What `import method from '@salesforce/apex/Class.method'` gives a component. */
export function apexMethod(method: string): ((params?: Params) => Promise<unknown>) & {
    adapter: ReturnType<typeof wireAdapterFor>;
} {
    const invoke = (params?: Params) => callApex(method, params);
    return Object.assign(invoke, { adapter: wireAdapterFor(method) });
}
