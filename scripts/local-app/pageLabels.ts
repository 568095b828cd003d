/**
 * The Custom Labels the page resolves, read from the label files that deploy to the org (and
 * the French translation file), so the local app shows exactly the words the org shows.
 */
import { readCustomLabels, readFrenchLabels } from '../labels/labelFiles';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

export function isLanguage(value: unknown): value is Language {
    return value === 'en' || value === 'fr';
}

export function readPageLabels(): Record<Language, Record<string, string>> {
    const english = Object.fromEntries(
        readCustomLabels().map((label) => [label.fullName, label.value]),
    );
    const french = { ...english, ...Object.fromEntries(readFrenchLabels()) };
    return { en: english, fr: french };
}
