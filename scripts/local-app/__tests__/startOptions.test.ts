import path from 'node:path';
import { parseStartOptions } from '../startOptions';

const ROOT = path.resolve('/project');

describe('npm start options', () => {
    it('runs on the simulator by default, on port 3000, with data in the project', () => {
        expect(parseStartOptions([], {}, ROOT)).toEqual({
            host: '127.0.0.1',
            port: 3000,
            dataDir: path.join(ROOT, '.data', 'local-app'),
            reset: false,
            changeSetEvents: true,
            aws: null,
            accounts: 1,
            help: false,
        });
    });

    it('leaves the status to polling alone with --no-events', () => {
        expect(parseStartOptions(['--no-events'], {}, ROOT).changeSetEvents).toBe(false);
    });

    it('simulates two seller accounts with --accounts 2, on the simulator only', () => {
        expect(parseStartOptions(['--accounts', '2'], {}, ROOT).accounts).toBe(2);
        expect(() => parseStartOptions(['--accounts', '3'], {}, ROOT)).toThrow(
            'the local app simulates 1 to 2 seller accounts',
        );
        expect(() =>
            parseStartOptions(['--accounts', '2', '--aws', '--region', 'us-east-1'], {}, ROOT),
        ).toThrow('--accounts applies to the simulator');
    });

    it('passes --port, --data-dir and --reset through', () => {
        const options = parseStartOptions(
            ['--port', '0', '--data-dir', 'elsewhere', '--reset'],
            {},
            ROOT,
        );
        expect(options).toMatchObject({
            port: 0,
            dataDir: path.join(ROOT, 'elsewhere'),
            reset: true,
        });
    });

    it('uses a real AWS account with --aws and a region, from the flag or the environment', () => {
        expect(
            parseStartOptions(['--aws', '--region', 'eu-west-1', '--bucket', 'docs'], {}, ROOT).aws,
        ).toEqual({
            region: 'eu-west-1',
            legalDocumentsBucket: 'docs',
        });
        expect(parseStartOptions(['--aws'], { AWS_REGION: 'us-east-1' }, ROOT).aws?.region).toBe(
            'us-east-1',
        );
    });

    it('says what is wrong with a bad option', () => {
        expect(() => parseStartOptions(['--aws'], {}, ROOT)).toThrow('--aws needs --region');
        expect(() => parseStartOptions(['--port', 'eighty'], {}, ROOT)).toThrow('port number');
        expect(() => parseStartOptions(['--colour'], {}, ROOT)).toThrow();
    });
});
