/**
 * `UserMessages.cls` in TypeScript, with the Apex's Custom Labels (`RA_Apex_*`, `RA_Aws_*`) in
 * the user's language: `{0}`-style placeholders filled as `UserMessages.format` fills them.
 */
import { APEX_LABELS } from '../../labels/apexLabels';
import type { Language } from '../pageLabels';

export type ApexLabel = keyof typeof APEX_LABELS & string;

export type MessageFormatter = (label: ApexLabel, ...values: unknown[]) => string;

export class UserMessages {
    static format(template: string, values: readonly unknown[]): string {
        return values.reduce<string>(
            (message, value, index) => message.replaceAll(`{${index}}`, String(value)),
            template,
        );
    }
}

/** The labels in one language, as `System.Label` reads them for the running user. */
export function messagesIn(language: Language): MessageFormatter {
    return (label, ...values) => {
        const text = APEX_LABELS[label];
        if (!text) {
            throw new Error(`No Apex label ${label}`);
        }
        return UserMessages.format(text[language], values);
    };
}
