/**
 * The options of `npm start`: where the local app listens and keeps its data, and whether it
 * talks to the simulator (the default) or to a real AWS account (`--aws --region <r>`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

export const START_USAGE =
    'Usage: npm start -- [--port 3000] [--host 127.0.0.1] [--data-dir .data/local-app] [--reset] [--no-events] [--aws --region <region> [--bucket <legal documents bucket>]]';

export interface StartOptions {
    host: string;
    port: number;
    dataDir: string;
    reset: boolean;
    /** The simulator delivers AWS's change set events to the app (off: polling alone). */
    changeSetEvents: boolean;
    aws: { region: string; legalDocumentsBucket?: string } | null;
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
            help: { type: 'boolean', default: false },
        },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(
            `--port ${values.port}: give a port number from 0 to 65535.\n${START_USAGE}`,
        );
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
        help: values.help,
    };
}
