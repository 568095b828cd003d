/**
 * Who may change something through the local app. Started with `--aws`, it holds real AWS
 * credentials, and any page the browser has open can send it requests: a state-changing request
 * (and the status stream, which carries the records) must therefore
 * - be addressed to the host and port the app listens on (`Host`): a page of another site whose
 *   name is made to resolve to this machine (DNS rebinding) sends its own name there;
 * - come from the app's own page when the browser says where it comes from (`Origin`): a form or
 *   a script of another site sends that site's origin.
 * Requests without `Origin` (command-line tools, tests) are accepted when `Host` is right.
 */
import os from 'node:os';
import type { IncomingHttpHeaders } from 'node:http';

/** Names the browser may give this machine when the app listens on its loopback address. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
/** Listening on every address: the app answers to each address of the machine. */
const ANY_ADDRESS = new Set(['', '0.0.0.0', '::']);

/** An address as `Host` writes it: IPv6 in brackets. */
function hostName(address: string): string {
    const name = address.toLowerCase();
    return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

function isLoopback(host: string): boolean {
    return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

/**
 * The `Host` values that name the app (`127.0.0.1:3000`, `localhost:3000`...): the host it
 * listens on, the loopback names when that is a loopback address, every address of the machine
 * when it listens on all of them; never a name that another site could make resolve here.
 */
export function ownHosts(listenHost: string, port: number): ReadonlySet<string> {
    const host = listenHost.toLowerCase();
    const names = new Set<string>();
    if (ANY_ADDRESS.has(host)) {
        for (const info of Object.values(os.networkInterfaces()).flat()) {
            if (info) {
                names.add(hostName(info.address));
            }
        }
        LOOPBACK_NAMES.forEach((name) => names.add(name));
    } else {
        names.add(hostName(host));
        if (isLoopback(host)) {
            LOOPBACK_NAMES.forEach((name) => names.add(name));
        }
    }
    const hosts = new Set<string>();
    for (const name of names) {
        hosts.add(`${name}:${port}`);
        // A browser leaves out the default port.
        if (port === 80) {
            hosts.add(name);
        }
    }
    return hosts;
}

/** Whether an `Origin` (`http://127.0.0.1:3000`) is a page of the app itself. */
function isOwnOrigin(origin: string, hosts: ReadonlySet<string>): boolean {
    const match = /^http:\/\/([^/?#]+)$/i.exec(origin);
    return match !== null && hosts.has((match[1] ?? '').toLowerCase());
}

/**
 * Why a request may not reach a state-changing endpoint, or null when it may.
 * @param appUrl how the refusal names the app (`http://127.0.0.1:3000`)
 */
export function foreignRequestRefusal(
    headers: IncomingHttpHeaders,
    hosts: ReadonlySet<string>,
    appUrl: string,
): string | null {
    const host = (headers.host ?? '').toLowerCase();
    if (!hosts.has(host)) {
        return `Refused: this request is addressed to ${host ? `"${host}"` : 'no host'}, not to the local app. Open the app at ${appUrl}.`;
    }
    const origin = headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, hosts)) {
        return `Refused: a page of "${origin}" may not change anything in the local app; only the app's own page (${appUrl}) may.`;
    }
    return null;
}
