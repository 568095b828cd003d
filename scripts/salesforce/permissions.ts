import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * Fields only the server writes (from AWS answers, the change set bookkeeping and the refresh
 * throttle). Users read them; no permission set may make them editable, so a user cannot forge
 * a status, a change set or a token through the UI or the API. The services write them in
 * system mode after checking the user may edit the record. Extend this list when a service
 * owns a new field.
 */
export const SERVER_OWNED_FIELDS: readonly string[] = [
    'Resale_Authorization__c.Entity_Id__c',
    'Resale_Authorization__c.Entity_Status__c',
    'Resale_Authorization__c.Display_Status__c',
    'Resale_Authorization__c.Change_Set_Id__c',
    'Resale_Authorization__c.Change_Set_Status__c',
    'Resale_Authorization__c.Client_Request_Token__c',
    'Resale_Authorization__c.Next_Refresh_Allowed_At__c',
    'Resale_Authorization__c.Next_Auto_Refresh_At__c',
    'Resale_Authorization__c.Last_Refreshed_At__c',
    'Resale_Authorization__c.Error_Details__c',
    'Resale_Authorization__c.Status_Claim_Id__c',
    'Resale_Authorization__c.Status_Claimed_Until__c',
    'Resale_Authorization__c.Status_Sync_Stopped__c',
    'Resale_Authorization__c.Expiry_Notified_For__c',
    'Resale_Authorization__c.Last_Synced_At__c',
    'Resale_Authorization__c.Entity_Last_Modified__c',
    'Resale_Authorization__c.Offer_Extended_Status__c',
    'Resale_Authorization__c.Offer_Used__c',
    'Resale_Authorization__c.Entity_Not_Found__c',
    'Resale_Authorization__c.Seller_Account__c',
    'Resale_Authorization_Change__c.Send_Claimed_Until__c',
    'Resale_Authorization_Change__c.Send_Started_At__c',
    'Resale_Authorization_Change__c.Request_Json__c',
    'Resale_Authorization_Change__c.Status__c',
    'Resale_Authorization_Change__c.Change_Set_Id__c',
    'Resale_Authorization_Change__c.Client_Request_Token__c',
    'Resale_Authorization_Change__c.Error_Details__c',
    'Resale_Authorization_Change__c.Started_At__c',
    'Resale_Authorization_Change__c.Finished_At__c',
    'Resale_Authorization_Change__c.Event_Received_At__c',
    'Resale_Authorization_Change__c.Action__c',
    'Resale_Authorization_Import__c.Claim_Id__c',
    'Resale_Authorization_Import__c.Claimed_Until__c',
    'Resale_Authorization_Import__c.Cursor__c',
    'Resale_Authorization_Import__c.Error__c',
    'Resale_Authorization_Import__c.Failed__c',
    'Resale_Authorization_Import__c.Finished_At__c',
    'Resale_Authorization_Import__c.Found__c',
    'Resale_Authorization_Import__c.Imported__c',
    'Resale_Authorization_Import__c.Modified_After__c',
    'Resale_Authorization_Import__c.Next_Modified_After__c',
    'Resale_Authorization_Import__c.Phase__c',
    'Resale_Authorization_Import__c.Running_Key__c',
    'Resale_Authorization_Import__c.Seller_Account__c',
    'Resale_Authorization_Import__c.Skipped__c',
    'Resale_Authorization_Import__c.Started_At__c',
    'Resale_Authorization_Import__c.Status__c',
    'Resale_Authorization_Import__c.Unchanged__c',
    'Resale_Authorization_Import__c.Updated__c',
];

export interface FieldPermission {
    field: string;
    readable: boolean;
    editable: boolean;
}

export interface ObjectPermission {
    object: string;
    allowCreate: boolean;
    allowRead: boolean;
    allowEdit: boolean;
    allowDelete: boolean;
    viewAllRecords: boolean;
    modifyAllRecords: boolean;
}

export interface PermissionSetAccess {
    name: string;
    fields: FieldPermission[];
    objects: ObjectPermission[];
    externalCredentialPrincipals: string[];
    /** The custom permissions it grants. */
    customPermissions: string[];
    /** The Apex classes it gives access to. */
    apexClasses: string[];
}

const SUFFIX = '.permissionset-meta.xml';

function asList<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

function flag(value: unknown): boolean {
    return value === true || value === 'true';
}

/** Parses one permission set's field, object and external credential principal access. */
export function parsePermissionSet(name: string, xml: string): PermissionSetAccess {
    const parser = new XMLParser({ parseTagValue: false });
    const root = (parser.parse(xml) as { PermissionSet?: Record<string, unknown> }).PermissionSet;
    if (!root) {
        throw new Error(`${name} is not a PermissionSet`);
    }
    const fields = asList(root['fieldPermissions'] as Record<string, unknown>[] | undefined).map(
        (entry) => ({
            field: String(entry['field']),
            readable: flag(entry['readable']),
            editable: flag(entry['editable']),
        }),
    );
    const objects = asList(root['objectPermissions'] as Record<string, unknown>[] | undefined).map(
        (entry) => ({
            object: String(entry['object']),
            allowCreate: flag(entry['allowCreate']),
            allowRead: flag(entry['allowRead']),
            allowEdit: flag(entry['allowEdit']),
            allowDelete: flag(entry['allowDelete']),
            viewAllRecords: flag(entry['viewAllRecords']),
            modifyAllRecords: flag(entry['modifyAllRecords']),
        }),
    );
    const externalCredentialPrincipals = asList(
        root['externalCredentialPrincipalAccesses'] as Record<string, unknown>[] | undefined,
    )
        .filter((entry) => flag(entry['enabled']))
        .map((entry) => String(entry['externalCredentialPrincipal']));
    const enabled = (key: string, nameKey: string) =>
        asList(root[key] as Record<string, unknown>[] | undefined)
            .filter((entry) => flag(entry['enabled']))
            .map((entry) => String(entry[nameKey]));
    return {
        name,
        fields,
        objects,
        externalCredentialPrincipals,
        customPermissions: enabled('customPermissions', 'name'),
        apexClasses: enabled('classAccesses', 'apexClass'),
    };
}

/** Every permission set of the source. */
export function readPermissionSets(forceAppDir: string): PermissionSetAccess[] {
    const dir = path.join(forceAppDir, 'permissionsets');
    return fs
        .readdirSync(dir)
        .filter((file) => file.endsWith(SUFFIX))
        .sort()
        .map((file) =>
            parsePermissionSet(
                file.slice(0, -SUFFIX.length),
                fs.readFileSync(path.join(dir, file), 'utf8'),
            ),
        );
}

/** `PermissionSet: Object__c.Field__c` for each server-owned field a permission set makes editable. */
export function editableServerOwnedFields(
    permissionSets: readonly PermissionSetAccess[],
    serverOwned: readonly string[] = SERVER_OWNED_FIELDS,
): string[] {
    const owned = new Set(serverOwned);
    return permissionSets.flatMap((set) =>
        set.fields
            .filter((permission) => permission.editable && owned.has(permission.field))
            .map((permission) => `${set.name}: ${permission.field}`),
    );
}
