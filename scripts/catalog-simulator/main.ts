/**
 * `npm run simulator -- [--port 4566] [--data-dir .data/catalog] [--reset] [--today YYYY-MM-DD]
 *   [--preparing-ms 2000] [--applying-ms 3000] [--max-rps 100] [--fault StartChangeSet:drop:1]
 *   [--events-url <url> [--events-token <bearer token>] [--events-delay-ms 0]]`
 */
import { parseArgs } from 'node:util';
import type { FaultRule } from './faults';
import { DEFAULT_DELAYS, DEFAULT_PORT, startCatalogSimulator } from './server';

function parseFault(text: string): FaultRule {
    const [operation = '*', kind = 'error', amount] = text.split(':');
    if (kind !== 'latency' && kind !== 'error' && kind !== 'drop') {
        throw new Error(`--fault ${text}: the kind is latency, error or drop`);
    }
    return kind === 'latency'
        ? { operation, kind, latencyMs: Number(amount ?? 1000) }
        : { operation, kind, ...(amount ? { count: Number(amount) } : {}) };
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            port: { type: 'string', default: String(DEFAULT_PORT) },
            host: { type: 'string', default: '127.0.0.1' },
            'data-dir': { type: 'string', default: '.data/catalog' },
            reset: { type: 'boolean', default: false },
            today: { type: 'string' },
            'preparing-ms': { type: 'string', default: String(DEFAULT_DELAYS.preparingMs) },
            'applying-ms': { type: 'string', default: String(DEFAULT_DELAYS.applyingMs) },
            'max-rps': { type: 'string', default: '100' },
            fault: { type: 'string', multiple: true, default: [] },
            'events-url': { type: 'string' },
            'events-token': { type: 'string' },
            'events-delay-ms': { type: 'string', default: '0' },
        },
    });
    const token = values['events-token'];
    const simulator = await startCatalogSimulator({
        host: values.host,
        port: Number(values.port),
        dataDir: values['data-dir'],
        reset: values.reset,
        today: values.today,
        delays: {
            preparingMs: Number(values['preparing-ms']),
            applyingMs: Number(values['applying-ms']),
        },
        maxRequestsPerSecond: Number(values['max-rps']),
        faults: values.fault.map(parseFault),
        events: {
            url: values['events-url'] ?? null,
            headers: token ? { Authorization: `Bearer ${token}` } : {},
            delayMs: Number(values['events-delay-ms']),
        },
    });
    console.log(`Catalog simulator listening on ${simulator.url}`);
    const stop = (): void => {
        simulator.stop().then(
            () => process.exit(0),
            () => process.exit(1),
        );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
