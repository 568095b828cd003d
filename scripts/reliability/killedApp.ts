/**
 * The whole local app killed with SIGKILL in the middle of a burst of publishes, then started
 * again on its data dir, more than once a run: requests cut at any point (before a prepare is
 * stored, between prepare and send, while AWS is being called, while the answer is written).
 * AWS, the simulator, lives on in this process, as AWS outlives the app. Users go on publishing
 * once it is back, then the status sync settles everything; AWS must hold one resale
 * authorization per record, and each record what AWS says.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FormState, ResaleAuthorizationApi } from '../../lwc-src/raDomain/raDomain';
import {
    draftInputOf,
    preparePublish,
    saveFormDraft,
    sendPrepared,
} from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import { PROJECT_ROOT } from '../build/paths';
import { lookUp } from '../catalog-simulator/idMap';
import { SEND_CLAIM_SECONDS } from '../local-app/contract/ChangeSetService';
import { AuraHandledException } from '../local-app/contract/platform';
import type { StoredRecord } from '../local-app/contract/store';
import type { ApexLabel } from '../local-app/contract/UserMessages';
import { APEX_METHODS } from '../local-app/server';
import { compareAwsWithRecords } from './awsAgreement';
import type { AgreementReport } from './awsAgreement';
import { inParallel, openFaultSimulator, THROTTLE_WINDOW_MS } from './faultEnvironment';
import type { InjectedFaults } from './faultEnvironment';
import { startHoldingProxy } from './holdingProxy';
import { refusalLabel } from './refusals';
import { settleStatuses } from './settleStatuses';
import type { SettleReport } from './settleStatuses';

/** What the run asks of the app process: move its clock, run its status sync, or its records. */
export type AppProcessCommand = { type: 'advanceClock'; ms: number } | { type: 'sync' | 'records' };

export type AppProcessRequest = AppProcessCommand & { id: number };

export interface AppProcessReply {
    id: number;
    /** Given once, when the app listens. */
    url?: string;
    described: number;
    records: StoredRecord[];
}

export interface KilledAppOptions {
    records: number;
    concurrency: number;
    kills: number;
    seed: number;
}

export interface KilledAppReport {
    records: number;
    attempts: number;
    kills: number;
    /** The kill after AWS took a change set: the send was cut, AWS had the change set. */
    scripted: { sendCut: boolean; takenByAws: boolean };
    /** Requests the kills cut: the caller never had an answer. */
    cutRequests: number;
    refusals: Partial<Record<ApexLabel, number>>;
    injected: InjectedFaults;
    /** What must never happen: a refusal no user should meet, a record never sent, two changes. */
    violations: string[];
    agreement: AgreementReport;
    settle: SettleReport;
    durationMs: number;
}

const NAME_PREFIX = 'Killed app';
const MAX_ATTEMPTS = 60;
const APP_PROCESS = path.join(__dirname, 'localAppProcess.ts');
/** What a user may be told while the change of a record is under way, or once it was sent. */
const EXPECTED: ReadonlySet<ApexLabel> = new Set<ApexLabel>([
    'RA_Apex_SendInProgress',
    'RA_Apex_ChangeInFlight',
    'RA_Apex_TokenMismatch',
    // A send prepared before the clock moved past its claim (a restart waits the claims out).
    'RA_Apex_SendNotPrepared',
]);

/** Past the claim of a send: what a restart waits for, as the killed app's sends never answer. */
const PAST_SEND_CLAIM_MS = (SEND_CLAIM_SECONDS + 1) * 1000;

interface Draft {
    recordId: string;
    form: FormState;
}

function pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A request the kill cut: no answer, nothing known of its outcome. */
class AppUnreachable extends Error {}

/** One run of the app process; its IPC requests answered in order. */
class AppProcess {
    private nextId = 1;
    private readonly waiting = new Map<number, (reply: AppProcessReply) => void>();
    readonly exited: Promise<void>;

    private constructor(
        private readonly child: ChildProcess,
        readonly url: string,
    ) {
        this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
        child.on('message', (reply: AppProcessReply) => {
            this.waiting.get(reply.id)?.(reply);
            this.waiting.delete(reply.id);
        });
    }

    static start(root: string, catalogUrl: string, offsetMs: number): Promise<AppProcess> {
        const child = spawn(
            process.execPath,
            [
                '--import',
                'tsx',
                APP_PROCESS,
                '--data-dir',
                path.join(root, 'store'),
                '--catalog-url',
                catalogUrl,
                '--clock-offset-ms',
                String(offsetMs),
                '--page-scripts',
                path.join(root, 'page'),
            ],
            { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
        );
        return new Promise((resolve, reject) => {
            child.once('message', (reply: AppProcessReply) =>
                resolve(new AppProcess(child, reply.url ?? '')),
            );
            child.once('exit', (code) => reject(new Error(`The app exited with ${String(code)}`)));
        });
    }

    request(message: AppProcessCommand): Promise<AppProcessReply> {
        const id = this.nextId;
        this.nextId += 1;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, resolve);
            this.child.send({ ...message, id }, (error) => {
                if (error) {
                    reject(error);
                }
            });
        });
    }

    async kill(signal: NodeJS.Signals): Promise<void> {
        this.child.kill(signal);
        await this.exited;
    }
}

/** The Apex methods through the app's web server, as the page calls them. */
function remoteApi(app: () => AppProcess): ResaleAuthorizationApi {
    const call = async (method: string, params: unknown): Promise<unknown> => {
        let response: Response;
        try {
            response = await fetch(`${app().url}/apex/${method}`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(params ?? {}),
            });
            const payload = (await response.json()) as { message?: string };
            if (!response.ok) {
                throw new AuraHandledException(payload.message ?? response.statusText);
            }
            return payload;
        } catch (error) {
            if (error instanceof AuraHandledException) {
                throw error;
            }
            throw new AppUnreachable(error instanceof Error ? error.message : String(error));
        }
    };
    return Object.fromEntries(
        APEX_METHODS.map((method) => [method, (params: unknown) => call(method, params)]),
    ) as unknown as ResaleAuthorizationApi;
}

export async function runKilledApp(options: KilledAppOptions): Promise<KilledAppReport> {
    const started = Date.now();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'killed-app-'));
    fs.mkdirSync(path.join(root, 'page'));
    fs.writeFileSync(path.join(root, 'page', 'app.js'), '// no page in these runs\n');
    const simulator = await openFaultSimulator(options.seed, path.join(root, 'catalog'));
    const random = simulator.random;
    const proxy = await startHoldingProxy(simulator.url);
    let offsetMs = 0;
    let app = await AppProcess.start(root, proxy.url, offsetMs);
    const api = remoteApi(() => app);
    const report: KilledAppReport = {
        records: options.records,
        attempts: 0,
        kills: 0,
        scripted: { sendCut: false, takenByAws: false },
        cutRequests: 0,
        refusals: {},
        injected: simulator.injected,
        violations: [],
        agreement: compareAwsWithRecords([], []),
        settle: { rounds: 0, throttledRounds: 0, inFlight: 0 },
        durationMs: 0,
    };
    // Attempts at which the app is killed, spread over the burst.
    const killAt = new Set(
        Array.from(
            { length: options.kills },
            (_, index) => 1 + Math.floor(((index + random()) / options.kills) * options.records),
        ),
    );
    let restarting: Promise<void> | null = null;

    async function kill(): Promise<void> {
        report.kills += 1;
        await app.kill('SIGKILL');
    }

    /** The app again on its data dir; the sends the killed app had claimed run out of claim. */
    async function restart(): Promise<void> {
        app = await AppProcess.start(root, proxy.url, offsetMs);
        offsetMs += PAST_SEND_CLAIM_MS;
        await app.request({ type: 'advanceClock', ms: PAST_SEND_CLAIM_MS });
    }

    /** SIGKILL a few milliseconds into an attempt, then the app again. */
    function killAndRestart(): void {
        if (restarting) {
            return;
        }
        const delay = random() * 30;
        restarting = (async () => {
            await pause(delay);
            await kill();
            await restart();
        })().finally(() => {
            restarting = null;
        });
    }

    /**
     * The two moments that matter, whatever the seed and the timing: AWS has taken the change
     * set and answered, and the app is killed before it hears the answer; and the app is killed
     * between a prepare and its send, its change left prepared and never sent.
     */
    async function scriptedKills(during: Draft, between: Draft): Promise<void> {
        const token = await preparePublish(api, during.recordId, during.form);
        const answered = proxy.holdNextAnswer('StartChangeSet');
        const cut = sendPrepared(api, {
            recordId: during.recordId,
            clientRequestToken: token,
        }).then(
            () => false,
            (error: unknown) => error instanceof AppUnreachable,
        );
        await answered;
        await kill();
        report.scripted.sendCut = await cut;
        report.scripted.takenByAws =
            lookUp(simulator.current().service.state.tokens, token) !== undefined;
        await restart();
        await preparePublish(api, between.recordId, between.form);
        await kill();
        await restart();
    }

    /** As the wizard publishes; resolves whether the record's change set is with AWS. */
    async function attempt(recordId: string, form: FormState): Promise<boolean> {
        report.attempts += 1;
        if (killAt.has(report.attempts)) {
            killAndRestart();
        }
        simulator.injectFault();
        try {
            const current = await api.getResaleAuthorization({ recordId });
            if (current.changeSetId) {
                return true;
            }
            await api.saveDraft({ draft: draftInputOf(form, recordId) });
            const clientRequestToken = await preparePublish(api, recordId, form);
            const sent = await sendPrepared(api, { recordId, clientRequestToken });
            if (sent.errorDetails?.includes('ThrottlingException')) {
                await pause(THROTTLE_WINDOW_MS);
            }
            return sent.changeSetId !== null;
        } catch (error) {
            if (error instanceof AppUnreachable) {
                report.cutRequests += 1;
                // The app is down: the user waits for it to be back.
                await restarting;
                return false;
            }
            const label = refusalLabel(error);
            if (label && EXPECTED.has(label)) {
                report.refusals[label] = (report.refusals[label] ?? 0) + 1;
            } else {
                report.violations.push(`${form.name}: ${label ?? String(error)}`);
            }
            return false;
        }
    }

    try {
        // The drafts first: a save cut by a kill would leave the user unsure it was saved.
        const drafts: Draft[] = [];
        for (let index = 0; index < options.records; index += 1) {
            const form = contractForm(`${NAME_PREFIX} ${index}`);
            drafts.push({ recordId: await saveFormDraft(api, form), form });
        }
        const [during, between] = drafts;
        if (during && between) {
            await scriptedKills(during, between);
        }
        await inParallel(drafts, options.concurrency, async (draft) => {
            let sent = false;
            for (let tries = 0; tries < MAX_ATTEMPTS && !sent; tries += 1) {
                await restarting;
                sent = await attempt(draft.recordId, draft.form);
                await pause(5 + random() * 20);
            }
            if (!sent) {
                report.violations.push(`${draft.form.name}: never sent`);
            }
        });
        await restarting;
        simulator.current().faults.clear();
        let records = (await app.request({ type: 'records' })).records;
        report.settle = await settleStatuses(
            {
                syncPass: async () => {
                    const reply = await app.request({ type: 'sync' });
                    records = reply.records;
                    return reply.described;
                },
                records: () => records,
                advanceClock: (ms) => {
                    offsetMs += ms;
                    void app.request({ type: 'advanceClock', ms });
                },
            },
            { throttleWaitMs: THROTTLE_WINDOW_MS, maxRounds: 60 },
        );
        for (const record of records) {
            const changes = (await api.getResaleAuthorization({ recordId: record.id })).history;
            if (changes.length !== 1) {
                report.violations.push(`${record.authorizationName}: ${changes.length} changes`);
            }
        }
        report.agreement = compareAwsWithRecords(
            Object.values(simulator.current().service.state.entities),
            records,
        );
    } finally {
        await restarting;
        await app.kill('SIGTERM');
        await proxy.stop();
        await simulator.stop();
        fs.rmSync(root, { recursive: true, force: true });
    }
    report.durationMs = Date.now() - started;
    return report;
}
