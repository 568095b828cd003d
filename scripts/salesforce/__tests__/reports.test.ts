import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FORCE_APP_DIR, FRENCH_APP_DIR } from '../../build/paths';
import { readReports, readReportTypes, reportingProblems } from '../reports';

const NAMESPACE = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const REPORTS = 'Marketplace_Resale_Reports';
const GROUP = 'Marketplace_Resale_Users';
const parser = new XMLParser({ parseTagValue: false, trimValues: true });

function read(file: string): Record<string, Record<string, unknown>> {
    return parser.parse(fs.readFileSync(path.join(FORCE_APP_DIR, file), 'utf8')) as Record<
        string,
        Record<string, unknown>
    >;
}

function report(name: string): Record<string, unknown> {
    return read(`reports/${REPORTS}/${name}.report-meta.xml`)['Report'] ?? {};
}

describe('reports and dashboard', () => {
    const { reportTypes } = readReportTypes(FORCE_APP_DIR);
    const { reports } = readReports(FORCE_APP_DIR, reportTypes);

    it('name only objects, relationships, fields, reports, groupings and groups that exist', () => {
        expect(reportingProblems(FORCE_APP_DIR)).toEqual([]);
    });

    it('has the two report types, resale authorizations alone and with their changes', () => {
        expect(reportTypes.map((type) => [type.name, [...type.tables.keys()]])).toEqual([
            ['Resale_Authorizations', ['Resale_Authorization__c']],
            [
                'Resale_Authorizations_with_Changes',
                ['Resale_Authorization__c', 'Resale_Authorization__c.Changes__r'],
            ],
        ]);
        const withChanges = read(
            'reportTypes/Resale_Authorizations_with_Changes.reportType-meta.xml',
        )['ReportType'];
        // "With or without" changes: resale authorizations without any change are kept.
        expect(withChanges?.['join']).toEqual({ outerJoin: 'true', relationship: 'Changes__r' });
    });

    it('counts resale authorizations on the report type without changes, one row per record', () => {
        // A join repeats a resale authorization once per change, which would inflate the counts.
        for (const name of [
            'Resale_Authorizations_by_Status',
            'Resale_Authorizations_by_Reseller',
            'Resale_Authorizations_Expiring_Soon',
        ]) {
            expect(reports.find((r) => r.fullName === `${REPORTS}/${name}`)?.reportType).toBe(
                'Resale_Authorizations__c',
            );
        }
    });

    it('groups by status and by reseller', () => {
        const groupings = (name: string) =>
            reports.find((r) => r.fullName === `${REPORTS}/${name}`)?.groupings;
        expect(groupings('Resale_Authorizations_by_Status')).toEqual([
            'Resale_Authorization__c$Display_Status__c',
        ]);
        expect(groupings('Resale_Authorizations_by_Reseller')).toEqual([
            'Resale_Authorization__c$Reseller_Account_Id__c',
        ]);
        expect(groupings('Resale_Authorization_Changes_by_Status')).toEqual([
            'Resale_Authorization__c.Changes__r$Status__c',
        ]);
    });

    it('lists what expires in the next 30 days, leaving deactivated ones out', () => {
        const expiring = report('Resale_Authorizations_Expiring_Soon');
        expect(expiring['timeFrameFilter']).toEqual({
            dateColumn: 'Resale_Authorization__c$Expiry_Date__c',
            interval: 'INTERVAL_NEXT30',
        });
        expect(expiring['filter']).toEqual({
            criteriaItems: expect.objectContaining({
                column: 'Resale_Authorization__c$Display_Status__c',
                operator: 'notEqual',
                value: 'Restricted',
            }),
        });
    });

    it('shows every report on the dashboard, to each viewer with their own access', () => {
        const dashboard = read(
            'dashboards/Marketplace_Resale_Dashboards/Resale_Authorizations_Overview.dashboard-meta.xml',
        )['Dashboard'];
        // A dynamic dashboard: no running user whose access every viewer would borrow.
        expect(dashboard?.['dashboardType']).toBe('LoggedInUser');
        expect(dashboard?.['runningUser']).toBeUndefined();
        const xml = fs.readFileSync(
            path.join(
                FORCE_APP_DIR,
                'dashboards/Marketplace_Resale_Dashboards/Resale_Authorizations_Overview.dashboard-meta.xml',
            ),
            'utf8',
        );
        const shown = [...xml.matchAll(/<report>([^<]+)<\/report>/g)].map((m) => m[1]).sort();
        expect(shown).toEqual(reports.map((r) => r.fullName).sort());
    });

    it('translates every report type, and only those, into French', () => {
        const french = new XMLParser({
            isArray: (name) => name === 'reportTypes',
            parseTagValue: false,
            trimValues: true,
        }).parse(
            fs.readFileSync(
                path.join(FRENCH_APP_DIR, 'translations', 'fr.translation-meta.xml'),
                'utf8',
            ),
        ) as { Translations: { reportTypes?: { name: string; label: string }[] } };
        const translated = french.Translations.reportTypes ?? [];
        expect(translated.map((t) => t.name)).toEqual(reportTypes.map((t) => t.name));
        expect(translated.every((t) => t.label.length > 0)).toBe(true);
    });

    it.each([
        ['reports/Marketplace_Resale_Reports.reportFolder-meta.xml', 'ReportFolder'],
        ['dashboards/Marketplace_Resale_Dashboards.dashboardFolder-meta.xml', 'DashboardFolder'],
    ])('shares %s with the app users group, to view', (file, root) => {
        expect(read(file)[root]?.['folderShares']).toEqual({
            accessLevel: 'View',
            sharedTo: GROUP,
            sharedToType: 'Group',
        });
    });
});

function write(root: string, files: Record<string, string>): void {
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
    }
}

describe('the reporting reference check', () => {
    it('finds what a report type, a report, a dashboard and a folder name wrongly', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reporting-'));
        try {
            write(root, {
                'objects/A__c/A__c.object-meta.xml': '<CustomObject />',
                'objects/A__c/fields/Status__c.field-meta.xml': `<CustomField ${NAMESPACE}><fullName>Status__c</fullName></CustomField>`,
                'objects/B__c/B__c.object-meta.xml': '<CustomObject />',
                'objects/B__c/fields/A__c.field-meta.xml': `<CustomField ${NAMESPACE}><fullName>A__c</fullName><referenceTo>A__c</referenceTo><relationshipName>Bs</relationshipName></CustomField>`,
                'reportTypes/AB.reportType-meta.xml': `<ReportType ${NAMESPACE}><baseObject>A__c</baseObject><join><outerJoin>true</outerJoin><relationship>Bs__r</relationship></join><sections><columns><field>Status__c</field><table>A__c</table></columns><columns><field>Name</field><table>A__c.Bs__r</table></columns><columns><field>Colour__c</field><table>A__c</table></columns><masterLabel>A</masterLabel></sections></ReportType>`,
                'reportTypes/Wrong.reportType-meta.xml': `<ReportType ${NAMESPACE}><baseObject>A__c</baseObject><join><outerJoin>true</outerJoin><relationship>Cs__r</relationship></join><sections><columns><field>Name</field><table>B__c</table></columns><masterLabel>A</masterLabel></sections></ReportType>`,
                'reports/F.reportFolder-meta.xml': `<ReportFolder ${NAMESPACE}><folderShares><accessLevel>View</accessLevel><sharedTo>Nobody</sharedTo><sharedToType>Group</sharedToType></folderShares><name>F</name></ReportFolder>`,
                'reports/F/Good.report-meta.xml': `<Report ${NAMESPACE}><columns><field>A__c.Bs__r$Name</field></columns><format>Summary</format><groupingsDown><field>A__c$Status__c</field></groupingsDown><name>Good</name><reportType>AB__c</reportType></Report>`,
                'reports/F/Bad.report-meta.xml': `<Report ${NAMESPACE}><columns><field>A__c$Status__c</field></columns><columns><field>A__c$Hidden__c</field></columns><filter><criteriaItems><column>A__c.Bs__r$Size__c</column><operator>equals</operator></criteriaItems></filter><format>Summary</format><groupingsDown><field>A__c$Status__c</field></groupingsDown><name>Bad</name><reportType>AB__c</reportType></Report>`,
                'reports/F/Lost.report-meta.xml': `<Report ${NAMESPACE}><format>Tabular</format><name>Lost</name><reportType>AB</reportType></Report>`,
                'reports/G/Orphan.report-meta.xml': `<Report ${NAMESPACE}><format>Tabular</format><name>Orphan</name><reportType>AB__c</reportType></Report>`,
                'dashboards/D.dashboardFolder-meta.xml': `<DashboardFolder ${NAMESPACE}><name>D</name></DashboardFolder>`,
                'dashboards/D/Board.dashboard-meta.xml': `<Dashboard ${NAMESPACE}><dashboardGridLayout><dashboardGridComponents><dashboardComponent><groupingColumn>A__c$Status__c</groupingColumn><report>F/Good</report></dashboardComponent></dashboardGridComponents><dashboardGridComponents><dashboardComponent><groupingColumn>A__c.Bs__r$Name</groupingColumn><report>F/Good</report></dashboardComponent></dashboardGridComponents><dashboardGridComponents><dashboardComponent><report>F/Gone</report></dashboardComponent></dashboardGridComponents></dashboardGridLayout></Dashboard>`,
            });
            expect(reportingProblems(root)).toEqual([
                'report type AB: A__c.Colour__c does not exist',
                'report type Wrong: Cs__r is not a child relationship',
                'report type Wrong: table B__c is not one of its objects',
                'folder G: no G.reportFolder-meta.xml',
                'report F/Bad: column A__c$Hidden__c is not a field of AB__c',
                'report F/Bad: filter A__c.Bs__r$Size__c is not a field of AB__c',
                'report F/Bad: A__c$Status__c is both a grouping and a column',
                'report F/Lost: report type AB is not a custom report type',
                'dashboard D/Board: F/Good does not group by A__c.Bs__r$Name',
                'dashboard D/Board: report F/Gone does not exist',
                'ReportFolder F: group Nobody does not exist',
            ]);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
