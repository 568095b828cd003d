/**
 * Size of what the org serves: each compiled bundle of force-app (every file through the
 * platform's LWC compiler, then minified as a whole), and the domain service module with zod
 * inside, in minified and gzipped bytes, against a budget kept in this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { transformSync } from '@lwc/compiler';
import { transformSync as minify } from 'esbuild';
import { LWC_OUTPUT_DIR } from '../build/paths';

/** Gzipped bytes a bundle may weigh; a bundle over its budget is reported as such. */
export const GZIP_BUDGET_BYTES = {
    component: 12 * 1024,
    serviceModule: 8 * 1024,
    /** The domain carries zod (jitless) and every rule of the Catalog API. */
    raDomain: 32 * 1024,
};

export interface BundleSize {
    bundle: string;
    minifiedBytes: number;
    gzippedBytes: number;
    budgetGzippedBytes: number;
    withinBudget: boolean;
}

const COMPILED_EXTENSIONS = new Set(['.js', '.html', '.css']);

function budgetOf(bundle: string, isComponent: boolean): number {
    if (bundle === 'raDomain') {
        return GZIP_BUDGET_BYTES.raDomain;
    }
    return isComponent ? GZIP_BUDGET_BYTES.component : GZIP_BUDGET_BYTES.serviceModule;
}

export function measureBundleSizes(outputDir: string = LWC_OUTPUT_DIR): BundleSize[] {
    return fs
        .readdirSync(outputDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
            const dir = path.join(outputDir, entry.name);
            const files = fs
                .readdirSync(dir)
                .filter((f) => COMPILED_EXTENSIONS.has(path.extname(f)));
            // Each file is its own module once compiled: minified one by one, weighed together.
            const minified = files
                .map((file) => {
                    const { code } = transformSync(
                        fs.readFileSync(path.join(dir, file), 'utf8'),
                        file,
                        {
                            name: entry.name,
                            namespace: 'c',
                            enableLightningWebSecurityTransforms: true,
                        },
                    );
                    return minify(code, { minify: true, format: 'esm', target: 'es2022' }).code;
                })
                .join('\n');
            const gzippedBytes = zlib.gzipSync(minified, { level: 9 }).length;
            const budget = budgetOf(
                entry.name,
                files.some((f) => f.endsWith('.html')),
            );
            return {
                bundle: entry.name,
                minifiedBytes: Buffer.byteLength(minified),
                gzippedBytes,
                budgetGzippedBytes: budget,
                withinBudget: gzippedBytes <= budget,
            };
        })
        .sort((a, b) => a.bundle.localeCompare(b.bundle));
}
