import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { transformSync as lwcTransform } from '@lwc/compiler';
import { transformSync as esbuildTransform } from 'esbuild';
import { buildLwcBundles } from '../build';
import { compileCheckBundles } from '../compile-check';
import { LWC_COMPILER_OPTIONS, transpileComponentModule } from '../transpile';
import { LWC_SOURCE_DIR } from '../paths';

const DECORATED_COMPONENT = `
import { LightningElement, api, track, wire } from 'lwc';
import getThings from '@salesforce/apex/ThingController.getThings';
export default class Thing extends LightningElement {
    @api recordId?: string;
    @track rows: string[] = [];
    @wire(getThings, { recordId: '$recordId' }) things?: unknown;
    lastTag?: string;
}
`;

function compileWithLwc(js: string): void {
    lwcTransform(js, 'thing.js', { name: 'thing', namespace: 'c' });
}

describe('TypeScript to LWC transpilation', () => {
    it('keeps @api, @track and @wire as source decorators the LWC compiler accepts', () => {
        const js = transpileComponentModule(DECORATED_COMPONENT, 'thing.ts');
        expect(js).toMatch(/@api\s+recordId;/);
        expect(js).toMatch(/@track\s+rows = \[\];/);
        expect(js).toMatch(/@wire\(getThings, \{ recordId: '\$recordId' \}\)\s+things;/);
        expect(js).toMatch(/lastTag;/);
        expect(js).not.toMatch(/__decorate|__esDecorate/);
        expect(() => compileWithLwc(js)).not.toThrow();
    });

    it.each([
        ['legacy experimental decorators', { experimentalDecorators: true }],
        ['a down-levelled target', { target: ts.ScriptTarget.ES2022 }],
        ['set-semantics class fields', { useDefineForClassFields: false }],
    ])('shows why the settings matter: %s gives output the LWC compiler refuses', (_, change) => {
        const js = transpileComponentModule(DECORATED_COMPONENT, 'thing.ts', {
            ...LWC_COMPILER_OPTIONS,
            ...change,
        });
        expect(js).toMatch(/__decorate|__esDecorate|__runInitializers/);
        expect(() => compileWithLwc(js)).toThrow(/LWC1\d{3}|decorator/i);
    });

    it('reports TypeScript syntax errors instead of emitting broken code', () => {
        expect(() => transpileComponentModule('export const = 1;', 'broken.ts')).toThrow(
            /broken\.ts/,
        );
    });
});

describe('npm run build', () => {
    let outputDir: string;

    beforeAll(() => {
        outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-build-'));
        buildLwcBundles({ sourceDir: LWC_SOURCE_DIR, outputDir, apiVersion: '65.0' });
    });

    afterAll(() => fs.rmSync(outputDir, { recursive: true, force: true }));

    it('emits the raStatusBadge component bundle, accepted by the LWC compiler', () => {
        const files = fs.readdirSync(path.join(outputDir, 'raStatusBadge')).sort();
        expect(files).toEqual([
            'labels.js',
            'raStatusBadge.html',
            'raStatusBadge.js',
            'raStatusBadge.js-meta.xml',
        ]);
        const js = fs.readFileSync(
            path.join(outputDir, 'raStatusBadge', 'raStatusBadge.js'),
            'utf8',
        );
        expect(js).toMatch(/@api\s+status;/);
        expect(compileCheckBundles(outputDir).problems).toEqual([]);
    });

    it('emits every lwc-src bundle and no test or TypeScript file', () => {
        const emitted = fs.readdirSync(outputDir).sort();
        const sources = fs
            .readdirSync(LWC_SOURCE_DIR, { withFileTypes: true })
            .filter((e) => e.isDirectory() && !['types', 'test'].includes(e.name))
            .map((e) => e.name)
            .sort();
        expect(emitted).toEqual(sources);
        for (const bundle of emitted) {
            const files = fs.readdirSync(path.join(outputDir, bundle));
            expect(files.filter((f) => f.endsWith('.ts') || f === '__tests__')).toEqual([]);
        }
    });

    describe('the raDomain service module', () => {
        const read = (file: string): string =>
            fs.readFileSync(path.join(outputDir, 'raDomain', file), 'utf8');

        it('is only a .js and a .js-meta.xml that is not exposed', () => {
            expect(fs.readdirSync(path.join(outputDir, 'raDomain')).sort()).toEqual([
                'raDomain.js',
                'raDomain.js-meta.xml',
            ]);
            expect(read('raDomain.js-meta.xml')).toContain('<isExposed>false</isExposed>');
            expect(read('raDomain.js-meta.xml')).toContain('<apiVersion>65.0</apiVersion>');
        });

        it('bundles zod in: it imports nothing the org would have to serve', () => {
            const js = read('raDomain.js');
            expect(js).not.toMatch(/^\s*import\s/m);
            expect(js).not.toMatch(/from\s+['"]zod/);
            expect(js).toContain('jitless');
        });

        it('contains no eval and no Function constructor (Lightning Web Security refuses them)', () => {
            const js = read('raDomain.js');
            expect(js).not.toMatch(/\beval\s*\(/);
            expect(js).not.toMatch(/\bnew\s+Function\b/);
            expect(js).not.toMatch(/\bFunction\s*\(/);
            expect(js).not.toMatch(/=\s*Function\b/);
        });

        it('runs where code generation from strings is forbidden, as under LWS', () => {
            const cjs = esbuildTransform(read('raDomain.js'), { format: 'cjs' }).code;
            const sandbox = { module: { exports: {} as Record<string, unknown> }, exports: {} };
            const context = vm.createContext(sandbox, { codeGeneration: { strings: false } });
            vm.runInContext(`${cjs}\n`, context);
            const domain = sandbox.module.exports as {
                badgeThemeFor: (s: string) => string;
                resolveDisplayStatus: (i: object) => string;
            };
            expect(
                vm.runInContext(
                    '(() => { try { new Function("1"); return "allowed"; } catch { return "refused"; } })()',
                    context,
                ),
            ).toBe('refused');
            expect(domain.badgeThemeFor('Active')).toBe('success');
            expect(domain.resolveDisplayStatus({ changeSetStatus: 'APPLYING' })).toBe('APPLYING');
        });

        it('is accepted by the LWC compiler with Lightning Web Security transforms', () => {
            expect(() =>
                lwcTransform(read('raDomain.js'), 'raDomain.js', {
                    name: 'raDomain',
                    namespace: 'c',
                    enableLightningWebSecurityTransforms: true,
                }),
            ).not.toThrow();
        });
    });
});

describe('the compile check', () => {
    it('fails on a bundle the LWC compiler refuses', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-broken-'));
        try {
            fs.mkdirSync(path.join(dir, 'broken'));
            fs.writeFileSync(
                path.join(dir, 'broken', 'broken.js'),
                "import { LightningElement } from 'lwc';\nexport default class Broken extends LightningElement {}\n",
            );
            fs.writeFileSync(path.join(dir, 'broken', 'broken.html'), '<template><div></template>');
            const { problems } = compileCheckBundles(dir);
            expect(problems.map((p) => p.file)).toEqual(
                expect.arrayContaining(['broken', 'broken/broken.html']),
            );
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
