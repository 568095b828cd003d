import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ComponentSet, ForceIgnore, MetadataConverter } from '@salesforce/source-deploy-retrieve';

/**
 * Converts a source folder to the metadata format, as `sf project deploy start` does before
 * sending it; throws what the converter finds wrong. Returns the components, as `Type:name`.
 */
export async function convertToMetadataFormat(sourceDir: string): Promise<string[]> {
    const components = ComponentSet.fromSource(sourceDir);
    const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdapi-'));
    try {
        await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory: outputDir,
        });
        return components.toArray().map((c) => `${c.type.name}:${c.fullName}`);
    } finally {
        fs.rmSync(outputDir, { recursive: true, force: true });
    }
}

/** Custom fields that exist in the source, as `Object__c.Field__c`. */
export function definedFields(forceAppDir: string): Set<string> {
    const objectsDir = path.join(forceAppDir, 'objects');
    const fields = new Set<string>();
    for (const object of fs.existsSync(objectsDir) ? fs.readdirSync(objectsDir) : []) {
        const fieldsDir = path.join(objectsDir, object, 'fields');
        for (const file of fs.existsSync(fieldsDir) ? fs.readdirSync(fieldsDir) : []) {
            fields.add(`${object}.${file.replace('.field-meta.xml', '')}`);
        }
    }
    return fields;
}

/** `Object__c.Field__c` references of permission sets and list views that do not exist. */
export function missingFieldReferences(forceAppDir: string): string[] {
    const fields = definedFields(forceAppDir);
    const missing: string[] = [];
    const permissionSets = path.join(forceAppDir, 'permissionsets');
    for (const file of fs.existsSync(permissionSets) ? fs.readdirSync(permissionSets) : []) {
        const xml = fs.readFileSync(path.join(permissionSets, file), 'utf8');
        for (const match of xml.matchAll(/<field>([\w.]+)<\/field>/g)) {
            if (!fields.has(match[1] ?? '')) {
                missing.push(`${file}: ${match[1]}`);
            }
        }
    }
    const objectsDir = path.join(forceAppDir, 'objects');
    for (const object of fs.existsSync(objectsDir) ? fs.readdirSync(objectsDir) : []) {
        const listViews = path.join(objectsDir, object, 'listViews');
        for (const file of fs.existsSync(listViews) ? fs.readdirSync(listViews) : []) {
            const xml = fs.readFileSync(path.join(listViews, file), 'utf8');
            const names = [...xml.matchAll(/<(?:columns|field)>(\w+__c)<\/(?:columns|field)>/g)];
            for (const match of names) {
                if (!fields.has(`${object}.${match[1]}`)) {
                    missing.push(`${object}/${file}: ${match[1]}`);
                }
            }
        }
    }
    return missing;
}

/** Metadata files that are not well-formed XML, with the parser's reason. */
export function malformedXmlFiles(dir: string): string[] {
    return metaXmlFiles(dir).flatMap((file) => {
        const result = XMLValidator.validate(fs.readFileSync(file, 'utf8'));
        return result === true ? [] : [`${path.relative(dir, file)}: ${result.err.msg}`];
    });
}

/** Every `-meta.xml` file under `dir`, as absolute paths. */
export function metaXmlFiles(dir: string): string[] {
    const walk = (folder: string): string[] =>
        fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                return walk(full);
            }
            return entry.name.endsWith('-meta.xml') ? [full] : [];
        });
    return fs.existsSync(dir) ? walk(dir).sort() : [];
}

/*
 * The schema check. Every element of a `-meta.xml` must be a field of its type in the Metadata
 * API, or the whole deployment fails ("Element {...}x invalid at this location"). The types
 * come from the Metadata API WSDL as `@salesforce/types` publishes it (lib/metadata.d.ts, types
 * generated from Salesforce's metadata.wsdl, a dependency of source-deploy-retrieve), read here at
 * test time: nothing of it is copied into this project. Its versions follow the WSDL: 1.5.x and
 * 1.6.x hold Metadata API 65.0 (this project's sourceApiVersion), 1.7.x hold 66.0 (forcedotcom/wsdl
 * release notes). A newer WSDL only adds types and fields; a field used here that is newer than
 * 65.0 would pass unnoticed with 1.7.x, which is why the package can be pinned to 1.6.0.
 */

/** Where the Metadata API type definitions are read from. */
export const SCHEMA_PACKAGE = '@salesforce/types';

/**
 * The Metadata API types: for each complex type, its fields (inherited ones included) and the
 * type of each field's value: `string`, `boolean`, `number`, `Date`, `any`, the name of another
 * complex type, or the name of an enumeration. Arrays are flattened to their element type.
 */
export interface MetadataSchema {
    complexTypes: Map<string, Map<string, string>>;
    enumerations: Map<string, Set<string>>;
}

/** The file holding the Metadata API types, and the package version it comes from. */
export function metadataSchemaSource(): { file: string; version: string } {
    const module = require.resolve(`${SCHEMA_PACKAGE}/metadata`);
    const packageJson = JSON.parse(
        fs.readFileSync(path.join(path.dirname(module), '..', 'package.json'), 'utf8'),
    ) as { version: string };
    return { file: module.replace(/\.js$/, '.d.ts'), version: packageJson.version };
}

function typeName(node: ts.TypeNode): string {
    if (ts.isArrayTypeNode(node)) {
        return typeName(node.elementType);
    }
    if (ts.isTypeReferenceNode(node)) {
        return node.typeName.getText();
    }
    return node.getText();
}

function stringLiterals(node: ts.TypeNode): string[] | undefined {
    const members = ts.isUnionTypeNode(node) ? node.types : [node];
    const values = members.map((member) =>
        ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
            ? member.literal.text
            : undefined,
    );
    return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** Reads the types of a declaration file such as `@salesforce/types/lib/metadata.d.ts`. */
export function parseMetadataSchema(declarations: string): MetadataSchema {
    const source = ts.createSourceFile('metadata.d.ts', declarations, ts.ScriptTarget.Latest, true);
    const ownFields = new Map<string, Map<string, string>>();
    const bases = new Map<string, string[]>();
    const aliases = new Map<string, string>();
    const enumerations = new Map<string, Set<string>>();
    for (const statement of source.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) {
            continue;
        }
        const name = statement.name.text;
        const literals = stringLiterals(statement.type);
        if (literals) {
            enumerations.set(name, new Set(literals));
            continue;
        }
        // `X = Base & { ...fields }`, or `X = { ...fields }`.
        const parts: readonly ts.TypeNode[] = ts.isIntersectionTypeNode(statement.type)
            ? statement.type.types
            : [statement.type];
        const literal = parts.find(ts.isTypeLiteralNode);
        if (!literal) {
            aliases.set(name, typeName(statement.type));
            continue;
        }
        const fields = new Map<string, string>();
        for (const member of literal.members) {
            if (ts.isPropertySignature(member) && member.type) {
                fields.set(member.name.getText(), typeName(member.type));
            }
        }
        ownFields.set(name, fields);
        bases.set(name, parts.filter(ts.isTypeReferenceNode).map(typeName));
    }
    const resolveAlias = (name: string): string => {
        const target = aliases.get(name);
        return target === undefined || target === name ? name : resolveAlias(target);
    };
    const complexTypes = new Map<string, Map<string, string>>();
    const allFields = (name: string): Map<string, string> => {
        const known = complexTypes.get(name);
        if (known || !ownFields.has(name)) {
            return known ?? new Map<string, string>();
        }
        const fields = new Map<string, string>();
        for (const base of bases.get(name) ?? []) {
            for (const [field, type] of allFields(resolveAlias(base))) {
                fields.set(field, type);
            }
        }
        for (const [field, type] of ownFields.get(name) ?? []) {
            fields.set(field, resolveAlias(type));
        }
        complexTypes.set(name, fields);
        return fields;
    };
    for (const name of ownFields.keys()) {
        allFields(name);
    }
    return { complexTypes, enumerations };
}

/** The Metadata API types of the installed schema package. */
export function loadMetadataSchema(): MetadataSchema {
    return parseMetadataSchema(fs.readFileSync(metadataSchemaSource().file, 'utf8'));
}

/** A field the schema package lacks or types differently, with the page that defines it. */
export interface ExtraField {
    type: string;
    field: string;
    valueType: string;
    documentation: string;
}

const LIGHTNING_COMPONENT_BUNDLE_DOC =
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_lightningcomponentbundle.htm';

/**
 * The fields this project uses that the WSDL does not describe. Keep it small: add an entry only
 * with the documentation page that defines the field.
 *
 * `targetConfigs` is `base64Binary` in the WSDL, but in a `.js-meta.xml` it holds XML elements:
 * `<targetConfig targets="...">` with `<objects><object>` (the page's own example) and, for a
 * record page, `<property>` elements (a setting the page gives the component; its values are
 * attributes).
 */
export const EXTRA_FIELDS: readonly ExtraField[] = [
    {
        type: 'LightningComponentBundle',
        field: 'targetConfigs',
        valueType: 'LwcTargetConfigs',
        documentation: LIGHTNING_COMPONENT_BUNDLE_DOC,
    },
    {
        type: 'LwcTargetConfigs',
        field: 'targetConfig',
        valueType: 'LwcTargetConfig',
        documentation: LIGHTNING_COMPONENT_BUNDLE_DOC,
    },
    {
        type: 'LwcTargetConfig',
        field: 'objects',
        valueType: 'LwcTargetConfigObjects',
        documentation: LIGHTNING_COMPONENT_BUNDLE_DOC,
    },
    {
        type: 'LwcTargetConfigObjects',
        field: 'object',
        valueType: 'string',
        documentation: LIGHTNING_COMPONENT_BUNDLE_DOC,
    },
    {
        type: 'LwcTargetConfig',
        field: 'property',
        valueType: 'string',
        documentation: LIGHTNING_COMPONENT_BUNDLE_DOC,
    },
];

/** A metadata type the schema package declares as a plain string, with the type it is. */
export type ExtraType = Pick<ExtraField, 'type' | 'documentation'> & { sameAs: string };

const FOLDER_DOC =
    'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_folder.htm';

/**
 * The folder types: `@salesforce/types` declares `ReportFolder` and `DashboardFolder` as
 * `string`, but each is a Folder (`accessType`, `folderShares`, `name`, ...): "Folder type names
 * end with the Folder suffix", and a folder's `.reportFolder-meta.xml` holds a Folder's fields.
 */
export const EXTRA_TYPES: readonly ExtraType[] = [
    { type: 'ReportFolder', sameAs: 'Folder', documentation: FOLDER_DOC },
    { type: 'DashboardFolder', sameAs: 'Folder', documentation: FOLDER_DOC },
];

/** A copy of `schema` with the extra types and fields added (or retyped). */
export function withExtraFields(
    schema: MetadataSchema,
    extras: readonly ExtraField[] = EXTRA_FIELDS,
    extraTypes: readonly ExtraType[] = EXTRA_TYPES,
): MetadataSchema {
    const complexTypes = new Map(
        [...schema.complexTypes].map(([name, fields]) => [name, new Map(fields)] as const),
    );
    for (const extra of extraTypes) {
        const fields = complexTypes.get(extra.sameAs);
        if (!fields) {
            throw new Error(`${extra.type}: the schema has no type ${extra.sameAs}`);
        }
        complexTypes.set(extra.type, new Map(fields));
    }
    for (const extra of extras) {
        const fields = complexTypes.get(extra.type) ?? new Map<string, string>();
        fields.set(extra.field, extra.valueType);
        complexTypes.set(extra.type, fields);
    }
    return { complexTypes, enumerations: schema.enumerations };
}

/** The metadata type of every component file of a package directory, as source-deploy-retrieve resolves it. */
export function metadataFileTypes(packageDir: string): Map<string, string> {
    const types = new Map<string, string>();
    for (const component of ComponentSet.fromSource(packageDir).getSourceComponents()) {
        if (component.xml) {
            types.set(component.xml, component.type.name);
        }
        for (const child of component.getChildren()) {
            // Decomposed children (fields, list views) have files of their own.
            if (child.xml && child.xml !== component.xml) {
                types.set(child.xml, child.type.name);
            }
        }
    }
    return types;
}

type XmlNode = Record<string, unknown>;

const orderedParser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: true,
    ignoreDeclaration: true,
    parseTagValue: false,
    trimValues: true,
    commentPropName: '#comment',
});

function tagOf(node: XmlNode): string | undefined {
    return Object.keys(node).find((key) => key !== ':@' && key !== '#comment');
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
    return (node[tag] as XmlNode[] | undefined) ?? [];
}

function textOf(children: XmlNode[]): string {
    return children
        .filter((child) => tagOf(child) === '#text')
        .map((child) => String(child['#text']))
        .join('');
}

function elementProblems(
    children: XmlNode[],
    type: string,
    elementPath: string,
    schema: MetadataSchema,
): string[] {
    const fields = schema.complexTypes.get(type) ?? new Map<string, string>();
    return children.flatMap((child) => {
        const tag = tagOf(child);
        if (tag === undefined) {
            return [];
        }
        const grandChildren = childrenOf(child, tag);
        if (tag === '#text') {
            return String(child['#text']).trim() === ''
                ? []
                : [`${elementPath}: text in ${type}, which holds only elements`];
        }
        const where = `${elementPath} > ${tag}`;
        const valueType = fields.get(tag);
        if (valueType === undefined) {
            return [`${where}: ${tag} is not a field of ${type}`];
        }
        if (schema.complexTypes.has(valueType)) {
            return elementProblems(grandChildren, valueType, where, schema);
        }
        if (valueType === 'any') {
            return [];
        }
        if (grandChildren.some((c) => tagOf(c) !== '#text')) {
            return [`${where}: ${type}.${tag} is a ${valueType}, not a type with fields`];
        }
        const value = textOf(grandChildren);
        const allowed = schema.enumerations.get(valueType);
        if (allowed && !allowed.has(value)) {
            return [`${where}: "${value}" is not a value of ${valueType} (${type}.${tag})`];
        }
        if (valueType === 'boolean' && value !== 'true' && value !== 'false') {
            return [`${where}: "${value}" is not a boolean (${type}.${tag})`];
        }
        return [];
    });
}

/**
 * What in one metadata file is not in the schema: its root element must be its type, and every
 * element, recursively, a field of the type that holds it (with an allowed value, for
 * enumerations and booleans). Each problem is `element path: reason`.
 */
export function documentSchemaProblems(
    xml: string,
    type: string,
    schema: MetadataSchema,
): string[] {
    const roots = (orderedParser.parse(xml) as XmlNode[]).filter(
        (node) => tagOf(node) !== undefined && tagOf(node) !== '#text',
    );
    const [root] = roots;
    const rootTag = root ? tagOf(root) : undefined;
    if (!root || rootTag === undefined) {
        return [`no root element (expected ${type})`];
    }
    if (rootTag !== type) {
        return [`${rootTag}: the root element of a ${type} file must be ${type}`];
    }
    if (!schema.complexTypes.has(type)) {
        return [`${type}: not a type of the Metadata API schema`];
    }
    return elementProblems(childrenOf(root, rootTag), type, rootTag, schema);
}

/**
 * Every schema problem of a package directory, as `file: element path: reason`, files relative
 * to the directory's parent; a `-meta.xml` that source-deploy-retrieve does not take as a
 * component (and `.forceignore` does not exclude) is a problem too.
 */
export function metadataSchemaProblems(packageDir: string, schema: MetadataSchema): string[] {
    const types = metadataFileTypes(packageDir);
    const forceIgnore = ForceIgnore.findAndCreate(packageDir);
    const display = (file: string): string => path.relative(path.dirname(packageDir), file);
    return metaXmlFiles(packageDir).flatMap((file) => {
        const type = types.get(file);
        if (type === undefined) {
            return forceIgnore.denies(file)
                ? []
                : [`${display(file)}: not a metadata component file source-deploy-retrieve knows`];
        }
        return documentSchemaProblems(fs.readFileSync(file, 'utf8'), type, schema).map(
            (problem) => `${display(file)}: ${problem}`,
        );
    });
}

/**
 * The keywords of each custom icon of the Salesforce Lightning Design System (`custom26` →
 * flag, mark, ...), from the installed `@salesforce-ux/design-system`.
 */
export function customIconKeywords(): Map<string, string[]> {
    const file =
        require.resolve('@salesforce-ux/design-system/metadata/icons/custom-icons-metadata.json');
    const icons = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<
        string,
        { synonyms?: string[] }
    >;
    return new Map(
        Object.entries(icons).map(([icon, data]) => [
            icon,
            (data.synonyms ?? []).map((s) => s.toLowerCase()),
        ]),
    );
}

const TAB_STYLE = /^Custom(\d+): (.+)$/;

/**
 * Custom tabs whose `motif` is not a custom tab style. A style is `CustomN: Name` (CustomTab,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_tab.htm), and
 * its icon is the design system's custom icon N: the name must be one of that icon's keywords
 * (`Custom26: Flag` is icon custom26, a flag), which catches a number paired with another
 * style's name.
 */
export function tabMotifProblems(
    packageDir: string,
    iconKeywords: Map<string, string[]> = customIconKeywords(),
): string[] {
    const parser = new XMLParser({ parseTagValue: false, trimValues: true });
    return metaXmlFiles(packageDir)
        .filter((file) => file.endsWith('.tab-meta.xml'))
        .flatMap((file) => {
            const tab = parser.parse(fs.readFileSync(file, 'utf8')) as {
                CustomTab?: { motif?: string };
            };
            const motif = tab.CustomTab?.motif;
            const where = `${path.relative(path.dirname(packageDir), file)}: motif "${motif}"`;
            if (motif === undefined) {
                return [];
            }
            const style = TAB_STYLE.exec(motif);
            if (!style) {
                return [`${where}: not a custom tab style such as "Custom26: Flag"`];
            }
            const icon = `custom${style[1]}`;
            const keywords = iconKeywords.get(icon);
            if (!keywords) {
                return [`${where}: there is no custom icon ${icon}`];
            }
            const words = (style[2] ?? '').toLowerCase().split(/[^a-z]+/);
            return words.some((word) => keywords.includes(word))
                ? []
                : [`${where}: ${icon} is ${keywords.join(', ')}, not ${style[2]}`];
        });
}
