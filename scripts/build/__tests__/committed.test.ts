import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    buildIntoTemporaryFolder,
    committedBundleDifference,
    compareFolders,
    describeDifference,
    listFiles,
} from '../committed';
import { LWC_OUTPUT_DIR } from '../paths';

const temporaryDirs: string[] = [];

function temporaryDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-compare-'));
    temporaryDirs.push(dir);
    return dir;
}

function writeFiles(dir: string, files: Record<string, string>): void {
    for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), content);
    }
}

afterAll(() => {
    for (const dir of temporaryDirs) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

describe('the committed LWC bundles', () => {
    it('are exactly what npm run build makes of lwc-src, file for file and byte for byte', () => {
        const difference = committedBundleDifference();
        // Stale bundles: run `npm run build` and commit force-app/main/default/lwc.
        expect(describeDifference(difference)).toEqual([]);
        expect(listFiles(LWC_OUTPUT_DIR).length).toBeGreaterThan(20);
    }, 60_000);

    it('come from a deterministic build: two builds give the same bytes', () => {
        const first = buildIntoTemporaryFolder();
        const second = buildIntoTemporaryFolder();
        temporaryDirs.push(path.dirname(first), path.dirname(second));
        expect(describeDifference(compareFolders(first, second))).toEqual([]);
        const bundle = fs.readFileSync(path.join(first, 'raDomain', 'raDomain.js'), 'utf8');
        // The comments naming inlined files are relative to the project, never a machine path.
        expect(bundle).toMatch(/^\/\/ node_modules\/zod\//m);
        expect(bundle).not.toMatch(/^\/\/ (\/|\.\.\/)/m);
    }, 60_000);
});

describe('comparing a build with the committed bundles', () => {
    it('names a file missing, a file left over and a file changed by one byte', () => {
        const built = temporaryDir();
        const committed = temporaryDir();
        writeFiles(built, { 'a/a.js': 'same', 'a/a.html': '<template></template>', 'b/b.js': 'x' });
        writeFiles(committed, { 'a/a.js': 'same', 'a/a.html': '<template></template>!' });
        writeFiles(committed, { 'old/old.js': 'gone from lwc-src' });
        expect(compareFolders(built, committed)).toEqual({
            missing: ['b/b.js'],
            extra: ['old/old.js'],
            changed: ['a/a.html'],
        });
    });

    it('finds committed bundles that a change in lwc-src made stale', () => {
        const source = temporaryDir();
        writeFiles(source, {
            'thing/thing.ts':
                "import { LightningElement } from 'lwc';\nexport default class Thing extends LightningElement {}\n",
            'thing/thing.html': '<template><p>One</p></template>\n',
            'thing/thing.js-meta.xml': '<LightningComponentBundle />\n',
        });
        const committed = buildIntoTemporaryFolder(source);
        temporaryDirs.push(path.dirname(committed));
        expect(committedBundleDifference(committed, source)).toEqual({
            missing: [],
            extra: [],
            changed: [],
        });
        fs.writeFileSync(
            path.join(source, 'thing', 'thing.html'),
            '<template><p>Two</p></template>\n',
        );
        expect(committedBundleDifference(committed, source).changed).toEqual(['thing/thing.html']);
    });
});
