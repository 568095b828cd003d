import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/*
 * Validation rule messages, the names of the app's objects, fields, layout sections, tab and app
 * cannot be Custom Labels: their French lives in a CustomObjectTranslation (`<Object>-fr`) of the
 * French package directory, a `.objectTranslation-meta.xml` (the object's names, validation rule
 * messages, layout sections) and one `.fieldTranslation-meta.xml` per field (CustomObjectTranslation,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_customobjecttranslation.htm),
 * and in the Translations file for the tab and the app
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_translations.htm).
 * Custom metadata types and platform events are not translated: only administrators and the
 * server see them.
 */
/** Salesforce keeps at most 255 characters of a validation rule's message (ValidationRule, errorMessage). */
export const VALIDATION_MESSAGE_MAX_LENGTH = 255;

const ARRAY_ELEMENTS = new Set([
    'validationRules',
    'caseValues',
    'layouts',
    'sections',
    'layoutSections',
    'customTabs',
    'customApplications',
]);

const parser = new XMLParser({
    isArray: (name) => ARRAY_ELEMENTS.has(name),
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

function parseFile<T>(file: string): T {
    return parser.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** What the app defines that French must cover, and what else it defines. */
export interface TranslatableSource {
    /** `Object.Rule` of every validation rule. */
    validationRules: string[];
    /** `Object.Field__c` of the custom fields of standard objects (objects without an object file). */
    standardObjectFields: string[];
    /** `Object.Field__c` of every custom field. */
    fields: string[];
    /** The custom objects users see (`__c`; custom metadata types and platform events are not). */
    customObjects: string[];
    /** `Object.Field__c` of the fields of those objects, with whether they have help and a related list. */
    customObjectFields: Map<string, { help: boolean; relationshipLabel: boolean }>;
    /** `Object.Layout` → the sections whose label the app wrote. */
    layoutSections: Map<string, string[]>;
    /** Developer names of the tabs and of the apps. */
    tabs: string[];
    applications: string[];
}

interface FieldXml {
    CustomField?: { inlineHelpText?: string; relationshipLabel?: string };
}

interface LayoutXml {
    Layout?: { layoutSections?: { customLabel?: string; label?: string }[] };
}

export function translatableSource(forceAppDir: string): TranslatableSource {
    const objectsDir = path.join(forceAppDir, 'objects');
    const source: TranslatableSource = {
        validationRules: [],
        standardObjectFields: [],
        fields: [],
        customObjects: [],
        customObjectFields: new Map(),
        layoutSections: new Map(),
        tabs: withSuffix(path.join(forceAppDir, 'tabs'), '.tab-meta.xml'),
        applications: withSuffix(path.join(forceAppDir, 'applications'), '.app-meta.xml'),
    };
    for (const object of listDir(objectsDir)) {
        const dir = path.join(objectsDir, object);
        const standard = !fs.existsSync(path.join(dir, `${object}.object-meta.xml`));
        const translatedObject = !standard && object.endsWith('__c');
        if (translatedObject) {
            source.customObjects.push(object);
        }
        for (const field of withSuffix(path.join(dir, 'fields'), '.field-meta.xml')) {
            source.fields.push(`${object}.${field}`);
            if (standard) {
                source.standardObjectFields.push(`${object}.${field}`);
            }
            if (translatedObject) {
                const xml = parseFile<FieldXml>(
                    path.join(dir, 'fields', `${field}.field-meta.xml`),
                );
                source.customObjectFields.set(`${object}.${field}`, {
                    help: Boolean(xml.CustomField?.inlineHelpText),
                    relationshipLabel: Boolean(xml.CustomField?.relationshipLabel),
                });
            }
        }
        for (const rule of withSuffix(
            path.join(dir, 'validationRules'),
            '.validationRule-meta.xml',
        )) {
            source.validationRules.push(`${object}.${rule}`);
        }
    }
    const layoutsDir = path.join(forceAppDir, 'layouts');
    for (const layout of withSuffix(layoutsDir, '.layout-meta.xml')) {
        const xml = parseFile<LayoutXml>(path.join(layoutsDir, `${layout}.layout-meta.xml`));
        const sections = (xml.Layout?.layoutSections ?? [])
            .filter((section) => section.customLabel === 'true' && section.label)
            .map((section) => String(section.label));
        if (sections.length > 0) {
            // A layout file is named `Object-Layout Name`.
            source.layoutSections.set(layout.replace('-', '.'), sections);
        }
    }
    return source;
}

/** One language's translations of what Custom Labels cannot hold. */
export interface ObjectTranslations {
    /** `Object.Rule` → message. */
    validationRuleMessages: Map<string, string>;
    /** `Object.Field__c` → label, help text and the related list's label. */
    fields: Map<string, { label: string; help: string; relationshipLabel: string }>;
    /** `Object` → its singular and plural names and its name field's label. */
    objects: Map<string, { singular: string; plural: string; nameFieldLabel: string }>;
    /** `Object.Layout` → English section label → translated label. */
    layoutSections: Map<string, Map<string, string>>;
    /** Tab and app developer name → label (from the language's Translations file). */
    tabs: Map<string, string>;
    applications: Map<string, string>;
}

interface ObjectTranslationXml {
    CustomObjectTranslation?: {
        caseValues?: { plural?: string; value?: string }[];
        nameFieldLabel?: string;
        layouts?: { layout?: string; sections?: { label?: string; section?: string }[] }[];
        validationRules?: { name?: string; errorMessage?: string }[];
    };
}

interface FieldTranslationXml {
    CustomFieldTranslation?: {
        name?: string;
        label?: string;
        help?: string;
        relationshipLabel?: string;
    };
}

interface TranslationsXml {
    Translations?: {
        customTabs?: { name?: string; label?: string }[];
        customApplications?: { name?: string; label?: string }[];
    };
}

function byName(entries: { name?: string; label?: string }[] | undefined): Map<string, string> {
    return new Map((entries ?? []).map((e) => [String(e.name ?? ''), String(e.label ?? '')]));
}

export function readObjectTranslations(packageDir: string, language: string): ObjectTranslations {
    const translationsDir = path.join(packageDir, 'objectTranslations');
    const translationsFile = path.join(
        packageDir,
        'translations',
        `${language}.translation-meta.xml`,
    );
    const translations = fs.existsSync(translationsFile)
        ? parseFile<TranslationsXml>(translationsFile).Translations
        : undefined;
    const result: ObjectTranslations = {
        validationRuleMessages: new Map(),
        fields: new Map(),
        objects: new Map(),
        layoutSections: new Map(),
        tabs: byName(translations?.customTabs),
        applications: byName(translations?.customApplications),
    };
    const suffix = `-${language}`;
    for (const folder of listDir(translationsDir).filter((name) => name.endsWith(suffix))) {
        const object = folder.slice(0, -suffix.length);
        const dir = path.join(translationsDir, folder);
        const objectFile = path.join(dir, `${folder}.objectTranslation-meta.xml`);
        if (fs.existsSync(objectFile)) {
            const xml = parseFile<ObjectTranslationXml>(objectFile).CustomObjectTranslation;
            for (const rule of xml?.validationRules ?? []) {
                result.validationRuleMessages.set(
                    `${object}.${String(rule.name ?? '')}`,
                    String(rule.errorMessage ?? ''),
                );
            }
            const names = xml?.caseValues ?? [];
            result.objects.set(object, {
                singular: String(names.find((n) => n.plural === 'false')?.value ?? ''),
                plural: String(names.find((n) => n.plural === 'true')?.value ?? ''),
                nameFieldLabel: String(xml?.nameFieldLabel ?? ''),
            });
            for (const layout of xml?.layouts ?? []) {
                result.layoutSections.set(
                    `${object}.${String(layout.layout ?? '')}`,
                    new Map(
                        (layout.sections ?? []).map((section) => [
                            String(section.section ?? ''),
                            String(section.label ?? ''),
                        ]),
                    ),
                );
            }
        }
        for (const file of listDir(dir).filter((name) =>
            name.endsWith('.fieldTranslation-meta.xml'),
        )) {
            const field = parseFile<FieldTranslationXml>(
                path.join(dir, file),
            ).CustomFieldTranslation;
            result.fields.set(`${object}.${String(field?.name ?? '')}`, {
                label: String(field?.label ?? ''),
                help: String(field?.help ?? ''),
                relationshipLabel: String(field?.relationshipLabel ?? ''),
            });
        }
    }
    return result;
}

function validationRuleProblems(
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
    return problems;
}

function fieldProblems(source: TranslatableSource, translations: ObjectTranslations): string[] {
    const problems: string[] = [];
    for (const field of source.standardObjectFields) {
        const translated = translations.fields.get(field);
        if (!translated?.label || !translated.help) {
            problems.push(`field ${field}: no translated label and help text`);
        }
    }
    for (const [field, english] of source.customObjectFields) {
        const translated = translations.fields.get(field);
        if (!translated?.label) {
            problems.push(`field ${field}: no translated label`);
        }
        if (english.help && !translated?.help) {
            problems.push(`field ${field}: no translated help text`);
        }
        if (english.relationshipLabel && !translated?.relationshipLabel) {
            problems.push(`field ${field}: no translated related list label`);
        }
    }
    return problems;
}

function objectProblems(source: TranslatableSource, translations: ObjectTranslations): string[] {
    const problems: string[] = [];
    for (const object of source.customObjects) {
        const names = translations.objects.get(object);
        if (!names?.singular || !names.plural || !names.nameFieldLabel) {
            problems.push(`object ${object}: no translated singular, plural and record name label`);
        }
    }
    for (const [layout, sections] of source.layoutSections) {
        const translated = translations.layoutSections.get(layout);
        for (const section of sections) {
            if (!translated?.get(section)) {
                problems.push(`layout ${layout}: section "${section}" not translated`);
            }
        }
    }
    for (const tab of source.tabs) {
        if (!translations.tabs.get(tab)) {
            problems.push(`tab ${tab}: not translated`);
        }
    }
    for (const application of source.applications) {
        if (!translations.applications.get(application)) {
            problems.push(`app ${application}: not translated`);
        }
    }
    return problems;
}

function strayProblems(source: TranslatableSource, translations: ObjectTranslations): string[] {
    const problems: string[] = [];
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

/**
 * What a language's translations miss or name wrongly: every validation rule needs a message;
 * every custom field of a standard object a label and help text; every field of the app's custom
 * objects a label, and help text and a related list label where the English has them; each custom
 * object its names, each layout section the app labelled, the tab and the app a label; and every
 * translated rule or field must exist in the app.
 */
export function objectTranslationProblems(
    source: TranslatableSource,
    translations: ObjectTranslations,
): string[] {
    return [
        ...validationRuleProblems(source, translations),
        ...fieldProblems(source, translations),
        ...objectProblems(source, translations),
        ...strayProblems(source, translations),
    ];
}
