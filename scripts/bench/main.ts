/**
 * `npm run bench`: measures the domain, the bundle sizes, the simulator, the list and a keystroke
 * in the wizard in Chromium, the Catalog API calls of each workflow, the import of 2,000 resale
 * authorizations and the status on screen with and without AWS's change set events; writes
 * `bench-results.json` (each timed figure beside its target) and prints a table. Figures, never
 * pass/fail: the tests check behaviour, this measures it. The machine's load is written too: the
 * browser figures are wall-clock times, longer on a machine busy with other work.
 * `npm run bench -- --only changeSetEvents` measures that part alone and updates it in place.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../build/paths';
import { round } from './stats';
import { runApiEconomyBench } from './apiEconomyBench';
import { runChangeSetEventsBench } from './changeSetEventsBench';
import type { ChangeSetEventsBenchResult } from './changeSetEventsBench';
import { runDomainBench } from './domainBench';
import { runImportBench } from './importBench';
import { runListBench } from './listBench';
import { runWizardBench } from './wizardBench';
import { measureBundleSizes } from './sizeBench';
import { runSimulatorBench } from './simulatorBench';

export const RESULTS_FILE = path.join(PROJECT_ROOT, 'bench-results.json');

function printChangeSetEvents(changeSetEvents: ChangeSetEventsBenchResult): void {
    console.log('A change set finished to its status on screen (ms, median; target)');
    console.table({ withEvents: changeSetEvents.withEvents, polling: changeSetEvents.polling });
}

/** `--only changeSetEvents`: that part measured again, the others' figures kept. */
async function onlyChangeSetEvents(): Promise<void> {
    console.log('Change set events against polling, in Chromium…');
    const changeSetEvents = await runChangeSetEventsBench();
    const results = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...results, changeSetEvents }, null, 2)}\n`);
    printChangeSetEvents(changeSetEvents);
    console.log(`Written to ${path.relative(PROJECT_ROOT, RESULTS_FILE)}`);
}

async function main(): Promise<void> {
    const only = process.argv.indexOf('--only');
    if (only >= 0) {
        if (process.argv[only + 1] !== 'changeSetEvents') {
            throw new Error('--only takes changeSetEvents');
        }
        await onlyChangeSetEvents();
        return;
    }
    const startedAt = new Date().toISOString();
    console.log('Domain: validate + mapping, 20 dimensions and 12 payments…');
    const domain = runDomainBench();
    console.log('Sizes of the compiled bundles…');
    const sizes = measureBundleSizes();
    console.log('Simulator under a bounded local load…');
    const simulator = await runSimulatorBench();
    console.log('The list in Chromium with 10,000 resale authorizations…');
    const loadBefore = os.loadavg();
    const list = await runListBench();
    console.log('Keystrokes in the wizard in Chromium, 20 dimensions and 60 payments…');
    const wizard = await runWizardBench();
    const loadAfter = os.loadavg();
    console.log('Catalog API calls per workflow…');
    const apiEconomy = await runApiEconomyBench();
    console.log('Import of 2,000 resale authorizations from the simulator…');
    const importFigures = await runImportBench();
    console.log('Change set events against polling, in Chromium…');
    const changeSetEvents = await runChangeSetEventsBench();
    const results = {
        startedAt,
        machine: {
            node: process.version,
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model ?? 'unknown',
            platform: `${os.platform()} ${os.arch()}`,
            /** The 1-minute load average before and after the browser figures. */
            loadAverage: {
                beforeBrowser: round(loadBefore[0] ?? 0, 2),
                afterBrowser: round(loadAfter[0] ?? 0, 2),
            },
        },
        domain,
        sizes,
        list,
        wizard,
        apiEconomy,
        import: importFigures,
        changeSetEvents,
        simulator,
    };
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nDomain');
    console.table([domain]);
    console.log('Sizes (bytes)');
    console.table(sizes);
    console.log('List in Chromium with 10,000 records (ms, median; target)');
    console.table(
        Object.fromEntries(
            (['firstRowsFirstVisit', 'firstRowsRepeatVisit', 'search', 'sort'] as const).map(
                (name) => [name, { ms: list[name].ms, targetMs: list[name].targetMs }],
            ),
        ),
    );
    console.log('A keystroke in the wizard, 20 dimensions and 60 payments (ms; target)');
    console.table([{ ...wizard.keystroke, ...wizard.byField }]);
    console.log('Catalog API calls per workflow');
    console.table(apiEconomy.workflows);
    console.table([apiEconomy.refreshStorm]);
    console.log('Import of 2,000 resale authorizations (ms; the target beside the figure)');
    console.table([
        {
            durationMs: importFigures.durationMs,
            targetMs: importFigures.targetMs,
            transactions: importFigures.transactions,
            maxCalloutsPerTransaction: importFigures.maxCalloutsPerTransaction,
            listEntities: importFigures.listEntitiesCalls,
            batchDescribeEntities: importFigures.batchDescribeEntitiesCalls,
        },
    ]);
    printChangeSetEvents(changeSetEvents);
    console.log('Simulator');
    console.table(simulator);
    console.log(`Written to ${path.relative(PROJECT_ROOT, RESULTS_FILE)}`);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
});
