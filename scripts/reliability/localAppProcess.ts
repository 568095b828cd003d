/**
 * The local app as a process of its own, for the runs that kill it with SIGKILL: the local
 * implementation of the contract on a data dir and its web server, on the Catalog API at a given
 * URL. `--clock-offset-ms` puts its clock ahead of the real one; through IPC the parent moves
 * the clock further and runs the status sync (its queued jobs only run when asked), as time and
 * the org's scheduler would.
 *
 *   node --import tsx scripts/reliability/localAppProcess.ts --data-dir <dir> --catalog-url <url>
 *     --page-scripts <dir>   (the scripts the page would load: these runs only call the Apex)
 */
import { parseArgs } from 'node:util';
import { createLocalBackend } from '../local-app/backend';
import { startLocalAppServer } from '../local-app/server';
import { faultCatalogClient, faultS3Client } from './faultEnvironment';
import type { AppProcessReply, AppProcessRequest } from './killedApp';

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            'data-dir': { type: 'string' },
            'catalog-url': { type: 'string' },
            'clock-offset-ms': { type: 'string', default: '0' },
            'page-scripts': { type: 'string' },
        },
    });
    const dataDir = values['data-dir'];
    const catalogUrl = values['catalog-url'];
    const bundleDir = values['page-scripts'];
    if (!dataDir || !catalogUrl || !bundleDir || !process.send) {
        throw new Error(
            'Usage: --data-dir <dir> --catalog-url <url> --page-scripts <dir>, with an IPC channel',
        );
    }
    let offsetMs = Number(values['clock-offset-ms']);
    const backend = await createLocalBackend({
        dataDir,
        reset: false,
        catalog: faultCatalogClient(catalogUrl),
        s3: faultS3Client(catalogUrl),
        legalDocumentsBucket: 'fault-run',
        statusSyncIntervalMs: null,
        clock: () => Date.now() + offsetMs,
    });
    const server = await startLocalAppServer({
        backend,
        bundleDir,
        appLabel: 'AWS Marketplace Resale',
        backendLabel: 'Simulator',
        port: 0,
    });
    const reply = (message: AppProcessReply) => process.send?.(message);
    process.on('message', (message: AppProcessRequest) => {
        if (message.type !== 'sync') {
            offsetMs += message.type === 'advanceClock' ? message.ms : 0;
            reply({ id: message.id, described: 0, records: backend.store.allRecords() });
            return;
        }
        backend.syncStatusesNow().then(
            (described) =>
                reply({ id: message.id, described, records: backend.store.allRecords() }),
            (error: unknown) => {
                console.error(error);
                process.exit(1);
            },
        );
    });
    process.on('SIGTERM', () => process.exit(0));
    process.on('disconnect', () => process.exit(0));
    reply({ id: 0, url: server.url, described: 0, records: backend.store.allRecords() });
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
