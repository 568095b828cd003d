import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
    DescribeChangeSetCommand,
    StartChangeSetCommand,
} from '@aws-sdk/client-marketplace-catalog';
import { PROJECT_ROOT } from '../../build/paths';
import { catalogClient, tempDataDir } from './simulatorHarness';

jest.setTimeout(60_000);

/** Starts the simulator as one Node process (so SIGKILL reaches the server itself) and resolves with its URL once it listens. */
function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(
        process.execPath,
        [
            '--import',
            'tsx',
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
});
