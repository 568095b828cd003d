import fs from 'node:fs';
import path from 'node:path';
import {
    FieldNameContext,
    FromNameListContext,
    SoqlLiteralContext,
    SubQueryContext,
} from '@apexdevtools/apex-parser';
import { descendants, nodesOf, parseApex } from './apexSource';
import type { ApexFile } from './apexSource';
import { definedFields } from './metadata';

const CUSTOM_NAME = /\b[A-Za-z][A-Za-z0-9_]*?__(?:c|e|mdt|r)\b/g;
const QUALIFIED_FIELD = /\b([A-Za-z][A-Za-z0-9_]*?__(?:c|e|mdt))\.([A-Za-z][A-Za-z0-9_]*?__c)\b/g;

function listDir(dir: string): string[] {
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

/** What the source defines: objects, fields, child relationships (`Changes__r`). */
export interface DefinedSchema {
    objects: Set<string>;
    /** `Object__c.Field__c`. */
    fields: Set<string>;
    fieldNames: Set<string>;
    relationships: Set<string>;
}

export function definedSchema(forceAppDir: string): DefinedSchema {
    const objectsDir = path.join(forceAppDir, 'objects');
    const objects = new Set(listDir(objectsDir));
    const fields = definedFields(forceAppDir);
    const fieldNames = new Set([...fields].map((field) => field.split('.')[1] ?? ''));
    const relationships = new Set<string>();
    for (const field of fields) {
        const [object = '', name = ''] = field.split('.');
        const xml = fs.readFileSync(
            path.join(objectsDir, object, 'fields', `${name}.field-meta.xml`),
            'utf8',
        );
        const relationship = /<relationshipName>(\w+)<\/relationshipName>/.exec(xml)?.[1];
        if (relationship) {
            relationships.add(`${relationship}__r`);
            relationships.add(name.replace(/__c$/, '__r'));
        }
    }
    return { objects, fields, fieldNames, relationships };
}

function withoutComments(source: string): string {
    return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/** The custom fields a SOQL query names, as `Object__c.Field__c`, with the FROM object. */
function soqlFieldReferences(file: ApexFile): string[] {
    const references: string[] = [];
    for (const soql of nodesOf(parseApex(file).tree, SoqlLiteralContext)) {
        const query = soql.query();
        const object = query.fromNameList().getText();
        const subQueries = nodesOf(query, SubQueryContext);
        for (const node of descendants(query)) {
            const insideSubQuery = subQueries.some((sub) => descendants(sub).includes(node));
            if (
                !(node instanceof FieldNameContext) ||
                insideSubQuery ||
                node.parentCtx instanceof FromNameListContext
            ) {
                continue;
            }
            const parts = node.getText().split('.');
            const first = parts[0] ?? '';
            if (parts.length === 1 && first.endsWith('__c')) {
                references.push(`${object}.${first}`);
            } else if (parts.length > 1 && first.endsWith('__r')) {
                references.push(`${object}.${first.replace(/__r$/, '__c')}`);
            }
        }
    }
    return references;
}

/**
 * Custom objects, fields and relationships Apex names that the source does not define: every
 * `Name__c` / `__e` / `__mdt` / `__r` word (string literals included, for dynamic SOQL),
 * every `Object__c.Field__c`, and every custom field of a SOQL query on its FROM object.
 */
export function missingApexReferences(schema: DefinedSchema, files: readonly ApexFile[]): string[] {
    const missing: string[] = [];
    for (const file of files) {
        const source = withoutComments(file.source);
        for (const match of source.matchAll(CUSTOM_NAME)) {
            const name = match[0];
            const known = name.endsWith('__r')
                ? schema.relationships.has(name)
                : schema.objects.has(name) || schema.fieldNames.has(name);
            if (!known) {
                missing.push(`${file.name}: ${name}`);
            }
        }
        const qualified = [...source.matchAll(QUALIFIED_FIELD)].map((m) => `${m[1]}.${m[2]}`);
        for (const field of [...qualified, ...soqlFieldReferences(file)]) {
            const object = field.split('.')[0] ?? '';
            if (schema.objects.has(object) && !schema.fields.has(field)) {
                missing.push(`${file.name}: ${field}`);
            }
        }
    }
    return [...new Set(missing)];
}

function xmlValues(xml: string, tag: string): string[] {
    return [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

function namesIn(dir: string, suffix: string): Set<string> {
    return new Set(
        listDir(dir)
            .filter((file) => file.endsWith(suffix))
            .map((file) => file.slice(0, -suffix.length)),
    );
}

/**
 * References between metadata that point at nothing: tabs to components and objects, apps
 * to tabs, permission sets to apps, classes, tabs, objects, custom permissions, custom
 * metadata types and external credentials, Named Credentials to external credentials.
 */
export function missingMetadataReferences(forceAppDir: string, lwcSourceDir: string): string[] {
    const missing: string[] = [];
    const objects = new Set(listDir(path.join(forceAppDir, 'objects')));
    const tabs = namesIn(path.join(forceAppDir, 'tabs'), '.tab-meta.xml');
    const classes = namesIn(path.join(forceAppDir, 'classes'), '.cls');
    const apps = namesIn(path.join(forceAppDir, 'applications'), '.app-meta.xml');
    const permissions = namesIn(
        path.join(forceAppDir, 'customPermissions'),
        '.customPermission-meta.xml',
    );
    const credentials = namesIn(
        path.join(forceAppDir, 'externalCredentials'),
        '.externalCredential-meta.xml',
    );
    const components = new Set(listDir(lwcSourceDir));
    const read = (folder: string, file: string): string =>
        fs.readFileSync(path.join(forceAppDir, folder, file), 'utf8');
    const expect = (known: Set<string>, name: string, where: string): void => {
        if (!known.has(name)) {
            missing.push(`${where}: ${name}`);
        }
    };

    for (const tab of tabs) {
        const xml = read('tabs', `${tab}.tab-meta.xml`);
        xmlValues(xml, 'lwcComponent').forEach((name) => expect(components, name, `tab ${tab}`));
        if (/<customObject>true<\/customObject>/.test(xml)) {
            expect(objects, tab, `tab ${tab}`);
        }
    }
    for (const app of apps) {
        const xml = read('applications', `${app}.app-meta.xml`);
        xmlValues(xml, 'tabs')
            .filter((name) => !name.startsWith('standard-'))
            .forEach((name) => expect(tabs, name, `app ${app}`));
    }
    for (const file of listDir(path.join(forceAppDir, 'permissionsets'))) {
        const xml = read('permissionsets', file);
        const where = `permission set ${file.replace('.permissionset-meta.xml', '')}`;
        xmlValues(xml, 'application').forEach((name) => expect(apps, name, where));
        xmlValues(xml, 'apexClass').forEach((name) => expect(classes, name, where));
        xmlValues(xml, 'tab').forEach((name) => expect(tabs, name, where));
        xmlValues(xml, 'object')
            .filter((name) => /__(c|e|mdt)$/.test(name))
            .forEach((name) => expect(objects, name, where));
        for (const block of xml.matchAll(/<customPermissions>([\s\S]*?)<\/customPermissions>/g)) {
            xmlValues(block[1] ?? '', 'name').forEach((name) => expect(permissions, name, where));
        }
        for (const block of [
            ...xml.matchAll(
                /<customMetadataTypeAccesses>([\s\S]*?)<\/customMetadataTypeAccesses>/g,
            ),
        ]) {
            xmlValues(block[1] ?? '', 'name').forEach((name) => expect(objects, name, where));
        }
        xmlValues(xml, 'externalCredentialPrincipal').forEach((principal) =>
            expect(credentials, principal.split('-')[0] ?? '', where),
        );
    }
    for (const file of listDir(path.join(forceAppDir, 'namedCredentials'))) {
        const xml = read('namedCredentials', file);
        xmlValues(xml, 'externalCredential').forEach((name) =>
            expect(credentials, name, `named credential ${file.split('.')[0] ?? ''}`),
        );
    }
    return missing;
}
