import { FORCE_APP_DIR } from '../../build/paths';
import { PRODUCED_CHANGE_TYPES } from '../../../lwc-src/raDomain/changeSet';
import { parseApex, readApexFiles, stringLiteralsOfField } from '../apexSource';
import { APEX_LABELS } from '../../labels/apexLabels';
import {
    BOUNDED_CALLOUTS_MARKER,
    apexStringValue,
    checkApex,
    untestedAuraMethods,
} from '../apexRules';
import type { ApexRule } from '../apexRules';

const projectFiles = readApexFiles(FORCE_APP_DIR);

/** The rules one class breaks, with the lines. */
function rulesBrokenBy(source: string, others: string[] = []): string[] {
    const files = [
        { name: 'Broken.cls', source },
        ...others.map((other, index) => ({ name: `Other${index}.cls`, source: other })),
    ];
    return checkApex(files)
        .filter((violation) => violation.file === 'Broken.cls')
        .map((violation) => `${violation.rule}@${violation.line}`);
}

/** A test class whose one test method runs the statement. */
function testClass(statement: string): string {
    return `@IsTest\nprivate with sharing class Broken {\n    @IsTest\n    static void run() {\n        Exception error = new DmlException('x');\n        ${statement}\n    }\n}`;
}

/** The English text of an Apex label, escaped for an Apex string literal. */
function englishOf(name: keyof typeof APEX_LABELS): string {
    return (APEX_LABELS[name]?.en ?? '').replace(/'/g, "\\'");
}

function documented(body: string): string {
    return `/** Test. */\npublic with sharing class Broken {\n${body}\n}`;
}

describe('Apex sources', () => {
    it('has the classes of the package', () => {
        const names = projectFiles.map((file) => file.name);
        expect(names).toEqual(
            expect.arrayContaining([
                'ResaleAuthorizationController.cls',
                'ChangeSetService.cls',
                'CatalogApiClient.cls',
                'StatusSyncJob.cls',
                'ResaleAuthorizationController_Test.cls',
            ]),
        );
    });

    it.each(projectFiles.map((file) => [file.name, file] as const))(
        '%s parses without a syntax error',
        (_name, file) => {
            expect(parseApex(file).syntaxErrors).toEqual([]);
        },
    );

    it('reports the syntax errors of a broken class', () => {
        const parsed = parseApex({
            name: 'Broken.cls',
            source: 'public with sharing class Broken { void run( { }',
        });
        expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
        expect(parsed.syntaxErrors[0]).toEqual(
            expect.objectContaining({ file: 'Broken.cls', line: 1 }),
        );
    });

    it('parses triggers as triggers', () => {
        const parsed = parseApex({
            name: 'RaTrigger.trigger',
            source: 'trigger RaTrigger on Resale_Authorization__c (before insert) { }',
        });
        expect(parsed.syntaxErrors).toEqual([]);
    });
});

describe('Apex static analysis', () => {
    it('finds no violation in the project', () => {
        expect(checkApex(projectFiles)).toEqual([]);
    });

    const cases: [ApexRule, string, string[]?][] = [
        ['sharing', '/** Test. */\npublic class Broken { }'],
        ['sharing', '/** Test. */\npublic without sharing class Broken { }'],
        ['sharing', documented('    public class Inner { }')],
        [
            'callout-in-loop',
            documented(
                '    /** Doc. */\n    public static void run(List<HttpRequest> requests) {\n        for (HttpRequest request : requests) {\n            new Http().send(request);\n        }\n    }',
            ),
        ],
        [
            'callout-in-loop',
            documented(
                '    /** Doc. */\n    public static void run(List<String> ids) {\n        for (String id : ids) {\n            new Other().describe(id);\n        }\n    }',
            ),
            [
                'public with sharing class Other { public void describe(String id) { HttpRequest r = new HttpRequest(); new Http().send(r); } }',
            ],
        ],
        [
            'soql-user-mode',
            documented(
                '    /** Doc. */\n    public static List<Account> run() {\n        return [SELECT Id FROM Account];\n    }',
            ),
        ],
        [
            'soql-user-mode',
            documented(
                '    /** Doc. */\n    public static List<Account> run() {\n        return [SELECT Id FROM Account WITH SYSTEM_MODE];\n    }',
            ),
        ],
        [
            'soql-user-mode',
            documented(
                "    /** Doc. */\n    public static List<SObject> run() {\n        return Database.query('SELECT Id FROM Account');\n    }",
            ),
        ],
        [
            'dml-user-mode',
            documented(
                '    /** Doc. */\n    public static void run(Account row) {\n        insert row;\n    }',
            ),
        ],
        [
            'dml-user-mode',
            documented(
                '    /** Doc. */\n    public static void run(Account row) {\n        Database.upsert(row);\n    }',
            ),
        ],
        [
            'aura-try-catch',
            documented(
                "    /** Doc. */\n    @AuraEnabled\n    public static String run() {\n        return 'x';\n    }",
            ),
        ],
        [
            'aura-try-catch',
            documented(
                "    /** Doc. */\n    @AuraEnabled(cacheable=true)\n    public static String run() {\n        try {\n            return 'x';\n        } catch (Exception e) {\n            throw new IllegalArgumentException('no');\n        }\n    }",
            ),
        ],
        ['apexdoc', documented('    public static void run() {\n    }')],
        [
            'profile-by-name',
            documented(
                "    /** Doc. */\n    public static Id run() {\n        return [SELECT Id FROM Profile WHERE Name = 'Standard User' WITH USER_MODE LIMIT 1].Id;\n    }",
            ),
        ],
        [
            'profile-by-name',
            documented(
                "    /** Doc. */\n    public static List<SObject> run() {\n        return Database.query('SELECT Id FROM Profile WHERE Name IN (\\'Standard User\\')', AccessLevel.USER_MODE);\n    }",
            ),
        ],
        [
            'label-text-literal',
            testClass(
                `Assert.areEqual('${englishOf('RA_Apex_NotFound')}', error.getMessage(), 'not found');`,
            ),
        ],
        [
            'label-text-literal',
            testClass(
                `System.assertEquals(error.getMessage(), '${englishOf('RA_Apex_ProductSyncDenied')}');`,
            ),
        ],
        [
            'label-text-literal',
            // The fixed part of a label with a placeholder.
            testClass(
                `Assert.isTrue(error.getMessage().contains('on AWS Marketplace and can no longer be edited. Clone it to change its terms.'), 'refused');`,
            ),
        ],
        ['apexdoc', documented('    // Not ApexDoc.\n    public Broken() {\n    }')],
    ];

    it.each(cases.map(([rule, source, others]) => [rule, source, others ?? []] as const))(
        'fires %s on a class that breaks it',
        (rule, source, others) => {
            expect(rulesBrokenBy(source, [...others]).map((hit) => hit.split('@')[0])).toContain(
                rule,
            );
        },
    );

    it('accepts the same code written the way the rules ask', () => {
        const source = documented(
            [
                '    /** Doc. */',
                '    @AuraEnabled',
                '    public static List<Account> run(List<Account> rows) {',
                '        try {',
                '            Database.update(rows, AccessLevel.USER_MODE);',
                '            return [SELECT Id FROM Account WITH USER_MODE];',
                '        } catch (Exception error) {',
                '            throw new AuraHandledException(error.getMessage());',
                '        }',
                '    }',
                '    private static void quiet() {',
                '    }',
            ].join('\n'),
        );
        expect(rulesBrokenBy(source)).toEqual([]);
    });

    it('accepts assertions on labels, one-word status values and profiles found by their permissions', () => {
        const source = testClass(
            [
                "Assert.areEqual(Label.RA_Apex_NotFound, error.getMessage(), 'not found');",
                "        Assert.areEqual('Active', 'Active', 'an AWS status, never translated');",
                "        Profile p = [SELECT Id FROM Profile WHERE UserType = 'Standard' AND PermissionsModifyAllData = FALSE LIMIT 1];",
            ].join('\n'),
        );
        expect(rulesBrokenBy(source)).toEqual([]);
    });

    it('reads Apex string literals as the platform does', () => {
        expect(apexStringValue("'We couldn\\'t access'")).toBe("We couldn't access");
        expect(apexStringValue("'a\\\\b\\n'")).toBe('a\\b\n');
    });

    it('lets a test class use inherited sharing and set up data in system mode', () => {
        const source =
            "@IsTest\nprivate inherited sharing class Broken {\n    @IsTest\n    static void run() {\n        insert new Account(Name = 'A');\n        System.assert([SELECT COUNT() FROM Account] == 1);\n    }\n}";
        expect(rulesBrokenBy(source)).toEqual([]);
    });

    it('accepts a loop of callouts bounded by a constant when it says so', () => {
        const loop = (marker: string): string =>
            documented(
                `    /** Doc. */\n    public static void run(List<HttpRequest> requests) {\n${marker}        for (HttpRequest request : requests) {\n            new Http().send(request);\n        }\n    }`,
            );
        expect(rulesBrokenBy(loop(''))).toEqual(['callout-in-loop@6']);
        expect(rulesBrokenBy(loop(`        // ${BOUNDED_CALLOUTS_MARKER} (at most 10)\n`))).toEqual(
            [],
        );
    });
});

describe('Apex tests', () => {
    it('call every @AuraEnabled method', () => {
        expect(untestedAuraMethods(projectFiles)).toEqual([]);
    });

    it('finds an @AuraEnabled method no test calls', () => {
        const controller = {
            name: 'C.cls',
            source: '/** C. */\npublic with sharing class C {\n    /** M. */\n    @AuraEnabled\n    public static void tested() {\n    }\n    /** N. */\n    @AuraEnabled\n    public static void forgotten() {\n    }\n}',
        };
        const test = {
            name: 'C_Test.cls',
            source: '@IsTest\nprivate with sharing class C_Test {\n    @IsTest\n    static void run() {\n        C.tested();\n    }\n}',
        };
        expect(untestedAuraMethods([controller, test])).toEqual(['C.forgotten']);
    });
});

describe('the change set allowlist', () => {
    it('lets through exactly the change types the domain produces', () => {
        const allowlist = projectFiles.find((file) => file.name === 'ChangeSetAllowlist.cls');
        if (!allowlist) {
            throw new Error('ChangeSetAllowlist.cls is missing');
        }
        const changeTypes = stringLiteralsOfField(parseApex(allowlist), 'CHANGE_TYPES');
        expect([...(changeTypes ?? [])].sort()).toEqual([...PRODUCED_CHANGE_TYPES].sort());
    });

    it('reads the string constants of a field', () => {
        const parsed = parseApex({
            name: 'C.cls',
            source: "public with sharing class C { static final Set<String> S = new Set<String>{ 'a', 'it\\'s' }; }",
        });
        expect(stringLiteralsOfField(parsed, 'S')).toEqual(['a', "it's"]);
        expect(stringLiteralsOfField(parsed, 'MISSING')).toBeNull();
    });
});
