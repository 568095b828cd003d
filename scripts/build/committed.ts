import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildLwcBundles } from './build';
import { LWC_OUTPUT_DIR, LWC_SOURCE_DIR, sourceApiVersion } from './paths';

/**
 * The generated bundles in force-app/main/default/lwc are committed, so that the project deploys
 * as it is cloned. These functions tell whether they are what `npm run build` makes of lwc-src.
 */

/** How two folders differ, by path relative to them (with `/`), each list sorted. */
export interface FolderDifference {
    /** Files the build makes that are not committed. */
    missing: string[];
    /** Committed files the build does not make. */
    extra: string[];
    /** Files on both sides whose bytes differ. */
    changed: string[];
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    const walk = (folder: string): string[] =>
        fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
            const full = path.join(folder, entry.name);
            return entry.isDirectory() ? walk(full) : [path.relative(dir, full)];
        });
    return walk(dir)
        .map((file) => file.split(path.sep).join('/'))
        .sort();
}

/** Compares `actualDir` with `expectedDir` file by file and byte for byte. */
export function compareFolders(expectedDir: string, actualDir: string): FolderDifference {
    const expected = listFiles(expectedDir);
    const actual = listFiles(actualDir);
    const actualSet = new Set(actual);
    const expectedSet = new Set(expected);
    return {
        missing: expected.filter((file) => !actualSet.has(file)),
        extra: actual.filter((file) => !expectedSet.has(file)),
        changed: expected.filter(
            (file) =>
                actualSet.has(file) &&
                !fs
                    .readFileSync(path.join(expectedDir, file))
                    .equals(fs.readFileSync(path.join(actualDir, file))),
        ),
    };
}

export function isSameContent(difference: FolderDifference): boolean {
    return (
        difference.missing.length === 0 &&
        difference.extra.length === 0 &&
        difference.changed.length === 0
    );
}

/** One line per file that differs, for messages. */
export function describeDifference(difference: FolderDifference): string[] {
    return [
        ...difference.missing.map((file) => `${file}: not committed (the build makes it)`),
        ...difference.extra.map((file) => `${file}: committed, but the build does not make it`),
        ...difference.changed.map((file) => `${file}: differs from what the build makes`),
    ];
}

/** Builds lwc-src into a new temporary folder and returns it; the caller removes it. */
export function buildIntoTemporaryFolder(sourceDir: string = LWC_SOURCE_DIR): string {
    const outputDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lwc-fresh-')), 'lwc');
    buildLwcBundles({ sourceDir, outputDir, apiVersion: sourceApiVersion() });
    return outputDir;
}

/** How the committed bundles differ from a fresh build of lwc-src (nothing when up to date). */
export function committedBundleDifference(
    committedDir: string = LWC_OUTPUT_DIR,
    sourceDir: string = LWC_SOURCE_DIR,
): FolderDifference {
    const freshDir = buildIntoTemporaryFolder(sourceDir);
    try {
        return compareFolders(freshDir, committedDir);
    } finally {
        fs.rmSync(path.dirname(freshDir), { recursive: true, force: true });
    }
}
