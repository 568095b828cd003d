/**
 * `npm run deploy -- [sf project deploy start flags]`: builds the components from lwc-src, then
 * deploys force-app with the Salesforce CLI, e.g. `npm run deploy -- --target-org my-org`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './build/paths';

function run(command: string, args: string[]): void {
    const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
}

const localBin = (name: string): string => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

run(localBin('tsx'), ['scripts/build/build-lwc.ts']);
run(localBin('sf'), [
    'project',
    'deploy',
    'start',
    '--source-dir',
    'force-app',
    ...process.argv.slice(2),
]);
