import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, PROJECT_ROOT } from '../../build/paths';
import {
    AWS_ACCOUNT_ID,
    PRODUCT_ENTITY_TYPES,
    displayStatusSchema,
    parseBuyerAccounts,
    parseFormStateJson,
    productFromRecord,
    resolveDisplayStatus,
    validate,
} from '../../../lwc-src/raDomain/raDomain';
import { SEED_PRODUCTS } from '../../catalog-simulator/seed';
import { documentSchemaProblems, loadMetadataSchema } from '../metadata';
import { SERVER_OWNED_FIELDS, parsePermissionSet, readPermissionSets } from '../permissions';
import { fieldsSet, planProblems, readPlan } from '../sampleData';
import type { SampleRecord } from '../sampleData';

const DATA_DIR = path.join(PROJECT_ROOT, 'data');
const PLAN = path.join(DATA_DIR, 'sample-data-plan.json');
const ACCESS_DIR = path.join(DATA_DIR, 'sample-data-access');
/** The day the sample data describes: its dates (expiry, changes) are relative to it. */
const SAMPLE_DATE = '2026-11-25';

const plan = readPlan(PLAN);
const recordsOf = (sobject: string): SampleRecord[] =>
    plan.filter((part) => part.sobject === sobject).flatMap((part) => part.records);
const accounts = recordsOf('Account');
const opportunities = recordsOf('Opportunity');
const products = recordsOf('Marketplace_Product__c');
const authorizations = recordsOf('Resale_Authorization__c');
const changes = recordsOf('Resale_Authorization_Change__c');
const text = (record: SampleRecord, field: string): string =>
    typeof record[field] === 'string' ? (record[field] as string) : '';

describe('the sample data plan', () => {
    it('imports accounts, opportunities, products, resale authorizations, then changes: files, fields and references that exist', () => {
        const order = [
            'Account',
            'Opportunity',
            'Marketplace_Product__c',
            'Resale_Authorization__c',
        ];
        expect(plan.map((part) => part.sobject)).toEqual([
            ...order,
            'Resale_Authorization_Change__c',
        ]);
        expect(planProblems(PLAN, FORCE_APP_DIR)).toEqual([]);
    });

    it('is read by the Salesforce CLI: its plan schema and its reference form', () => {
        // The CLI is an ES module: ask it in a child process, from the installed version.
        const script = `
            import fs from 'node:fs';
            const base = import.meta.resolve('@salesforce/plugin-data');
            const { DataImportPlanArraySchema } = await import(new URL('./schema/dataImportPlan.js', base));
            const { isUnresolvedRef } = await import(new URL('./api/data/tree/functions.js', base));
            const [planFile, ...references] = process.argv.slice(1);
            const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
            console.log(JSON.stringify({
                plan: DataImportPlanArraySchema.safeParse(plan).success,
                unresolvable: references.filter((ref) => !isUnresolvedRef(ref)),
            }));`;
        const references = plan.flatMap((part) =>
            part.records.flatMap((record) =>
                Object.values(record).filter(
                    (value): value is string => typeof value === 'string' && value.startsWith('@'),
                ),
            ),
        );
        expect(references.length).toBeGreaterThan(10);
        const run = (refs: string[]) => {
            const child = spawnSync(
                process.execPath,
                ['--input-type=module', '-e', script, PLAN, ...refs],
                { cwd: PROJECT_ROOT, encoding: 'utf8' },
            );
            expect(child.stderr).toBe('');
            return JSON.parse(child.stdout) as { plan: boolean; unresolvable: string[] };
        };
        expect(run(references)).toEqual({ plan: true, unresolvable: [] });
        // The check can fail: a reference the CLI would leave as text.
        expect(run(['@Acme']).unresolvable).toEqual(['@Acme']);
    }, 30_000);

    it('covers every status a user can see', () => {
        const shown = new Set(authorizations.map((record) => text(record, 'Display_Status__c')));
        expect(displayStatusSchema.options.filter((status) => !shown.has(status))).toEqual([]);
    });

    it('stores each status as the server derives it from the AWS and change set statuses', () => {
        for (const record of authorizations) {
            expect([
                text(record, 'Authorization_Name__c'),
                text(record, 'Display_Status__c'),
            ]).toEqual([
                text(record, 'Authorization_Name__c'),
                resolveDisplayStatus({
                    entityStatus: text(record, 'Entity_Status__c') || null,
                    changeSetStatus: text(record, 'Change_Set_Status__c') || null,
                    expiryDate: text(record, 'Expiry_Date__c') || null,
                    offerUsed: record['Offer_Used__c'] === true,
                    entityNotFound: record['Entity_Not_Found__c'] === true,
                    today: SAMPLE_DATE,
                }),
            ]);
        }
    });

    it('gives accounts unique 12-digit AWS account IDs, and every reseller and buyer is one', () => {
        const ids = accounts.map((account) => text(account, 'AWS_Account_Id__c'));
        expect(ids.filter((id) => !AWS_ACCOUNT_ID.test(id))).toEqual([]);
        expect(new Set(ids).size).toBe(ids.length);
        const named = authorizations.flatMap((record) => [
            text(record, 'Reseller_Account_Id__c'),
            ...parseBuyerAccounts(
                parseFormStateJson(text(record, 'Form_State_Json__c'))?.buyerAccountsText,
            ).accounts,
        ]);
        expect(named.filter((id) => !ids.includes(id))).toEqual([]);
    });

    it("links resellers to their Account as the wizard does: the Account's AWS account ID is the reseller's", () => {
        const accountOf = (reference: unknown) =>
            accounts.find((account) => `@${account.attributes.referenceId}` === reference);
        const linked = authorizations.filter((record) => record['Reseller_Account__c']);
        expect(linked.length).toBeGreaterThan(0);
        for (const record of linked) {
            expect([
                text(record, 'Authorization_Name__c'),
                text(accountOf(record['Reseller_Account__c']) ?? record, 'AWS_Account_Id__c'),
            ]).toEqual([
                text(record, 'Authorization_Name__c'),
                text(record, 'Reseller_Account_Id__c'),
            ]);
        }
    });

    it("gives each opportunity resale authorizations of its own Account's reseller", () => {
        expect(opportunities.length).toBeGreaterThan(0);
        for (const opportunity of opportunities) {
            const own = authorizations.filter(
                (record) => record['Opportunity__c'] === `@${opportunity.attributes.referenceId}`,
            );
            expect([opportunity['Name'], own.length > 0]).toEqual([opportunity['Name'], true]);
            for (const record of own) {
                expect(record['Reseller_Account__c']).toBe(opportunity['AccountId']);
            }
        }
    });

    it('holds products as the product sync stores them from the Catalog API', () => {
        const typeOf = new Map(
            Object.entries(PRODUCT_ENTITY_TYPES).map(([type, entity]) => [entity, type]),
        );
        for (const product of products) {
            const seed = SEED_PRODUCTS.find((p) => p.entityId === product['Product_Id__c']);
            expect(seed).toBeDefined();
            expect({
                Name: product['Name'],
                Product_Type__c: product['Product_Type__c'],
                Visibility__c: product['Visibility__c'],
                Dimensions: JSON.parse(text(product, 'Dimensions_Json__c')) as unknown,
            }).toEqual({
                Name: seed?.title,
                Product_Type__c: typeOf.get(seed?.entityType ?? ''),
                Visibility__c: seed?.visibility,
                Dimensions: seed?.dimensions.map((d) => ({
                    key: d.Key,
                    name: d.Name,
                    unit: d.Unit,
                    type: d.Types.includes('Metered') ? 'Metered' : 'Entitled',
                })),
            });
        }
    });

    it.each(
        authorizations.map((record) => [text(record, 'Authorization_Name__c'), record] as const),
    )('%s holds a valid form state for its product, which its fields mirror', (_name, record) => {
        const form = parseFormStateJson(text(record, 'Form_State_Json__c'));
        expect(form).not.toBeNull();
        const productRecord = products.find(
            (p) => `@${p.attributes.referenceId}` === record['Product__c'],
        );
        const product = productFromRecord({
            productId: text(productRecord ?? record, 'Product_Id__c'),
            title: text(productRecord ?? record, 'Name'),
            productType: text(productRecord ?? record, 'Product_Type__c'),
            visibility: text(productRecord ?? record, 'Visibility__c') || null,
            dimensionsJson: text(productRecord ?? record, 'Dimensions_Json__c'),
            lastSyncedAt: null,
        });
        expect(product).not.toBeNull();
        // Saved in Salesforce or kept as a draft on AWS: complete enough for a draft; sent
        // to be published: complete.
        const status = text(record, 'Display_Status__c');
        const purpose = status === 'LOCAL_DRAFT' || status === 'Draft' ? 'draft' : 'publish';
        // An expired one was complete on the day AWS last changed it.
        const day =
            status === 'Expired'
                ? text(record, 'Entity_Last_Modified__c').slice(0, 10)
                : SAMPLE_DATE;
        expect(validate(form, product, day, { purpose })).toEqual([]);
        expect({
            Authorization_Name__c: record['Authorization_Name__c'],
            Product_Id__c: record['Product_Id__c'],
            Product_Title__c: record['Product_Title__c'],
            Reseller_Account_Id__c: record['Reseller_Account_Id__c'],
            Expiry_Date__c: record['Expiry_Date__c'],
            Description__c: record['Description__c'],
        }).toEqual({
            Authorization_Name__c: form?.name,
            Product_Id__c: form?.productId,
            Product_Title__c: product?.title,
            Reseller_Account_Id__c: form?.resellerAccountId,
            Expiry_Date__c: form?.availability.expiryDate || undefined,
            Description__c: form?.description || undefined,
        });
    });

    it('records the change sets behind each status, the latest one matching the record', () => {
        const tokens = changes.map((change) => text(change, 'Client_Request_Token__c'));
        expect(new Set(tokens).size).toBe(tokens.length);
        expect(
            tokens.filter(
                (token) =>
                    !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(
                        token,
                    ),
            ),
        ).toEqual([]);
        for (const record of authorizations) {
            const own = changes
                .filter(
                    (change) =>
                        change['Resale_Authorization__c'] === `@${record.attributes.referenceId}`,
                )
                .sort((a, b) => text(a, 'Started_At__c').localeCompare(text(b, 'Started_At__c')));
            const latest = own.at(-1);
            expect([
                record['Authorization_Name__c'],
                latest?.['Change_Set_Id__c'],
                latest?.['Status__c'],
            ]).toEqual([
                record['Authorization_Name__c'],
                record['Change_Set_Id__c'],
                record['Change_Set_Status__c'],
            ]);
        }
    });

    it('has an authorization in the "expiring in the next 30 days" report as of its date', () => {
        const horizon = new Date(`${SAMPLE_DATE}T00:00:00Z`);
        horizon.setUTCDate(horizon.getUTCDate() + 30);
        const end = horizon.toISOString().slice(0, 10);
        const expiring = authorizations.filter((record) => {
            const expiry = text(record, 'Expiry_Date__c');
            return (
                expiry > SAMPLE_DATE &&
                expiry <= end &&
                text(record, 'Display_Status__c') !== 'Restricted'
            );
        });
        expect(expiring.map((record) => record['Display_Status__c'])).toContain('Active');
    });

    it('finds a missing file, an unknown field and references that do not resolve', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-data-'));
        try {
            const tree = (records: unknown[]) => JSON.stringify({ records });
            fs.writeFileSync(
                path.join(dir, 'plan.json'),
                JSON.stringify([
                    { sobject: 'Account', files: ['accounts.json'] },
                    { sobject: 'Resale_Authorization__c', files: ['ras.json', 'gone.json'] },
                    { sobject: 'Marketplace_Product__c', files: ['products.json'] },
                ]),
            );
            fs.writeFileSync(
                path.join(dir, 'accounts.json'),
                tree([
                    { attributes: { type: 'Account', referenceId: 'AccountRef1' }, Name: 'A' },
                    { attributes: { type: 'Account', referenceId: 'Acme' }, Nickname__c: 'B' },
                ]),
            );
            fs.writeFileSync(
                path.join(dir, 'ras.json'),
                tree([
                    {
                        attributes: { type: 'Resale_Authorization__c', referenceId: 'RaRef1' },
                        Product__c: '@ProductRef1',
                    },
                    {
                        attributes: { type: 'Resale_Authorization__c', referenceId: 'RaRef2' },
                        Product__c: '@AccountRef1',
                    },
                ]),
            );
            fs.writeFileSync(
                path.join(dir, 'products.json'),
                tree([
                    {
                        attributes: { type: 'Marketplace_Product__c', referenceId: 'AccountRef1' },
                        Name: 'P',
                    },
                ]),
            );
            expect(planProblems(path.join(dir, 'plan.json'), FORCE_APP_DIR)).toEqual([
                'Account Acme: reference id is not of the form NameRef1',
                'Account Acme: Account has no field Nickname__c',
                'Resale_Authorization__c: file gone.json does not exist',
                'Resale_Authorization__c RaRef1: Product__c names @ProductRef1, not imported before',
                'Resale_Authorization__c RaRef2: Product__c names a Account, not a Marketplace_Product__c',
                'Marketplace_Product__c AccountRef1: reference id used twice',
            ]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('importing the sample data', () => {
    const sampleAccess = parsePermissionSet(
        'Marketplace_Resale_Sample_Data',
        fs.readFileSync(
            path.join(ACCESS_DIR, 'permissionsets', 'Marketplace_Resale_Sample_Data.permissionset'),
            'utf8',
        ),
    );

    it('sets only fields an administrator may edit, or the server-owned ones of the sample data access', () => {
        const admin = readPermissionSets(FORCE_APP_DIR).find(
            (set) => set.name === 'Marketplace_Resale_Admin',
        );
        const editable = new Set(
            [...(admin?.fields ?? []), ...sampleAccess.fields]
                .filter((field) => field.editable)
                .map((field) => field.field),
        );
        // Name and lookups to a parent are not under field-level security.
        const unsecured = new Set([
            'Account.Name',
            'Marketplace_Product__c.Name',
            // Standard fields of a standard object: the importing administrator's profile.
            'Opportunity.Name',
            'Opportunity.AccountId',
            'Opportunity.StageName',
            'Opportunity.CloseDate',
            'Resale_Authorization_Change__c.Resale_Authorization__c',
        ]);
        expect([...fieldsSet(plan)].filter((f) => !editable.has(f) && !unsecured.has(f))).toEqual(
            [],
        );
    });

    it('opens exactly the server-owned fields, and nothing else, outside the deployed app', () => {
        expect(sampleAccess.fields.filter((f) => !f.editable || !f.readable)).toEqual([]);
        expect(sampleAccess.fields.map((f) => f.field).sort()).toEqual(
            [...SERVER_OWNED_FIELDS].sort(),
        );
        expect(sampleAccess.objects).toEqual([]);
        expect(sampleAccess.externalCredentialPrincipals).toEqual([]);
        // It is not in a package directory: `npm run deploy` never sends it.
        expect(path.relative(PROJECT_ROOT, ACCESS_DIR).startsWith('force-app')).toBe(false);
    });

    it('deploys as metadata: a manifest naming it, and only fields of a permission set', () => {
        const manifest = fs.readFileSync(path.join(ACCESS_DIR, 'package.xml'), 'utf8');
        expect(manifest).toMatch(
            /<members>Marketplace_Resale_Sample_Data<\/members>\s*<name>PermissionSet<\/name>/,
        );
        const xml = fs.readFileSync(
            path.join(ACCESS_DIR, 'permissionsets', 'Marketplace_Resale_Sample_Data.permissionset'),
            'utf8',
        );
        expect(documentSchemaProblems(xml, 'PermissionSet', loadMetadataSchema())).toEqual([]);
    });
});

describe('the scratch org definition', () => {
    const definition = JSON.parse(
        fs.readFileSync(path.join(PROJECT_ROOT, 'config', 'project-scratch-def.json'), 'utf8'),
    ) as {
        edition: string;
        language: string;
        features: string[];
        settings: Record<string, Record<string, unknown>>;
    };

    it('is an English org with Translation Workbench on, so the French translation deploys', () => {
        expect(definition.edition).toBe('Developer');
        expect(definition.language).toBe('en_US');
        expect(definition.settings['languageSettings']?.['enableTranslationWorkbench']).toBe(true);
    });

    it('sets only fields of Metadata API settings types, with values of their type', () => {
        // Scratch org settings are the Metadata API settings in lower camel case.
        const schema = loadMetadataSchema();
        const problems = Object.entries(definition.settings).flatMap(([name, values]) => {
            const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
            const fields = schema.complexTypes.get(type);
            if (!fields) {
                return [`${name}: no settings type ${type}`];
            }
            return Object.entries(values).flatMap(([field, value]) =>
                fields.get(field) === 'boolean' && typeof value === 'boolean'
                    ? []
                    : [`${name}.${field}: not a boolean field of ${type}`],
            );
        });
        expect(problems).toEqual([]);
    });
});
