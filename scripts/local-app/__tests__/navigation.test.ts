/**
 * The local app's `lightning/navigation`: each page reference has the URL Lightning Experience
 * gives it, and the URL reads back as the same page reference, so a reload or a shared link
 * opens the same page. And the local record page shows what the Lightning record page hosts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
    LIST_TAB,
    listPage,
    radarPage,
    recordPage,
    renewalPage,
    wizardPage,
} from '../../../lwc-src/raNavigation/pageReferences';
import { PROJECT_ROOT } from '../../build/paths';
import { HOME_TAB, homePage, pageReferenceOf, urlOf } from '../web/localNavigation/pageUrls';

const RECORD_ID = 'a01000000000001AAA';

describe('page URLs', () => {
    it.each([
        ['the list tab', listPage(), '/lightning/n/Resale_Authorizations'],
        [
            'a record page',
            recordPage(RECORD_ID),
            `/lightning/r/Resale_Authorization__c/${RECORD_ID}/view`,
        ],
        [
            'the wizard, new',
            wizardPage('create'),
            '/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=create',
        ],
        [
            'the wizard on a draft',
            wizardPage('edit', RECORD_ID),
            `/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=edit&c__recordId=${RECORD_ID}`,
        ],
        ['the expiry radar tab', radarPage(), '/lightning/n/Expiring_Resale_Authorizations'],
        [
            'the wizard on a renewal',
            renewalPage(RECORD_ID),
            `/lightning/cmp/c__resaleAuthorizationWizardPage?c__mode=clone&c__recordId=${RECORD_ID}&c__renew=1`,
        ],
    ])('gives %s its Lightning URL, and reads it back', (_name, page, url) => {
        expect(urlOf(page)).toBe(url);
        const [pathname = '', search = ''] = url.split('?');
        expect(pageReferenceOf(pathname, search ? `?${search}` : '')).toEqual(page);
    });

    it('opens the home page on the tab of the list', () => {
        expect(HOME_TAB).toBe(LIST_TAB);
        expect(pageReferenceOf('/')).toEqual(homePage());
        expect(homePage()).toEqual(listPage());
    });

    it('keeps only the namespaced state of an address', () => {
        expect(
            pageReferenceOf(
                '/lightning/cmp/c__resaleAuthorizationWizardPage',
                '?lang=fr&c__mode=clone&c__recordId=a01000000000001AAA',
            )?.state,
        ).toEqual({ c__mode: 'clone', c__recordId: RECORD_ID });
        expect(urlOf({ ...listPage(), state: { lang: 'fr', c__search: 'a b' } })).toBe(
            '/lightning/n/Resale_Authorizations?c__search=a+b',
        );
    });

    it('reads a record page with or without its object', () => {
        expect(pageReferenceOf(`/lightning/r/${RECORD_ID}/view`)).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: RECORD_ID, actionName: 'view' },
        });
    });

    it('knows no page at an address that is none', () => {
        for (const address of [
            '/lightning/x/y',
            '/lightning/n',
            '/lightning/r/Resale_Authorization__c/a/b/c/d',
            '/lightning/n/%E0%A4%A',
            '/setup',
        ]) {
            expect(pageReferenceOf(address)).toBeNull();
        }
        expect(urlOf({ type: 'standard__objectPage', attributes: {} })).toBeNull();
        expect(urlOf({ type: 'standard__recordPage', attributes: {} })).toBeNull();
    });
});

interface ComponentInstance {
    componentName: string;
    componentInstanceProperties?: { name: string; value: string }[];
}

interface Region {
    name: string;
    itemInstances?: { componentInstance?: ComponentInstance }[];
}

describe('the local record page', () => {
    const flexiPage = new XMLParser({
        isArray: (name) =>
            ['flexiPageRegions', 'itemInstances', 'componentInstanceProperties'].includes(name),
        parseTagValue: false,
    }).parse(
        fs.readFileSync(
            path.join(
                PROJECT_ROOT,
                'force-app/main/default/flexipages/Resale_Authorization_Record_Page.flexipage-meta.xml',
            ),
            'utf8',
        ),
    ) as { FlexiPage: { sobjectType: string; type: string; flexiPageRegions: Region[] } };

    it("shows the app's components the Lightning record page hosts, in its order", () => {
        const { FlexiPage: page } = flexiPage;
        expect([page.type, page.sobjectType]).toEqual(['RecordPage', 'Resale_Authorization__c']);
        // The app's own components have no namespace; the platform's are `force:`, `flexipage:`...
        const ours = page.flexiPageRegions.flatMap((region) =>
            (region.itemInstances ?? [])
                .map((item) => item.componentInstance)
                .filter((c): c is ComponentInstance => !!c && !c.componentName.includes(':')),
        );
        const settings = (c: ComponentInstance) =>
            Object.fromEntries((c.componentInstanceProperties ?? []).map((p) => [p.name, p.value]));
        expect(ours.map((c) => [c.componentName, settings(c)])).toEqual([
            ['resaleAuthorizationStatus', {}],
            ['resaleAuthorizationDetail', { hideStatus: 'true' }],
        ]);
        const shell = fs.readFileSync(
            path.join(PROJECT_ROOT, 'scripts/local-app/web/localShell/localShell.html'),
            'utf8',
        );
        const recordPageMarkup = shell.slice(shell.indexOf('data-id="record-page"'));
        const rendered = [...recordPageMarkup.matchAll(/<c-([a-z-]+)/g)].map((m) => m[1]);
        expect(rendered.slice(0, 2)).toEqual([
            'resale-authorization-status',
            'resale-authorization-detail',
        ]);
        expect(recordPageMarkup).toMatch(/<c-resale-authorization-detail[^>]*\bhide-status\b/);
    });
});

describe('the local navigation bar', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'tabs', parseTagValue: false });
    const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    const app = parser.parse(
        read('force-app/main/default/applications/AWS_Marketplace_Resale.app-meta.xml'),
    ) as { CustomApplication: { tabs: string[] } };
    const shell = read('scripts/local-app/web/localShell/localShell.html');
    const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

    it.each(app.CustomApplication.tabs)(
        'shows the app’s tab %s with the component the tab hosts in the org',
        (tab) => {
            const { CustomTab: customTab } = parser.parse(
                read(`force-app/main/default/tabs/${tab}.tab-meta.xml`),
            ) as { CustomTab: { lwcComponent: string } };
            expect(shell).toContain(`<c-${kebab(customTab.lwcComponent)}>`);
            const page = pageReferenceOf(`/lightning/n/${tab}`);
            expect(page).toEqual({ type: 'standard__navItemPage', attributes: { apiName: tab } });
        },
    );
});
