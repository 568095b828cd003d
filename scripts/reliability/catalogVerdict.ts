import http from 'node:http';
import type { StartChangeSetCommandInput } from '@aws-sdk/client-marketplace-catalog';
import type { SimulatorVerdict } from './verdicts';

type Json = Record<string, unknown>;

interface WireAnswer {
    status: number;
    errorType: string | null;
    json: Json;
}

/**
 * The Catalog API's REST-JSON wire as the Apex client uses it: `POST /StartChangeSet` with the
 * request as JSON, `GET /DescribeChangeSet`. The Named Credential signs in the org; here a
 * SigV4-shaped header stands in for it (the simulator checks the scope, not the signature).
 * Connections are kept alive, so thousands of change sets cost no new connections.
 */
export class CatalogConnection {
    private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

    constructor(readonly endpoint: string) {}

    call(method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<WireAnswer> {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        return new Promise((resolve, reject) => {
            const request = http.request(
                `${this.endpoint}${pathAndQuery}`,
                {
                    method,
                    agent: this.agent,
                    headers: {
                        Authorization:
                            'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/us-east-1/aws-marketplace/aws4_request, SignedHeaders=host, Signature=0',
                        Accept: 'application/json',
                        ...(payload === undefined
                            ? {}
                            : {
                                  'Content-Type': 'application/json',
                                  'Content-Length': Buffer.byteLength(payload),
                              }),
                    },
                },
                (response) => {
                    const chunks: Buffer[] = [];
                    response.on('data', (chunk: Buffer) => chunks.push(chunk));
                    response.on('error', reject);
                    response.on('end', () => {
                        const text = Buffer.concat(chunks).toString('utf8');
                        try {
                            resolve({
                                status: response.statusCode ?? 0,
                                errorType:
                                    String(response.headers['x-amzn-errortype'] ?? '') || null,
                                json: text ? (JSON.parse(text) as Json) : {},
                            });
                        } catch (error) {
                            reject(error instanceof Error ? error : new Error(String(error)));
                        }
                    });
                },
            );
            request.on('error', reject);
            request.end(payload);
        });
    }

    close(): void {
        this.agent.destroy();
    }
}

/** Errors that are the API's answer about the request itself, not about its own state. */
const REFUSALS = new Set([
    'ValidationException',
    'ResourceNotFoundException',
    'AccessDeniedException',
    'ResourceNotSupportedException',
]);
const FINAL_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
const TRANSPORT_RETRIES = 2;
const MAX_POLLS = 50;
const POLL_INTERVAL_MS = 20;

/**
 * A call retried when the connection fails before any answer (a kept-alive connection closed
 * as it was reused): the client request token makes a repeated StartChangeSet harmless.
 */
async function callRetryingTransport(
    connection: CatalogConnection,
    ...call: Parameters<CatalogConnection['call']>
): Promise<WireAnswer> {
    for (let attempt = 0; ; attempt += 1) {
        try {
            return await connection.call(...call);
        } catch (error) {
            if (attempt >= TRANSPORT_RETRIES) {
                throw error;
            }
        }
    }
}

function messageOf(answer: WireAnswer): string {
    return String(answer.json.Message ?? answer.json.message ?? '');
}

function verdictOfChangeSet(described: Json): SimulatorVerdict {
    if (described.Status === 'SUCCEEDED') {
        return { kind: 'accepted' };
    }
    if (described.Status === 'FAILED') {
        const changes = Array.isArray(described.ChangeSet) ? (described.ChangeSet as Json[]) : [];
        const reasons = changes.flatMap((change) =>
            (Array.isArray(change.ErrorDetailList) ? (change.ErrorDetailList as Json[]) : []).map(
                (e) =>
                    `${String(change.ChangeType)} ${String(e.ErrorCode)}: ${String(e.ErrorMessage)}`,
            ),
        );
        return {
            kind: 'refused',
            stage: 'changeSet',
            reasons: reasons.length > 0 ? reasons : [String(described.FailureDescription)],
        };
    }
    return { kind: 'unavailable', reason: `change set ended ${String(described.Status)}` };
}

/**
 * Sends a change set (meant with `Intent: 'VALIDATE'`) and reads what the API made of it: the
 * synchronous answer, then the change set's final state, since the API checks most rules
 * while it processes the change set.
 */
export async function catalogVerdict(
    connection: CatalogConnection,
    request: StartChangeSetCommandInput,
): Promise<SimulatorVerdict> {
    try {
        const started = await callRetryingTransport(connection, 'POST', '/StartChangeSet', request);
        if (started.status !== 200) {
            const reason = `${started.errorType ?? started.status}: ${messageOf(started)}`;
            return REFUSALS.has(started.errorType ?? '')
                ? { kind: 'refused', stage: 'request', reasons: [reason] }
                : { kind: 'unavailable', reason };
        }
        const query = new URLSearchParams({
            catalog: String(request.Catalog),
            changeSetId: String(started.json.ChangeSetId),
        });
        for (let poll = 0; poll < MAX_POLLS; poll += 1) {
            const described = await callRetryingTransport(
                connection,
                'GET',
                `/DescribeChangeSet?${query}`,
            );
            if (described.status !== 200) {
                return {
                    kind: 'unavailable',
                    reason: `${described.errorType ?? described.status}: ${messageOf(described)}`,
                };
            }
            if (FINAL_STATUSES.has(String(described.json.Status))) {
                return verdictOfChangeSet(described.json);
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        }
        return { kind: 'unavailable', reason: 'the change set did not finish' };
    } catch (error) {
        return {
            kind: 'unavailable',
            reason: error instanceof Error ? error.message : String(error),
        };
    }
}
