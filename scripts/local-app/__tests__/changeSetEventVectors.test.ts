/**
 * The contract vectors' change set event sequences (duplicate, out of order, unknown, malformed,
 * early) against the local twin, as ContractVectors_Test.cls runs them against the Apex: each
 * delivery's answer, and what the record and its change rows end as.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { S3Client } from '@aws-sdk/client-s3';
import { PROJECT_ROOT } from '../../build/paths';
import { LocalAsyncQueue } from '../contract/asyncApex';
import { CHANGE_SET_EVENTS_PERMISSION } from '../contract/ChangeSetEvents';
import { ChangeSetEventResource } from '../contract/ChangeSetEventResource';
import type { ContractDeps } from '../contract/contractDeps';
import { DisplayStatuses } from '../contract/DisplayStatuses';
import { RecordLocks } from '../contract/platform';
import { StatusEvents } from '../contract/statusEvents';
import { LocalStore, NOTHING_ON_AWS } from '../contract/store';
import { MAX_CHAIN_DEPTH } from '../contract/StatusSyncJob';

interface EventSpec {
    detailType: string;
    changeSetId: string;
    changeSetName: string;
    failureCode?: string;
    source?: string;
    catalog?: string;
    endTime?: string;
    noDetail?: boolean;
}

interface RecordFacts {
    entityId: string | null;
    entityStatus: string | null;
    changeSetId: string | null;
    changeSetStatus: string | null;
}

type Delivery = ({ event: EventSpec } | { raw: string }) & {
    expected: { statusCode: number; outcome: string };
};

interface ChangeSetEventCase {
    name: string;
    record: RecordFacts;
    changes: {
        changeSetId: string | null;
        token: string;
        status: string;
        changeTypes: string[];
        /** A send of the change is under way: claimed, its answer not stored. */
        sending: boolean;
    }[];
    events: Delivery[];
    expected: {
        record: {
            changeSetStatus: string | null;
            entityStatus: string | null;
            displayStatus: string;
            errorCodes: string[];
        };
        changes: {
            changeSetId: string | null;
            status: string;
            finished: boolean;
            eventReceived: boolean;
        }[];
    };
}

interface Vectors {
    changeSetEvents: { sampleEvent: Record<string, unknown>; cases: ChangeSetEventCase[] };
}

const vectors = JSON.parse(
    fs.readFileSync(
        path.join(PROJECT_ROOT, 'force-app/main/default/staticresources/ContractVectors.json'),
        'utf8',
    ),
) as Vectors;
const NOW = Date.parse('2026-11-25T10:00:00Z');
const RECORD_ID = 'a01000000000001AAA';
const INTEGRATION_USER = new Set([CHANGE_SET_EVENTS_PERMISSION]);

/** The body EventBridge delivers: the sample's envelope with the event's fields. */
function eventBody(sample: Record<string, unknown>, spec: EventSpec): string {
    const envelope = structuredClone(sample);
    const detail = envelope.detail as Record<string, unknown>;
    envelope['detail-type'] = spec.detailType;
    envelope.source = spec.source ?? envelope.source;
    detail.ChangeSetId = spec.changeSetId;
    detail.ChangeSetName = spec.changeSetName;
    detail.Catalog = spec.catalog ?? detail.Catalog;
    detail.EndTime = spec.endTime ?? detail.EndTime;
    if (spec.failureCode) {
        detail.FailureCode = spec.failureCode;
    }
    if (spec.noDetail) {
        delete envelope.detail;
    }
    return JSON.stringify(envelope);
}

function requestJson(changeTypes: string[]): string {
    return JSON.stringify({
        Catalog: 'AWSMarketplace',
        ChangeSet: changeTypes.map((ChangeType) =>
            ChangeType === 'CreateResaleAuthorization'
                ? {
                      ChangeType,
                      ChangeName: 'ResaleAuthorization',
                      Entity: { Type: 'ResaleAuthorization@1.0' },
                  }
                : {
                      ChangeType,
                      Entity: {
                          Type: 'ResaleAuthorization@1.0',
                          Identifier: '$ResaleAuthorization.Entity.Identifier',
                      },
                  },
        ),
    });
}

function depsWith(vector: ChangeSetEventCase): { deps: ContractDeps; queue: LocalAsyncQueue } {
    const store = LocalStore.open({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'change-set-events-')),
        reset: true,
    });
    store.putRecord({
        ...NOTHING_ON_AWS,
        ...vector.record,
        id: RECORD_ID,
        authorizationName: 'Partner Deal',
        productId: 'prod-saas-analytics',
        productTitle: 'Analytics Cloud',
        resellerAccountId: '111122223333',
        expiryDate: null,
        description: null,
        formStateJson: null,
        displayStatus: DisplayStatuses.resolve(
            vector.record.entityStatus,
            vector.record.changeSetStatus,
        ),
        createdByName: 'Sam Sales',
        createdAt: '2026-11-25T09:00:00.000Z',
        lastModifiedAt: '2026-11-25T09:00:00.000Z',
        resellerAccount: null,
        opportunity: null,
    });
    vector.changes.forEach((change, index) =>
        store.putChange({
            id: `a02${String(index + 1).padStart(12, '0')}AAA`,
            recordId: RECORD_ID,
            action: 'PUBLISH',
            clientRequestToken: change.token,
            changeSetId: change.changeSetId,
            status: change.status,
            errorDetails: null,
            startedAt: `2026-11-25T09:0${index}:00.000Z`,
            sentAt: change.sending ? '2026-11-25T09:59:59.000Z' : null,
            finishedAt: null,
            sendClaimedUntil: change.sending ? '2026-11-25T10:02:00.000Z' : null,
            requestJson: requestJson(change.changeTypes),
            sentBy: 'Sam Sales',
        }),
    );
    // The follow-up jobs are queued, and not run: the vectors hold what the event alone stores.
    const queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: MAX_CHAIN_DEPTH });
    const unused = { endpoint: 'http://127.0.0.1:9', region: 'us-east-1' };
    return {
        queue,
        deps: {
            store,
            catalog: new MarketplaceCatalogClient(unused),
            s3: new S3Client(unused),
            legalDocumentsBucket: 'unused',
            events: new StatusEvents(),
            queue,
            locks: new RecordLocks(),
            clock: () => NOW,
            userName: 'Integration',
            log: () => undefined,
        },
    };
}

function errorCodes(errorDetails: string | null): string[] {
    return errorDetails
        ? (JSON.parse(errorDetails) as { ErrorCode?: string }[]).map(
              (error) => error.ErrorCode ?? '',
          )
        : [];
}

describe('contract vectors, change set events, on the local twin of the Apex', () => {
    it.each(vectors.changeSetEvents.cases)('$name', async (vector) => {
        const { deps, queue } = depsWith(vector);
        for (const delivery of vector.events) {
            const body =
                'raw' in delivery
                    ? delivery.raw
                    : eventBody(vectors.changeSetEvents.sampleEvent, delivery.event);
            const answer = await ChangeSetEventResource.receive(deps, {
                body,
                permissions: INTEGRATION_USER,
            });
            expect({ statusCode: answer.statusCode, outcome: answer.outcome }).toEqual(
                delivery.expected,
            );
        }
        const record = deps.store.record(RECORD_ID);
        expect({
            changeSetStatus: record?.changeSetStatus,
            entityStatus: record?.entityStatus,
            displayStatus: record?.displayStatus,
            errorCodes: errorCodes(record?.errorDetails ?? null),
        }).toEqual(vector.expected.record);
        expect(
            deps.store
                .changesOf(RECORD_ID)
                .reverse()
                .map((change) => ({
                    changeSetId: change.changeSetId,
                    status: change.status,
                    finished: change.finishedAt !== null,
                    eventReceived: Boolean(change.eventReceivedAt),
                })),
        ).toEqual(vector.expected.changes);
        await queue.stop();
    });

    it('refuses a user without the event permission, and stores nothing', async () => {
        const [vector] = vectors.changeSetEvents.cases;
        const first = vector?.events[0];
        if (!vector || !first || !('event' in first)) {
            throw new Error('the first vector starts with an event');
        }
        const { deps, queue } = depsWith(vector);
        const answer = await ChangeSetEventResource.receive(deps, {
            body: eventBody(vectors.changeSetEvents.sampleEvent, first.event),
            permissions: new Set(['Marketplace_Resale_Product_Sync']),
        });
        expect(answer.statusCode).toBe(403);
        expect(deps.store.record(RECORD_ID)?.changeSetStatus).toBe(vector.record.changeSetStatus);
        await queue.stop();
    });
});
