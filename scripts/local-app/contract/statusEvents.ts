/** Resale_Authorization_Status__e for the local app: listeners instead of the event bus. */
import type { StatusEventPayload } from '../../../lwc-src/raDomain/apexContract';

export class StatusEvents {
    private readonly listeners = new Set<(payload: StatusEventPayload) => void>();

    publish(payload: StatusEventPayload): void {
        this.listeners.forEach((listener) => listener(payload));
    }

    subscribe(listener: (payload: StatusEventPayload) => void): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}
