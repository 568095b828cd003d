import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { definedFields } from './metadata';

/*
 * The sample data plan of `sf data import tree --plan`: an ordered list of `{ sobject, files }`,
 * each file in sObject tree format (`{ records: [{ attributes: { type, referenceId }, ...fields }] }`),
 * a lookup naming an earlier record as `@<referenceId>` (Salesforce CLI, "data import tree",
 * https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_data_import_tree.html).
 * The CLI resolves only references written as `@<Word>Ref<digits>`, the form its export writes.
 */

/** A reference id the CLI resolves: `AccountRef1`, `ResaleAuthorizationRef3`. */
export const REFERENCE_ID = /^\w+Ref\d+$/;

/** Standard fields the sample records set, by object (custom fields come from the source). */
export const STANDARD_FIELDS: Record<string, readonly string[]> = {
    Account: ['Name', 'Description'],
    Opportunity: ['Name', 'AccountId', 'StageName', 'CloseDate'],
    Marketplace_Product__c: ['Name'],
};

/** The standard lookups the sample records set, and the object each points to. */
const STANDARD_LOOKUPS: Record<string, string> = {
    'Opportunity.AccountId': 'Account',
};

export interface SampleRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: unknown;
}

export interface PlanPart {
    sobject: string;
    files: string[];
    /** The records of the part's files, in order; empty for a file that does not exist. */
    records: SampleRecord[];
}

/** Reads a plan and the records of its files (paths relative to the plan's folder). */
export function readPlan(planFile: string): PlanPart[] {
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as {
        sobject: string;
        files: string[];
    }[];
    return plan.map((part) => ({
        sobject: part.sobject,
        files: part.files,
        records: part.files.flatMap((file) => {
            const full = path.join(path.dirname(planFile), file);
            return fs.existsSync(full)
                ? (JSON.parse(fs.readFileSync(full, 'utf8')) as { records: SampleRecord[] }).records
                : [];
        }),
    }));
}

/** `Object.Field__c` → the object a lookup or master-detail field points to. */
function lookupTargets(forceAppDir: string): Map<string, string> {
    const parser = new XMLParser({ parseTagValue: false, trimValues: true });
    const targets = new Map<string, string>(Object.entries(STANDARD_LOOKUPS));
    for (const field of definedFields(forceAppDir)) {
        const [object = '', name = ''] = field.split('.');
        const xml = parser.parse(
            fs.readFileSync(
                path.join(forceAppDir, 'objects', object, 'fields', `${name}.field-meta.xml`),
                'utf8',
            ),
        ) as { CustomField?: { referenceTo?: string } };
        const target = xml.CustomField?.referenceTo;
        if (target) {
            targets.set(field, target);
        }
    }
    return targets;
}

/**
 * What in a plan the import would refuse or get wrong: a missing file, a record of another
 * object than its part, a field its object does not have, a reference id the CLI cannot resolve
 * or used twice, a lookup to a record that is not imported before it or is of another object.
 */
export function planProblems(planFile: string, forceAppDir: string): string[] {
    const problems: string[] = [];
    const plan = readPlan(planFile);
    const fields = definedFields(forceAppDir);
    const targets = lookupTargets(forceAppDir);
    /** referenceId → object, of the records imported so far. */
    const imported = new Map<string, string>();
    for (const part of plan) {
        for (const file of part.files) {
            if (!fs.existsSync(path.join(path.dirname(planFile), file))) {
                problems.push(`${part.sobject}: file ${file} does not exist`);
            }
        }
        const partRefs = new Map<string, string>();
        for (const record of part.records) {
            const { type, referenceId } = record.attributes;
            const where = `${part.sobject} ${referenceId}`;
            if (type !== part.sobject) {
                problems.push(`${where}: a ${type} record in the ${part.sobject} files`);
            }
            if (!REFERENCE_ID.test(referenceId)) {
                problems.push(`${where}: reference id is not of the form NameRef1`);
            }
            if (imported.has(referenceId) || partRefs.has(referenceId)) {
                problems.push(`${where}: reference id used twice`);
            }
            partRefs.set(referenceId, type);
            for (const [field, value] of Object.entries(record)) {
                if (field === 'attributes') {
                    continue;
                }
                const known =
                    fields.has(`${type}.${field}`) || (STANDARD_FIELDS[type] ?? []).includes(field);
                if (!known) {
                    problems.push(`${where}: ${type} has no field ${field}`);
                }
                if (typeof value === 'string' && value.startsWith('@')) {
                    const target = imported.get(value.slice(1));
                    const expected = targets.get(`${type}.${field}`);
                    if (target === undefined) {
                        problems.push(`${where}: ${field} names ${value}, not imported before`);
                    } else if (target !== expected) {
                        problems.push(
                            `${where}: ${field} names a ${target}, not a ${expected ?? 'lookup'}`,
                        );
                    }
                }
            }
        }
        for (const [referenceId, type] of partRefs) {
            imported.set(referenceId, type);
        }
    }
    return problems;
}

/** The fields a plan sets, as `Object.Field`. */
export function fieldsSet(plan: readonly PlanPart[]): Set<string> {
    return new Set(
        plan.flatMap((part) =>
            part.records.flatMap((record) =>
                Object.keys(record)
                    .filter((field) => field !== 'attributes')
                    .map((field) => `${record.attributes.type}.${field}`),
            ),
        ),
    );
}
