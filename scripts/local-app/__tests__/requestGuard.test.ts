import os from 'node:os';
import { foreignRequestRefusal, ownHosts } from '../requestGuard';

const APP = 'http://127.0.0.1:3000';

describe('the hosts that name the local app', () => {
    it('are its loopback names when it listens on a loopback address', () => {
        expect([...ownHosts('127.0.0.1', 3000)].sort()).toEqual([
            '127.0.0.1:3000',
            '[::1]:3000',
            'localhost:3000',
        ]);
        expect(ownHosts('::1', 3000).has('[::1]:3000')).toBe(true);
    });

    it('are the one host it was given otherwise, and every address when it listens on all', () => {
        expect([...ownHosts('My-Box.local', 8080)]).toEqual(['my-box.local:8080']);
        const everywhere = ownHosts('0.0.0.0', 3000);
        const addresses = Object.values(os.networkInterfaces())
            .flat()
            .map((info) => info?.address ?? '');
        for (const address of addresses.filter((a) => !a.includes(':'))) {
            expect(everywhere.has(`${address}:3000`)).toBe(true);
        }
        expect(
            [...everywhere].every((host) => /^(\[[0-9a-f:.]+\]|[\d.]+|localhost):3000$/.test(host)),
        ).toBe(true);
    });

    it('leave out the port where a browser does, on port 80', () => {
        expect(ownHosts('127.0.0.1', 80).has('localhost')).toBe(true);
        expect(ownHosts('127.0.0.1', 3000).has('localhost')).toBe(false);
    });
});

describe('a request to a state-changing endpoint', () => {
    const hosts = ownHosts('127.0.0.1', 3000);

    it.each([
        [{ host: '127.0.0.1:3000' }],
        [{ host: 'LOCALHOST:3000', origin: 'http://localhost:3000' }],
        [{ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }],
    ])('is accepted from the app itself: %j', (headers) => {
        expect(foreignRequestRefusal(headers, hosts, APP)).toBeNull();
    });

    it.each([
        [{}],
        [{ host: '127.0.0.1:3001' }],
        [{ host: 'rebound.example:3000' }],
        [{ host: '127.0.0.1:3000', origin: 'https://127.0.0.1:3000' }],
        [{ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000/page' }],
        [{ host: '127.0.0.1:3000', origin: 'http://attacker.example' }],
        [{ host: '127.0.0.1:3000', origin: 'null' }],
    ])('is refused otherwise, naming the app: %j', (headers) => {
        expect(foreignRequestRefusal(headers, hosts, APP)).toMatch(
            new RegExp(`^Refused: .*${APP.replace(/\./g, '\\.')}`),
        );
    });
});
