import fs from 'node:fs';
import path from 'node:path';

/**
 * A folder of `lwc-src/` that becomes one LWC bundle. A bundle with any template is a component
 * (each `.ts` file transpiled on its own); one without is a service module (bundled with its
 * npm dependencies into a single `.js`).
 */
export interface LwcBundleSource {
    name: string;
    dir: string;
    kind: 'component' | 'service';
}

/** Folders of lwc-src that hold no bundle: ambient types and the Jest set-up and mocks. */
const NON_BUNDLE_FOLDERS = new Set(['types', 'test']);

const LWC_NAME = /^[a-z][A-Za-z0-9]*$/;

export function findLwcBundles(sourceDir: string): LwcBundleSource[] {
    return fs
        .readdirSync(sourceDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !NON_BUNDLE_FOLDERS.has(entry.name))
        .map((entry) => {
            const dir = path.join(sourceDir, entry.name);
            if (!LWC_NAME.test(entry.name)) {
                throw new Error(
                    `lwc-src/${entry.name}: an LWC bundle name starts with a lower-case letter and has only letters and digits`,
                );
            }
            if (!fs.existsSync(path.join(dir, `${entry.name}.ts`))) {
                throw new Error(`lwc-src/${entry.name}: missing its entry file ${entry.name}.ts`);
            }
            const hasTemplate = fs.readdirSync(dir).some((file) => file.endsWith('.html'));
            const kind = hasTemplate ? 'component' : 'service';
            return { name: entry.name, dir, kind } satisfies LwcBundleSource;
        })
        .sort((a, b) => a.name.localeCompare(b.name));
}

/** Source files of a component that ship (tests and declarations stay behind). */
export function componentSourceFiles(bundle: LwcBundleSource): string[] {
    return fs
        .readdirSync(bundle.dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .filter((name) => !name.endsWith('.d.ts') && !name.endsWith('.test.ts'));
}
