import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FORCE_APP_DIR, FRENCH_APP_DIR } from '../build/paths';

export const LABELS_DIR = path.join(FORCE_APP_DIR, 'labels');
/** In its own package directory: it deploys only where French is enabled. */
export const FRENCH_TRANSLATIONS_FILE = path.join(
    FRENCH_APP_DIR,
    'translations',
    'fr.translation-meta.xml',
);

export interface CustomLabel {
    fullName: string;
    value: string;
    shortDescription: string;
    file: string;
}

const parser = new XMLParser({
    isArray: (name) => name === 'labels' || name === 'customLabels',
    parseTagValue: false,
    trimValues: true,
});

/** Every Custom Label of every labels file (Salesforce merges them into one set). */
export function readCustomLabels(labelsDir: string = LABELS_DIR): CustomLabel[] {
    return fs
        .readdirSync(labelsDir)
        .filter((file) => file.endsWith('.labels-meta.xml'))
        .flatMap((file) => {
            const xml = parser.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8')) as {
                CustomLabels?: { labels?: Record<string, string>[] };
            };
            return (xml.CustomLabels?.labels ?? []).map((label) => ({
                fullName: String(label.fullName ?? ''),
                value: String(label.value ?? ''),
                shortDescription: String(label.shortDescription ?? ''),
                file,
            }));
        });
}

/** French label values by label name. */
export function readFrenchLabels(file: string = FRENCH_TRANSLATIONS_FILE): Map<string, string> {
    const xml = parser.parse(fs.readFileSync(file, 'utf8')) as {
        Translations?: { customLabels?: { name: string; label: string }[] };
    };
    return new Map(
        (xml.Translations?.customLabels ?? []).map((l) => [String(l.name), String(l.label)]),
    );
}

export function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
