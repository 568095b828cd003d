/**
 * The options of `npm start`: where the local app listens and keeps its data, whether it talks
 * to the simulator (the default) or to a real AWS account (`--aws --region <r>`), and how many
 * simulated seller accounts it has (`--accounts 2`; one by default).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

export const START_USAGE =
    'Usage: npm start -- [--port 3000] [--host 127.0.0.1] [--data-dir .data/local-app] [--reset] [--no-events] [--accounts 1|2] [--aws --region <region> [--bucket <legal documents bucket>]]';

/** How many seller accounts the local app can simulate. */
const MAX_ACCOUNTS = 2;

export interface StartOptions {
    host: string;
    port: number;
    dataDir: string;
    reset: boolean;
    /** The simulator delivers AWS's change set events to the app (off: polling alone). */
    changeSetEvents: boolean;
    aws: { region: string; legalDocumentsBucket?: string } | null;
    /** Simulated seller accounts, each with its own catalog. */
    accounts: number;
    help: boolean;
}

export function parseStartOptions(
    args: string[],
    env: Record<string, string | undefined>,
    projectRoot: string,
): StartOptions {
    const { values } = parseArgs({
        args,
        options: {
            port: { type: 'string', default: '3000' },
            host: { type: 'string', default: '127.0.0.1' },
            'data-dir': { type: 'string', default: path.join('.data', 'local-app') },
            reset: { type: 'boolean', default: false },
            'no-events': { type: 'boolean', default: false },
            aws: { type: 'boolean', default: false },
            region: { type: 'string' },
            bucket: { type: 'string' },
            accounts: { type: 'string', default: '1' },
            help: { type: 'boolean', default: false },
        },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(
            `--port ${values.port}: give a port number from 0 to 65535.\n${START_USAGE}`,
        );
    }
    const accounts = Number(values.accounts);
    if (!Number.isInteger(accounts) || accounts < 1 || accounts > MAX_ACCOUNTS) {
        throw new Error(
            `--accounts ${values.accounts}: the local app simulates 1 to ${MAX_ACCOUNTS} seller accounts.\n${START_USAGE}`,
        );
    }
    if (values.aws && accounts > 1) {
        throw new Error(`--accounts applies to the simulator, not to --aws.\n${START_USAGE}`);
    }
    const region = values.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (values.aws && !region) {
        throw new Error(`--aws needs --region (or AWS_REGION).\n${START_USAGE}`);
    }
    return {
        host: values.host,
        port,
        dataDir: path.resolve(projectRoot, values['data-dir']),
        reset: values.reset,
        changeSetEvents: !values['no-events'],
        aws: values.aws && region ? { region, legalDocumentsBucket: values.bucket } : null,
        accounts,
        help: values.help,
    };
}
