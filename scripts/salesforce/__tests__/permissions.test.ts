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
    it('reads both permission sets', () => {
        expect(permissionSets.map((set) => set.name)).toEqual(PERMISSION_SETS);
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
