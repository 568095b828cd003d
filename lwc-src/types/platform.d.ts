// Modules the Salesforce platform provides at run time (Jest stubs them, the org serves them).

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module 'lightning/platformShowToastEvent' {
    export class ShowToastEvent extends CustomEvent<{
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }> {
        constructor(detail: {
            title: string;
            message?: string;
            variant?: 'info' | 'success' | 'warning' | 'error';
            mode?: 'dismissible' | 'pester' | 'sticky';
        });
    }
}

declare module 'lightning/empApi' {
    export interface EmpMessage<T = Record<string, unknown>> {
        channel: string;
        data: { payload: T; event?: { replayId?: number } };
    }
    export interface EmpSubscription {
        channel?: string;
        id?: string;
    }
    export function subscribe<T = Record<string, unknown>>(
        channel: string,
        replayId: number,
        onMessage: (message: EmpMessage<T>) => void,
    ): Promise<EmpSubscription>;
    export function unsubscribe(
        subscription: EmpSubscription,
        callback?: (response: unknown) => void,
    ): Promise<unknown>;
    export function onError(callback: (error: unknown) => void): void;
    export function isEmpEnabled(): Promise<boolean>;
}

declare module 'lightning/modal' {
    import { LightningElement } from 'lwc';
    /** A modal window: extend it, open it with the static `open`, settle it with `close`. */
    export default class LightningModal extends LightningElement {
        static open(
            config: {
                label: string;
                size?: 'small' | 'medium' | 'large' | 'full';
                description?: string;
                disableClose?: boolean;
            } & Record<string, unknown>,
        ): Promise<unknown>;
        label: string;
        size: string;
        description: string;
        close(result?: unknown): void;
    }
}

declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';
    import type { PageReference } from 'c/raNavigation';

    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;

    /** What `NavigationMixin` adds to a component. */
    export interface NavigationMixinMethods {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    /**
     * A mixin constructor in TypeScript's sense (one construct signature taking `...args: any[]`),
     * so the class that extends it keeps the base class's own members and statics.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type MixinConstructor = new (...args: any[]) => NavigationMixinMethods;

    export const NavigationMixin: {
        <T extends typeof LightningElement>(base: T): T & MixinConstructor;
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };

    /** Wire adapter: the current page reference, again each time it changes. */
    export const CurrentPageReference: WireAdapterConstructor;
}

declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';

    /** What `@wire(MessageContext)` gives (a type name apart from the adapter's). */
    export interface MessageContextValue {
        readonly __messageContext?: true;
    }
    export interface MessageChannel {
        readonly __messageChannel?: true;
    }
    export interface MessageSubscription {
        readonly __messageSubscription?: true;
    }
    export const MessageContext: WireAdapterConstructor;
    export const APPLICATION_SCOPE: symbol;
    export function publish(
        context: MessageContextValue | undefined,
        channel: MessageChannel,
        message: Record<string, unknown>,
    ): void;
    export function subscribe<T>(
        context: MessageContextValue | undefined,
        channel: MessageChannel,
        listener: (message: T) => void,
        options?: { scope: symbol },
    ): MessageSubscription;
    export function unsubscribe(subscription: MessageSubscription): void;
}

declare module '@salesforce/messageChannel/*' {
    import type { MessageChannel } from 'lightning/messageService';
    const channel: MessageChannel;
    export default channel;
}

declare module 'lightning/datatable' {
    import { LightningElement } from 'lwc';
    export default class LightningDatatable extends LightningElement {}
}

declare module '*.html' {
    const template: unknown;
    export default template;
}

declare module '@salesforce/customPermission/*' {
    /** True when the running user has the custom permission. */
    const granted: boolean | undefined;
    export default granted;
}

declare module '@salesforce/apex' {
    /** Asks the server again for the data of an Apex @wire, and refreshes the client cache. */
    export function refreshApex(wiredValue: unknown): Promise<unknown>;
}
