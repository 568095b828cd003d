/**
 * A proxy in front of the Catalog API that can keep one answer from the app: the request
 * reaches AWS, which does the work and answers, and the answer stays in the proxy. A run can
 * then kill the app at the one moment that matters, AWS done and the app not told, without
 * depending on how fast either side is.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../catalog-simulator/server';

export interface HoldingProxy {
    url: string;
    /** Keeps the answer of the next request of `operation`; resolves once AWS has answered. */
    holdNextAnswer(operation: string): Promise<void>;
    stop(): Promise<void>;
}

export async function startHoldingProxy(targetUrl: string): Promise<HoldingProxy> {
    const target = new URL(targetUrl);
    let hold: { operation: string; answered: () => void } | null = null;

    const server = http.createServer((request, response) => {
        const operation = new URL(request.url ?? '/', target).pathname.slice(1);
        readBody(request)
            .then(
                (body) =>
                    new Promise<void>((done, fail) => {
                        const upstream = http.request(
                            {
                                host: target.hostname,
                                port: target.port,
                                method: request.method,
                                path: request.url,
                                headers: request.headers,
                            },
                            (answer) => {
                                readBody(answer).then((answerBody) => {
                                    if (hold?.operation === operation) {
                                        // Kept: the app waits for an answer that never comes.
                                        hold.answered();
                                        hold = null;
                                    } else {
                                        response.writeHead(
                                            answer.statusCode ?? 502,
                                            answer.headers,
                                        );
                                        response.end(answerBody);
                                    }
                                    done();
                                }, fail);
                            },
                        );
                        upstream.on('error', fail);
                        upstream.end(body);
                    }),
            )
            .catch(() => response.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://127.0.0.1:${port}`,
        holdNextAnswer: (operation) =>
            new Promise((answered) => {
                hold = { operation, answered };
            }),
        stop: () =>
            new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            }),
    };
}
