/**
 * `lightning/empApi` for the local app: platform events arrive as server-sent events from the
 * local server (`/events`), one stream shared by every subscription of the page. As on the
 * platform, `subscribe` resolves once the subscription takes effect (the stream is open): an
 * event published after that reaches the listener, one published before is not replayed.
 */
type Listener = (message: { channel: string; data: { payload: unknown } }) => void;

interface Subscription {
    id: string;
    channel: string;
}

const listeners = new Map<string, { channel: string; listener: Listener }>();
const errorHandlers: ((error: unknown) => void)[] = [];
let source: EventSource | null = null;
/** Resolves when the current stream is open (the server then sends it every event). */
let opened: Promise<void> = Promise.resolve();
let nextId = 0;

function ensureStream(): Promise<void> {
    if (source) {
        return opened;
    }
    source = new EventSource('/events');
    const stream = source;
    // Refused as on the platform when the stream cannot open (the component carries on without).
    opened = new Promise((resolve, reject) => {
        stream.addEventListener('open', () => resolve(), { once: true });
        stream.addEventListener('error', (error) => reject(error), { once: true });
    });
    opened.catch(() => undefined);
    source.onmessage = (event: MessageEvent<string>) => {
        let message: { channel: string; payload: unknown };
        try {
            message = JSON.parse(event.data) as { channel: string; payload: unknown };
        } catch (error) {
            errorHandlers.forEach((handler) => handler(error));
            return;
        }
        for (const entry of listeners.values()) {
            if (entry.channel === message.channel) {
                entry.listener({ channel: message.channel, data: { payload: message.payload } });
            }
        }
    };
    source.onerror = (error) => errorHandlers.forEach((handler) => handler(error));
    return opened;
}

export async function subscribe(
    channel: string,
    _replayId: number,
    listener: Listener,
): Promise<Subscription> {
    nextId += 1;
    const subscription = { id: String(nextId), channel };
    listeners.set(subscription.id, { channel, listener });
    try {
        await ensureStream();
    } catch (error) {
        listeners.delete(subscription.id);
        throw error;
    }
    return subscription;
}

export function unsubscribe(
    subscription: Partial<Subscription>,
    callback?: (response: unknown) => void,
): Promise<boolean> {
    const removed = subscription.id !== undefined && listeners.delete(subscription.id);
    if (listeners.size === 0 && source) {
        source.close();
        source = null;
    }
    callback?.({ successful: removed });
    return Promise.resolve(removed);
}

export function onError(callback: (error: unknown) => void): void {
    errorHandlers.push(callback);
}

export function isEmpEnabled(): Promise<boolean> {
    return Promise.resolve(typeof EventSource !== 'undefined');
}

export function setDebugFlag(): Promise<boolean> {
    return Promise.resolve(true);
}
