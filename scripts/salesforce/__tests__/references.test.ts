import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, LWC_SOURCE_DIR } from '../../build/paths';
import { readApexFiles } from '../apexSource';
import { definedSchema, missingApexReferences, missingMetadataReferences } from '../references';

const schema = definedSchema(FORCE_APP_DIR);

function write(root: string, file: string, content: string): void {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
}

describe('references between Apex, metadata and components', () => {
    it('Apex names only objects, fields and relationships that exist', () => {
        expect(missingApexReferences(schema, readApexFiles(FORCE_APP_DIR))).toEqual([]);
    });

    it('metadata refers only to what exists', () => {
        expect(missingMetadataReferences(FORCE_APP_DIR, LWC_SOURCE_DIR)).toEqual([]);
    });

    it('has the platform event fields the components read', () => {
        for (const field of ['Record_Id__c', 'Display_Status__c', 'Change_Set_Status__c']) {
            expect(schema.fields).toContain(`Resale_Authorization_Status__e.${field}`);
        }
    });

    it('finds an unknown field in code, in a SOQL query and in a dynamic query string', () => {
        const source = [
            'public with sharing class Broken {',
            '    void run(Resale_Authorization__c record) {',
            '        record.Nickname__c = null;',
            '        Object field = Resale_Authorization__c.Entity_Id__c;',
            '        Object other = Marketplace_Product__c.Entity_Id__c;',
            '        List<Resale_Authorization__c> rows = [SELECT Id, Product_Type__c, Owner__r.Name FROM Resale_Authorization__c WITH USER_MODE];',
            "        Database.query('SELECT Colour__c FROM Gadget__c');",
            '        // Comment__c is not code',
            '    }',
            '}',
        ].join('\n');
        expect(missingApexReferences(schema, [{ name: 'Broken.cls', source }])).toEqual([
            'Broken.cls: Nickname__c',
            'Broken.cls: Owner__r',
            'Broken.cls: Colour__c',
            'Broken.cls: Gadget__c',
            'Broken.cls: Marketplace_Product__c.Entity_Id__c',
            'Broken.cls: Resale_Authorization__c.Product_Type__c',
            'Broken.cls: Resale_Authorization__c.Owner__c',
        ]);
    });

    it('finds tabs, apps, permission sets and credentials that point at nothing', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'force-app-'));
        const lwc = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-src-'));
        fs.mkdirSync(path.join(lwc, 'realComponent'));
        write(
            root,
            'tabs/Real.tab-meta.xml',
            '<CustomTab><lwcComponent>realComponent</lwcComponent></CustomTab>',
        );
        write(
            root,
            'tabs/Ghost.tab-meta.xml',
            '<CustomTab><lwcComponent>ghostComponent</lwcComponent></CustomTab>',
        );
        write(
            root,
            'applications/App.app-meta.xml',
            '<CustomApplication><tabs>Real</tabs><tabs>Missing</tabs><tabs>standard-home</tabs></CustomApplication>',
        );
        write(
            root,
            'permissionsets/P.permissionset-meta.xml',
            [
                '<PermissionSet>',
                '<applicationVisibilities><application>App</application></applicationVisibilities>',
                '<classAccesses><apexClass>NoSuchClass</apexClass></classAccesses>',
                '<customPermissions><enabled>true</enabled><name>No_Permission</name></customPermissions>',
                '<customMetadataTypeAccesses><enabled>true</enabled><name>No_Setting__mdt</name></customMetadataTypeAccesses>',
                '<externalCredentialPrincipalAccesses><externalCredentialPrincipal>No_Credential-Principal</externalCredentialPrincipal></externalCredentialPrincipalAccesses>',
                '<objectPermissions><object>No_Object__c</object></objectPermissions>',
                '<tabSettings><tab>Real</tab></tabSettings>',
                '</PermissionSet>',
            ].join(''),
        );
        write(
            root,
            'namedCredentials/N.namedCredential-meta.xml',
            '<NamedCredential><namedCredentialParameters><externalCredential>Other</externalCredential></namedCredentialParameters></NamedCredential>',
        );
        expect(missingMetadataReferences(root, lwc)).toEqual([
            'tab Ghost: ghostComponent',
            'app App: Missing',
            'permission set P: NoSuchClass',
            'permission set P: No_Object__c',
            'permission set P: No_Permission',
            'permission set P: No_Setting__mdt',
            'permission set P: No_Credential',
            'named credential N: Other',
        ]);
    });
});
