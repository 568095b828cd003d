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
/**
 * The French translation: its own package directory, deployed after force-app and only to an org
 * where French is enabled in Translation Workbench (elsewhere it fails the whole deployment).
 */
export const FRENCH_APP_DIR = path.join(PROJECT_ROOT, 'force-app-fr', 'main', 'default');

function sfdxProject(): { sourceApiVersion?: string; packageDirectories?: { path: string }[] } {
    return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8')) as {
        sourceApiVersion?: string;
        packageDirectories?: { path: string }[];
    };
}

/** Every package directory of sfdx-project.json, as absolute paths. */
export function packageDirectories(): string[] {
    return (sfdxProject().packageDirectories ?? []).map((dir) => path.join(PROJECT_ROOT, dir.path));
}

export function sourceApiVersion(): string {
    const project = sfdxProject();
    if (!project.sourceApiVersion) {
        throw new Error('sfdx-project.json has no sourceApiVersion');
    }
    return project.sourceApiVersion;
}
