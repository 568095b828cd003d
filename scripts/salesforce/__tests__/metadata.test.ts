import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, PROJECT_ROOT, packageDirectories } from '../../build/paths';
import {
    convertToMetadataFormat,
    definedFields,
    malformedXmlFiles,
    missingFieldReferences,
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
        expect(app.filter((c) => c.startsWith('Translations:'))).toEqual([]);
        expect(french).toEqual(['Translations:fr']);
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

    it('has only well-formed XML, and finds a file that is not', () => {
        expect(malformedXmlFiles(FORCE_APP_DIR)).toEqual([]);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'force-app-'));
        fs.mkdirSync(path.join(dir, 'tabs'));
        fs.writeFileSync(path.join(dir, 'tabs', 'Broken.tab-meta.xml'), '<CustomTab><label>');
        expect(malformedXmlFiles(dir)).toEqual([
            expect.stringContaining(path.join('tabs', 'Broken.tab-meta.xml')),
        ]);
    });
});
