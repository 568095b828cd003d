/**
 * The local app's contract mirrors the Apex class by class: every Apex class has a TypeScript
 * file of the same name in scripts/local-app/contract whose class has the same public methods,
 * and every file there is such a twin or one of the few that model the platform itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../build/paths';
import {
    classesOf,
    memberKeywords,
    membersOf,
    parseApex,
    readApexFiles,
} from '../../salesforce/apexSource';

const CLASSES_DIR = path.join(PROJECT_ROOT, 'force-app/main/default/classes');
const CONTRACT_DIR = path.join(PROJECT_ROOT, 'scripts/local-app/contract');

/** Apex classes with no twin, and why. */
const WITHOUT_TWIN: Record<string, string> = {
    ResaleAuthorizationDtos:
        'the DTOs are the TypeScript interfaces of lwc-src/raDomain/apexContract.ts, shared by both',
    ServerOwnedWrites:
        'the local app has one user, who may edit every record: there is no sharing to check',
};

/** Apex methods the twin does not need, and why. */
const METHODS_WITHOUT_TWIN: Record<string, string> = {
    'ResaleAuthorizationService.refuseSentDeletes':
        'the before-delete trigger guards deletes made outside the app; the local app deletes only through deleteDraft',
    'CatalogApiException.isCredentialMessage':
        'reads the platform’s callout message; the SDK names its credential errors (see fromNoAnswer)',
};

/** TypeScript methods with no Apex counterpart, and why. */
const EXTRA_METHODS: Record<string, string> = {
    'CatalogApiException.of': 'the SDK throws one error type for answers and for no answer',
    'ResaleAuthorizationController.saveUploadedFile':
        'lightning-file-upload stores the file in the org; the local app has to do it',
};

/** The files that model the platform the Apex runs on, not a class of ours. */
const PLATFORM_MODELS = [
    'asyncApex.ts',
    'contractDeps.ts',
    'platform.ts',
    'recordOrder.ts',
    'statusEvents.ts',
    'store.ts',
    // The Apex triggers, which the platform model runs at each write.
    'triggers.ts',
];

function apexClassNames(): string[] {
    return readApexFiles(CLASSES_DIR)
        .map((file) => classesOf(parseApex(file))[0])
        .filter((apexClass) => apexClass !== undefined && !apexClass.isTest)
        .map((apexClass) => apexClass?.name ?? '')
        .filter((name) => !name.endsWith('Mock') && !name.endsWith('TestData'));
}

function apexPublicMethods(className: string): string[] {
    const source = fs.readFileSync(path.join(CLASSES_DIR, `${className}.cls`), 'utf8');
    const topLevel = classesOf(parseApex({ name: `${className}.cls`, source }))[0];
    if (!topLevel) {
        return [];
    }
    const names = membersOf(topLevel)
        .filter((member) => {
            const keywords = memberKeywords(member);
            return keywords.includes('public') || keywords.includes('global');
        })
        .map((member) => member.memberDeclaration()?.methodDeclaration()?.id().getText())
        .filter((name): name is string => name !== undefined);
    return [...new Set(names)].sort();
}

function typeScriptPublicMethods(className: string): string[] | null {
    const file = path.join(CONTRACT_DIR, `${className}.ts`);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    let methods: string[] | null = null;
    source.forEachChild((node) => {
        if (ts.isClassDeclaration(node) && node.name?.text === className) {
            methods = node.members
                .filter(ts.isMethodDeclaration)
                .filter(
                    (method) =>
                        !ts
                            .getModifiers(method)
                            ?.some(
                                (modifier) =>
                                    modifier.kind === ts.SyntaxKind.PrivateKeyword ||
                                    modifier.kind === ts.SyntaxKind.ProtectedKeyword,
                            ),
                )
                .map((method) => method.name.getText(source))
                .sort();
        }
    });
    return methods;
}

const twinned = apexClassNames().filter((name) => !(name in WITHOUT_TWIN));

describe('the local twin of the Apex', () => {
    it('has found the Apex classes', () => {
        expect(twinned).toEqual(
            expect.arrayContaining([
                'ChangeSetService',
                'StatusSyncJob',
                'ResaleAuthorizationController',
            ]),
        );
    });

    it.each(twinned)(
        '%s: the TypeScript class has the public methods of the Apex class',
        (name) => {
            const typeScript = typeScriptPublicMethods(name);
            expect(typeScript).not.toBeNull();
            const apex = apexPublicMethods(name).filter(
                (method) => !(`${name}.${method}` in METHODS_WITHOUT_TWIN),
            );
            const local = (typeScript ?? []).filter(
                (method) => !(`${name}.${method}` in EXTRA_METHODS),
            );
            expect(local).toEqual(apex);
        },
    );

    it('holds nothing but twins and the platform models', () => {
        const files = fs.readdirSync(CONTRACT_DIR).filter((file) => file.endsWith('.ts'));
        const expected = [...twinned.map((name) => `${name}.ts`), ...PLATFORM_MODELS].sort();
        expect(files.sort()).toEqual(expected);
    });

    it('has a reason for every exception', () => {
        const apexNames = apexClassNames();
        for (const name of Object.keys(WITHOUT_TWIN)) {
            expect(apexNames).toContain(name);
        }
        for (const qualified of Object.keys(METHODS_WITHOUT_TWIN)) {
            const [className = '', method = ''] = qualified.split('.');
            expect(apexPublicMethods(className)).toContain(method);
        }
        for (const qualified of Object.keys(EXTRA_METHODS)) {
            const [className = '', method = ''] = qualified.split('.');
            expect(typeScriptPublicMethods(className)).toContain(method);
        }
    });
});
