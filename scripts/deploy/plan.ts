/**
 * What `npm run deploy` and `npm run deploy:fr` deploy. The app (force-app) deploys to any org;
 * the French translation (force-app-fr) deploys after it, and only to an org where French is
 * enabled in Translation Workbench: anywhere else it would fail the whole deployment.
 */
export const APP_PACKAGE_DIR = 'force-app';
export const FRENCH_PACKAGE_DIR = 'force-app-fr';

/** The flag `npm run deploy:fr` passes. */
export const FRENCH_FLAG = '--french';

/** sf flags that choose what to deploy: the two npm scripts choose it instead. */
const SOURCE_FLAGS = [
    '--source-dir',
    '-d',
    '--manifest',
    '-x',
    '--metadata',
    '-m',
    '--metadata-dir',
];

export interface DeployPlan {
    /** The package directory deployed. */
    sourceDir: string;
    /** Whether the committed LWC bundles are checked against lwc-src first. */
    checkBundles: boolean;
    /** The arguments of `sf`. */
    sfArgs: string[];
}

export function deployPlan(argv: readonly string[]): DeployPlan {
    const french = argv.includes(FRENCH_FLAG);
    const sfFlags = argv.filter((arg) => arg !== FRENCH_FLAG);
    const sourceFlag = sfFlags.find((arg) =>
        SOURCE_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)),
    );
    if (sourceFlag) {
        throw new Error(
            `${sourceFlag}: npm run deploy deploys ${APP_PACKAGE_DIR} and npm run deploy:fr deploys ${FRENCH_PACKAGE_DIR}; for anything else run sf project deploy start yourself.`,
        );
    }
    const sourceDir = french ? FRENCH_PACKAGE_DIR : APP_PACKAGE_DIR;
    return {
        sourceDir,
        checkBundles: !french,
        sfArgs: ['project', 'deploy', 'start', '--source-dir', sourceDir, ...sfFlags],
    };
}
