import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSimulator } from '../server';
import {
    SAMPLES_DIR,
    SAMPLE_TODAY,
    TEST_CREDENTIALS,
    startTestSimulator,
} from './simulatorHarness';

interface RunResult {
    status: number;
    stdout: string;
    stderr: string;
}

/** Runs a client without blocking the event loop the in-process simulator answers on. */
function run(command: string, args: string[]): Promise<RunResult> {
    return new Promise((resolve) => {
        execFile(
            command,
            args,
            { env: clientEnv(), encoding: 'utf8', timeout: 60_000 },
            (error, stdout, stderr) => {
                const code =
                    error && typeof (error as { code?: unknown }).code === 'number'
                        ? Number((error as { code: number }).code)
                        : error
                          ? 1
                          : 0;
                resolve({ status: code, stdout, stderr });
            },
        );
    });
}

/** Environment for real AWS clients: dummy keys, and no local AWS configuration leaking in. */
const clientEnv = (): NodeJS.ProcessEnv => ({
    ...process.env,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: path.join(os.tmpdir(), 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'no-aws-credentials'),
    AWS_PAGER: '',
});

jest.setTimeout(60_000);

describe('real AWS clients, unmodified, against the simulator', () => {
    let simulator: RunningSimulator;
    beforeAll(async () => {
        simulator = await startTestSimulator({ today: SAMPLE_TODAY });
    });
    afterAll(() => simulator.stop());

    it('the AWS CLI and boto3 are installed (these tests fail rather than skip without them)', async () => {
        expect((await run('aws', ['--version'])).status).toBe(0);
        expect((await run('python3', ['-c', 'import boto3'])).status).toBe(0);
    });

    it('the AWS CLI starts an official sample change set, describes it and the entity it created', async () => {
        const aws = async (...args: string[]): Promise<Record<string, unknown>> => {
            const result = await run('aws', [
                'marketplace-catalog',
                ...args,
                '--endpoint-url',
                simulator.url,
                '--output',
                'json',
            ]);
            expect(result.stderr).toBe('');
            return JSON.parse(result.stdout) as Record<string, unknown>;
        };
        const sample = JSON.parse(
            fs.readFileSync(
                path.join(SAMPLES_DIR, 'PublishOnetimeResaleAuthFlexiblePayment.json'),
                'utf8',
            ),
        ) as { ChangeSet: unknown[] };
        const changeSetFile = path.join(
            fs.mkdtempSync(path.join(os.tmpdir(), 'aws-cli-')),
            'change-set.json',
        );
        fs.writeFileSync(changeSetFile, JSON.stringify(sample.ChangeSet));
        const started = await aws(
            'start-change-set',
            '--catalog',
            'AWSMarketplace',
            '--change-set',
            `file://${changeSetFile}`,
            '--client-request-token',
            'cli-token-1',
        );
        const described = await aws(
            'describe-change-set',
            '--catalog',
            'AWSMarketplace',
            '--change-set-id',
            String(started.ChangeSetId),
        );
        expect(described.Status).toBe('SUCCEEDED');
        const entityId = (
            described.ChangeSet as { ChangeType: string; Entity: { Identifier: string } }[]
        ).find((c) => c.ChangeType === 'CreateResaleAuthorization')?.Entity.Identifier;
        const entity = await aws(
            'describe-entity',
            '--catalog',
            'AWSMarketplace',
            '--entity-id',
            String(entityId),
        );
        expect((entity.DetailsDocument as { Status: string }).Status).toBe('Active');
        const listed = await aws(
            'list-entities',
            '--catalog',
            'AWSMarketplace',
            '--entity-type',
            'ResaleAuthorization',
        );
        expect(
            (listed.EntitySummaryList as { EntityId: string }[]).map((e) => e.EntityId),
        ).toContain(entityId);
    });

    it('the AWS CLI reports a 422 ValidationException as the service error', async () => {
        const result = await run('aws', [
            'marketplace-catalog',
            'describe-change-set',
            '--catalog',
            'Other',
            '--change-set-id',
            'x',
            '--endpoint-url',
            simulator.url,
        ]);
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain('ValidationException');
    });

    it('boto3 starts a change set, polls it and lists resale authorizations', async () => {
        const script = `
import boto3, json, sys, time
client = boto3.client("marketplace-catalog", endpoint_url=sys.argv[1], region_name="us-east-1")
sample = json.load(open(sys.argv[2]))
started = client.start_change_set(Catalog="AWSMarketplace", ChangeSet=sample["ChangeSet"], ClientRequestToken="boto3-token-1")
again = client.start_change_set(Catalog="AWSMarketplace", ChangeSet=sample["ChangeSet"], ClientRequestToken="boto3-token-1")
described = client.describe_change_set(Catalog="AWSMarketplace", ChangeSetId=started["ChangeSetId"])
try:
    client.describe_entity(Catalog="AWSMarketplace", EntityId="resaleauthz-none")
    error = None
except client.exceptions.ResourceNotFoundException as e:
    error = e.response["Error"]["Code"]
listed = client.list_entities(Catalog="AWSMarketplace", EntityType="ResaleAuthorization", MaxResults=50)
print(json.dumps({"same": started["ChangeSetId"] == again["ChangeSetId"], "status": described["Status"], "start": str(described["StartTime"]), "error": error, "count": len(listed["EntitySummaryList"])}))
`;
        const result = await run('python3', [
            '-c',
            script,
            simulator.url,
            path.join(SAMPLES_DIR, 'PublishMultiuseResaleAuthExpirydateSpecificBuyer.json'),
        ]);
        expect(result.stderr).toBe('');
        const output = JSON.parse(result.stdout) as {
            same: boolean;
            status: string;
            start: string;
            error: string;
            count: number;
        };
        expect(output).toMatchObject({
            same: true,
            status: 'SUCCEEDED',
            error: 'ResourceNotFoundException',
        });
        expect(output.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(output.count).toBeGreaterThan(5);
    });
});
