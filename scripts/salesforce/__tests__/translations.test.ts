import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORCE_APP_DIR, FRENCH_APP_DIR } from '../../build/paths';
import {
    objectTranslationProblems,
    readObjectTranslations,
    translatableSource,
    VALIDATION_MESSAGE_MAX_LENGTH,
} from '../translations';

function write(root: string, files: Record<string, string>): void {
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
    }
}

const NAMESPACE = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

describe('French object translations', () => {
    it('translate every validation rule, every field, object, layout section, tab and app of the app', () => {
        const source = translatableSource(FORCE_APP_DIR);
        expect(source.validationRules).toContain('Account.AWS_Account_Id_12_Digits');
        expect(source.standardObjectFields).toEqual(['Account.AWS_Account_Id__c']);
        expect(
            objectTranslationProblems(source, readObjectTranslations(FRENCH_APP_DIR, 'fr')),
        ).toEqual([]);
    });

    it('keep every English validation message within what Salesforce stores', () => {
        const objectsDir = path.join(FORCE_APP_DIR, 'objects');
        const tooLong = translatableSource(FORCE_APP_DIR).validationRules.filter((rule) => {
            const [object = '', name = ''] = rule.split('.');
            const xml = fs.readFileSync(
                path.join(objectsDir, object, 'validationRules', `${name}.validationRule-meta.xml`),
                'utf8',
            );
            const message = /<errorMessage>([^<]+)<\/errorMessage>/.exec(xml)?.[1] ?? '';
            return message.length === 0 || message.length > VALIDATION_MESSAGE_MAX_LENGTH;
        });
        expect(tooLong).toEqual([]);
    });

    it('finds what French misses and translations of nothing', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'translations-'));
        try {
            const app = path.join(root, 'app');
            const french = path.join(root, 'fr');
            write(app, {
                'objects/Account/fields/Id__c.field-meta.xml': '<CustomField />',
                'objects/Account/validationRules/Rule.validationRule-meta.xml':
                    '<ValidationRule />',
                'objects/Thing__c/Thing__c.object-meta.xml': '<CustomObject />',
                'objects/Thing__c/fields/Own__c.field-meta.xml': `<CustomField ${NAMESPACE}><inlineHelpText>Help</inlineHelpText></CustomField>`,
                'objects/Thing__c/fields/Parent__c.field-meta.xml': `<CustomField ${NAMESPACE}><inlineHelpText>Help</inlineHelpText><relationshipLabel>Things</relationshipLabel></CustomField>`,
                'objects/Plain__c/Plain__c.object-meta.xml': '<CustomObject />',
                'objects/Plain__c/fields/Note__c.field-meta.xml': '<CustomField />',
                'objects/Setting__mdt/Setting__mdt.object-meta.xml': '<CustomObject />',
                'objects/Setting__mdt/fields/Days__c.field-meta.xml': '<CustomField />',
                'layouts/Thing__c-Thing Layout.layout-meta.xml': `<Layout ${NAMESPACE}><layoutSections><customLabel>true</customLabel><label>Terms</label></layoutSections><layoutSections><customLabel>false</customLabel><label>System Information</label></layoutSections></Layout>`,
                'tabs/Things.tab-meta.xml': '<CustomTab />',
                'applications/Thing_App.app-meta.xml': '<CustomApplication />',
            });
            write(french, {
                'objectTranslations/Account-fr/Account-fr.objectTranslation-meta.xml': `<CustomObjectTranslation ${NAMESPACE}><validationRules><errorMessage>${'x'.repeat(256)}</errorMessage><name>Rule</name></validationRules><validationRules><errorMessage>Ancienne</errorMessage><name>Gone</name></validationRules></CustomObjectTranslation>`,
                'objectTranslations/Account-fr/Id__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><label>ID</label><name>Id__c</name></CustomFieldTranslation>`,
                'objectTranslations/Account-fr/Old__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><help>Aide</help><label>Ancien</label><name>Old__c</name></CustomFieldTranslation>`,
                'objectTranslations/Thing__c-fr/Thing__c-fr.objectTranslation-meta.xml': `<CustomObjectTranslation ${NAMESPACE}><caseValues><plural>false</plural><value>Chose</value></caseValues><layouts><layout>Thing Layout</layout></layouts><nameFieldLabel>Numéro</nameFieldLabel></CustomObjectTranslation>`,
                'objectTranslations/Thing__c-fr/Own__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><label>Propre</label><name>Own__c</name></CustomFieldTranslation>`,
                'objectTranslations/Thing__c-fr/Parent__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><help>Aide</help><label>Parent</label><name>Parent__c</name></CustomFieldTranslation>`,
                'objectTranslations/Plain__c-fr/Plain__c-fr.objectTranslation-meta.xml': `<CustomObjectTranslation ${NAMESPACE}><caseValues><plural>false</plural><value>Simple</value></caseValues><caseValues><plural>true</plural><value>Simples</value></caseValues><nameFieldLabel>Nom</nameFieldLabel></CustomObjectTranslation>`,
                'objectTranslations/Plain__c-fr/Note__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><label>Note</label><name>Note__c</name></CustomFieldTranslation>`,
                'translations/fr.translation-meta.xml': `<Translations ${NAMESPACE}><customTabs><label>Choses</label><name>Things</name></customTabs></Translations>`,
            });
            const source = translatableSource(app);
            expect(source.standardObjectFields).toEqual(['Account.Id__c']);
            // Custom metadata types are for administrators: not translated.
            expect(source.customObjects).toEqual(['Plain__c', 'Thing__c']);
            expect(objectTranslationProblems(source, readObjectTranslations(french, 'fr'))).toEqual(
                [
                    'validation rule Account.Rule: translated message longer than 255 characters',
                    'field Account.Id__c: no translated label and help text',
                    'field Thing__c.Own__c: no translated help text',
                    'field Thing__c.Parent__c: no translated related list label',
                    'object Thing__c: no translated singular, plural and record name label',
                    'layout Thing__c.Thing Layout: section "Terms" not translated',
                    'app Thing_App: not translated',
                    'validation rule Account.Gone: translated but not in the app',
                    'field Account.Old__c: translated but not in the app',
                ],
            );
            expect(objectTranslationProblems(source, readObjectTranslations(french, 'de'))).toEqual(
                [
                    'validation rule Account.Rule: no translated message',
                    'field Account.Id__c: no translated label and help text',
                    'field Plain__c.Note__c: no translated label',
                    'field Thing__c.Own__c: no translated label',
                    'field Thing__c.Own__c: no translated help text',
                    'field Thing__c.Parent__c: no translated label',
                    'field Thing__c.Parent__c: no translated help text',
                    'field Thing__c.Parent__c: no translated related list label',
                    'object Plain__c: no translated singular, plural and record name label',
                    'object Thing__c: no translated singular, plural and record name label',
                    'layout Thing__c.Thing Layout: section "Terms" not translated',
                    'tab Things: not translated',
                    'app Thing_App: not translated',
                ],
            );
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
