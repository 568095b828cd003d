import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, PROJECT_ROOT, packageDirectories } from '../../build/paths';
import {
    convertToMetadataFormat,
    customIconKeywords,
    definedFields,
    documentSchemaProblems,
    EXTRA_FIELDS,
    EXTRA_TYPES,
    loadMetadataSchema,
    malformedXmlFiles,
    metadataSchemaProblems,
    metadataSchemaSource,
    missingFieldReferences,
    SCHEMA_PACKAGE,
    tabMotifProblems,
    withExtraFields,
} from '../metadata';

const PACKAGE_DIRECTORIES = packageDirectories().map((dir) => path.relative(PROJECT_ROOT, dir));

describe('Salesforce metadata, checked offline', () => {
    it('has the app in force-app, the default package directory, and French in force-app-fr', () => {
        const project = JSON.parse(
            fs.readFileSync(path.join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8'),
        ) as { packageDirectories: { path: string; default?: boolean }[] };
        expect(project.packageDirectories).toEqual([
            { path: 'force-app', default: true },
            { path: 'force-app-fr', default: false },
        ]);
    });

    it.each(PACKAGE_DIRECTORIES)(
        '%s converts to the metadata format as the deploy does',
        async (dir) => {
            const components = await convertToMetadataFormat(path.join(PROJECT_ROOT, dir));
            expect(components.length).toBeGreaterThan(0);
        },
        60_000,
    );

    it('deploys the French translation only from force-app-fr', async () => {
        // A translation fails the whole deployment where French is not enabled: force-app must
        // deploy anywhere, the translation after it where French is enabled.
        const app = await convertToMetadataFormat(path.join(PROJECT_ROOT, 'force-app'));
        const french = await convertToMetadataFormat(path.join(PROJECT_ROOT, 'force-app-fr'));
        expect(app.filter((c) => /^(Translations|CustomObjectTranslation):/.test(c))).toEqual([]);
        expect(french.sort()).toEqual([
            'CustomObjectTranslation:Account-fr',
            'CustomObjectTranslation:Marketplace_Product__c-fr',
            'CustomObjectTranslation:Product_Sync__c-fr',
            'CustomObjectTranslation:Resale_Authorization_Change__c-fr',
            'CustomObjectTranslation:Resale_Authorization_Import__c-fr',
            'CustomObjectTranslation:Resale_Authorization__c-fr',
            'Translations:fr',
        ]);
    }, 60_000);

    it('converts the app to the metadata format with every component, the LWC bundles included', async () => {
        const components = await convertToMetadataFormat(FORCE_APP_DIR);
        expect(components).toEqual(
            expect.arrayContaining([
                'CustomObject:Resale_Authorization__c',
                'CustomObject:Marketplace_Product__c',
                'CustomObject:Resale_Authorization_Change__c',
                'CustomObject:Resale_Authorization_Status__e',
                'CustomTab:Resale_Authorizations',
                'CustomApplication:AWS_Marketplace_Resale',
                'PermissionSet:Marketplace_Resale_Admin',
                'PermissionSet:Marketplace_Resale_User',
                'CustomField:Account.AWS_Account_Id__c',
                'ValidationRule:Account.AWS_Account_Id_12_Digits',
                'Group:Marketplace_Resale_Users',
                'ReportType:Resale_Authorizations',
                'ReportType:Resale_Authorizations_with_Changes',
                'ReportFolder:Marketplace_Resale_Reports',
                'Report:Marketplace_Resale_Reports/Resale_Authorizations_by_Status',
                'Report:Marketplace_Resale_Reports/Resale_Authorizations_by_Reseller',
                'Report:Marketplace_Resale_Reports/Resale_Authorizations_Expiring_Soon',
                'Report:Marketplace_Resale_Reports/Resale_Authorization_Changes_by_Status',
                'DashboardFolder:Marketplace_Resale_Dashboards',
                'Dashboard:Marketplace_Resale_Dashboards/Resale_Authorizations_Overview',
                'LightningComponentBundle:resaleAuthorizationList',
            ]),
        );
    }, 60_000);

    it('defines the data model the app stores its records in', () => {
        const fields = definedFields(FORCE_APP_DIR);
        for (const field of [
            'Resale_Authorization__c.Entity_Id__c',
            'Resale_Authorization__c.Client_Request_Token__c',
            'Resale_Authorization__c.Form_State_Json__c',
            'Resale_Authorization__c.Next_Refresh_Allowed_At__c',
            'Marketplace_Product__c.Product_Id__c',
            'Marketplace_Product__c.Dimensions_Json__c',
            'Resale_Authorization_Change__c.Client_Request_Token__c',
            'Resale_Authorization_Status__e.Record_Id__c',
            'Resale_Authorization_Status__e.Display_Status__c',
            'Resale_Authorization_Status__e.Change_Set_Status__c',
        ]) {
            expect(fields).toContain(field);
        }
    });

    it('gives every custom field help text', () => {
        const objectsDir = path.join(FORCE_APP_DIR, 'objects');
        const withoutHelp = [...definedFields(FORCE_APP_DIR)].filter((name) => {
            const [object = '', field = ''] = name.split('.');
            const xml = fs.readFileSync(
                path.join(objectsDir, object, 'fields', `${field}.field-meta.xml`),
                'utf8',
            );
            return !/<inlineHelpText>[^<]+<\/inlineHelpText>/.test(xml);
        });
        expect(withoutHelp).toEqual([]);
    });

    it('references only fields that exist from permission sets and list views', () => {
        expect(missingFieldReferences(FORCE_APP_DIR)).toEqual([]);
    });

    it('finds a permission set that names a field nobody defined', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'force-app-'));
        fs.mkdirSync(path.join(dir, 'objects', 'Thing__c', 'fields'), { recursive: true });
        fs.writeFileSync(
            path.join(dir, 'objects', 'Thing__c', 'fields', 'Real__c.field-meta.xml'),
            '',
        );
        fs.mkdirSync(path.join(dir, 'permissionsets'));
        fs.writeFileSync(
            path.join(dir, 'permissionsets', 'P.permissionset-meta.xml'),
            '<fieldPermissions><field>Thing__c.Real__c</field></fieldPermissions><fieldPermissions><field>Thing__c.Gone__c</field></fieldPermissions>',
        );
        expect(missingFieldReferences(dir)).toEqual(['P.permissionset-meta.xml: Thing__c.Gone__c']);
    });

    it.each(PACKAGE_DIRECTORIES)('%s has only well-formed XML', (dir) => {
        expect(malformedXmlFiles(path.join(PROJECT_ROOT, dir))).toEqual([]);
    });

    it('finds a file that is not well-formed XML', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'force-app-'));
        fs.mkdirSync(path.join(dir, 'tabs'));
        fs.writeFileSync(path.join(dir, 'tabs', 'Broken.tab-meta.xml'), '<CustomTab><label>');
        expect(malformedXmlFiles(dir)).toEqual([
            expect.stringContaining(path.join('tabs', 'Broken.tab-meta.xml')),
        ]);
    });
});

function temporaryPackageDir(files: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'package-dir-'));
    const dir = path.join(root, 'force-app');
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), content);
    }
    return dir;
}

const NAMESPACE = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

describe(`the Metadata API schema (${SCHEMA_PACKAGE} ${metadataSchemaSource().version})`, () => {
    const schema = withExtraFields(loadMetadataSchema());

    it.each(PACKAGE_DIRECTORIES)(
        'every element of every -meta.xml in %s is a field of its type',
        (dir) => {
            expect(metadataSchemaProblems(path.join(PROJECT_ROOT, dir), schema)).toEqual([]);
        },
        60_000,
    );

    it('is read from the WSDL types, inherited fields and enumerations included', () => {
        const application = schema.complexTypes.get('CustomApplication');
        expect(application?.get('isNavAutoTempTabsDisabled')).toBe('boolean');
        expect(application?.has('isNavAutoUpdateDisabled')).toBe(false);
        expect(application?.get('fullName')).toBe('string');
        expect(application?.get('brand')).toBe('AppBrand');
        expect(schema.enumerations.get('FormFactor')).toEqual(
            new Set(['Small', 'Medium', 'Large']),
        );
        expect(schema.complexTypes.get('LightningComponentBundle')?.get('targets')).toBe('Targets');
    });

    it('adds only the fields it must, each with the page that defines it', () => {
        for (const extra of EXTRA_FIELDS) {
            expect(extra.documentation).toMatch(
                /^https:\/\/developer\.salesforce\.com\/docs\/atlas\.en-us\.api_meta\.meta\/api_meta\/\w+\.htm$/,
            );
        }
        const declared = loadMetadataSchema();
        expect(declared.complexTypes.get('LightningComponentBundle')?.get('targetConfigs')).toBe(
            'string',
        );
        for (const extra of EXTRA_TYPES) {
            expect(extra.documentation).toMatch(
                /^https:\/\/developer\.salesforce\.com\/docs\/atlas\.en-us\.api_meta\.meta\/api_meta\/\w+\.htm$/,
            );
            // Still missing from the schema package: otherwise the entry is no longer needed.
            expect(declared.complexTypes.has(extra.type)).toBe(false);
        }
    });

    it('checks report and dashboard folders as the Folder they are', () => {
        const folder = (type: string, inner: string) =>
            `<${type} ${NAMESPACE}><accessType>Shared</accessType>${inner}<name>Resale</name></${type}>`;
        const share = (toType: string) =>
            `<folderShares><accessLevel>View</accessLevel><sharedTo>Resale_Users</sharedTo><sharedToType>${toType}</sharedToType></folderShares>`;
        for (const type of ['ReportFolder', 'DashboardFolder']) {
            expect(documentSchemaProblems(folder(type, share('Group')), type, schema)).toEqual([]);
            expect(
                documentSchemaProblems(folder(type, share('PermissionSet')), type, schema),
            ).toEqual([
                `${type} > folderShares > sharedToType: "PermissionSet" is not a value of FolderSharedToType (FolderShare.sharedToType)`,
            ]);
        }
        expect(
            documentSchemaProblems(
                folder('ReportFolder', share('Group')),
                'ReportFolder',
                loadMetadataSchema(),
            ),
        ).toEqual(['ReportFolder: not a type of the Metadata API schema']);
    });

    it('names the element path and the type of an element that is not a field, at any depth', () => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>
<CustomApplication ${NAMESPACE}>
    <brand><headerColor>#232F3E</headerColor><headerColour>#000000</headerColour></brand>
    <formFactors>Large</formFactors>
    <formFactors>Huge</formFactors>
    <isNavAutoUpdateDisabled>false</isNavAutoUpdateDisabled>
    <isNavPersonalizationDisabled>no</isNavPersonalizationDisabled>
    <label><text>AWS</text></label>
</CustomApplication>`;
        expect(documentSchemaProblems(xml, 'CustomApplication', schema)).toEqual([
            'CustomApplication > brand > headerColour: headerColour is not a field of AppBrand',
            'CustomApplication > formFactors: "Huge" is not a value of FormFactor (CustomApplication.formFactors)',
            'CustomApplication > isNavAutoUpdateDisabled: isNavAutoUpdateDisabled is not a field of CustomApplication',
            'CustomApplication > isNavPersonalizationDisabled: "no" is not a boolean (CustomApplication.isNavPersonalizationDisabled)',
            'CustomApplication > label: CustomApplication.label is a string, not a type with fields',
        ]);
    });

    it('checks the inside of an LWC targetConfigs with the documented elements', () => {
        const bundle = (inner: string) => `<LightningComponentBundle ${NAMESPACE}>
    <apiVersion>65.0</apiVersion>
    <targetConfigs><targetConfig targets="lightning__RecordPage">${inner}</targetConfig></targetConfigs>
</LightningComponentBundle>`;
        const type = 'LightningComponentBundle';
        expect(
            documentSchemaProblems(
                bundle('<objects><object>A__c</object></objects>'),
                type,
                schema,
            ),
        ).toEqual([]);
        expect(documentSchemaProblems(bundle('<objectz />'), type, schema)).toEqual([
            'LightningComponentBundle > targetConfigs > targetConfig > objectz: objectz is not a field of LwcTargetConfig',
        ]);
    });

    it('refuses a file whose root element is not its type', () => {
        expect(
            documentSchemaProblems(
                `<CustomTab ${NAMESPACE}></CustomTab>`,
                'CustomApplication',
                schema,
            ),
        ).toEqual([
            'CustomTab: the root element of a CustomApplication file must be CustomApplication',
        ]);
    });

    it('names the file in a package directory, LWC bundles included', () => {
        const dir = temporaryPackageDir({
            'main/default/applications/App.app-meta.xml': `<CustomApplication ${NAMESPACE}><label>App</label><isNavAutoUpdateDisabled>false</isNavAutoUpdateDisabled></CustomApplication>`,
            'main/default/lwc/thing/thing.js': 'export default class Thing {}',
            'main/default/lwc/thing/thing.js-meta.xml': `<LightningComponentBundle ${NAMESPACE}><apiVersion>65.0</apiVersion><isExposd>true</isExposd></LightningComponentBundle>`,
        });
        try {
            expect(metadataSchemaProblems(dir, schema)).toEqual([
                'force-app/main/default/applications/App.app-meta.xml: CustomApplication > isNavAutoUpdateDisabled: isNavAutoUpdateDisabled is not a field of CustomApplication',
                'force-app/main/default/lwc/thing/thing.js-meta.xml: LightningComponentBundle > isExposd: isExposd is not a field of LightningComponentBundle',
            ]);
        } finally {
            fs.rmSync(path.dirname(dir), { recursive: true, force: true });
        }
    });
});

describe('custom tab styles', () => {
    it.each(PACKAGE_DIRECTORIES)('%s uses only tab styles whose icon matches their name', (dir) => {
        expect(tabMotifProblems(path.join(PROJECT_ROOT, dir))).toEqual([]);
    });

    it("finds a style number paired with another style's name", () => {
        expect(customIconKeywords().get('custom26')).toContain('flag');
        const tab = (motif: string) =>
            `<CustomTab ${NAMESPACE}><label>T</label><motif>${motif}</motif></CustomTab>`;
        const dir = temporaryPackageDir({
            'main/default/tabs/Good.tab-meta.xml': tab('Custom26: Flag'),
            'main/default/tabs/Mixed.tab-meta.xml': tab('Custom17: Flag'),
            'main/default/tabs/Free.tab-meta.xml': tab('Flag'),
        });
        try {
            expect(tabMotifProblems(dir)).toEqual([
                'force-app/main/default/tabs/Free.tab-meta.xml: motif "Flag": not a custom tab style such as "Custom26: Flag"',
                expect.stringMatching(
                    /^force-app\/main\/default\/tabs\/Mixed\.tab-meta\.xml: motif "Custom17: Flag": custom17 is money, .*not Flag$/,
                ),
            ]);
        } finally {
            fs.rmSync(path.dirname(dir), { recursive: true, force: true });
        }
    });
});
