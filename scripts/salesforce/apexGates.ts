/**
 * Offline Apex gates on Java tools, from the jars of `@salesforce/code-analyzer-pmd-engine`:
 * - the Apex language server's semantic check (`CheckForIssues` of apex-ls): unknown types,
 *   fields and methods, type errors, syntax errors, against the project's objects and the
 *   platform's types;
 * - PMD's Apex rules of the `security` and `performance` categories, through a small driver on
 *   PMD's API (`java/RunPmd.java`).
 * Both need Java 17 or later (`java` on PATH); nothing needs an org.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../build/paths';

/** One problem a tool reports, with the file relative to the analysed project. */
export interface ApexFinding {
    file: string;
    line: number;
    rule: string;
    message: string;
}

/** A PMD finding silenced at its line (`// NOPMD reason` or `@SuppressWarnings('PMD.Rule')`). */
export interface SuppressedFinding extends ApexFinding {
    reason: string;
}

export interface GateOutcome {
    findings: ApexFinding[];
    suppressed: SuppressedFinding[];
    durationMs: number;
}

export const MINIMUM_JAVA_VERSION = 17;

export const JAVA_LIB_DIR = path.join(
    PROJECT_ROOT,
    'node_modules',
    '@salesforce',
    'code-analyzer-pmd-engine',
    'dist',
    'java-lib',
);

export const PMD_RULE_SETS = ['category/apex/security.xml', 'category/apex/performance.xml'];

const PMD_DRIVER = path.join(PROJECT_ROOT, 'scripts', 'salesforce', 'java', 'RunPmd.java');
const APEX_LS_MAIN = 'io.github.apexdevtools.apexls.CheckForIssues';
const TIMEOUT_MS = 5 * 60 * 1000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export const JAVA_INSTALL_HINT =
    `the offline Apex gates (apex-ls, PMD) need Java ${MINIMUM_JAVA_VERSION} or later as \`java\` on PATH; ` +
    'on Debian or Ubuntu: `sudo apt-get install -y default-jre-headless`';

/** The major version in the output of `java -version` (`"17.0.15"`, `"21"`, `"1.8.0_402"`). */
export function javaMajorVersion(versionOutput: string): number | null {
    const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
    if (!match) {
        return null;
    }
    const first = Number(match[1]);
    return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

let javaChecked = false;

/** Throws an error that says what to install when Java is missing or too old. */
export function requireJava(): void {
    if (javaChecked) {
        return;
    }
    const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
        const cause = result.error ? result.error.message : `exit code ${String(result.status)}`;
        throw new Error(`Java not found (${cause}): ${JAVA_INSTALL_HINT}`);
    }
    const version = javaMajorVersion(`${result.stderr}${result.stdout}`);
    if (version === null || version < MINIMUM_JAVA_VERSION) {
        throw new Error(
            `Java ${version ?? '(unknown version)'} is too old: ${JAVA_INSTALL_HINT}\n${result.stderr}`,
        );
    }
    const jars = fs.existsSync(JAVA_LIB_DIR) ? fs.readdirSync(JAVA_LIB_DIR) : [];
    if (!['pmd-apex-', 'apex-ls_'].every((prefix) => jars.some((jar) => jar.startsWith(prefix)))) {
        throw new Error(
            `No PMD or apex-ls jars in ${JAVA_LIB_DIR}: run \`npm install\` (@salesforce/code-analyzer-pmd-engine)`,
        );
    }
    javaChecked = true;
}

function runJava(args: string[], cwd: string): { status: number | null; stdout: string } {
    requireJava();
    const result = spawnSync('java', ['-cp', `${JAVA_LIB_DIR}${path.sep}*`, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT_BYTES,
    });
    if (result.error) {
        throw new Error(`java ${args[0] ?? ''} failed: ${result.error.message}`);
    }
    if (result.status !== 0 && result.status !== 4) {
        throw new Error(
            `java ${args[0] ?? ''} exited with ${String(result.status)}:\n${result.stderr}${result.stdout}`,
        );
    }
    return { status: result.status, stdout: result.stdout };
}

/** The first JSON object of a tool's standard output (anything printed before it is skipped). */
function jsonOf<T>(stdout: string, tool: string): T {
    const start = stdout.indexOf('{');
    if (start < 0) {
        throw new Error(`${tool} printed no JSON:\n${stdout}`);
    }
    return JSON.parse(stdout.slice(start)) as T;
}

function relativeTo(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

interface ApexLsReport {
    files: {
        path: string;
        messages: { start: { line: number }; category: string; message: string }[];
    }[];
}

/** Reads the `-f json` output of apex-ls `CheckForIssues` (the category is the rule). */
export function parseApexLsReport(stdout: string, projectRoot: string): ApexFinding[] {
    if (stdout.trim() === '') {
        return [];
    }
    const report = jsonOf<ApexLsReport>(stdout, 'apex-ls');
    return report.files.flatMap((file) =>
        file.messages.map((message) => ({
            file: relativeTo(projectRoot, file.path),
            line: message.start.line,
            rule: message.category,
            message: message.message,
        })),
    );
}

/**
 * The Apex language server's check of a whole SFDX project (`-d warnings`: errors and
 * warnings, without the "unused" hints). Exit code 4 means it found issues.
 */
export function runApexLanguageServer(projectRoot: string): GateOutcome {
    const started = Date.now();
    const { status, stdout } = runJava(
        [APEX_LS_MAIN, '-n', '-d', 'warnings', '-f', 'json', '-w', projectRoot],
        projectRoot,
    );
    const findings = parseApexLsReport(stdout, projectRoot);
    if (status === 4 && findings.length === 0) {
        throw new Error(`apex-ls reported issues it did not list:\n${stdout}`);
    }
    return { findings, suppressed: [], durationMs: Date.now() - started };
}

interface PmdReport {
    violations: ApexFinding[];
    suppressed: (ApexFinding & { suppressor: string; reason: string })[];
    processingErrors: { file: string; message: string }[];
    configurationErrors: { rule: string; message: string }[];
}

/** The Apex folders PMD analyses: `classes` and `triggers` of the default package folder. */
export function apexSourceDirs(projectRoot: string): string[] {
    return ['classes', 'triggers']
        .map((folder) => path.join(projectRoot, 'force-app', 'main', 'default', folder))
        .filter((dir) => fs.existsSync(dir));
}

/**
 * PMD's Apex rules on the project's classes and triggers. Parse and configuration errors are
 * findings too, and so is a `// NOPMD` without a reason after it.
 */
export function runPmd(projectRoot: string, ruleSets: string[] = PMD_RULE_SETS): GateOutcome {
    const started = Date.now();
    const dirs = apexSourceDirs(projectRoot);
    if (dirs.length === 0) {
        return { findings: [], suppressed: [], durationMs: 0 };
    }
    const { stdout } = runJava([PMD_DRIVER, ruleSets.join(','), ...dirs], projectRoot);
    const report = jsonOf<PmdReport>(stdout, 'PMD');
    const relative = (finding: ApexFinding): ApexFinding => ({
        file: relativeTo(projectRoot, finding.file),
        line: finding.line,
        rule: finding.rule,
        message: finding.message,
    });
    const suppressed = report.suppressed.map((finding) => ({
        ...relative(finding),
        reason: finding.reason,
    }));
    const findings: ApexFinding[] = [
        ...report.violations.map(relative),
        ...report.suppressed
            .filter((finding) => finding.suppressor.includes('NOPMD') && finding.reason === '')
            .map((finding) => ({
                ...relative(finding),
                message: `NOPMD without a reason (${finding.message})`,
            })),
        ...report.processingErrors.map((error) => ({
            file: relativeTo(projectRoot, error.file),
            line: 0,
            rule: 'ProcessingError',
            message: error.message,
        })),
        ...report.configurationErrors.map((error) => ({
            file: '',
            line: 0,
            rule: error.rule,
            message: `configuration error: ${error.message}`,
        })),
    ];
    return { findings, suppressed, durationMs: Date.now() - started };
}

/** `file:line  rule  message`, one line per finding, sorted. */
export function formatFindings(findings: readonly ApexFinding[]): string {
    return [...findings]
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
        .map((finding) => `${finding.file}:${finding.line}  ${finding.rule}  ${finding.message}`)
        .join('\n');
}
