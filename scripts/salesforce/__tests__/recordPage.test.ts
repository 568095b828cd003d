/**
 * A resale authorization's Lightning record page and what users expect of one: it opens on View
 * (the org default), lists the record's changes and its field history, tracks the key fields,
 * can be followed, and offers no standard Edit or Clone that would go around the wizard.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PROJECT_ROOT } from '../../build/paths';

const OBJECT_DIR = path.join(
    PROJECT_ROOT,
    'force-app/main/default/objects/Resale_Authorization__c',
);

const parser = new XMLParser({
    isArray: (name) =>
        [
            'actionOverrides',
            'relatedLists',
            'excludeButtons',
            'fields',
            'platformActionListItems',
        ].includes(name),
    parseTagValue: false,
});

function read<T>(file: string): T {
    return parser.parse(fs.readFileSync(file, 'utf8')) as T;
}

interface CustomObject {
    CustomObject: {
        actionOverrides: {
            actionName: string;
            content?: string;
            formFactor?: string;
            type: string;
        }[];
        compactLayoutAssignment: string;
        enableHistory: string;
        enableFeeds: string;
    };
}

const object = read<CustomObject>(
    path.join(OBJECT_DIR, 'Resale_Authorization__c.object-meta.xml'),
).CustomObject;

interface Layout {
    Layout: {
        relatedLists: { relatedList: string; fields?: string[] }[];
        excludeButtons: string[];
        platformActionList: { actionListContext: string; platformActionListItems?: unknown[] };
    };
}

const layout = read<Layout>(
    path.join(
        PROJECT_ROOT,
        'force-app/main/default/layouts/Resale_Authorization__c-Resale Authorization Layout.layout-meta.xml',
    ),
).Layout;

function field(name: string): { trackHistory?: string; trackFeedHistory?: string } {
    return read<{ CustomField: { trackHistory?: string; trackFeedHistory?: string } }>(
        path.join(OBJECT_DIR, 'fields', `${name}.field-meta.xml`),
    ).CustomField;
}

describe('the record page of a resale authorization', () => {
    it('is what View opens, on desktop and phone (the org default)', () => {
        const views = object.actionOverrides.filter((o) => o.actionName === 'View');
        expect(views.map((o) => [o.formFactor, o.type, o.content]).sort()).toEqual([
            ['Large', 'Flexipage', 'Resale_Authorization_Record_Page'],
            ['Small', 'Flexipage', 'Resale_Authorization_Record_Page'],
        ]);
        expect(
            fs.existsSync(
                path.join(
                    PROJECT_ROOT,
                    'force-app/main/default/flexipages/Resale_Authorization_Record_Page.flexipage-meta.xml',
                ),
            ),
        ).toBe(true);
    });

    it('tracks the history of the key fields, and the lifecycle in the feed', () => {
        expect(object.enableHistory).toBe('true');
        expect(object.enableFeeds).toBe('true');
        const tracked = fs
            .readdirSync(path.join(OBJECT_DIR, 'fields'))
            .map((file) => file.replace('.field-meta.xml', ''))
            .filter((name) => field(name).trackHistory === 'true')
            .sort();
        expect(tracked).toEqual([
            'Authorization_Name__c',
            'Display_Status__c',
            'Entity_Status__c',
            'Expiry_Date__c',
            'Product_Id__c',
            'Reseller_Account_Id__c',
        ]);
        // Salesforce tracks at most 20 fields of an object.
        expect(tracked.length).toBeLessThanOrEqual(20);
        expect(field('Entity_Status__c').trackFeedHistory).toBe('true');
        expect(field('Expiry_Date__c').trackFeedHistory).toBe('true');
    });

    it('lists the changes sent to AWS and the field history, and shows the key fields first', () => {
        expect(layout.relatedLists.map((list) => list.relatedList)).toEqual([
            'Resale_Authorization_Change__c.Resale_Authorization__c',
            'RelatedEntityHistoryList',
        ]);
        const compact = read<{ CompactLayout: { fields: string[] } }>(
            path.join(
                OBJECT_DIR,
                'compactLayouts',
                `${object.compactLayoutAssignment}.compactLayout-meta.xml`,
            ),
        ).CompactLayout;
        expect(compact.fields[0]).toBe('Authorization_Name__c');
        expect(compact.fields).toContain('Display_Status__c');
    });

    it('offers no standard Edit, Clone or Delete: the wizard and the record view do those', () => {
        expect(layout.excludeButtons).toEqual(expect.arrayContaining(['Edit', 'Clone', 'Delete']));
        expect(layout.platformActionList.actionListContext).toBe('Record');
        expect(layout.platformActionList.platformActionListItems ?? []).toEqual([]);
    });
});
