import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { LWC_OUTPUT_DIR } from './paths';

export interface CompileProblem {
    file: string;
    message: string;
}

const COMPILED_EXTENSIONS = new Set(['.js', '.html', '.css']);

/**
 * Feeds every file of every emitted bundle to the platform's LWC compiler (namespace `c`, with
 * Lightning Web Security transforms on, as in an org) and returns what it refuses.
 */
export function compileCheckBundles(outputDir: string = LWC_OUTPUT_DIR): {
    checkedFiles: number;
    problems: CompileProblem[];
} {
    const problems: CompileProblem[] = [];
    let checkedFiles = 0;
    for (const bundle of fs.readdirSync(outputDir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) {
            continue;
        }
        const bundleDir = path.join(outputDir, bundle.name);
        const files = fs.readdirSync(bundleDir);
        if (!files.includes(`${bundle.name}.js`)) {
            problems.push({ file: bundle.name, message: `missing ${bundle.name}.js` });
        }
        if (!files.includes(`${bundle.name}.js-meta.xml`)) {
            problems.push({ file: bundle.name, message: `missing ${bundle.name}.js-meta.xml` });
        }
        for (const file of files.filter((f) => COMPILED_EXTENSIONS.has(path.extname(f)))) {
            const filePath = path.join(bundleDir, file);
            checkedFiles += 1;
            try {
                const result = transformSync(fs.readFileSync(filePath, 'utf8'), file, {
                    name: bundle.name,
                    namespace: 'c',
                    enableLightningWebSecurityTransforms: true,
                });
                for (const warning of result.warnings ?? []) {
                    if (warning.level !== undefined && warning.level <= 1) {
                        problems.push({ file: `${bundle.name}/${file}`, message: warning.message });
                    }
                }
            } catch (error) {
                problems.push({
                    file: `${bundle.name}/${file}`,
                    message: error instanceof Error ? error.message : String(error),
                });
            }
        }
    }
    return { checkedFiles, problems };
}
