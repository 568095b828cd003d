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

declare module 'lightning/datatable' {
    import { LightningElement } from 'lwc';
    export default class LightningDatatable extends LightningElement {}
}

declare module '*.html' {
    const template: unknown;
    export default template;
}
