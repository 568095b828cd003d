import fs from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder, from the working directory up, with sfdx-project.json. */
function findProjectRoot(start: string): string {
    let dir = path.resolve(start);
    while (!fs.existsSync(path.join(dir, 'sfdx-project.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new Error(`No sfdx-project.json above ${start}: run this from the project.`);
        }
        dir = parent;
    }
    return dir;
}

export const PROJECT_ROOT = findProjectRoot(process.cwd());
export const LWC_SOURCE_DIR = path.join(PROJECT_ROOT, 'lwc-src');
export const FORCE_APP_DIR = path.join(PROJECT_ROOT, 'force-app', 'main', 'default');
export const LWC_OUTPUT_DIR = path.join(FORCE_APP_DIR, 'lwc');

export function sourceApiVersion(): string {
    const project = JSON.parse(
        fs.readFileSync(path.join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8'),
    ) as { sourceApiVersion?: string };
    if (!project.sourceApiVersion) {
        throw new Error('sfdx-project.json has no sourceApiVersion');
    }
    return project.sourceApiVersion;
}
