/** `ClientRequestTokens.cls` in TypeScript: a new ClientRequestToken, a random UUID v4. */
import { randomUUID } from 'node:crypto';

export class ClientRequestTokens {
    static newToken(): string {
        return randomUUID();
    }
}
