/**
 * `lightning/messageService` for the local app: Lightning message channels within the page.
 * A message reaches every subscriber of its channel (the sender included, as on the platform),
 * after the code that published it has run.
 */
interface Channel {
    channelName: string;
}

type Listener = (message: unknown) => void;

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

const subscribers = new Map<number, { channel: string; listener: Listener }>();
let nextId = 0;

function nameOf(channel: Channel | string): string {
    return typeof channel === 'string' ? channel : channel.channelName;
}

/** Wire adapter: the page's message context (one for the whole local page). */
export class MessageContext {
    constructor(private readonly dataCallback: (context: object) => void) {}

    connect(): void {
        this.dataCallback({});
    }

    disconnect(): void {
        // Subscriptions end with unsubscribe, as on the platform.
    }

    update(): void {
        // The adapter takes no configuration.
    }
}

export function createMessageContext(): object {
    return {};
}

export function releaseMessageContext(): void {
    // Nothing is held per context.
}

export function publish(_context: unknown, channel: Channel | string, message: unknown): void {
    const name = nameOf(channel);
    const copy: unknown = message === undefined ? undefined : structuredClone(message);
    queueMicrotask(() => {
        for (const subscriber of [...subscribers.values()]) {
            if (subscriber.channel === name) {
                subscriber.listener(copy);
            }
        }
    });
}

export function subscribe(
    _context: unknown,
    channel: Channel | string,
    listener: Listener,
): { id: number } {
    nextId += 1;
    subscribers.set(nextId, { channel: nameOf(channel), listener });
    return { id: nextId };
}

export function unsubscribe(subscription: { id?: number } | null | undefined): void {
    if (subscription?.id !== undefined) {
        subscribers.delete(subscription.id);
    }
}
