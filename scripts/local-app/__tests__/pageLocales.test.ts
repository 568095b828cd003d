import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../build/paths';
import { FRENCH_BASE_COMPONENT_LABELS, pageLocale } from '../pageLocales';

const BASE_COMPONENTS = path.join(PROJECT_ROOT, 'node_modules', 'lightning-base-components');

/** The English of a base component label, as the package ships it. */
function englishOf(label: string): string | null {
    const file = path.join(BASE_COMPONENTS, 'scopedImports', `@salesforce-label-${label}.js`);
    if (!fs.existsSync(file)) {
        return null;
    }
    const match = /export default ("(?:[^"\\]|\\.)*");/.exec(fs.readFileSync(file, 'utf8'));
    return match ? (JSON.parse(match[1] ?? '""') as string) : null;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('the local app in French', () => {
    it.each(Object.entries(FRENCH_BASE_COMPONENT_LABELS))(
        '%s is a base component label, with its placeholders',
        (label, french) => {
            const english = englishOf(label);
            expect(english).not.toBeNull();
            expect(placeholders(french)).toEqual(placeholders(english ?? ''));
        },
    );

    it('gives the page a French locale and the machine time zone', () => {
        expect(pageLocale('fr', 'Europe/Paris').i18n).toMatchObject({
            locale: 'fr-FR',
            lang: 'fr',
            timeZone: 'Europe/Paris',
        });
        expect(pageLocale('en', 'Europe/Paris')).toEqual({
            i18n: { timeZone: 'Europe/Paris' },
            baseLabels: {},
        });
    });
});
