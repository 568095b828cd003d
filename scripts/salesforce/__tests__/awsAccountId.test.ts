import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FORCE_APP_DIR } from '../../build/paths';
import { AWS_ACCOUNT_ID } from '../../../lwc-src/raDomain/buyerAccounts';

const ACCOUNT_DIR = path.join(FORCE_APP_DIR, 'objects', 'Account');
const parser = new XMLParser({ parseTagValue: false, trimValues: true });

function read<T>(file: string): T {
    return parser.parse(fs.readFileSync(path.join(ACCOUNT_DIR, file), 'utf8')) as T;
}

const field = read<{ CustomField: Record<string, string> }>(
    'fields/AWS_Account_Id__c.field-meta.xml',
).CustomField;
const rule = read<{ ValidationRule: Record<string, string> }>(
    'validationRules/AWS_Account_Id_12_Digits.validationRule-meta.xml',
).ValidationRule;

/**
 * The rule's formula, `AND(NOT(ISBLANK(f)), NOT(REGEX(f, "pattern")))`, evaluated as Salesforce
 * does: REGEX matches the whole value (Salesforce Help, "REGEX",
 * https://help.salesforce.com/s/articleView?id=platform.customize_functions_regex.htm).
 */
function rejects(value: string): boolean {
    const formula =
        /^AND\(NOT\(ISBLANK\(AWS_Account_Id__c\)\), NOT\(REGEX\(AWS_Account_Id__c, "([^"]+)"\)\)\)$/.exec(
            rule.errorConditionFormula ?? '',
        );
    if (!formula) {
        throw new Error(`Unexpected formula: ${rule.errorConditionFormula}`);
    }
    // Salesforce doubles backslashes in formula strings.
    const pattern = (formula[1] ?? '').replace(/\\\\/g, '\\');
    return value !== '' && !new RegExp(`^(?:${pattern})$`).test(value);
}

describe('the AWS account ID of an Account', () => {
    it('is a unique external ID of 12 characters with help text', () => {
        expect(field).toEqual(
            expect.objectContaining({
                fullName: 'AWS_Account_Id__c',
                type: 'Text',
                length: '12',
                externalId: 'true',
                unique: 'true',
                required: 'false',
            }),
        );
        expect(field.inlineHelpText).toMatch(/12-digit/);
    });

    it('is checked by an active rule that shows its message on the field', () => {
        expect(rule).toEqual(
            expect.objectContaining({
                active: 'true',
                errorDisplayField: 'AWS_Account_Id__c',
            }),
        );
        expect(rule.errorMessage).toMatch(/12 digits/);
    });

    it.each(['111122223333', '000000000000'])('accepts %s', (value) => {
        expect(rejects(value)).toBe(false);
    });

    it('accepts no value: the field is optional', () => {
        expect(rejects('')).toBe(false);
    });

    it.each(['11112222333', '1111-2222-33', '1111 2222 33', 'abcdefghijkl', '11112222333a'])(
        'rejects %s',
        (value) => {
            expect(rejects(value)).toBe(true);
        },
    );

    it('agrees with the account ID check of the resale authorization form', () => {
        for (const value of ['111122223333', '11112222333', '1111-2222-33', '12345678901a']) {
            expect(rejects(value)).toBe(!AWS_ACCOUNT_ID.test(value));
        }
    });
});
