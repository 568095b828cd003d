/** `ResaleAuthorizationException.cls` in TypeScript: a rule refused the request; the message is for the user. */
export class ResaleAuthorizationException extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ResaleAuthorizationException';
    }
}
