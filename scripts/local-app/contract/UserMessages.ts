/**
 * The user-facing messages of the Apex (its Custom Labels `RA_Apex_*` and `RA_Aws_*`), in the
 * user's language, with `{0}`-style placeholders as `UserMessages.format` fills them.
 */
import { APEX_LABELS } from '../../labels/apexLabels';
import type { Language } from '../pageLabels';

export type ApexLabel = keyof typeof APEX_LABELS & string;

export type MessageFormatter = (label: ApexLabel, ...values: unknown[]) => string;

export function messagesIn(language: Language): MessageFormatter {
    return (label, ...values) => {
        const text = APEX_LABELS[label];
        if (!text) {
            throw new Error(`No Apex label ${label}`);
        }
        return values.reduce<string>(
            (message, value, index) => message.replaceAll(`{${index}}`, String(value)),
            text[language],
        );
    };
}

/** An error the Apex throws as AuraHandledException: its message is for the user. */
export class LocalApexError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'LocalApexError';
    }
}
