/**
 * `npm test`: every quality gate, in order, then one summary line `N passed, N failed`.
 * Each gate counts as one check, except Jest, whose tests are counted one by one.
 * All gates run even when one fails, so a single run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../build/paths';
import { formatFindings, runApexLanguageServer, runPmd } from '../salesforce/apexGates';
import type { GateOutcome } from '../salesforce/apexGates';

interface GateResult {
    name: string;
    passed: number;
    failed: number;
}

interface Gate {
    name: string;
    run: () => GateResult;
}

function bin(name: string): string {
    return path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
}

function runCommand(name: string, command: string, args: string[]): GateResult {
    console.log(`\n▶ ${name}: ${path.basename(command)} ${args.join(' ')}`);
    const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    const ok = result.status === 0;
    console.log(`${ok ? '✔' : '✘'} ${name}`);
    return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** An offline Apex gate: passes when the tool reports nothing; prints what it reports. */
function runApexGate(name: string, description: string, run: () => GateOutcome): GateResult {
    console.log(`\n▶ ${name}: ${description}`);
    let ok = false;
    try {
        const outcome = run();
        for (const suppressed of outcome.suppressed) {
            console.log(
                `  suppressed: ${suppressed.file}:${suppressed.line} ${suppressed.rule} (${suppressed.reason})`,
            );
        }
        if (outcome.findings.length > 0) {
            console.log(formatFindings(outcome.findings));
        }
        console.log(
            `${outcome.findings.length} finding(s) in ${(outcome.durationMs / 1000).toFixed(1)} s`,
        );
        ok = outcome.findings.length === 0;
    } catch (error) {
        console.log(error instanceof Error ? error.message : String(error));
    }
    console.log(`${ok ? '✔' : '✘'} ${name}`);
    return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function runJest(name: string, jestArgs: string[]): GateResult {
    const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jest-')), 'report.json');
    const command = runCommand(name, bin('jest'), [
        '--ci',
        '--json',
        `--outputFile=${reportFile}`,
        ...jestArgs,
    ]);
    if (!fs.existsSync(reportFile)) {
        return { name, passed: 0, failed: 1 };
    }
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numRuntimeErrorTestSuites: number;
    };
    // A suite that cannot even load has no failed test to count: count the suite.
    const failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
    return {
        name,
        passed: report.numPassedTests,
        failed: failed === 0 && command.failed > 0 ? 1 : failed,
    };
}

/** The CloudFormation template of the change set events (docs/change-set-events.md). */
const CLOUDFORMATION_TEMPLATES = ['docs/eventbridge/change-set-events.yaml'];

/**
 * cfn-lint on the CloudFormation templates. It comes from the Python package index, which not
 * every machine reaches: where it is not installed the gate says so and counts nothing, neither
 * passed nor failed; where it is, any finding fails it.
 */
function runCfnLint(): GateResult {
    const name = 'cfn-lint';
    const probe = spawnSync('cfn-lint', ['--version'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
        console.log(
            `\n▶ ${name}: not installed (pip install cfn-lint): the CloudFormation templates were not linted`,
        );
        return { name: `${name} (not installed, not run)`, passed: 0, failed: 0 };
    }
    return runCommand(`${name} ${probe.stdout.trim()}`, 'cfn-lint', CLOUDFORMATION_TEMPLATES);
}

const gates: Gate[] = [
    {
        name: 'typecheck',
        run: () => runCommand('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
    },
    { name: 'lint', run: () => runCommand('lint', bin('eslint'), ['.', '--max-warnings=0']) },
    { name: 'format', run: () => runCommand('format', bin('prettier'), ['--check', '.']) },
    {
        // Builds into a temporary folder: the committed bundles must already be what it makes.
        name: 'build',
        run: () =>
            runCommand('build + LWC compile check + committed bundles up to date', bin('tsx'), [
                'scripts/build/build-lwc.ts',
                '--check',
            ]),
    },
    {
        name: 'apex-ls',
        run: () =>
            runApexGate('apex-ls', 'Apex language server semantic check (Java)', () =>
                runApexLanguageServer(PROJECT_ROOT),
            ),
    },
    {
        name: 'pmd',
        run: () =>
            runApexGate('pmd', 'PMD Apex security and performance rules (Java)', () =>
                runPmd(PROJECT_ROOT),
            ),
    },
    { name: 'cfn-lint', run: runCfnLint },
    { name: 'jest', run: () => runJest('jest', ['--coverage', ...process.argv.slice(2)]) },
    {
        name: 'end-to-end',
        run: () => runJest('end-to-end (Chromium)', ['--config', 'scripts/e2e/jest.config.ts']),
    },
];

const results = gates.map((gate) => gate.run());
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('');
for (const result of results) {
    console.log(
        `  ${result.failed === 0 ? '✔' : '✘'} ${result.name}: ${result.passed} passed, ${result.failed} failed`,
    );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
