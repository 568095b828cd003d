import fs from 'node:fs';
import path from 'node:path';
import {
    ApexErrorListener,
    ApexParserFactory,
    ClassBodyDeclarationContext,
    ClassDeclarationContext,
    CompilationUnitContext,
    FieldDeclarationContext,
    LiteralContext,
    TypeDeclarationContext,
    VariableDeclaratorContext,
} from '@apexdevtools/apex-parser';
import type {
    ApexParseTree,
    ApexParserRuleContext,
    AnnotationContext,
    ModifierContext,
    TriggerUnitContext,
} from '@apexdevtools/apex-parser';

/** An Apex class or trigger file, read from disk or given as text (in tests). */
export interface ApexFile {
    /** File name, such as `ResaleAuthorizationController.cls`. */
    name: string;
    source: string;
}

export interface ApexSyntaxProblem {
    file: string;
    line: number;
    column: number;
    message: string;
}

/** A parsed file: its parse tree and the syntax errors of the lexer and the parser. */
export interface ParsedApex {
    file: ApexFile;
    tree: CompilationUnitContext | TriggerUnitContext;
    syntaxErrors: ApexSyntaxProblem[];
}

// Parameter properties only: the Jest transformer registers class fields as LWC fields.
class CollectingErrorListener extends ApexErrorListener {
    constructor(
        private readonly fileName: string,
        readonly problems: ApexSyntaxProblem[],
    ) {
        super();
    }

    apexSyntaxError(line: number, column: number, msg: string): void {
        this.problems.push({ file: this.fileName, line, column, message: msg });
    }
}

/** Every `.cls` and `.trigger` file under a folder, sorted by name. */
export function readApexFiles(forceAppDir: string): ApexFile[] {
    const walk = (dir: string): string[] =>
        fs.existsSync(dir)
            ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
                  const full = path.join(dir, entry.name);
                  return entry.isDirectory() ? walk(full) : [full];
              })
            : [];
    return walk(forceAppDir)
        .filter((file) => /\.(cls|trigger)$/.test(file))
        .sort()
        .map((file) => ({ name: path.basename(file), source: fs.readFileSync(file, 'utf8') }));
}

/** Parses a class (or a trigger, by its `.trigger` name) and collects every syntax error. */
export function parseApex(file: ApexFile): ParsedApex {
    const listener = new CollectingErrorListener(file.name, []);
    const { parser } = ApexParserFactory.createLexerAndParser(file.source, listener);
    const tree = file.name.endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
    return { file, tree, syntaxErrors: listener.problems };
}

/** Every node under a tree (itself included), depth first. */
export function descendants(tree: ApexParseTree): ApexParseTree[] {
    const nodes: ApexParseTree[] = [tree];
    const children = (tree as ApexParserRuleContext).children ?? [];
    for (const child of children) {
        nodes.push(...descendants(child));
    }
    return nodes;
}

/** The nodes of one type under a tree. */
export function nodesOf<T>(tree: ApexParseTree, type: abstract new (...args: never[]) => T): T[] {
    return descendants(tree).filter((node): node is ApexParseTree & T => node instanceof type);
}

/** The closest ancestor of a type, or null. */
export function ancestorOf<T>(
    node: ApexParseTree,
    type: abstract new (...args: never[]) => T,
): T | null {
    let current = (node as ApexParserRuleContext).parentCtx;
    while (current) {
        if (current instanceof type) {
            return current;
        }
        current = current.parentCtx;
    }
    return null;
}

export function lineOf(node: ApexParseTree): number {
    return (node as ApexParserRuleContext).start?.line ?? 0;
}

/** A class with the modifiers written before it (annotations included). */
export interface ApexClass {
    name: string;
    declaration: ClassDeclarationContext;
    modifiers: ModifierContext[];
    isTest: boolean;
}

function annotationNames(modifiers: readonly ModifierContext[]): string[] {
    return modifiers
        .map((modifier) => modifier.annotation())
        .filter((annotation): annotation is AnnotationContext => annotation !== null)
        .map((annotation) => annotation.id().getText().toLowerCase());
}

/** Every class of a file, top-level and inner; inner classes of a test class are tests too. */
export function classesOf(parsed: ParsedApex): ApexClass[] {
    return nodesOf(parsed.tree, ClassDeclarationContext).map((declaration) => {
        const owner = declaration.parentCtx;
        let modifiers: ModifierContext[] = [];
        if (owner instanceof TypeDeclarationContext) {
            modifiers = owner.modifier_list();
        } else {
            const member = ancestorOf(declaration, ClassBodyDeclarationContext);
            modifiers = member ? member.modifier_list() : [];
        }
        const outer = ancestorOf(declaration, ClassDeclarationContext);
        const topLevel = parsed.tree instanceof CompilationUnitContext ? parsed.tree : null;
        const topModifiers = topLevel?.typeDeclaration()?.modifier_list() ?? [];
        const isTest =
            annotationNames(modifiers).includes('istest') ||
            (outer !== null && annotationNames(topModifiers).includes('istest'));
        return { name: declaration.id().getText(), declaration, modifiers, isTest };
    });
}

/** Lower-case annotation names of a class member (`auraenabled`, `istest`, ...). */
export function memberAnnotations(member: ClassBodyDeclarationContext): string[] {
    return annotationNames(member.modifier_list());
}

/** Lower-case keyword modifiers of a class member (`public`, `static`, ...). */
export function memberKeywords(member: ClassBodyDeclarationContext): string[] {
    return member
        .modifier_list()
        .filter((modifier) => modifier.annotation() === null)
        .map((modifier) => modifier.getText().toLowerCase());
}

/** The members declared directly in a class body (not those of its inner classes). */
export function membersOf(apexClass: ApexClass): ClassBodyDeclarationContext[] {
    return apexClass.declaration.classBody().classBodyDeclaration_list();
}

/** The string literals in the initializer of a field (such as a `Set<String>` constant). */
export function stringLiteralsOfField(parsed: ParsedApex, fieldName: string): string[] | null {
    const declarator = nodesOf(parsed.tree, VariableDeclaratorContext).find(
        (node) =>
            node.id().getText() === fieldName && ancestorOf(node, FieldDeclarationContext) !== null,
    );
    if (!declarator?.expression()) {
        return null;
    }
    return nodesOf(declarator.expression(), LiteralContext)
        .map((literal) => literal.StringLiteral())
        .filter((token) => token !== null)
        .map(
            (token) =>
                JSON.parse(`"${token.getText().slice(1, -1).replace(/\\'/g, "'")}"`) as string,
        );
}
