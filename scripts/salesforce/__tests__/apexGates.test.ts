/**
 * The offline Apex gates on Java (apex-ls and PMD) catch bad classes and pass clean ones.
 * These tests need Java 17+: without it they fail, saying what to install (CI installs it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    JAVA_INSTALL_HINT,
    formatFindings,
    javaMajorVersion,
    parseApexLsReport,
    requireJava,
    runApexLanguageServer,
    runPmd,
} from '../apexGates';
import type { ApexFinding, GateOutcome } from '../apexGates';

const JAVA_TIMEOUT_MS = 120_000;

const CLASS_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

const WIDGET_OBJECT =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <deploymentStatus>Deployed</deploymentStatus>\n    <label>Widget</label>\n    <nameField>\n        <label>Widget Name</label>\n        <type>Text</type>\n    </nameField>\n    <pluralLabel>Widgets</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n';

const WIDGET_SIZE_FIELD =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Size__c</fullName>\n    <label>Size</label>\n    <precision>18</precision>\n    <scale>0</scale>\n    <type>Number</type>\n</CustomField>\n';

const projects: string[] = [];

afterAll(() => {
    for (const root of projects) {
        fs.rmSync(root, { recursive: true, force: true });
    }
});

/** A minimal SFDX project in a temp folder: one custom object (Widget__c.Size__c) and classes. */
function sfdxProject(classes: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-gates-'));
    projects.push(root);
    const main = path.join(root, 'force-app', 'main', 'default');
    const write = (file: string, content: string): void => {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
    };
    write(
        path.join(root, 'sfdx-project.json'),
        JSON.stringify({
            packageDirectories: [{ path: 'force-app', default: true }],
            namespace: '',
            sourceApiVersion: '65.0',
        }),
    );
    write(path.join(main, 'objects', 'Widget__c', 'Widget__c.object-meta.xml'), WIDGET_OBJECT);
    write(
        path.join(main, 'objects', 'Widget__c', 'fields', 'Size__c.field-meta.xml'),
        WIDGET_SIZE_FIELD,
    );
    for (const [name, source] of Object.entries(classes)) {
        write(path.join(main, 'classes', `${name}.cls`), source);
        write(path.join(main, 'classes', `${name}.cls-meta.xml`), CLASS_META);
    }
    return root;
}

const lines = (...source: string[]): string => `${source.join('\n')}\n`;

const CLEAN_CLASS = lines(
    '/** Widgets, read and written as the running user. */',
    'public with sharing class Widgets {',
    '    /** Grows the widgets of the ids. */',
    '    public static List<Widget__c> grow(Set<Id> ids) {',
    '        List<Widget__c> rows = [SELECT Id, Size__c FROM Widget__c WHERE Id IN :ids WITH USER_MODE];',
    '        for (Widget__c row : rows) {',
    '            row.Size__c = row.Size__c == null ? 1 : row.Size__c + 1;',
    '        }',
    '        Database.update(rows, AccessLevel.USER_MODE);',
    '        return rows;',
    '    }',
    '    /** The total size; a SOQL for loop runs its query once. */',
    '    public static Decimal totalSize(Set<Id> ids) {',
    '        Decimal total = 0;',
    '        for (Widget__c row : [SELECT Size__c FROM Widget__c WHERE Id IN :ids WITH USER_MODE]) {',
    '            total += row.Size__c;',
    '        }',
    '        return total;',
    '    }',
    '}',
);

/** One class per problem; the line of the problem is the line with `<-`. */
const BAD_CLASSES: Record<string, string> = {
    SoqlInLoop: lines(
        'public with sharing class SoqlInLoop {',
        '    public static void run(List<Id> ids) {',
        '        for (Id id : ids) {',
        '            List<Widget__c> rows = [SELECT Id FROM Widget__c WHERE Id = :id WITH USER_MODE]; // <-',
        '        }',
        '    }',
        '}',
    ),
    DmlInLoop: lines(
        'public with sharing class DmlInLoop {',
        '    public static void run(List<Widget__c> rows) {',
        '        Integer i = 0;',
        '        while (i < rows.size()) {',
        '            Database.update(rows[i++], AccessLevel.USER_MODE); // <-',
        '        }',
        '    }',
        '}',
    ),
    NoSharing: lines(
        'public class NoSharing { // <-',
        '    public static List<Widget__c> run(Set<Id> ids) {',
        '        return [SELECT Id FROM Widget__c WHERE Id IN :ids WITH USER_MODE];',
        '    }',
        '}',
    ),
    NoCrudCheck: lines(
        'public with sharing class NoCrudCheck {',
        '    public static void run(Widget__c row) {',
        '        upsert row; // <-',
        '    }',
        '}',
    ),
    SoqlInjection: lines(
        'public with sharing class SoqlInjection {',
        '    public static List<SObject> run(String name) {',
        "        return Database.query('SELECT Id FROM Widget__c WHERE Name = \\'' + name + '\\'', AccessLevel.USER_MODE); // <-",
        '    }',
        '}',
    ),
    SilencedWithoutReason: lines(
        'public with sharing class SilencedWithoutReason {',
        '    public static void run(String message) {',
        '        System.debug(message); /* <- */ // NOPMD',
        '    }',
        '}',
    ),
    SilencedWithReason: lines(
        'public with sharing class SilencedWithReason {',
        '    public static void run(String message) {',
        '        System.debug(message); // NOPMD the one record of an error the user does not see',
        '    }',
        '}',
    ),
    UnknownType: lines(
        'public with sharing class UnknownType {',
        '    public static void run() {',
        '        NoSuchClass value = null; // <-',
        '    }',
        '}',
    ),
    UnknownField: lines(
        'public with sharing class UnknownField {',
        '    public static void run(Widget__c row) {',
        '        row.Bogus__c = 1; // <-',
        '    }',
        '}',
    ),
    WrongType: lines(
        'public with sharing class WrongType {',
        '    public static void run() {',
        '        String text = 5; // <-',
        '    }',
        '}',
    ),
    SyntaxError: lines(
        'public with sharing class SyntaxError {',
        '    public static void run() {',
        '        Integer i = ; // <-',
        '    }',
        '}',
    ),
};

/** The line marked `<-` in a bad class. */
function markedLine(name: string): number {
    const source = BAD_CLASSES[name] ?? '';
    return source.split('\n').findIndex((line) => line.includes('<-')) + 1;
}

function classFile(name: string): string {
    return `force-app/main/default/classes/${name}.cls`;
}

/** `rule@line` of the findings in one class. */
function hitsIn(findings: readonly ApexFinding[], name: string): string[] {
    return findings
        .filter((finding) => finding.file === classFile(name))
        .map((finding) => `${finding.rule}@${finding.line}`);
}

describe('Java and the output of the tools', () => {
    it('is installed: java 17 or later on PATH', () => {
        expect(() => requireJava()).not.toThrow();
    });

    it('is asked for by name when missing', () => {
        expect(JAVA_INSTALL_HINT).toMatch(/Java 17 or later .*default-jre-headless/);
    });

    it('reads the JSON report of apex-ls', () => {
        const stdout =
            '{ "files": [\n{ "path": "/p/force-app/A.cls", "messages": [\n{"start": {"line": 3, "offset": 1 }, "end": {"line": 3, "offset": 4 }, "category": "Missing", "message": "No type"}\n]}]}\n';
        expect(parseApexLsReport(stdout, '/p')).toEqual([
            { file: 'force-app/A.cls', line: 3, rule: 'Missing', message: 'No type' },
        ]);
        expect(parseApexLsReport('', '/p')).toEqual([]);
    });

    it('reads the major version of java -version', () => {
        expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
        expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
        expect(javaMajorVersion('java version "1.8.0_402"')).toBe(8);
        expect(javaMajorVersion('no java here')).toBeNull();
    });
});

describe('the apex-ls gate', () => {
    let bad: GateOutcome;
    let clean: GateOutcome;

    beforeAll(() => {
        bad = runApexLanguageServer(sfdxProject({ ...BAD_CLASSES, Widgets: CLEAN_CLASS }));
        clean = runApexLanguageServer(sfdxProject({ Widgets: CLEAN_CLASS }));
    }, JAVA_TIMEOUT_MS);

    it('passes a clean class', () => {
        expect(formatFindings(clean.findings)).toBe('');
        expect(hitsIn(bad.findings, 'Widgets')).toEqual([]);
    });

    it.each([
        ['UnknownType', 'Missing', /No type declaration found for 'NoSuchClass'/],
        ['UnknownField', 'Missing', /Unknown field 'Bogus__c' on SObject 'Schema.Widget__c'/],
        ['WrongType', 'Error', /Incompatible types/],
        ['SyntaxError', 'Syntax', /./],
    ])('catches %s', (name, rule, message) => {
        const found = bad.findings.filter((finding) => finding.file === classFile(name));
        expect(found).toContainEqual(
            expect.objectContaining({
                rule,
                line: markedLine(name),
                message: expect.stringMatching(message),
            }),
        );
    });
});

describe('the PMD gate (security and performance)', () => {
    let bad: GateOutcome;
    let clean: GateOutcome;

    beforeAll(() => {
        bad = runPmd(sfdxProject({ ...BAD_CLASSES, Widgets: CLEAN_CLASS }));
        clean = runPmd(sfdxProject({ Widgets: CLEAN_CLASS }));
    }, JAVA_TIMEOUT_MS);

    it('passes a clean class', () => {
        expect(formatFindings(clean.findings)).toBe('');
        expect(hitsIn(bad.findings, 'Widgets')).toEqual([]);
    });

    it.each([
        ['SoqlInLoop', 'OperationWithLimitsInLoop'],
        ['DmlInLoop', 'OperationWithLimitsInLoop'],
        ['NoSharing', 'ApexSharingViolations'],
        ['NoCrudCheck', 'ApexCRUDViolation'],
        ['SoqlInjection', 'ApexSOQLInjection'],
        ['SilencedWithoutReason', 'AvoidDebugStatements'],
    ])('catches %s (%s)', (name, rule) => {
        expect(hitsIn(bad.findings, name)).toContain(`${rule}@${markedLine(name)}`);
    });

    it('reports a file it cannot parse', () => {
        expect(bad.findings).toContainEqual(
            expect.objectContaining({ file: classFile('SyntaxError'), rule: 'ProcessingError' }),
        );
    });

    it('accepts a finding silenced at its line with a reason, and lists it', () => {
        expect(hitsIn(bad.findings, 'SilencedWithReason')).toEqual([]);
        expect(bad.suppressed).toContainEqual(
            expect.objectContaining({
                file: classFile('SilencedWithReason'),
                rule: 'AvoidDebugStatements',
                reason: 'the one record of an error the user does not see',
            }),
        );
    });
});
