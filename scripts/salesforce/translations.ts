import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/*
 * Validation rule messages and the labels of fields on standard objects cannot be Custom Labels:
 * their French lives in a CustomObjectTranslation (`<Object>-fr`) of the French package directory,
 * a `.objectTranslation-meta.xml` with the validation rules' messages and one
 * `.fieldTranslation-meta.xml` per field (CustomObjectTranslation,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customobjecttranslation.htm).
 */

/** Salesforce keeps at most 255 characters of a validation rule's message (ValidationRule, errorMessage). */
export const VALIDATION_MESSAGE_MAX_LENGTH = 255;

const parser = new XMLParser({
    isArray: (name) => name === 'validationRules',
    parseTagValue: false,
    trimValues: true,
});

function listDir(dir: string): string[] {
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function withSuffix(dir: string, suffix: string): string[] {
    return listDir(dir)
        .filter((file) => file.endsWith(suffix))
        .map((file) => file.slice(0, -suffix.length));
}

/** What the app defines that French must cover, and what else it defines. */
export interface TranslatableSource {
    /** `Object.Rule` of every validation rule. */
    validationRules: string[];
    /** `Object.Field__c` of the custom fields of standard objects (objects without an object file). */
    standardObjectFields: string[];
    /** `Object.Field__c` of every custom field. */
    fields: string[];
}

export function translatableSource(forceAppDir: string): TranslatableSource {
    const objectsDir = path.join(forceAppDir, 'objects');
    const source: TranslatableSource = {
        validationRules: [],
        standardObjectFields: [],
        fields: [],
    };
    for (const object of listDir(objectsDir)) {
        const dir = path.join(objectsDir, object);
        const standard = !fs.existsSync(path.join(dir, `${object}.object-meta.xml`));
        for (const field of withSuffix(path.join(dir, 'fields'), '.field-meta.xml')) {
            source.fields.push(`${object}.${field}`);
            if (standard) {
                source.standardObjectFields.push(`${object}.${field}`);
            }
        }
        for (const rule of withSuffix(
            path.join(dir, 'validationRules'),
            '.validationRule-meta.xml',
        )) {
            source.validationRules.push(`${object}.${rule}`);
        }
    }
    return source;
}

/** One language's object translations: validation rule messages and field labels and help. */
export interface ObjectTranslations {
    /** `Object.Rule` → message. */
    validationRuleMessages: Map<string, string>;
    /** `Object.Field__c` → label and help text. */
    fields: Map<string, { label: string; help: string }>;
}

export function readObjectTranslations(packageDir: string, language: string): ObjectTranslations {
    const translationsDir = path.join(packageDir, 'objectTranslations');
    const result: ObjectTranslations = { validationRuleMessages: new Map(), fields: new Map() };
    const suffix = `-${language}`;
    for (const folder of listDir(translationsDir).filter((name) => name.endsWith(suffix))) {
        const object = folder.slice(0, -suffix.length);
        const dir = path.join(translationsDir, folder);
        const objectFile = path.join(dir, `${folder}.objectTranslation-meta.xml`);
        if (fs.existsSync(objectFile)) {
            const xml = parser.parse(fs.readFileSync(objectFile, 'utf8')) as {
                CustomObjectTranslation?: {
                    validationRules?: { name?: string; errorMessage?: string }[];
                };
            };
            for (const rule of xml.CustomObjectTranslation?.validationRules ?? []) {
                result.validationRuleMessages.set(
                    `${object}.${String(rule.name ?? '')}`,
                    String(rule.errorMessage ?? ''),
                );
            }
        }
        for (const file of listDir(dir).filter((name) =>
            name.endsWith('.fieldTranslation-meta.xml'),
        )) {
            const xml = parser.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
                CustomFieldTranslation?: { name?: string; label?: string; help?: string };
            };
            const field = xml.CustomFieldTranslation;
            result.fields.set(`${object}.${String(field?.name ?? '')}`, {
                label: String(field?.label ?? ''),
                help: String(field?.help ?? ''),
            });
        }
    }
    return result;
}

/**
 * What a language's object translations miss or name wrongly: every validation rule needs a
 * message, every custom field of a standard object a label and help text, and every translated
 * rule or field must exist in the app.
 */
export function objectTranslationProblems(
    source: TranslatableSource,
    translations: ObjectTranslations,
): string[] {
    const problems: string[] = [];
    for (const rule of source.validationRules) {
        const message = translations.validationRuleMessages.get(rule);
        if (!message) {
            problems.push(`validation rule ${rule}: no translated message`);
        } else if (message.length > VALIDATION_MESSAGE_MAX_LENGTH) {
            problems.push(
                `validation rule ${rule}: translated message longer than ${VALIDATION_MESSAGE_MAX_LENGTH} characters`,
            );
        }
    }
    for (const field of source.standardObjectFields) {
        const translated = translations.fields.get(field);
        if (!translated?.label || !translated.help) {
            problems.push(`field ${field}: no translated label and help text`);
        }
    }
    const rules = new Set(source.validationRules);
    for (const rule of translations.validationRuleMessages.keys()) {
        if (!rules.has(rule)) {
            problems.push(`validation rule ${rule}: translated but not in the app`);
        }
    }
    const fields = new Set(source.fields);
    for (const field of translations.fields.keys()) {
        if (!fields.has(field)) {
            problems.push(`field ${field}: translated but not in the app`);
        }
    }
    return problems;
}
