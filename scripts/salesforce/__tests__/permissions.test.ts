import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_DIR } from '../../build/paths';
import { definedFields } from '../metadata';
import {
    SERVER_OWNED_FIELDS,
    editableServerOwnedFields,
    parsePermissionSet,
    readPermissionSets,
} from '../permissions';

const permissionSets = readPermissionSets(FORCE_APP_DIR);
const PERMISSION_SETS = ['Marketplace_Resale_Admin', 'Marketplace_Resale_User'];
/** The integration user's, that receives AWS's change set events. */
const EVENTS_PERMISSION_SET = 'Marketplace_Resale_Change_Set_Events';

function permissionSetXml(editable: boolean): string {
    return [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <fieldPermissions>',
        `        <editable>${String(editable)}</editable>`,
        '        <field>Resale_Authorization__c.Entity_Id__c</field>',
        '        <readable>true</readable>',
        '    </fieldPermissions>',
        '    <label>Broken</label>',
        '</PermissionSet>',
    ].join('\n');
}

describe('server-owned fields', () => {
    it('reads every permission set', () => {
        expect(permissionSets.map((set) => set.name)).toEqual(
            [...PERMISSION_SETS, EVENTS_PERMISSION_SET].sort(),
        );
    });

    it('names fields that exist', () => {
        const fields = definedFields(FORCE_APP_DIR);
        expect(SERVER_OWNED_FIELDS.filter((field) => !fields.has(field))).toEqual([]);
    });

    it('are editable in no permission set', () => {
        expect(editableServerOwnedFields(permissionSets)).toEqual([]);
    });

    it.each(PERMISSION_SETS)('are readable in %s', (name) => {
        const set = permissionSets.find((candidate) => candidate.name === name);
        const readable = new Set(
            set?.fields.filter((field) => field.readable).map((field) => field.field),
        );
        expect(SERVER_OWNED_FIELDS.filter((field) => !readable.has(field))).toEqual([]);
    });

    it('reports a permission set that makes one editable', () => {
        const broken = parsePermissionSet('Broken', permissionSetXml(true));
        expect(editableServerOwnedFields([broken])).toEqual([
            'Broken: Resale_Authorization__c.Entity_Id__c',
        ]);
        expect(
            editableServerOwnedFields([parsePermissionSet('Fine', permissionSetXml(false))]),
        ).toEqual([]);
    });

    it.each(PERMISSION_SETS)(
        '%s still lets users create and edit the records the services write in user mode',
        (name) => {
            const set = permissionSets.find((candidate) => candidate.name === name);
            for (const object of ['Resale_Authorization__c', 'Resale_Authorization_Change__c']) {
                expect(set?.objects.find((entry) => entry.object === object)).toEqual(
                    expect.objectContaining({
                        allowRead: true,
                        allowCreate: true,
                        allowEdit: true,
                    }),
                );
            }
        },
    );
});

// deleteDraft deletes in user mode: users need Delete on resale authorizations (the service and
// the before-delete trigger keep what AWS may know of; sharing keeps others' records). The change
// history is deleted only with its record (master-detail), never on its own.
describe('deleting drafts', () => {
    it.each(PERMISSION_SETS)(
        '%s deletes resale authorizations, without Modify All, and not their change rows',
        (name) => {
            const set = permissionSets.find((candidate) => candidate.name === name);
            const access = (object: string) =>
                set?.objects.find((entry) => entry.object === object);
            expect(access('Resale_Authorization__c')).toEqual(
                expect.objectContaining({ allowDelete: true, modifyAllRecords: false }),
            );
            expect(access('Resale_Authorization_Change__c')).toEqual(
                expect.objectContaining({ allowDelete: false, modifyAllRecords: false }),
            );
        },
    );
});

/** `Credential-Principal` of each named principal of the External Credentials in the source. */
function externalCredentialPrincipals(): string[] {
    const dir = path.join(FORCE_APP_DIR, 'externalCredentials');
    return fs.readdirSync(dir).flatMap((file) => {
        const credential = file.replace('.externalCredential-meta.xml', '');
        const xml = fs.readFileSync(path.join(dir, file), 'utf8');
        return [
            ...xml.matchAll(
                /<parameterName>(\w+)<\/parameterName>\s*<parameterType>NamedPrincipal<\/parameterType>/g,
            ),
        ].map((match) => `${credential}-${match[1] ?? ''}`);
    });
}

// Salesforce Help, "Permission Concepts for User External Credentials"
// (https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.nc_user_external_credentials_permissions.htm):
// an authenticated callout needs access to the User External Credential object as well as the
// principal's access.
describe('callouts for users without admin rights', () => {
    it('finds the principals of both External Credentials', () => {
        expect(externalCredentialPrincipals().sort()).toEqual([
            'AWS_Marketplace_Catalog-Principal',
            'AWS_Marketplace_Legal_Documents-Principal',
        ]);
    });

    it.each(PERMISSION_SETS)('%s gives access to every principal', (name) => {
        const set = permissionSets.find((candidate) => candidate.name === name);
        expect(set?.externalCredentialPrincipals.sort()).toEqual(
            externalCredentialPrincipals().sort(),
        );
    });

    it.each(PERMISSION_SETS)('%s reads User External Credentials, and only reads', (name) => {
        const set = permissionSets.find((candidate) => candidate.name === name);
        expect(set?.objects.find((entry) => entry.object === 'UserExternalCredential')).toEqual({
            object: 'UserExternalCredential',
            allowCreate: false,
            allowRead: true,
            allowEdit: false,
            allowDelete: false,
            viewAllRecords: false,
            modifyAllRecords: false,
        });
    });
});

// Marketplace_Product__c is Read to others (organization-wide default) and the sync upserts in
// user mode: an administrator must be able to update products another administrator created.
describe('products', () => {
    const productAccess = (name: string) =>
        permissionSets
            .find((candidate) => candidate.name === name)
            ?.objects.find((entry) => entry.object === 'Marketplace_Product__c');

    it('every administrator may update every product (View All and Modify All)', () => {
        expect(productAccess('Marketplace_Resale_Admin')).toEqual(
            expect.objectContaining({
                allowRead: true,
                allowCreate: true,
                allowEdit: true,
                viewAllRecords: true,
                modifyAllRecords: true,
            }),
        );
    });

    it('sales users only read them', () => {
        expect(productAccess('Marketplace_Resale_User')).toEqual({
            object: 'Marketplace_Product__c',
            allowCreate: false,
            allowRead: true,
            allowEdit: false,
            allowDelete: false,
            viewAllRecords: false,
            modifyAllRecords: false,
        });
    });
});

// An Account's AWS account ID identifies resellers and buyers: sales users read it, administrators
// maintain it.
describe('the AWS account ID of an Account', () => {
    it.each([
        ['Marketplace_Resale_User', false],
        ['Marketplace_Resale_Admin', true],
    ])('%s reads it, and edits it: %s', (name, editable) => {
        const set = permissionSets.find((candidate) => candidate.name === name);
        expect(set?.fields.filter((entry) => entry.field === 'Account.AWS_Account_Id__c')).toEqual([
            { field: 'Account.AWS_Account_Id__c', readable: true, editable },
        ]);
    });
});

// The run-as user of the External Client App that EventBridge's connection authenticates as:
// it finds any record by its change set (View All) and stores what AWS's events say in system
// mode after its custom permission is checked (ServerOwnedWrites.updateFromChangeSetEvents); it
// edits nothing in user mode, and calls the Catalog API only to read (the follow-up job).
describe('the integration user of the change set events', () => {
    const events = permissionSets.find((candidate) => candidate.name === EVENTS_PERMISSION_SET);

    it('reaches the REST resource and holds the custom permission the writes check', () => {
        expect(events?.apexClasses).toEqual(['ChangeSetEventResource']);
        expect(events?.customPermissions).toEqual(['Marketplace_Resale_Change_Set_Events']);
    });

    it('reads every resale authorization and change, and changes none in user mode', () => {
        for (const object of ['Resale_Authorization__c', 'Resale_Authorization_Change__c']) {
            expect(events?.objects.find((entry) => entry.object === object)).toEqual({
                object,
                allowCreate: false,
                allowRead: true,
                allowEdit: false,
                allowDelete: false,
                viewAllRecords: true,
                modifyAllRecords: false,
            });
        }
        expect(events?.fields.filter((field) => field.editable)).toEqual([]);
    });

    it('reads the server-owned fields of resale authorizations and changes', () => {
        const readable = new Set(
            events?.fields.filter((field) => field.readable).map((field) => field.field),
        );
        expect(
            SERVER_OWNED_FIELDS.filter(
                (field) => !field.startsWith('Resale_Authorization_Import__c.'),
            ).filter((field) => !readable.has(field)),
        ).toEqual([]);
    });

    it('calls the Catalog API only, and touches no other object than it must', () => {
        expect(events?.externalCredentialPrincipals).toEqual(['AWS_Marketplace_Catalog-Principal']);
        expect(events?.objects.map((entry) => entry.object).sort()).toEqual([
            'Resale_Authorization_Change__c',
            'Resale_Authorization_Status__e',
            'Resale_Authorization__c',
            'UserExternalCredential',
        ]);
    });
});
