import path from 'node:path';
import { buildLwcBundles } from './build';
import { compileCheckBundles } from './compile-check';
import { LWC_OUTPUT_DIR, LWC_SOURCE_DIR, PROJECT_ROOT, sourceApiVersion } from './paths';

function main(): void {
    const built = buildLwcBundles({
        sourceDir: LWC_SOURCE_DIR,
        outputDir: LWC_OUTPUT_DIR,
        apiVersion: sourceApiVersion(),
    });
    const { checkedFiles, problems } = compileCheckBundles(LWC_OUTPUT_DIR);
    for (const problem of problems) {
        console.error(`LWC compiler refused ${problem.file}: ${problem.message}`);
    }
    if (problems.length > 0) {
        process.exitCode = 1;
        return;
    }
    const components = built.filter((b) => b.kind === 'component').length;
    const services = built.length - components;
    console.log(
        `Built ${components} components and ${services} service modules into ${path.relative(PROJECT_ROOT, LWC_OUTPUT_DIR)} (${checkedFiles} files accepted by the LWC compiler)`,
    );
}

try {
    main();
} catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
}
