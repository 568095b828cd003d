import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { definedFields } from './metadata';

/*
 * References inside the reporting metadata, which the schema check cannot see and a deployment
 * refuses: a custom report type names its object, its child relationship and the fields it
 * exposes (ReportType,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_reporttype.htm);
 * a report names its report type with the `__c` suffix and its columns as `Table$Field`, where the
 * table is one of the report type's (`Object__c` or `Object__c.Children__r`); a dashboard names
 * its reports as `Folder/Report`; a folder is shared with public groups by their API names
 * (FolderShare,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_foldershare.htm).
 */

/** Standard fields a report type may expose; every object has them. */
export const STANDARD_REPORT_FIELDS: readonly string[] = [
    'Id',
    'Name',
    'CreatedDate',
    'CreatedBy',
    'LastModifiedDate',
    'LastModifiedBy',
    'Owner',
];

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
    isArray: (name) =>
        [
            'sections',
            'columns',
            'criteriaItems',
            'groupingsDown',
            'groupingsAcross',
            'dashboardGridComponents',
            'folderShares',
            'groupingColumn',
            'components',
        ].includes(name),
    parseTagValue: false,
    trimValues: true,
});

function listDir(dir: string): string[] {
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function parse(file: string, root: string): XmlNode {
    const xml = parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, XmlNode | undefined>;
    return xml[root] ?? {};
}

function list(node: unknown): XmlNode[] {
    return Array.isArray(node) ? (node as XmlNode[]) : [];
}

function text(node: unknown): string {
    return typeof node === 'string' ? node : '';
}

/** A custom report type: its tables (`Object__c`, `Object__c.Children__r`), each with its fields. */
export interface ReportTypeTables {
    name: string;
    tables: Map<string, Set<string>>;
}

/** `Children__r` of each object: the child relationships of lookup and master-detail fields. */
function childRelationships(forceAppDir: string): Map<string, Map<string, string>> {
    const relationships = new Map<string, Map<string, string>>();
    const objectsDir = path.join(forceAppDir, 'objects');
    for (const object of listDir(objectsDir)) {
        const fieldsDir = path.join(objectsDir, object, 'fields');
        for (const file of listDir(fieldsDir)) {
            const field = parse(path.join(fieldsDir, file), 'CustomField');
            const parent = text(field['referenceTo']);
            const name = text(field['relationshipName']);
            if (parent && name) {
                const children = relationships.get(parent) ?? new Map<string, string>();
                children.set(`${name}__r`, object);
                relationships.set(parent, children);
            }
        }
    }
    return relationships;
}

/** The object a report type table is made of: `A__c.Children__r` is the child object. */
function tableObject(
    table: string,
    relationships: Map<string, Map<string, string>>,
): string | undefined {
    const [base = '', ...relationshipPath] = table.split('.');
    let object: string | undefined = base;
    for (const relationship of relationshipPath) {
        object = object === undefined ? undefined : relationships.get(object)?.get(relationship);
    }
    return object;
}

function fieldExists(object: string, field: string, fields: Set<string>): boolean {
    return STANDARD_REPORT_FIELDS.includes(field) || fields.has(`${object}.${field}`);
}

/** Every custom report type with its tables and fields, and what in them points at nothing. */
export function readReportTypes(forceAppDir: string): {
    reportTypes: ReportTypeTables[];
    problems: string[];
} {
    const dir = path.join(forceAppDir, 'reportTypes');
    const objects = new Set(listDir(path.join(forceAppDir, 'objects')));
    const fields = definedFields(forceAppDir);
    const relationships = childRelationships(forceAppDir);
    const problems: string[] = [];
    const suffix = '.reportType-meta.xml';
    const reportTypes = listDir(dir)
        .filter((file) => file.endsWith(suffix))
        .map((file) => {
            const name = file.slice(0, -suffix.length);
            const where = `report type ${name}`;
            const reportType = parse(path.join(dir, file), 'ReportType');
            const base = text(reportType['baseObject']);
            if (!objects.has(base)) {
                problems.push(`${where}: base object ${base} does not exist`);
            }
            const allowed = new Set([base]);
            let join = reportType['join'] as XmlNode | undefined;
            let table = base;
            while (join) {
                const relationship = text(join['relationship']);
                table = `${table}.${relationship}`;
                if (tableObject(table, relationships) === undefined) {
                    problems.push(`${where}: ${relationship} is not a child relationship`);
                }
                allowed.add(table);
                join = join['join'] as XmlNode | undefined;
            }
            const tables = new Map<string, Set<string>>();
            for (const section of list(reportType['sections'])) {
                for (const column of list(section['columns'])) {
                    const columnTable = text(column['table']);
                    const field = text(column['field']);
                    const object = tableObject(columnTable, relationships);
                    if (!allowed.has(columnTable) || object === undefined) {
                        problems.push(`${where}: table ${columnTable} is not one of its objects`);
                    } else if (!fieldExists(object, field, fields)) {
                        problems.push(`${where}: ${object}.${field} does not exist`);
                    }
                    const known = tables.get(columnTable) ?? new Set<string>();
                    known.add(field);
                    tables.set(columnTable, known);
                }
            }
            return { name, tables };
        });
    return { reportTypes, problems };
}

/** A report: where it is, its report type and the columns it groups by. */
export interface ReportSummary {
    /** `Folder/Report`, as dashboards name it. */
    fullName: string;
    reportType: string;
    groupings: string[];
}

function folders(dir: string, suffix: string): string[] {
    return listDir(dir)
        .filter((file) => file.endsWith(suffix))
        .map((file) => file.slice(0, -suffix.length));
}

/** A file of a report or dashboard folder: `Folder/Name` and its path. */
interface FolderFile {
    fullName: string;
    file: string;
}

/**
 * The files with `suffix` in the folders of `dir` (`reports/Folder/Name.report-meta.xml`), and
 * the folders without their `Folder.<folderSuffix>` file.
 */
function folderContents(
    dir: string,
    folderSuffix: string,
    suffix: string,
): { files: FolderFile[]; problems: string[] } {
    const declared = new Set(folders(dir, folderSuffix));
    const problems: string[] = [];
    const files: FolderFile[] = [];
    for (const folder of listDir(dir).filter((entry) =>
        fs.statSync(path.join(dir, entry)).isDirectory(),
    )) {
        if (!declared.has(folder)) {
            problems.push(`folder ${folder}: no ${folder}${folderSuffix}`);
        }
        for (const file of listDir(path.join(dir, folder)).filter((f) => f.endsWith(suffix))) {
            files.push({
                fullName: `${folder}/${file.slice(0, -suffix.length)}`,
                file: path.join(dir, folder, file),
            });
        }
    }
    return { files, problems };
}

/** The columns a report names, anywhere: details, groupings, filters, time frame, sort. */
function reportColumns(report: XmlNode): { column: string; role: string }[] {
    const filter = (report['filter'] as XmlNode | undefined) ?? {};
    const timeFrame = report['timeFrameFilter'] as XmlNode | undefined;
    return [
        ...list(report['columns']).map((c) => ({ column: text(c['field']), role: 'column' })),
        ...[...list(report['groupingsDown']), ...list(report['groupingsAcross'])].map((g) => ({
            column: text(g['field']),
            role: 'grouping',
        })),
        ...list(filter['criteriaItems']).map((c) => ({
            column: text(c['column']),
            role: 'filter',
        })),
        ...(timeFrame ? [{ column: text(timeFrame['dateColumn']), role: 'time frame' }] : []),
        ...(report['sortColumn'] ? [{ column: text(report['sortColumn']), role: 'sort' }] : []),
    ];
}

/** Every report of every report folder, and what in them points at nothing. */
export function readReports(
    forceAppDir: string,
    reportTypes: readonly ReportTypeTables[],
): { reports: ReportSummary[]; problems: string[] } {
    const { files, problems } = folderContents(
        path.join(forceAppDir, 'reports'),
        '.reportFolder-meta.xml',
        '.report-meta.xml',
    );
    const reports = files.map(({ fullName, file }) => {
        const where = `report ${fullName}`;
        const report = parse(file, 'Report');
        const reportType = text(report['reportType']);
        const type = reportTypes.find((candidate) => `${candidate.name}__c` === reportType);
        if (!type) {
            problems.push(`${where}: report type ${reportType} is not a custom report type`);
        }
        const columns = reportColumns(report);
        for (const { column, role } of columns) {
            const [table = '', field = ''] = column.split('$');
            if (type && !type.tables.get(table)?.has(field)) {
                problems.push(`${where}: ${role} ${column} is not a field of ${reportType}`);
            }
        }
        const groupings = columns.filter((c) => c.role === 'grouping').map((c) => c.column);
        const details = new Set(columns.filter((c) => c.role === 'column').map((c) => c.column));
        for (const grouping of groupings.filter((g) => details.has(g))) {
            problems.push(`${where}: ${grouping} is both a grouping and a column`);
        }
        return { fullName, reportType, groupings };
    });
    return { reports, problems };
}

/** What the dashboards name that does not exist: folders, reports, the reports' groupings. */
export function dashboardProblems(
    forceAppDir: string,
    reports: readonly ReportSummary[],
): string[] {
    const { files, problems } = folderContents(
        path.join(forceAppDir, 'dashboards'),
        '.dashboardFolder-meta.xml',
        '.dashboard-meta.xml',
    );
    for (const { fullName, file } of files) {
        const where = `dashboard ${fullName}`;
        const dashboard = parse(file, 'Dashboard');
        const layout = (dashboard['dashboardGridLayout'] as XmlNode | undefined) ?? {};
        const components = [
            ...list(layout['dashboardGridComponents']).map(
                (cell) => (cell['dashboardComponent'] as XmlNode | undefined) ?? {},
            ),
            ...['leftSection', 'middleSection', 'rightSection'].flatMap((section) =>
                list(((dashboard[section] as XmlNode | undefined) ?? {})['components']),
            ),
        ];
        for (const component of components) {
            const name = text(component['report']);
            const report = reports.find((candidate) => candidate.fullName === name);
            if (!report) {
                problems.push(`${where}: report ${name} does not exist`);
                continue;
            }
            for (const grouping of list(component['groupingColumn']).map(text)) {
                if (!report.groupings.includes(grouping)) {
                    problems.push(`${where}: ${name} does not group by ${grouping}`);
                }
            }
        }
    }
    return problems;
}

/** Folder shares with public groups that the source does not define. */
export function folderShareProblems(forceAppDir: string): string[] {
    const groups = new Set(folders(path.join(forceAppDir, 'groups'), '.group-meta.xml'));
    const problems: string[] = [];
    for (const [directory, suffix, root] of [
        ['reports', '.reportFolder-meta.xml', 'ReportFolder'],
        ['dashboards', '.dashboardFolder-meta.xml', 'DashboardFolder'],
    ] as const) {
        const dir = path.join(forceAppDir, directory);
        for (const folder of folders(dir, suffix)) {
            const shares = list(parse(path.join(dir, `${folder}${suffix}`), root)['folderShares']);
            for (const share of shares) {
                const group = text(share['sharedTo']);
                if (text(share['sharedToType']) === 'Group' && !groups.has(group)) {
                    problems.push(`${root} ${folder}: group ${group} does not exist`);
                }
            }
        }
    }
    return problems;
}

/** Every reporting reference problem of a package directory's source. */
export function reportingProblems(forceAppDir: string): string[] {
    const { reportTypes, problems: typeProblems } = readReportTypes(forceAppDir);
    const { reports, problems: reportProblems } = readReports(forceAppDir, reportTypes);
    return [
        ...typeProblems,
        ...reportProblems,
        ...dashboardProblems(forceAppDir, reports),
        ...folderShareProblems(forceAppDir),
    ];
}
