/**
 * `npm run labels:validation`: writes the Custom Labels of the domain's validation messages
 * (English in labels/ValidationMessages.labels-meta.xml, French in the translations file) from
 * lwc-src/raDomain/validationMessages.ts, their single source. A test fails when they differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
    VALIDATION_MESSAGES,
    validationLabelName,
} from '../../lwc-src/raDomain/validationMessages';
import type { ValidationCode } from '../../lwc-src/raDomain/validationMessages';
import { escapeXml, FRENCH_TRANSLATIONS_FILE, LABELS_DIR } from './labelFiles';

const codes = Object.keys(VALIDATION_MESSAGES) as ValidationCode[];

const labels = codes
    .map((code) =>
        [
            '    <labels>',
            `        <fullName>${validationLabelName(code)}</fullName>`,
            '        <categories>ResaleAuthorizationValidation</categories>',
            '        <language>en_US</language>',
            '        <protected>false</protected>',
            `        <shortDescription>Validation message ${code}</shortDescription>`,
            `        <value>${escapeXml(VALIDATION_MESSAGES[code].en)}</value>`,
            '    </labels>',
        ].join('\n'),
    )
    .join('\n');
fs.writeFileSync(
    path.join(LABELS_DIR, 'ValidationMessages.labels-meta.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${labels}\n</CustomLabels>\n`,
);

const translations = fs.readFileSync(FRENCH_TRANSLATIONS_FILE, 'utf8');
const withoutValidation = translations.replace(
    /\s*<customLabels>\s*<label>[^<]*<\/label>\s*<name>RA_Validation_\w+<\/name>\s*<\/customLabels>/g,
    '',
);
const french = codes
    .map(
        (code) =>
            `    <customLabels>\n        <label>${escapeXml(VALIDATION_MESSAGES[code].fr)}</label>\n        <name>${validationLabelName(code)}</name>\n    </customLabels>`,
    )
    .join('\n');
fs.writeFileSync(
    FRENCH_TRANSLATIONS_FILE,
    withoutValidation.replace(/\s*<\/Translations>\s*$/, `\n${french}\n</Translations>\n`),
);
console.log(`Wrote ${codes.length} validation labels (English and French).`);
