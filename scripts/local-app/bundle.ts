/**
 * Builds the local app's browser bundle from the SAME compiled components that deploy to
 * Salesforce (force-app/main/default/lwc), with LWC's open-source engine, synthetic shadow (the
 * base components need it, as in Lightning Experience) and `lightning-base-components`.
 * What only the platform provides is supplied by the local app's own modules (web/):
 * - `@salesforce/apex/Class.method`: a call to the local server, and `refreshApex` of
 *   `@salesforce/apex`;
 * - `@salesforce/label/c.Name`: the label in the page's language, given by the server;
 * - `@salesforce/customPermission/Name`: whether the local user has it, given by the server;
 * - `@salesforce/messageChannel/Name__c`: the channel's name, for the page's message service;
 * - `@salesforce/i18n/*` (locale, language, formats) and the base components' own labels: the
 *   values of the page's language the server gives (`pageLocales.ts`), else the English ones of
 *   `lightning-base-components`;
 * - `lightning/empApi`, `lightning/platformShowToastEvent`, `lightning/fileUpload`,
 *   `lightning/recordPicker`, `lightning/navigation` (real URLs and history),
 *   `lightning/messageService`, and where a stored legal document opens (`c/raDocumentLink`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import type { Plugin } from 'rollup';
import { buildLwcBundles } from '../build/build';
import { LWC_OUTPUT_DIR, PROJECT_ROOT, sourceApiVersion } from '../build/paths';
import { PAGE_ENTRY } from './staticFiles';

export const LOCAL_APP_BUILD_DIR = path.join(PROJECT_ROOT, '.local-app');
/** The page's scripts: `app.js`, its entry, and the chunks it imports when it needs them. */
const PAGE_OUTPUT_DIR = path.join(LOCAL_APP_BUILD_DIR, 'page');
const WEB_SOURCE_DIR = path.join(PROJECT_ROOT, 'scripts', 'local-app', 'web');
const WEB_OUTPUT_DIR = path.join(LOCAL_APP_BUILD_DIR, 'web');

/** Platform modules the local app replaces, and the local module that stands in for each. */
const PLATFORM_STAND_INS: Record<string, string> = {
    'lightning/empApi': 'localEmpApi',
    'lightning/platformShowToastEvent': 'localToastEvent',
    'lightning/fileUpload': 'localFileUpload',
    // The base component searches through the platform's GraphQL API, which the app has not.
    'lightning/recordPicker': 'localRecordPicker',
    'lightning/navigation': 'localNavigation',
    'lightning/messageService': 'localMessageService',
    'c/raDocumentLink': 'localDocumentLink',
};

const ENTRY_ID = 'local-app-entry';
const APEX_PREFIX = '@salesforce/apex/';
const APEX_MODULE = '@salesforce/apex';
const LABEL_PREFIX = '@salesforce/label/c.';
const CUSTOM_PERMISSION_PREFIX = '@salesforce/customPermission/';
const MESSAGE_CHANNEL_PREFIX = '@salesforce/messageChannel/';
const I18N_PREFIX = '@salesforce/i18n/';
const BASE_LABEL_PREFIX = '@salesforce/label/';
const BASE_COMPONENTS_DIR = path.join(PROJECT_ROOT, 'node_modules', 'lightning-base-components');

/** The module each of the base components' scoped imports (`@salesforce/i18n/locale`...) names. */
function scopedImportFiles(): Map<string, string> {
    const manifest = JSON.parse(
        fs.readFileSync(path.join(BASE_COMPONENTS_DIR, 'package.json'), 'utf8'),
    ) as { lwc?: { modules?: { name?: string; path?: string }[] } };
    return new Map(
        (manifest.lwc?.modules ?? []).flatMap((module) =>
            module.name && module.path
                ? [[module.name, path.join(BASE_COMPONENTS_DIR, module.path)] as const]
                : [],
        ),
    );
}

/**
 * A platform value the page's language may replace: `@salesforce/i18n/<key>` from the page's
 * `i18n`, a base component label `@salesforce/label/<key>` from its `baseLabels`; otherwise the
 * English value `lightning-base-components` ships.
 */
function localizedModule(source: string, fallbackFile: string | undefined): string {
    const isI18n = source.startsWith(I18N_PREFIX);
    const key = source.slice(isI18n ? I18N_PREFIX.length : BASE_LABEL_PREFIX.length);
    const given = isI18n ? 'i18n' : 'baseLabels';
    const fallback = fallbackFile
        ? fs.readFileSync(fallbackFile, 'utf8').replace(/export default /, 'const fallback = ')
        : 'const fallback = undefined;';
    return [
        fallback,
        `const given = (globalThis.LOCAL_APP && globalThis.LOCAL_APP.${given}) || {};`,
        `export default given[${JSON.stringify(key)}] ?? fallback;`,
    ].join('\n');
}

function bundleEntry(outputDir: string, name: string): string {
    return path.join(outputDir, name, `${name}.js`);
}

/** Alias records: `c/<name>` for each compiled component, stand-ins for platform modules. */
function moduleRecords(): { name: string; path: string }[] {
    const components = fs
        .readdirSync(LWC_OUTPUT_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !(`c/${entry.name}` in PLATFORM_STAND_INS))
        .map((entry) => ({
            name: `c/${entry.name}`,
            path: bundleEntry(LWC_OUTPUT_DIR, entry.name),
        }));
    const standIns = Object.entries(PLATFORM_STAND_INS).map(([name, local]) => ({
        name,
        path: bundleEntry(WEB_OUTPUT_DIR, local),
    }));
    return [
        ...components,
        ...standIns,
        { name: 'local/shell', path: bundleEntry(WEB_OUTPUT_DIR, 'localShell') },
    ];
}

function platformModules(): Plugin {
    const apexModule = bundleEntry(WEB_OUTPUT_DIR, 'localApex');
    const scopedImports = scopedImportFiles();
    return {
        name: 'local-app-platform-modules',
        resolveId(source) {
            if (
                source === ENTRY_ID ||
                source === APEX_MODULE ||
                source.startsWith(APEX_PREFIX) ||
                source.startsWith(BASE_LABEL_PREFIX) ||
                source.startsWith(CUSTOM_PERMISSION_PREFIX) ||
                source.startsWith(MESSAGE_CHANNEL_PREFIX) ||
                source.startsWith(I18N_PREFIX)
            ) {
                return `\0${source}`;
            }
            return null;
        },
        load(id) {
            if (id === `\0${ENTRY_ID}`) {
                return [
                    "import '@lwc/synthetic-shadow';",
                    "import { createElement } from 'lwc';",
                    "import Shell from 'local/shell';",
                    "document.getElementById('app').appendChild(createElement('local-shell', { is: Shell }));",
                ].join('\n');
            }
            if (id.startsWith(`\0${APEX_PREFIX}`)) {
                const method =
                    id
                        .slice(APEX_PREFIX.length + 1)
                        .split('.')
                        .pop() ?? '';
                return `import { apexMethod } from ${JSON.stringify(apexModule)};\nexport default apexMethod(${JSON.stringify(method)});`;
            }
            if (id === `\0${APEX_MODULE}`) {
                return `export { refreshApex } from ${JSON.stringify(apexModule)};`;
            }
            if (id.startsWith(`\0${CUSTOM_PERMISSION_PREFIX}`)) {
                const name = id.slice(CUSTOM_PERMISSION_PREFIX.length + 1);
                return `const granted = (globalThis.LOCAL_APP && globalThis.LOCAL_APP.customPermissions) || {};\nexport default granted[${JSON.stringify(name)}] === true;`;
            }
            if (id.startsWith(`\0${LABEL_PREFIX}`)) {
                const name = id.slice(LABEL_PREFIX.length + 1);
                return `const labels = (globalThis.LOCAL_APP && globalThis.LOCAL_APP.labels) || {};\nexport default labels[${JSON.stringify(name)}] ?? ${JSON.stringify(name)};`;
            }
            if (id.startsWith(`\0${MESSAGE_CHANNEL_PREFIX}`)) {
                const channelName = id.slice(MESSAGE_CHANNEL_PREFIX.length + 1);
                return `export default Object.freeze({ channelName: ${JSON.stringify(channelName)} });`;
            }
            if (id.startsWith(`\0${BASE_LABEL_PREFIX}`) || id.startsWith(`\0${I18N_PREFIX}`)) {
                const source = id.slice(1);
                return localizedModule(source, scopedImports.get(source));
            }
            return null;
        },
    };
}

/**
 * V8's compile hint (Chrome 136 and later): compile every function of the file while it
 * downloads, on a background thread, instead of on the main thread when first called. The entry
 * runs the engine and renders the list as soon as it loads: most of what it holds runs at once.
 */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad\n';

/**
 * Each chunk minified as it is written. The page loads ES modules: what the base components
 * import dynamically (the icon templates of each SLDS category, nearly half of the code) is a
 * chunk of its own, fetched the first time an icon of that category renders, never before.
 */
function minifyChunks(): Plugin {
    return {
        name: 'local-app-minify',
        async renderChunk(code, chunk) {
            const minified = await transform(code, {
                minify: true,
                target: 'es2022',
                format: 'esm',
            });
            return { code: (chunk.isEntry ? COMPILE_EAGERLY : '') + minified.code, map: null };
        },
    };
}

/**
 * Build-time constants a browser does not have: the engine reads `process.env.NODE_ENV`, the
 * base components `import.meta.env.SSR` (the page renders in the browser, not on a server).
 */
const BUILD_CONSTANTS: [string, string][] = [
    ['process.env.NODE_ENV', '"production"'],
    ['import.meta.env.SSR', 'false'],
];

function buildConstants(): Plugin {
    return {
        name: 'local-app-build-constants',
        transform(code) {
            const replaced = BUILD_CONSTANTS.reduce(
                (text, [name, value]) => text.replaceAll(name, value),
                code,
            );
            return replaced === code ? null : { code: replaced, map: null };
        },
    };
}

export interface LocalAppBundle {
    /** The folder of the page's scripts: `app.js` (PAGE_ENTRY) and its chunks. */
    dir: string;
    /** Bytes of all the scripts, and of the entry alone (what the page loads first). */
    bytes: number;
    entryBytes: number;
    durationMs: number;
    /** False when the bundle of the same sources was already there. */
    rebuilt: boolean;
}

function filesUnder(dir: string): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}

/** A hash of everything the bundle is made of, to skip a rebuild when nothing changed. */
function sourcesFingerprint(): string {
    const hash = crypto.createHash('sha256');
    const baseComponents = path.join(PROJECT_ROOT, 'node_modules', 'lightning-base-components');
    hash.update(fs.readFileSync(path.join(baseComponents, 'package.json')));
    hash.update(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
    for (const file of [...filesUnder(LWC_OUTPUT_DIR), ...filesUnder(WEB_SOURCE_DIR), __filename]) {
        hash.update(file);
        hash.update(fs.readFileSync(file));
    }
    return hash.digest('hex');
}

function bundleOf(dir: string, started: number, rebuilt: boolean): LocalAppBundle {
    return {
        dir,
        bytes: filesUnder(dir).reduce((sum, file) => sum + fs.statSync(file).size, 0),
        entryBytes: fs.statSync(path.join(dir, PAGE_ENTRY)).size,
        durationMs: Date.now() - started,
        rebuilt,
    };
}

/**
 * Compiles the local app's own modules, then bundles everything into `.local-app/page/`: the
 * entry `app.js` and the chunks it imports dynamically, as minified ES modules; unless the bundle
 * of the same sources is already there.
 */
export async function buildLocalAppBundle(
    options: { force?: boolean } = {},
): Promise<LocalAppBundle> {
    const started = Date.now();
    if (!fs.existsSync(LWC_OUTPUT_DIR)) {
        throw new Error('The components are not built: run `npm run build` first.');
    }
    const fingerprintFile = path.join(LOCAL_APP_BUILD_DIR, 'app.fingerprint');
    const fingerprint = sourcesFingerprint();
    const previous = fs.existsSync(fingerprintFile) ? fs.readFileSync(fingerprintFile, 'utf8') : '';
    if (
        !options.force &&
        previous === fingerprint &&
        fs.existsSync(path.join(PAGE_OUTPUT_DIR, PAGE_ENTRY))
    ) {
        return bundleOf(PAGE_OUTPUT_DIR, started, false);
    }
    buildLwcBundles({
        sourceDir: WEB_SOURCE_DIR,
        outputDir: WEB_OUTPUT_DIR,
        apiVersion: sourceApiVersion(),
    });
    const build = await rollup({
        input: { app: ENTRY_ID },
        plugins: [
            platformModules(),
            lwc({
                rootDir: WEB_OUTPUT_DIR,
                // lightning-base-components uses lwc:is, which the platform enables for them.
                enableDynamicComponents: true,
                // The combobox is form-associated (attachInternals) under synthetic shadow.
                enableSyntheticElementInternals: true,
                modules: [...moduleRecords(), { npm: 'lightning-base-components' }],
            }),
            buildConstants(),
            minifyChunks(),
        ],
        onwarn(warning, warn) {
            // Template warnings and circular imports inside the base components are theirs.
            const inBaseComponents = [warning.id, ...(warning.ids ?? [])].some((id) =>
                id?.includes(`${path.sep}lightning-base-components${path.sep}`),
            );
            if (!inBaseComponents) {
                warn(warning);
            }
        },
    });
    fs.rmSync(PAGE_OUTPUT_DIR, { recursive: true, force: true });
    fs.rmSync(path.join(LOCAL_APP_BUILD_DIR, 'app.js'), { force: true });
    await build.write({
        dir: PAGE_OUTPUT_DIR,
        format: 'es',
        sourcemap: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
    });
    await build.close();
    fs.writeFileSync(fingerprintFile, fingerprint);
    return bundleOf(PAGE_OUTPUT_DIR, started, true);
}
