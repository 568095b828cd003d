import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
    DescribeChangeSetCommand,
    ListChangeSetsCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import { PROJECT_ROOT } from '../../build/paths';
import { catalogClient, tempDataDir } from './simulatorHarness';

jest.setTimeout(60_000);

/** Makes the simulator kill itself between writing a new state and renaming it into place. */
const CRASH_BEFORE_STATE_RENAME = path.join(__dirname, 'crashBeforeStateRename.ts');

/**
 * Starts the simulator as one Node process (so SIGKILL reaches the server itself), with modules
 * to load first, and resolves with its URL once it listens.
 */
function startChild(
    dataDir: string,
    preload: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(
        process.execPath,
        [
            '--import',
            'tsx',
            ...preload.flatMap((module) => ['--import', module]),
            'scripts/catalog-simulator/main.ts',
            '--port',
            '0',
            '--data-dir',
            dataDir,
            '--preparing-ms',
            '0',
            '--applying-ms',
            '0',
            '--max-rps',
            '100000',
        ],
        {
            cwd: PROJECT_ROOT,
            stdio: ['ignore', 'pipe', 'inherit'],
        },
    );
    return new Promise((resolve, reject) => {
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /Catalog simulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
            if (match?.[1]) {
                resolve({ child, url: match[1] });
            }
        });
        child.once('exit', (code) => reject(new Error(`simulator exited with ${String(code)}`)));
    });
}

function exited(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.resolve();
    }
    return new Promise((resolve) => child.once('exit', () => resolve()));
}

const temporaryFiles = (dataDir: string): string[] =>
    [dataDir, path.join(dataDir, 's3')].flatMap((dir) =>
        fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')),
    );

const draftChange = (index: number) => ({
    Catalog: 'AWSMarketplace',
    ClientRequestToken: `durability-${index}`,
    ChangeSet: [
        {
            ChangeType: 'CreateResaleAuthorization',
            Entity: { Type: 'ResaleAuthorization@1.0' },
            DetailsDocument: {
                ProductId: 'prod-saas-analytics',
                Name: `Load ${index}`,
                ResellerAccountId: '111122223333',
            },
        },
    ],
});

describe('durable state', () => {
    it('loses no acknowledged change set when killed with SIGKILL under load', async () => {
        const dataDir = tempDataDir();
        const first = await startChild(dataDir);
        const client = catalogClient(first, 2000);
        const acknowledged = new Map<string, string>();
        let index = 0;
        const load = (async () => {
            for (;;) {
                const i = (index += 1);
                try {
                    const started = await client.send(new StartChangeSetCommand(draftChange(i)));
                    acknowledged.set(`durability-${i}`, started.ChangeSetId ?? '');
                } catch {
                    return;
                }
            }
        })();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        first.child.kill('SIGKILL');
        await load;
        expect(acknowledged.size).toBeGreaterThan(5);

        const second = await startChild(dataDir);
        try {
            const again = catalogClient(second);
            for (const [token, changeSetId] of acknowledged) {
                const described = await again.send(
                    new DescribeChangeSetCommand({
                        Catalog: 'AWSMarketplace',
                        ChangeSetId: changeSetId,
                    }),
                );
                expect(described.Status).toBe('SUCCEEDED');
                const retried = await again.send(
                    new StartChangeSetCommand(draftChange(Number(token.split('-')[1]))),
                );
                expect(retried.ChangeSetId).toBe(changeSetId);
            }
        } finally {
            second.child.kill('SIGTERM');
        }
    });

    it('starts from the last whole state after a kill between writing a new state and renaming it, and leaves no temporary file behind', async () => {
        const dataDir = tempDataDir();
        const first = await startChild(dataDir);
        const acknowledged = await catalogClient(first).send(
            new StartChangeSetCommand(draftChange(0)),
        );
        first.child.kill('SIGTERM');
        await exited(first.child);
        for (let crash = 1; crash <= 3; crash += 1) {
            const crashing = await startChild(dataDir, [CRASH_BEFORE_STATE_RENAME]);
            await expect(
                catalogClient(crashing).send(new StartChangeSetCommand(draftChange(crash))),
            ).rejects.toThrow();
            await exited(crashing.child);
            expect(crashing.child.signalCode).toBe('SIGKILL');
            // The killed write's temporary file, and only it: the one before was removed at start.
            expect(temporaryFiles(dataDir)).toHaveLength(1);
        }

        // And one of an S3 upload killed the same way, beside the objects it must not touch.
        const objects = fs.readdirSync(path.join(dataDir, 's3'));
        fs.writeFileSync(
            path.join(dataDir, 's3', `${objects[0] ?? 'object'}.12345.tmp`),
            'partial',
        );

        const last = await startChild(dataDir);
        try {
            expect(temporaryFiles(dataDir)).toEqual([]);
            expect(fs.readdirSync(path.join(dataDir, 's3'))).toEqual(objects);
            const client = catalogClient(last);
            const listed = await client.send(
                new ListChangeSetsCommand({ Catalog: 'AWSMarketplace' }),
            );
            expect(listed.ChangeSetSummaryList?.map((c) => c.ChangeSetId)).toEqual([
                acknowledged.ChangeSetId,
            ]);
            const described = await client.send(
                new DescribeChangeSetCommand({
                    Catalog: 'AWSMarketplace',
                    ChangeSetId: acknowledged.ChangeSetId,
                }),
            );
            expect(described.Status).toBe('SUCCEEDED');
        } finally {
            last.child.kill('SIGTERM');
            await exited(last.child);
        }
    });
});
