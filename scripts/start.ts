/**
 * `npm start [-- --port 3000] [--data-dir .data/local-app] [--reset] [--no-events] [--accounts 1|2]
 *   [--aws --region <r> [--bucket <legal documents bucket>]]`
 *
 * Builds the components, then runs the local app: the Catalog simulator with its seed data
 * (or, with --aws, a real AWS account through the standard credential chain) and the web
 * server that renders the compiled components. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './build/paths';
import { startLocalApp } from './local-app/app';
import { parseStartOptions, START_USAGE } from './local-app/startOptions';

async function main(): Promise<void> {
    const args = parseStartOptions(process.argv.slice(2), process.env, PROJECT_ROOT);
    if (args.help) {
        console.log(START_USAGE);
        return;
    }
    const build = spawnSync(
        path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
        ['scripts/build/build-lwc.ts'],
        { cwd: PROJECT_ROOT, stdio: 'inherit' },
    );
    if (build.status !== 0) {
        process.exitCode = build.status ?? 1;
        return;
    }
    console.log('Bundling the components for the browser…');
    const app = await startLocalApp({
        host: args.host,
        port: args.port,
        dataDir: args.dataDir,
        reset: args.reset,
        aws: args.aws ?? undefined,
        changeSetEvents: args.changeSetEvents ? {} : false,
        sellerAccounts: args.accounts,
        log: (line) => console.log(line),
    });
    if (app.simulators.size > 0) {
        for (const [account, simulator] of app.simulators) {
            console.log(`Catalog simulator of the seller account ${account}: ${simulator.url}`);
        }
        console.log(
            args.changeSetEvents
                ? 'Change set events: the simulators post them to the app, as EventBridge does'
                : 'Change set events: off (--no-events); the status comes by polling',
        );
    } else {
        console.log(`Catalog API: AWS, region ${args.aws?.region ?? ''}`);
    }
    console.log(`\nResale Authorizations is running: open ${app.url}\nPress Ctrl-C to stop.`);
    let stopping = false;
    const stop = (): void => {
        if (stopping) {
            return;
        }
        stopping = true;
        console.log('\nStopping…');
        app.stop().then(
            () => process.exit(0),
            (error: unknown) => {
                console.error(error);
                process.exit(1);
            },
        );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});
