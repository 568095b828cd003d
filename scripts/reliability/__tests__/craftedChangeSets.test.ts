import type { FormState } from '../../../lwc-src/raDomain/raDomain';
import {
    preparePublish,
    publishDraft,
    publishRequestOf,
    saveFormDraft,
    sendPrepared,
} from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import { agreeingReport } from '../awsAgreement';
import { CRAFTED_CHANGE_SETS } from '../craftedChangeSets';
import { faultRunSeed, openFaultEnvironment } from '../faultEnvironment';
import type { FaultEnvironment } from '../faultEnvironment';
import { refusalLabel } from '../refusals';

let env: FaultEnvironment;
let published: { recordId: string; form: FormState };

/** Everything a refused prepare must leave as it was: AWS, the calls to it, the record. */
function snapshot(recordId: string) {
    const calls = Object.values(env.catalogCalls()).reduce((sum, count) => sum + count, 0);
    const { state } = env.simulator.current().service;
    return {
        calls,
        changeSets: Object.keys(state.changeSets).length,
        entities: JSON.stringify(state.entities),
        record: env.backend.store.record(recordId),
        changes: env.backend.store.changesOf(recordId),
    };
}

async function refusalOf(call: Promise<unknown>): Promise<string | null> {
    try {
        await call;
    } catch (error) {
        return refusalLabel(error) ?? String(error);
    }
    return null;
}

beforeAll(async () => {
    env = await openFaultEnvironment(faultRunSeed(20261126));
    const form = contractForm('Crafted target on AWS');
    const recordId = await saveFormDraft(env.api, form);
    await publishDraft(env.api, recordId, form);
    await env.settle();
    published = { recordId, form };
});

afterAll(async () => {
    await env?.close();
});

describe('change sets no page of the app builds', () => {
    it.each(CRAFTED_CHANGE_SETS.map((crafted) => [crafted.name, crafted] as const))(
        'refuses %s before any callout, storing and sending nothing',
        async (name, crafted) => {
            const form = crafted.published ? published.form : contractForm(`Crafted ${name}`);
            const recordId = crafted.published
                ? published.recordId
                : await saveFormDraft(env.api, form);
            const entityId = env.backend.store.record(recordId)?.entityId ?? null;
            const before = snapshot(recordId);
            const refusal = await refusalOf(
                env.api.prepareChangeSet({
                    recordId,
                    action: crafted.action,
                    changeSetJson: JSON.stringify(crafted.build(form, entityId)),
                }),
            );
            expect(refusal).toBe(crafted.refusal);
            expect(snapshot(recordId)).toEqual(before);
        },
    );

    it('replaces a token the page sets with its own, so no change set of another record is reused', async () => {
        const form = contractForm('Crafted token');
        const recordId = await saveFormDraft(env.api, form);
        const otherToken = env.backend.store.changesOf(published.recordId)[0]?.clientRequestToken;
        expect(otherToken).toEqual(expect.any(String));
        const prepared = await env.api.prepareChangeSet({
            recordId,
            action: 'PUBLISH',
            changeSetJson: JSON.stringify({
                ...(JSON.parse(publishRequestOf(form)) as object),
                ClientRequestToken: otherToken,
            }),
        });
        expect(prepared.clientRequestToken).not.toBe(otherToken);
        const sent = await sendPrepared(env.api, {
            recordId,
            clientRequestToken: prepared.clientRequestToken,
        });
        expect(sent.errorDetails).toBeNull();
        await env.settle();
        expect(env.agreement().duplicates).toEqual([]);
    });

    it("refuses a send with another record's token or a made-up one, before any callout", async () => {
        const form = contractForm('Crafted send');
        const recordId = await saveFormDraft(env.api, form);
        const otherDraft = contractForm('Crafted send other draft');
        const otherId = await saveFormDraft(env.api, otherDraft);
        const otherToken = await preparePublish(env.api, otherId, otherDraft);
        const before = snapshot(recordId);
        for (const clientRequestToken of [otherToken, 'made-up', '']) {
            expect(await refusalOf(sendPrepared(env.api, { recordId, clientRequestToken }))).toBe(
                'RA_Apex_TokenMismatch',
            );
        }
        expect(snapshot(recordId)).toEqual(before);
        // The other draft's change is still the one its own page sends.
        const sent = await sendPrepared(env.api, {
            recordId: otherId,
            clientRequestToken: otherToken,
        });
        expect(sent.errorDetails).toBeNull();
    });

    it('leaves AWS with one resale authorization per published record, and nothing else', async () => {
        await env.settle();
        expect(env.agreement()).toEqual(agreeingReport(3));
    });
});
