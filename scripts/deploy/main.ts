/**
 * `npm run deploy -- [sf project deploy start flags]` deploys force-app as it is committed, e.g.
 * `npm run deploy -- --target-org my-org`; it builds nothing, but first checks that the committed
 * LWC bundles are what lwc-src builds to (otherwise: `npm run build`, commit, deploy again).
 *
 * `npm run deploy:fr -- --target-org my-org` then deploys the French translation (force-app-fr),
 * once French is enabled in the org's Translation Workbench.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { committedBundleDifference, describeDifference, isSameContent } from '../build/committed';
import { PROJECT_ROOT } from '../build/paths';
import { deployPlan } from './plan';

function main(): number {
    const plan = deployPlan(process.argv.slice(2));
    if (plan.checkBundles) {
        const difference = committedBundleDifference();
        if (!isSameContent(difference)) {
            for (const line of describeDifference(difference)) {
                console.error(`force-app/main/default/lwc/${line}`);
            }
            console.error(
                'The committed LWC bundles are not what lwc-src builds to: run `npm run build`, commit, then deploy.',
            );
            return 1;
        }
    }
    const sf = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'sf');
    const result = spawnSync(sf, plan.sfArgs, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    return result.status ?? 1;
}

try {
    process.exitCode = main();
} catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
}
