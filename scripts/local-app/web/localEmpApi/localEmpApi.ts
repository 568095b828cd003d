/**
 * `lightning/empApi` for the local app: platform events arrive as server-sent events from the
 * local server (`/events`), one stream shared by every subscription of the page.
 */
type Listener = (message: { channel: string; data: { payload: unknown } }) => void;

interface Subscription {
    id: string;
    channel: string;
}

const listeners = new Map<string, { channel: string; listener: Listener }>();
const errorHandlers: ((error: unknown) => void)[] = [];
let source: EventSource | null = null;
let nextId = 0;

function ensureStream(): void {
    if (source) {
        return;
    }
    source = new EventSource('/events');
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
}

export function subscribe(
    channel: string,
    _replayId: number,
    listener: Listener,
): Promise<Subscription> {
    ensureStream();
    nextId += 1;
    const subscription = { id: String(nextId), channel };
    listeners.set(subscription.id, { channel, listener });
    return Promise.resolve(subscription);
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
