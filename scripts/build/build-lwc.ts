/**
 * `npm run build`: compiles lwc-src into force-app/main/default/lwc (committed: run it and commit
 * the result whenever lwc-src changes) and feeds every emitted file to the LWC compiler.
 *
 * `--check` writes nothing in the project: it builds into a temporary folder, runs the LWC
 * compiler on it and fails when the committed bundles differ from it (what `npm test` runs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildLwcBundles, type BuiltBundle } from './build';
import { compareFolders, describeDifference, isSameContent } from './committed';
import { compileCheckBundles } from './compile-check';
import { LWC_OUTPUT_DIR, LWC_SOURCE_DIR, PROJECT_ROOT, sourceApiVersion } from './paths';

function compileCheck(outputDir: string): boolean {
    const { checkedFiles, problems } = compileCheckBundles(outputDir);
    for (const problem of problems) {
        console.error(`LWC compiler refused ${problem.file}: ${problem.message}`);
    }
    if (problems.length === 0) {
        console.log(`${checkedFiles} files accepted by the LWC compiler`);
    }
    return problems.length === 0;
}

function summary(built: BuiltBundle[]): string {
    const components = built.filter((b) => b.kind === 'component').length;
    return `${components} components and ${built.length - components} service modules`;
}

function build(): boolean {
    const built = buildLwcBundles({
        sourceDir: LWC_SOURCE_DIR,
        outputDir: LWC_OUTPUT_DIR,
        apiVersion: sourceApiVersion(),
    });
    console.log(`Built ${summary(built)} into ${path.relative(PROJECT_ROOT, LWC_OUTPUT_DIR)}`);
    return compileCheck(LWC_OUTPUT_DIR);
}

function check(): boolean {
    const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-check-'));
    try {
        const outputDir = path.join(tempRoot, 'lwc');
        const built = buildLwcBundles({
            sourceDir: LWC_SOURCE_DIR,
            outputDir,
            apiVersion: sourceApiVersion(),
        });
        console.log(`Built ${summary(built)} into a temporary folder`);
        const compiled = compileCheck(outputDir);
        const difference = compareFolders(outputDir, LWC_OUTPUT_DIR);
        const committedDir = path.relative(PROJECT_ROOT, LWC_OUTPUT_DIR);
        if (!isSameContent(difference)) {
            for (const line of describeDifference(difference)) {
                console.error(`${committedDir}/${line}`);
            }
            console.error(
                `The committed bundles are stale: run \`npm run build\` and commit them.`,
            );
            return false;
        }
        console.log(`${committedDir} is what the build makes of lwc-src`);
        return compiled;
    } finally {
        fs.rmSync(tempRoot, { recursive: true, force: true });
    }
}

try {
    process.exitCode = (process.argv.includes('--check') ? check() : build()) ? 0 : 1;
} catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
}
