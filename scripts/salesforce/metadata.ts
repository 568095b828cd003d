import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';

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
    const walk = (folder: string): string[] =>
        fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                return walk(full);
            }
            return entry.name.endsWith('-meta.xml') ? [full] : [];
        });
    return walk(dir).flatMap((file) => {
        const result = XMLValidator.validate(fs.readFileSync(file, 'utf8'));
        return result === true ? [] : [`${path.relative(dir, file)}: ${result.err.msg}`];
    });
}
