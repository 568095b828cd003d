import path from 'node:path';
import {
    VALIDATION_MESSAGES,
    validationLabelName,
} from '../../lwc-src/raDomain/validationMessages';
import type { ValidationCode } from '../../lwc-src/raDomain/validationMessages';
import { entriesOf } from './catalogue';
import type { LabelEntry } from './catalogue';
import { escapeXml, FRENCH_TRANSLATIONS_FILE, LABELS_DIR } from './labelFiles';
import { LWC_SOURCE_DIR } from '../build/paths';
import { UI_LABELS } from './uiLabels';
import { APEX_LABELS } from './apexLabels';
import { REPORT_TYPE_FRENCH } from './reportTypeLabels';
import type { ReportTypeFrench } from './reportTypeLabels';
import { APPLICATION_FRENCH, TAB_FRENCH } from './appLabels';

export function validationEntries(): LabelEntry[] {
    return (Object.keys(VALIDATION_MESSAGES) as ValidationCode[]).map((code) => ({
        name: validationLabelName(code),
        category: 'ResaleAuthorizationValidation',
        description: `Validation message ${code}`,
        ...VALIDATION_MESSAGES[code],
    }));
}

/** Every label of the app, by file. */
export function labelFileEntries(): { file: string; entries: LabelEntry[] }[] {
    return [
        {
            file: 'CustomLabels.labels-meta.xml',
            entries: [
                ...entriesOf(UI_LABELS, 'ResaleAuthorizations'),
                ...entriesOf(APEX_LABELS, 'ResaleAuthorizationServer'),
            ],
        },
        { file: 'ValidationMessages.labels-meta.xml', entries: validationEntries() },
    ];
}

function labelXml(entry: LabelEntry): string {
    return [
        '    <labels>',
        `        <fullName>${entry.name}</fullName>`,
        `        <categories>${entry.category}</categories>`,
        '        <language>en_US</language>',
        '        <protected>false</protected>',
        // Setup limits the short description to 80 characters.
        `        <shortDescription>${escapeXml(entry.description.slice(0, 80))}</shortDescription>`,
        `        <value>${escapeXml(entry.en)}</value>`,
        '    </labels>',
    ].join('\n');
}

function translationXml(entry: LabelEntry): string {
    return [
        '    <customLabels>',
        `        <label>${escapeXml(entry.fr)}</label>`,
        `        <name>${entry.name}</name>`,
        '    </customLabels>',
    ].join('\n');
}

/** ReportTypeTranslation: the report type's developer name, label and description. */
function reportTypeTranslationXml([name, french]: [string, ReportTypeFrench]): string {
    return [
        '    <reportTypes>',
        `        <description>${escapeXml(french.description)}</description>`,
        `        <label>${escapeXml(french.label)}</label>`,
        `        <name>${name}</name>`,
        '    </reportTypes>',
    ].join('\n');
}

/** CustomApplicationTranslation or CustomTabTranslation: the developer name and its label. */
function namedLabelXml(element: string, [name, label]: [string, string]): string {
    return [
        `    <${element}>`,
        `        <label>${escapeXml(label)}</label>`,
        `        <name>${name}</name>`,
        `    </${element}>`,
    ].join('\n');
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
    return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" ?>';
const NAMESPACE = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

/** The content of every label and translation file. */
export function renderLabelFiles(): { path: string; content: string }[] {
    const files = labelFileEntries();
    const seen = new Set<string>();
    for (const entry of files.flatMap((f) => f.entries)) {
        if (seen.has(entry.name)) {
            throw new Error(`Custom Label ${entry.name} is defined twice`);
        }
        if (!/^[A-Za-z]\w*$/.test(entry.name) || entry.name.includes('__')) {
            throw new Error(`Custom Label name ${entry.name} is not a valid API name`);
        }
        if (entry.en.length > 1000 || entry.fr.length > 1000) {
            throw new Error(`Custom Label ${entry.name} is longer than 1,000 characters`);
        }
        seen.add(entry.name);
    }
    const labelFiles = files.map(({ file, entries }) => ({
        path: path.join(LABELS_DIR, file),
        content: `${XML_HEADER}\n<CustomLabels ${NAMESPACE}>\n${entries.map(labelXml).join('\n')}\n</CustomLabels>\n`,
    }));
    const allEntries = files.flatMap((f) => f.entries).sort((a, b) => a.name.localeCompare(b.name));
    const translations = {
        path: FRENCH_TRANSLATIONS_FILE,
        // In the order of the Translations type's elements.
        content: `${XML_HEADER}\n<Translations ${NAMESPACE}>\n${[
            ...sortedEntries(APPLICATION_FRENCH).map((entry) =>
                namedLabelXml('customApplications', entry),
            ),
            ...allEntries.map(translationXml),
            ...sortedEntries(TAB_FRENCH).map((entry) => namedLabelXml('customTabs', entry)),
            ...sortedEntries(REPORT_TYPE_FRENCH).map(reportTypeTranslationXml),
        ].join('\n')}\n</Translations>\n`,
    };
    return [...labelFiles, translations, validationLabelsModule()];
}

/**
 * The components read validation messages through Custom Labels, which must be imported one
 * by one: this module imports them all, keyed by validation code.
 */
function validationLabelsModule(): { path: string; content: string } {
    const codes = Object.keys(VALIDATION_MESSAGES) as ValidationCode[];
    const imports = codes.map(
        (code) => `import ${code} from '@salesforce/label/c.${validationLabelName(code)}';`,
    );
    return {
        path: path.join(LWC_SOURCE_DIR, 'raUi', 'validationLabels.ts'),
        content: [
            '// Written by `npm run labels` from lwc-src/raDomain/validationMessages.ts; do not edit.',
            "import type { ValidationCode } from 'c/raDomain';",
            ...imports,
            '',
            "/** The Custom Label of each validation message, in the user's language. */",
            'export const VALIDATION_LABELS: Record<ValidationCode, string> = {',
            ...codes.map((code) => `    ${code},`),
            '};',
            '',
        ].join('\n'),
    };
}
