/**
 * Several sessions (tabs, users) publish the same record at once while the Catalog API drops
 * answers, fails and slows down: each saves the draft, prepares and sends, and tries again until
 * the change set is with AWS. Some sessions edit the terms after an answer that never came; some
 * send change sets no page builds. Whatever they do, the record has one change, the body frozen
 * from its saved form, and AWS one resale authorization with the record's terms.
 */
import type { FormState } from '../../lwc-src/raDomain/raDomain';
import { ClientRequestTokens } from '../local-app/contract/ClientRequestTokens';
import {
    preparePublish,
    publishRequestOf,
    saveFormDraft,
    sendPrepared,
} from '../bench/contractWorkflows';
import { contractForm } from '../bench/seedForms';
import type { ApexLabel } from '../local-app/contract/UserMessages';
import type { AgreementReport } from './awsAgreement';
import { CRAFTED_CHANGE_SETS } from './craftedChangeSets';
import type { CraftedChangeSet } from './craftedChangeSets';
import { indexes, inParallel, openFaultEnvironment, THROTTLE_WINDOW_MS } from './faultEnvironment';
import type { FaultEnvironment, InjectedFaults } from './faultEnvironment';
import { refusalLabel } from './refusals';
import type { SettleReport } from './settleStatuses';

export interface SessionRunOptions {
    records: number;
    /** Sessions per record: from two up to this many. */
    maxSessions: number;
    /** Records published at the same time. */
    concurrency: number;
    seed: number;
}

export interface SessionRunReport {
    records: number;
    sessions: number;
    attempts: number;
    /** The refusals sessions met, by label: each says another session's change is under way. */
    refusals: Partial<Record<ApexLabel, number>>;
    edits: { refusedSaves: number; frozenPrepares: number; refusedPrepares: number };
    crafted: { refused: number; frozen: number };
    /** Prepares refused because another session saved other terms since this one saved. */
    overtaken: number;
    injected: InjectedFaults;
    throttled: number;
    startChangeSetCalls: number;
    /** What must never happen: other terms saved or frozen, an unexpected refusal, a lost record. */
    violations: string[];
    agreement: AgreementReport;
    settle: SettleReport;
    durationMs: number;
}

type Role = 'publisher' | 'editor' | 'crafter';
type Outcome = 'sent' | 'unknown' | 'throttled' | 'refused';

const NAME_PREFIX = 'Session run';
const MAX_ATTEMPTS = 80;
/** What a session is told while another session's change of the record is under way. */
const UNDER_WAY: ReadonlySet<ApexLabel> = new Set<ApexLabel>([
    'RA_Apex_SendInProgress',
    'RA_Apex_ChangeInFlight',
    'RA_Apex_TokenMismatch',
]);
const CRAFTED_FOR_DRAFTS = CRAFTED_CHANGE_SETS.filter(
    (crafted) => !crafted.published && crafted.action === 'PUBLISH',
);

interface Target {
    name: string;
    recordId: string;
    form: FormState;
    /** The publish request of the saved form, as every prepare must freeze it. */
    body: string;
}

function pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function runConcurrentSessions(options: SessionRunOptions): Promise<SessionRunReport> {
    const started = Date.now();
    const env: FaultEnvironment = await openFaultEnvironment(options.seed);
    const { api, backend, simulator } = env;
    const random = simulator.random;
    const report: SessionRunReport = {
        // With the three records of the scripted cases.
        records: options.records + 3,
        sessions: 0,
        attempts: 0,
        refusals: {},
        edits: { refusedSaves: 0, frozenPrepares: 0, refusedPrepares: 0 },
        crafted: { refused: 0, frozen: 0 },
        overtaken: 0,
        injected: simulator.injected,
        throttled: 0,
        startChangeSetCalls: 0,
        violations: [],
        agreement: env.agreement(),
        settle: { rounds: 0, throttledRounds: 0, inFlight: 0 },
        durationMs: 0,
    };

    const isSent = (target: Target) => backend.store.record(target.recordId)?.changeSetId != null;

    /** A refusal a session may meet: counted; anything else is a violation. */
    function refused(target: Target, what: string, error: unknown, allowed: ReadonlySet<string>) {
        const label = refusalLabel(error);
        if (label && allowed.has(label)) {
            report.refusals[label] = (report.refusals[label] ?? 0) + 1;
        } else {
            report.violations.push(`${target.name}: ${what} got ${label ?? String(error)}`);
        }
    }

    /** The body frozen under a token must be the one of the saved form, whoever prepared it. */
    function checkFrozen(target: Target, token: string, what: string): void {
        const change = backend.store
            .changesOf(target.recordId)
            .find((row) => row.clientRequestToken === token);
        const frozen = JSON.parse(change?.requestJson ?? 'null') as Record<string, unknown> | null;
        const built = JSON.parse(target.body) as { ChangeSetName?: string };
        if (frozen) {
            delete frozen.ClientRequestToken;
            // The frozen name ends with the token, so AWS's change set can be found by it.
            if (
                frozen.ChangeSetName ===
                ClientRequestTokens.nameWithToken(built.ChangeSetName, token)
            ) {
                frozen.ChangeSetName = built.ChangeSetName;
            }
        }
        if (JSON.stringify(frozen) !== target.body) {
            report.violations.push(`${target.name}: ${what} froze another body`);
        }
    }

    async function send(target: Target, token: string): Promise<Outcome> {
        try {
            const detail = await sendPrepared(api, {
                recordId: target.recordId,
                clientRequestToken: token,
            });
            if (!detail.errorDetails) {
                return 'sent';
            }
            if (detail.errorDetails.includes('ThrottlingException')) {
                report.throttled += 1;
                return 'throttled';
            }
            return 'unknown';
        } catch (error) {
            refused(target, 'a send', error, UNDER_WAY);
            return 'refused';
        }
    }

    /** As the wizard publishes: save the draft, prepare its change set, send it. */
    async function publish(target: Target): Promise<Outcome> {
        report.attempts += 1;
        try {
            await saveFormDraft(api, target.form, target.recordId);
            const token = await preparePublish(api, target.recordId, target.form);
            checkFrozen(target, token, 'a publish');
            return await send(target, token);
        } catch (error) {
            refused(target, 'a publish', error, UNDER_WAY);
            return 'refused';
        }
    }

    /** Other rates after an answer that never came: saved (refused), or sent without saving. */
    async function edit(target: Target, how: 'save' | 'send'): Promise<void> {
        const rate = `${101 + Math.floor(random() * 899)}.00`;
        const edited: FormState = {
            ...target.form,
            dimensions: target.form.dimensions.map((dimension) => ({ ...dimension, rate })),
        };
        if (how === 'save') {
            try {
                await saveFormDraft(api, edited, target.recordId);
                report.violations.push(`${target.name}: other terms saved, the outcome unknown`);
            } catch (error) {
                refused(target, 'an edit', error, new Set(['RA_Apex_OutcomeUnknown']));
                report.edits.refusedSaves += 1;
            }
            return;
        }
        try {
            const token = await preparePublish(api, target.recordId, edited);
            checkFrozen(target, token, 'an edited change set');
            report.edits.frozenPrepares += 1;
            await send(target, token);
        } catch (error) {
            refused(target, 'an edited change set', error, UNDER_WAY);
            report.edits.refusedPrepares += 1;
        }
    }

    /** A change set no page builds: refused, or the change already frozen is returned. */
    async function craft(target: Target, crafted: CraftedChangeSet): Promise<void> {
        try {
            const prepared = await api.prepareChangeSet({
                recordId: target.recordId,
                action: crafted.action,
                changeSetJson: JSON.stringify(crafted.build(target.form, null)),
            });
            checkFrozen(target, prepared.clientRequestToken, `${crafted.name}`);
            report.crafted.frozen += 1;
            // What was returned is the frozen change: sending it is an ordinary retry.
            await send(target, prepared.clientRequestToken);
        } catch (error) {
            refused(target, crafted.name, error, new Set([crafted.refusal, ...UNDER_WAY]));
            report.crafted.refused += 1;
        }
    }

    async function session(target: Target, role: Role): Promise<void> {
        let unknownOutcome = false;
        for (let attempt = 0; attempt < MAX_ATTEMPTS && !isSent(target); attempt += 1) {
            simulator.injectFault();
            const crafted = CRAFTED_FOR_DRAFTS[Math.floor(random() * CRAFTED_FOR_DRAFTS.length)];
            if (role === 'editor' && unknownOutcome) {
                unknownOutcome = false;
                await edit(target, random() < 0.5 ? 'save' : 'send');
            } else if (role === 'crafter' && crafted && random() < 0.5) {
                await craft(target, crafted);
            } else {
                const outcome = await publish(target);
                unknownOutcome = outcome === 'unknown';
                if (outcome === 'throttled') {
                    // Told to slow down, a user waits before trying again.
                    await pause(THROTTLE_WINDOW_MS);
                }
            }
            await pause(5 + random() * 40);
        }
    }

    async function newTarget(name: string): Promise<Target> {
        const form = contractForm(name);
        const recordId = await saveFormDraft(api, form);
        return { name, recordId, form, body: JSON.stringify(JSON.parse(publishRequestOf(form))) };
    }

    /**
     * Before the random sessions, each case once in a fixed order, so that every run meets
     * them whatever its seed and timing: a crafted change set with nothing under way, an answer
     * lost, edits saved and sent after it, a crafted change set while it is unanswered, two
     * sessions preparing at once, and other terms saved by a session in the middle of a publish.
     */
    async function scripted(): Promise<void> {
        const lost = await newTarget(`${NAME_PREFIX} scripted`);
        const [first, second] = CRAFTED_FOR_DRAFTS;
        if (first && second) {
            await craft(lost, first);
            simulator.current().faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
            await publish(lost);
            await edit(lost, 'save');
            simulator.current().faults.add({ operation: 'StartChangeSet', kind: 'drop', count: 1 });
            await edit(lost, 'send');
            await craft(lost, second);
        }
        const raced = await newTarget(`${NAME_PREFIX} raced`);
        await Promise.all([publish(raced), publish(raced)]);
        const overtaken = await overtake(await newTarget(`${NAME_PREFIX} overtaken`));
        report.sessions += 5;
        await Promise.all(
            [lost, raced, overtaken].map(async (target) => {
                await session(target, 'publisher');
                checkSent(target);
            }),
        );
    }

    function checkSent(target: Target): void {
        if (!isSent(target)) {
            report.violations.push(`${target.name}: never sent after ${MAX_ATTEMPTS} attempts`);
        }
    }

    /**
     * Another session saves other rates between this session's save and its prepare: the
     * change set of the terms no longer saved is refused, the saved terms are what is sent.
     */
    async function overtake(target: Target): Promise<Target> {
        const other: FormState = {
            ...target.form,
            dimensions: target.form.dimensions.map((dimension) => ({
                ...dimension,
                rate: '250.00',
            })),
        };
        await saveFormDraft(api, target.form, target.recordId);
        await saveFormDraft(api, other, target.recordId);
        try {
            await preparePublish(api, target.recordId, target.form);
            report.violations.push(`${target.name}: prepared terms that are no longer saved`);
        } catch (error) {
            refused(
                target,
                'a change set of terms no longer saved',
                error,
                new Set(['RA_Apex_DraftChanged']),
            );
            report.overtaken += 1;
        }
        return {
            ...target,
            form: other,
            body: JSON.stringify(JSON.parse(publishRequestOf(other))),
        };
    }

    async function publishRecord(index: number): Promise<void> {
        const target = await newTarget(`${NAME_PREFIX} ${index}`);
        const count = 2 + Math.floor(random() * (options.maxSessions - 1));
        const roles: Role[] = ['publisher'];
        while (roles.length < count) {
            const roll = random();
            roles.push(roll < 0.4 ? 'publisher' : roll < 0.7 ? 'editor' : 'crafter');
        }
        report.sessions += roles.length;
        await Promise.all(roles.map((role) => session(target, role)));
        checkSent(target);
    }

    try {
        await scripted();
        await inParallel(indexes(options.records), options.concurrency, publishRecord);
        report.settle = await env.settle();
        for (const record of backend.store.allRecords()) {
            const changes = backend.store.changesOf(record.id).length;
            if (changes !== 1) {
                report.violations.push(`${record.authorizationName}: ${changes} changes`);
            }
        }
        report.agreement = env.agreement();
        report.startChangeSetCalls = env.catalogCalls().StartChangeSet ?? 0;
    } finally {
        await env.close();
    }
    report.durationMs = Date.now() - started;
    return report;
}
