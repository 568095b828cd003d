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
    it('translate every validation rule and every field the app adds to a standard object', () => {
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

    it('finds a missing message, a field without help and translations of nothing', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'translations-'));
        try {
            const app = path.join(root, 'app');
            const french = path.join(root, 'fr');
            write(app, {
                'objects/Account/fields/Id__c.field-meta.xml': '<CustomField />',
                'objects/Account/validationRules/Rule.validationRule-meta.xml':
                    '<ValidationRule />',
                'objects/Thing__c/Thing__c.object-meta.xml': '<CustomObject />',
                'objects/Thing__c/fields/Own__c.field-meta.xml': '<CustomField />',
            });
            write(french, {
                'objectTranslations/Account-fr/Account-fr.objectTranslation-meta.xml': `<CustomObjectTranslation ${NAMESPACE}><validationRules><errorMessage>${'x'.repeat(256)}</errorMessage><name>Rule</name></validationRules><validationRules><errorMessage>Ancienne</errorMessage><name>Gone</name></validationRules></CustomObjectTranslation>`,
                'objectTranslations/Account-fr/Id__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><label>ID</label><name>Id__c</name></CustomFieldTranslation>`,
                'objectTranslations/Account-fr/Old__c.fieldTranslation-meta.xml': `<CustomFieldTranslation ${NAMESPACE}><help>Aide</help><label>Ancien</label><name>Old__c</name></CustomFieldTranslation>`,
            });
            const source = translatableSource(app);
            // Fields of custom objects are not required; those of standard objects are.
            expect(source.standardObjectFields).toEqual(['Account.Id__c']);
            expect(objectTranslationProblems(source, readObjectTranslations(french, 'fr'))).toEqual(
                [
                    'validation rule Account.Rule: translated message longer than 255 characters',
                    'field Account.Id__c: no translated label and help text',
                    'validation rule Account.Gone: translated but not in the app',
                    'field Account.Old__c: translated but not in the app',
                ],
            );
            expect(objectTranslationProblems(source, readObjectTranslations(french, 'de'))).toEqual(
                [
                    'validation rule Account.Rule: no translated message',
                    'field Account.Id__c: no translated label and help text',
                ],
            );
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
