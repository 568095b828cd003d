/**
 * Tests that read the words a user reads: every Custom Label of the catalogues resolves to its
 * text in one language, instead of its name, and the user's locale is the one given. Call at the
 * top of a test file, before requiring the component under test (labels are read when a module
 * loads), e.g. `useLabelTexts('fr', 'fr-FR'); const Summary = require('c/raTermsSummary').default;`.
 */
import { APEX_LABELS } from '../../scripts/labels/apexLabels';
import { UI_LABELS } from '../../scripts/labels/uiLabels';
import { VALIDATION_MESSAGES, validationLabelName } from '../raDomain/validationMessages';
import type { ValidationCode } from '../raDomain/validationMessages';

export function useLabelTexts(language: 'en' | 'fr', locale: string): void {
    const texts: [string, string][] = [
        ...Object.entries(UI_LABELS).map(([name, text]): [string, string] => [
            name,
            text[language],
        ]),
        ...Object.entries(APEX_LABELS).map(([name, text]): [string, string] => [
            name,
            text[language],
        ]),
        ...(Object.keys(VALIDATION_MESSAGES) as ValidationCode[]).map((code): [string, string] => [
            validationLabelName(code),
            VALIDATION_MESSAGES[code][language],
        ]),
    ];
    for (const [name, text] of texts) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: text }), { virtual: true });
    }
    jest.doMock('@salesforce/i18n/lang', () => ({ default: language }), { virtual: true });
    jest.doMock('@salesforce/i18n/locale', () => ({ default: locale }), { virtual: true });
}
