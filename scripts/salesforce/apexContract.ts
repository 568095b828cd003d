import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { classesOf, memberAnnotations, memberKeywords, membersOf, parseApex } from './apexSource';
import type { ApexClass, ApexFile } from './apexSource';

/** One Apex method of the contract: the keys the components pass, and whether it is wired. */
export interface ContractMethod {
    name: string;
    parameterNames: string[];
    /** Used with `@wire` (its module declares an `adapter`): must be `cacheable=true`. */
    wired: boolean;
}

/** What the TypeScript contract says: the methods and every interface's property names. */
export interface ApexContract {
    /** The Apex class the components import (`@salesforce/apex/<class>.<method>`). */
    methods: Map<string, ContractMethod>;
    shapes: Map<string, string[]>;
}

/** An `@salesforce/apex/Class.method` import of a component. */
export interface ApexImport {
    className: string;
    methodName: string;
    file: string;
}

const APEX_IMPORT = /['"]@salesforce\/apex\/(\w+)\.(\w+)['"]/g;
const API_INTERFACE = 'ResaleAuthorizationApi';

function interfacesOf(source: ts.SourceFile): Map<string, ts.InterfaceDeclaration> {
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    source.forEachChild((node) => {
        if (ts.isInterfaceDeclaration(node)) {
            interfaces.set(node.name.text, node);
        }
    });
    return interfaces;
}

function memberName(member: ts.TypeElement, source: ts.SourceFile): string {
    return member.name ? member.name.getText(source) : '';
}

/** Property names of an interface, inherited ones (from the same file) included. */
function propertiesOf(
    name: string,
    interfaces: ReadonlyMap<string, ts.InterfaceDeclaration>,
    source: ts.SourceFile,
): string[] {
    const declaration = interfaces.get(name);
    if (!declaration) {
        return [];
    }
    const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
        clause.types.flatMap((type) =>
            propertiesOf(type.expression.getText(source), interfaces, source),
        ),
    );
    const own = declaration.members
        .filter(ts.isPropertySignature)
        .map((member) => memberName(member, source));
    return [...inherited, ...own];
}

function parameterKeys(
    method: ts.MethodSignature,
    interfaces: ReadonlyMap<string, ts.InterfaceDeclaration>,
    source: ts.SourceFile,
): string[] {
    const type = method.parameters[0]?.type;
    if (!type) {
        return [];
    }
    if (ts.isTypeLiteralNode(type)) {
        return type.members.map((member) => memberName(member, source));
    }
    if (ts.isTypeReferenceNode(type)) {
        return propertiesOf(type.typeName.getText(source), interfaces, source);
    }
    throw new Error(`${method.name.getText(source)}: unsupported parameter type`);
}

/** Methods the declarations file marks as wire adapters (`& { adapter: ... }`). */
function wiredMethods(declarationsText: string): Set<string> {
    const wired = new Set<string>();
    const modules = declarationsText.split(/declare module /).slice(1);
    for (const block of modules) {
        const name = /^'@salesforce\/apex\/\w+\.(\w+)'/.exec(block)?.[1];
        if (name && /\badapter\b/.test(block)) {
            wired.add(name);
        }
    }
    return wired;
}

/** Reads the contract from `apexContract.ts` and the module declarations from `apex.d.ts`. */
export function readContract(contractText: string, declarationsText: string): ApexContract {
    const source = ts.createSourceFile(
        'apexContract.ts',
        contractText,
        ts.ScriptTarget.Latest,
        true,
    );
    const interfaces = interfacesOf(source);
    const api = interfaces.get(API_INTERFACE);
    if (!api) {
        throw new Error(`apexContract.ts has no interface ${API_INTERFACE}`);
    }
    const wired = wiredMethods(declarationsText);
    const methods = new Map<string, ContractMethod>();
    for (const member of api.members.filter(ts.isMethodSignature)) {
        const name = memberName(member, source);
        methods.set(name, {
            name,
            parameterNames: parameterKeys(member, interfaces, source),
            wired: wired.has(name),
        });
    }
    const shapes = new Map<string, string[]>();
    for (const name of interfaces.keys()) {
        shapes.set(name, propertiesOf(name, interfaces, source));
    }
    return { methods, shapes };
}

/** Every `@salesforce/apex/...` import of the components' TypeScript (tests excluded). */
export function apexImports(lwcSourceDir: string): ApexImport[] {
    const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                return entry.name === '__tests__' || entry.name === 'types' ? [] : walk(full);
            }
            return entry.name.endsWith('.ts') ? [full] : [];
        });
    return walk(lwcSourceDir).flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(APEX_IMPORT)].map((match) => ({
            className: match[1] ?? '',
            methodName: match[2] ?? '',
            file: path.relative(lwcSourceDir, file),
        })),
    );
}

function sameNames(actual: readonly string[], expected: readonly string[]): boolean {
    return [...actual].sort().join(',') === [...expected].sort().join(',');
}

function auraFieldNames(apexClass: ApexClass): string[] {
    return membersOf(apexClass).flatMap((member) => {
        if (!memberAnnotations(member).includes('auraenabled')) {
            return [];
        }
        const declaration = member.memberDeclaration();
        const field = declaration?.fieldDeclaration();
        if (field) {
            return field
                .variableDeclarators()
                .variableDeclarator_list()
                .map((variable) => variable.id().getText());
        }
        const property = declaration?.propertyDeclaration();
        return property ? [property.id().getText()] : [];
    });
}

function methodProblems(
    apexClass: ApexClass,
    className: string,
    expected: ContractMethod,
): string[] {
    const member = membersOf(apexClass).find(
        (candidate) =>
            candidate.memberDeclaration()?.methodDeclaration()?.id().getText() === expected.name,
    );
    const method = member?.memberDeclaration()?.methodDeclaration();
    if (!member || !method) {
        return [`${className}.${expected.name}: no such method`];
    }
    const problems: string[] = [];
    const keywords = memberKeywords(member);
    if (
        !(keywords.includes('public') || keywords.includes('global')) ||
        !keywords.includes('static')
    ) {
        problems.push(`${className}.${expected.name}: must be public static`);
    }
    const annotation = member
        .modifier_list()
        .map((modifier) => modifier.annotation())
        .find((candidate) => candidate?.id().getText().toLowerCase() === 'auraenabled');
    if (!annotation) {
        problems.push(`${className}.${expected.name}: must be @AuraEnabled`);
    } else if (expected.wired && !/cacheable=true/i.test(annotation.getText())) {
        problems.push(`${className}.${expected.name}: used with @wire, must be cacheable=true`);
    }
    const parameters =
        method
            .formalParameters()
            .formalParameterList()
            ?.formalParameter_list()
            .map((parameter) => parameter.id().getText()) ?? [];
    if (!sameNames(parameters, expected.parameterNames)) {
        problems.push(
            `${className}.${expected.name}: parameters (${parameters.join(', ')}) differ from the contract's keys (${expected.parameterNames.join(', ')})`,
        );
    }
    return problems;
}

/**
 * What does not match between the components' imports, the TypeScript contract and the Apex
 * classes (every contract method must also exist in the controller, imported or not): missing classes or methods, methods that are not public static @AuraEnabled (and
 * cacheable when wired), parameter names that differ from the keys the components pass, and
 * DTO classes (inner classes of `dtoClassName`) whose @AuraEnabled fields differ from the
 * interface of the same name.
 */
export function contractProblems(input: {
    imports: readonly ApexImport[];
    contract: ApexContract;
    /** The class that implements every method of the contract. */
    controllerClassName: string;
    apexFiles: readonly ApexFile[];
    dtoClassName: string;
    /** Interfaces that must exist as DTO classes. */
    dtoNames: readonly string[];
}): string[] {
    const problems: string[] = [];
    const classFor = (className: string): ApexClass | string => {
        const file = input.apexFiles.find((candidate) => candidate.name === `${className}.cls`);
        if (!file) {
            return `${className}.cls does not exist`;
        }
        const parsed = parseApex(file);
        if (parsed.syntaxErrors.length > 0) {
            return `${className}.cls does not parse: ${parsed.syntaxErrors[0]?.message ?? ''}`;
        }
        return (
            classesOf(parsed).find((c) => c.name === className) ??
            `${className}.cls has no class ${className}`
        );
    };

    for (const apexImport of input.imports) {
        const expected = input.contract.methods.get(apexImport.methodName);
        if (!expected) {
            problems.push(`${apexImport.file}: ${apexImport.methodName} is not in the contract`);
            continue;
        }
        const apexClass = classFor(apexImport.className);
        if (typeof apexClass === 'string') {
            problems.push(`${apexImport.file}: ${apexClass}`);
            continue;
        }
        problems.push(...methodProblems(apexClass, apexImport.className, expected));
    }

    const controller = classFor(input.controllerClassName);
    for (const expected of input.contract.methods.values()) {
        problems.push(
            ...(typeof controller === 'string'
                ? [controller]
                : methodProblems(controller, input.controllerClassName, expected)),
        );
    }

    const dtoOwner = classFor(input.dtoClassName);
    if (typeof dtoOwner === 'string') {
        return [...new Set([...problems, dtoOwner])];
    }
    const dtoFile = input.apexFiles.find((file) => file.name === `${input.dtoClassName}.cls`);
    const dtoClasses = dtoFile ? classesOf(parseApex(dtoFile)) : [];
    for (const name of input.dtoNames) {
        const dto = dtoClasses.find(
            (candidate) => candidate.name === name && candidate !== dtoOwner,
        );
        const expected = input.contract.shapes.get(name) ?? [];
        if (!dto) {
            problems.push(`${input.dtoClassName}.${name}: no such class`);
        } else if (!sameNames(auraFieldNames(dto), expected)) {
            problems.push(
                `${input.dtoClassName}.${name}: @AuraEnabled fields (${auraFieldNames(dto).join(', ')}) differ from the interface (${expected.join(', ')})`,
            );
        }
    }
    return [...new Set(problems)];
}

/** The project's contract check: components, contract and Apex classes as they are on disk. */
export function projectContractProblems(
    lwcSourceDir: string,
    apexFiles: readonly ApexFile[],
): string[] {
    const contract = readContract(
        fs.readFileSync(path.join(lwcSourceDir, 'raDomain', 'apexContract.ts'), 'utf8'),
        fs.readFileSync(path.join(lwcSourceDir, 'types', 'apex.d.ts'), 'utf8'),
    );
    return contractProblems({
        imports: apexImports(lwcSourceDir),
        contract,
        apexFiles,
        controllerClassName: 'ResaleAuthorizationController',
        dtoClassName: 'ResaleAuthorizationDtos',
        dtoNames: DTO_NAMES,
    });
}

/** The interfaces of the contract that Apex returns or receives as classes. */
export const DTO_NAMES = [
    'ResaleAuthorizationRow',
    'ResaleAuthorizationPage',
    'ChangeHistoryEntry',
    'ResaleAuthorizationDetail',
    'ProductRecord',
    'DraftInput',
    'PreparedChangeSet',
    'RefreshResult',
    'CloneSource',
    'AwsAccount',
    'UploadedDocument',
    'ExpiryRadarRow',
    'ExpiryRadarView',
];
