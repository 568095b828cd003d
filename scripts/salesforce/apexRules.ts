import {
    ClassDeclarationContext,
    ConstructorDeclarationContext,
    DeleteStatementContext,
    DoWhileStatementContext,
    DotExpressionContext,
    DotMethodCallContext,
    ForStatementContext,
    InsertStatementContext,
    LiteralContext,
    MergeStatementContext,
    MethodCallContext,
    MethodDeclarationContext,
    SoqlLiteralContext,
    ThrowStatementContext,
    UndeleteStatementContext,
    UpdateStatementContext,
    UpsertStatementContext,
    WhileStatementContext,
} from '@apexdevtools/apex-parser';
import type {
    ApexParseTree,
    ApexParserRuleContext,
    TryStatementContext,
} from '@apexdevtools/apex-parser';
import {
    ancestorOf,
    classesOf,
    descendants,
    lineOf,
    memberAnnotations,
    memberKeywords,
    membersOf,
    nodesOf,
    parseApex,
} from './apexSource';
import type { ApexClass, ApexFile, ParsedApex } from './apexSource';
import { APEX_LABELS } from '../labels/apexLabels';
import { UI_LABELS } from '../labels/uiLabels';

/**
 * The project's own Apex rules: only what PMD's security and performance rules and the Apex
 * language server (the Java gates of `apexGates.ts`) do not check. SOQL and DML in loops are
 * PMD's `OperationWithLimitsInLoop`; PMD's `ApexSharingViolations` and `ApexCRUDViolation` are
 * weaker than `sharing` and the user-mode rules (they accept `without sharing`, classes without
 * queries, `WITH SYSTEM_MODE` and `Database.query` without an access level), so those stay.
 */
export type ApexRule =
    | 'sharing'
    | 'callout-in-loop'
    | 'soql-user-mode'
    | 'dml-user-mode'
    | 'aura-try-catch'
    | 'apexdoc'
    | 'profile-by-name'
    | 'label-text-literal';

export interface ApexViolation {
    file: string;
    line: number;
    rule: ApexRule;
    message: string;
}

/**
 * A loop whose callouts are bounded by a constant carries this comment on the line above it;
 * only `callout-in-loop` is silenced.
 */
export const BOUNDED_CALLOUTS_MARKER = 'apex-check: bounded-callouts';

const DATABASE_QUERY_METHODS = new Set([
    'query',
    'querywithbinds',
    'countquery',
    'countquerywithbinds',
    'getquerylocator',
    'getquerylocatorwithbinds',
]);
const DATABASE_DML_METHODS = new Set([
    'insert',
    'update',
    'upsert',
    'delete',
    'undelete',
    'merge',
    'convertlead',
]);
const DML_STATEMENTS = [
    InsertStatementContext,
    UpdateStatementContext,
    UpsertStatementContext,
    DeleteStatementContext,
    UndeleteStatementContext,
    MergeStatementContext,
] as const;

type Node = ApexParseTree;

function text(node: Node): string {
    return node.getText();
}

/** `Database.method(...)` calls: the lower-case method name and the call node. */
function databaseCalls(tree: Node): { method: string; call: DotMethodCallContext }[] {
    return nodesOf(tree, DotExpressionContext).flatMap((dot) => {
        const call = dot.dotMethodCall();
        const target = dot.expression();
        if (!call || !target || text(target).toLowerCase() !== 'database') {
            return [];
        }
        return [{ method: call.anyId().getText().toLowerCase(), call }];
    });
}

function argumentsText(call: DotMethodCallContext): string {
    return call.expressionList() ? text(call.expressionList()) : '';
}

function isDmlStatement(node: Node): boolean {
    return DML_STATEMENTS.some((type) => node instanceof type);
}

function calledName(node: Node): string | null {
    if (node instanceof DotMethodCallContext) {
        return node.anyId().getText().toLowerCase();
    }
    if (node instanceof MethodCallContext) {
        return node.id() ? node.id().getText().toLowerCase() : null;
    }
    return null;
}

/** The statements a loop repeats (its header's collection is evaluated once). */
function loopBodies(tree: Node): { loop: Node; body: Node }[] {
    const bodies: { loop: Node; body: Node }[] = [];
    for (const node of descendants(tree)) {
        if (node instanceof ForStatementContext && node.statement()) {
            bodies.push({ loop: node, body: node.statement() });
        } else if (node instanceof WhileStatementContext) {
            bodies.push({ loop: node, body: node });
        } else if (node instanceof DoWhileStatementContext) {
            bodies.push({ loop: node, body: node });
        }
    }
    return bodies;
}

/**
 * Names of the methods that make a callout: `send` (Http.send), the project's methods that call
 * it, then, until nothing changes, those that call one of them.
 */
export function calloutMethodNames(files: readonly ParsedApex[]): Set<string> {
    const methods = files.flatMap((parsed) => [
        ...nodesOf(parsed.tree, MethodDeclarationContext).map((method) => ({
            name: method.id().getText().toLowerCase(),
            calls: new Set(
                descendants(method).flatMap((node) => {
                    const name = calledName(node);
                    return name ? [name] : [];
                }),
            ),
        })),
    ]);
    const names = new Set<string>(['send']);
    let changed = true;
    while (changed) {
        changed = false;
        for (const method of methods) {
            if (names.has(method.name)) {
                continue;
            }
            if ([...method.calls].some((call) => names.has(call))) {
                names.add(method.name);
                changed = true;
            }
        }
    }
    return names;
}

function hasBoundedCalloutsMarker(loop: Node, sourceLines: readonly string[]): boolean {
    const line = lineOf(loop);
    return (sourceLines[line - 2] ?? '').includes(BOUNDED_CALLOUTS_MARKER);
}

function calloutLoopViolations(
    parsed: ParsedApex,
    calloutMethods: ReadonlySet<string>,
): ApexViolation[] {
    const file = parsed.file.name;
    const sourceLines = parsed.file.source.split('\n');
    const violations: ApexViolation[] = [];
    const seen = new Set<string>();
    for (const { loop, body } of loopBodies(parsed.tree)) {
        if (hasBoundedCalloutsMarker(loop, sourceLines)) {
            continue;
        }
        for (const node of descendants(body)) {
            const called = calledName(node);
            const key = `${lineOf(node)}:${text(node)}`;
            if (called && calloutMethods.has(called) && !seen.has(key)) {
                seen.add(key);
                violations.push({
                    file,
                    line: lineOf(node),
                    rule: 'callout-in-loop',
                    message: `callout (${called}) inside a loop`,
                });
            }
        }
    }
    return violations;
}

function sharingViolations(parsed: ParsedApex, classes: readonly ApexClass[]): ApexViolation[] {
    return classes.flatMap((apexClass) => {
        const keywords = apexClass.modifiers.map((modifier) => text(modifier).toLowerCase());
        const allowed = apexClass.isTest ? ['withsharing', 'inheritedsharing'] : ['withsharing'];
        return keywords.some((keyword) => allowed.includes(keyword))
            ? []
            : [
                  {
                      file: parsed.file.name,
                      line: lineOf(apexClass.declaration),
                      rule: 'sharing' as const,
                      message: `class ${apexClass.name} must be declared with sharing${
                          apexClass.isTest ? ' (or inherited sharing)' : ''
                      }`,
                  },
              ];
    });
}

/**
 * The one class that writes server-owned fields (read-only to users) in system mode, after an
 * explicit check that the user may edit the records: the user-mode rules do not apply to it.
 */
export const SERVER_OWNED_WRITES_CLASS = 'ServerOwnedWrites.cls';

function userModeViolations(parsed: ParsedApex, classes: readonly ApexClass[]): ApexViolation[] {
    const file = parsed.file.name;
    if (file === SERVER_OWNED_WRITES_CLASS) {
        return [];
    }
    const violations: ApexViolation[] = [];
    const inTestClass = (node: Node): boolean => {
        const declaration = ancestorOf(node, ClassDeclarationContext);
        return classes.find((apexClass) => apexClass.declaration === declaration)?.isTest ?? false;
    };
    for (const soql of nodesOf(parsed.tree, SoqlLiteralContext)) {
        const withClause = soql.query().withClause();
        const userMode = withClause !== null && /^WITHUSER_MODE$/i.test(text(withClause));
        if (!userMode && !inTestClass(soql)) {
            violations.push({
                file,
                line: lineOf(soql),
                rule: 'soql-user-mode',
                message: 'SOQL query without WITH USER_MODE',
            });
        }
    }
    for (const { method, call } of databaseCalls(parsed.tree)) {
        const userMode = argumentsText(call).includes('AccessLevel.USER_MODE');
        if (userMode || inTestClass(call)) {
            continue;
        }
        if (DATABASE_QUERY_METHODS.has(method)) {
            violations.push({
                file,
                line: lineOf(call),
                rule: 'soql-user-mode',
                message: `Database.${method} without AccessLevel.USER_MODE`,
            });
        } else if (DATABASE_DML_METHODS.has(method)) {
            violations.push({
                file,
                line: lineOf(call),
                rule: 'dml-user-mode',
                message: `Database.${method} without AccessLevel.USER_MODE`,
            });
        }
    }
    for (const node of descendants(parsed.tree)) {
        if (isDmlStatement(node) && !inTestClass(node)) {
            violations.push({
                file,
                line: lineOf(node),
                rule: 'dml-user-mode',
                message: 'DML statement: use Database.<operation>(records, AccessLevel.USER_MODE)',
            });
        }
    }
    return violations;
}

function auraViolations(parsed: ParsedApex, classes: readonly ApexClass[]): ApexViolation[] {
    const violations: ApexViolation[] = [];
    for (const apexClass of classes) {
        for (const member of membersOf(apexClass)) {
            const method = member.memberDeclaration()?.methodDeclaration();
            if (!method || !memberAnnotations(member).includes('auraenabled')) {
                continue;
            }
            const statements = method.block()?.statement_list() ?? [];
            const tryStatement: TryStatementContext | null =
                statements.length === 1 ? (statements[0]?.tryStatement() ?? null) : null;
            const rethrows = (tryStatement?.catchClause_list() ?? []).some((clause) =>
                nodesOf(clause, ThrowStatementContext).some((statement) =>
                    text(statement).includes('AuraHandledException'),
                ),
            );
            if (!tryStatement || !rethrows) {
                violations.push({
                    file: parsed.file.name,
                    line: lineOf(method),
                    rule: 'aura-try-catch',
                    message: `@AuraEnabled ${method.id().getText()} must be one try whose catch throws an AuraHandledException`,
                });
            }
        }
    }
    return violations;
}

function hasDocComment(source: string, member: ApexParserRuleContext): boolean {
    const before = source.slice(0, member.start.start).trimEnd();
    if (!before.endsWith('*/')) {
        return false;
    }
    return before.lastIndexOf('/**') >= 0 && before.lastIndexOf('/**') === before.lastIndexOf('/*');
}

function apexDocViolations(parsed: ParsedApex, classes: readonly ApexClass[]): ApexViolation[] {
    const violations: ApexViolation[] = [];
    for (const apexClass of classes.filter((c) => !c.isTest)) {
        for (const member of membersOf(apexClass)) {
            const declaration = member.memberDeclaration();
            const method =
                declaration?.methodDeclaration() ?? declaration?.constructorDeclaration() ?? null;
            const keywords = memberKeywords(member);
            if (!method || !(keywords.includes('public') || keywords.includes('global'))) {
                continue;
            }
            if (!hasDocComment(parsed.file.source, member)) {
                const name =
                    method instanceof ConstructorDeclarationContext
                        ? apexClass.name
                        : (method as MethodDeclarationContext).id().getText();
                violations.push({
                    file: parsed.file.name,
                    line: lineOf(member),
                    rule: 'apexdoc',
                    message: `public ${name} has no ApexDoc comment`,
                });
            }
        }
    }
    return violations;
}

/** The English texts of the Custom Labels of the catalogues (Apex and components). */
export function englishLabelTexts(): string[] {
    return [...Object.values(APEX_LABELS), ...Object.values(UI_LABELS)].map((label) => label.en);
}

/**
 * What a string literal must not equal in an assertion: each English label text of more than
 * one word (a one-word label such as 'Active' is also a value AWS returns, never translated),
 * and for a label with placeholders each of its fixed parts long enough to be the label's own
 * words.
 */
function labelTextsToFlag(texts: readonly string[]): Set<string> {
    const flagged = new Set<string>();
    for (const text of texts) {
        if (/\s/.test(text.trim())) {
            flagged.add(text.trim());
        }
        if (/\{\d+\}/.test(text)) {
            text.split(/\{\d+\}/)
                .map((part) => part.trim())
                .filter((part) => part.length >= 20)
                .forEach((part) => flagged.add(part));
        }
    }
    return flagged;
}

/** The value of an Apex string literal: quotes removed, escapes resolved. */
export function apexStringValue(literal: string): string {
    const body = literal.slice(1, -1);
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
    return body.replace(/\\(.)/g, (_match, char: string) => escapes[char] ?? char);
}

const PROFILE_BY_NAME =
    /\bFROM\s+Profile\b[\s\S]*?\bWHERE\b[\s\S]*?\bName\s*(?:=|!=|\bIN\b|\bLIKE\b)/i;

function sourceOf(parsed: ParsedApex, node: ApexParserRuleContext): string {
    return parsed.file.source.slice(node.start.start, (node.stop ?? node.start).stop + 1);
}

/**
 * Profiles looked up by name: names are translated, so the query finds nothing in an org of
 * another language. Static SOQL and string literals (dynamic SOQL) are both read.
 */
function profileByNameViolations(parsed: ParsedApex): ApexViolation[] {
    const queries: { node: ApexParserRuleContext; text: string }[] = [
        ...nodesOf(parsed.tree, SoqlLiteralContext).map((node) => ({
            node,
            text: sourceOf(parsed, node),
        })),
        ...nodesOf(parsed.tree, LiteralContext)
            .filter((node) => node.StringLiteral() !== null)
            .map((node) => ({ node, text: apexStringValue(text(node)) })),
    ];
    return queries
        .filter((query) => PROFILE_BY_NAME.test(query.text))
        .map((query) => ({
            file: parsed.file.name,
            line: lineOf(query.node),
            rule: 'profile-by-name' as const,
            message:
                'Profile looked up by Name, which is translated: select it by UserType, license and Permissions* fields',
        }));
}

/** `Assert.x(...)`, `System.assert(...)`, `System.assertEquals(...)`, ... calls. */
function assertionCalls(tree: Node): DotMethodCallContext[] {
    return nodesOf(tree, DotExpressionContext).flatMap((dot) => {
        const call = dot.dotMethodCall();
        const target = dot.expression();
        if (!call || !target) {
            return [];
        }
        const receiver = text(target).toLowerCase();
        const method = call.anyId().getText().toLowerCase();
        const isAssertion =
            receiver === 'assert' || (receiver === 'system' && method.startsWith('assert'));
        return isAssertion ? [call] : [];
    });
}

/**
 * String literals in assertions that are the English text of a label: the test fails in an org
 * of another language. Compare with Label.X / System.Label.X instead.
 */
function labelTextViolations(parsed: ParsedApex, flagged: ReadonlySet<string>): ApexViolation[] {
    const violations: ApexViolation[] = [];
    for (const call of assertionCalls(parsed.tree)) {
        for (const literal of nodesOf(call, LiteralContext)) {
            if (literal.StringLiteral() === null) {
                continue;
            }
            const value = apexStringValue(text(literal)).trim();
            if (flagged.has(value)) {
                violations.push({
                    file: parsed.file.name,
                    line: lineOf(literal),
                    rule: 'label-text-literal',
                    message: `assertion on the English text of a label ('${value}'): compare with Label.<name>`,
                });
            }
        }
    }
    return violations;
}

export interface ApexCheckOptions {
    /** English label texts assertions must not spell out; the catalogues' by default. */
    labelTexts?: readonly string[];
}

/** Runs every rule on a set of files (callouts are followed across them). */
export function checkApex(
    files: readonly ApexFile[],
    options: ApexCheckOptions = {},
): ApexViolation[] {
    const parsed = files.map(parseApex);
    const calloutMethods = calloutMethodNames(parsed);
    const flaggedLabelTexts = labelTextsToFlag(options.labelTexts ?? englishLabelTexts());
    return parsed.flatMap((file) => {
        const classes = classesOf(file);
        return [
            ...sharingViolations(file, classes),
            ...calloutLoopViolations(file, calloutMethods),
            ...userModeViolations(file, classes),
            ...auraViolations(file, classes),
            ...apexDocViolations(file, classes),
            ...profileByNameViolations(file),
            ...labelTextViolations(file, flaggedLabelTexts),
        ];
    });
}

/** `Class.method` of every @AuraEnabled method that no @IsTest class calls. */
export function untestedAuraMethods(files: readonly ApexFile[]): string[] {
    const parsed = files.map(parseApex);
    const testSources = parsed
        .filter((file) => classesOf(file).some((apexClass) => apexClass.isTest))
        .map((file) => file.file.source);
    return parsed.flatMap((file) =>
        classesOf(file)
            .filter((apexClass) => !apexClass.isTest)
            .flatMap((apexClass) =>
                membersOf(apexClass)
                    .filter((member) => memberAnnotations(member).includes('auraenabled'))
                    .flatMap((member) => {
                        const method = member.memberDeclaration()?.methodDeclaration();
                        return method ? [`${apexClass.name}.${method.id().getText()}`] : [];
                    }),
            )
            .filter((name) => !testSources.some((source) => source.includes(`${name}(`))),
    );
}
