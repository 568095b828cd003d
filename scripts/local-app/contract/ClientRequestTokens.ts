/**
 * `ClientRequestTokens.cls` in TypeScript: a new ClientRequestToken, a random UUID v4, also
 * written at the end of the change set's name so the change set AWS made with a token can be
 * found by ListChangeSets.
 */
import { randomUUID } from 'node:crypto';

/** ChangeSetName: 1 to 100 characters. */
export const MAX_CHANGE_SET_NAME_LENGTH = 100;
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class ClientRequestTokens {
    static newToken(): string {
        return randomUUID();
    }

    /** A change set name that ends with its token: the given name, shortened to leave room. */
    static nameWithToken(name: string | null | undefined, token: string): string {
        let base = (name ?? '').trim();
        const room = MAX_CHANGE_SET_NAME_LENGTH - token.length - 1;
        if (base.length > room) {
            base = base.slice(0, room).trim();
        }
        return base === '' ? token : `${base} ${token}`;
    }

    /** The token at the end of a change set name `nameWithToken` made, or null. */
    static tokenOfName(changeSetName: string | null | undefined): string | null {
        const token = (changeSetName ?? '').trim().split(' ').pop() ?? '';
        return TOKEN.test(token) ? token : null;
    }
}
