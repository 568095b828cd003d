/**
 * `UserMessages.cls` in TypeScript, with the Apex's Custom Labels (`RA_Apex_*`, `RA_Aws_*`, and
 * the validation messages it shows) in the user's language: `{0}`-style placeholders filled as
 * `UserMessages.format` fills them.
 */
import {
    VALIDATION_MESSAGES,
    validationLabelName,
} from '../../../lwc-src/raDomain/validationMessages';
import type { ValidationCode } from '../../../lwc-src/raDomain/validationMessages';
import { APEX_LABELS } from '../../labels/apexLabels';
import type { Language } from '../pageLabels';

/** A label the Apex shows: its own, or a validation message where it refuses what the form does. */
export type ApexLabel = (keyof typeof APEX_LABELS & string) | `RA_Validation_${ValidationCode}`;

const VALIDATION_TEXTS: Record<string, { en: string; fr: string }> = Object.fromEntries(
    (Object.keys(VALIDATION_MESSAGES) as ValidationCode[]).map((code) => [
        validationLabelName(code),
        VALIDATION_MESSAGES[code],
    ]),
);

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
        const text = APEX_LABELS[label] ?? VALIDATION_TEXTS[label];
        if (!text) {
            throw new Error(`No Apex label ${label}`);
        }
        return UserMessages.format(text[language], values);
    };
}
