/**
 * `npm start [-- --port 3000] [--data-dir .data/local-app] [--reset] [--aws --region <r>
 *   [--bucket <legal documents bucket>]]`
 *
 * Builds the components, then runs the local app: the Catalog simulator with its seed data
 * (or, with --aws, a real AWS account through the standard credential chain) and the web
 * server that renders the compiled components. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './build/paths';
import { startLocalApp } from './local-app/app';

const USAGE =
    'Usage: npm start -- [--port 3000] [--data-dir .data/local-app] [--reset] [--aws --region <region> [--bucket <bucket>]]';

function options() {
    const { values } = parseArgs({
        options: {
            port: { type: 'string', default: '3000' },
            host: { type: 'string', default: '127.0.0.1' },
            'data-dir': { type: 'string', default: path.join('.data', 'local-app') },
            reset: { type: 'boolean', default: false },
            aws: { type: 'boolean', default: false },
            region: { type: 'string' },
            bucket: { type: 'string' },
            help: { type: 'boolean', default: false },
        },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port ${values.port}: give a port number from 0 to 65535.\n${USAGE}`);
    }
    const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (values.aws && !region) {
        throw new Error(`--aws needs --region (or AWS_REGION).\n${USAGE}`);
    }
    return { ...values, port, region };
}

async function main(): Promise<void> {
    const args = options();
    if (args.help) {
        console.log(USAGE);
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
        dataDir: path.resolve(PROJECT_ROOT, args['data-dir']),
        reset: args.reset,
        aws:
            args.aws && args.region
                ? { region: args.region, legalDocumentsBucket: args.bucket }
                : undefined,
        log: (line) => console.log(line),
    });
    if (app.simulator) {
        console.log(`Catalog simulator: ${app.simulator.url}`);
    } else {
        console.log(`Catalog API: AWS, region ${args.region}`);
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
