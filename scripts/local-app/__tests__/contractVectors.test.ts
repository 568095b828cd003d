/**
 * The contract vectors (force-app/main/default/staticresources/ContractVectors.json) against the
 * local app's twin of the Apex; ContractVectors_Test.cls runs the same file against the Apex.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
    LEGAL_DOCUMENT_TYPES,
    legalDocumentTypeRefusal,
} from '../../../lwc-src/raDomain/legalDocuments';
import { emptyFormState } from '../../../lwc-src/raDomain/formState';
import { allowedActions, allows } from '../../../lwc-src/raDomain/recordActions';
import { draftProblems } from '../../../lwc-src/raDomain/validation';
import { resolveDisplayStatus } from '../../../lwc-src/raDomain/status';
import { PROJECT_ROOT } from '../../build/paths';
import { CatalogApiException } from '../contract/CatalogApiException';
import { ChangeSetAllowlist, MAX_CHANGE_SET_CHARACTERS } from '../contract/ChangeSetAllowlist';
import {
    ChangeSetStatusSync,
    CLAIM_SECONDS,
    MAX_RECORDS_PER_SYNC,
    REFRESH_INTERVAL_SECONDS,
} from '../contract/ChangeSetStatusSync';
import { ChangeSetService, SEND_CLAIM_SECONDS } from '../contract/ChangeSetService';
import { DisplayStatuses } from '../contract/DisplayStatuses';
import { RecordActions } from '../contract/RecordActions';
import { ResaleAuthorizationService } from '../contract/ResaleAuthorizationService';
import { messagesIn } from '../contract/UserMessages';
import type { ApexLabel } from '../contract/UserMessages';
import { MAX_CHAIN_DEPTH } from '../contract/StatusSyncJob';
import type { StoredRecord } from '../contract/store';

const CONTRACT_VECTORS_FILE = path.join(
    PROJECT_ROOT,
    'force-app/main/default/staticresources/ContractVectors.json',
);

interface Expected {
    label: ApexLabel;
    params: (string | number)[];
}

interface Vectors {
    limits: Record<string, number>;
    displayStatus: {
        entityStatus: string | null;
        changeSetStatus: string | null;
        expected: string;
    }[];
    statusClaim: {
        name: string;
        changeSetId: string | null;
        changeSetStatus: string | null;
        nextRefreshAllowedIn: number | null;
        claimedUntilIn: number | null;
        expected: boolean;
    }[];
    prepare: {
        name: string;
        entityId: string | null;
        entityStatus: string | null;
        changeSetId: string | null;
        changeSetStatus: string | null;
        action: string;
        /** The action of a change sent and not answered by AWS yet, if any. */
        unansweredAction: string | null;
        expected: Expected | null;
    }[];
    sendAnswers: {
        name: string;
        statusCode: number | null;
        errorType: string;
        message: string;
        expected: { retryable: boolean; failsTheChange: boolean };
    }[];
    allowlist: {
        name: string;
        entityId: string | null;
        action: string;
        record: { productId: string; resellerAccountId: string; name: string };
        request: Record<string, unknown>;
        expected: Expected | null;
    }[];
    legalDocumentTypes: {
        types: Record<string, string>;
        files: { fileName: string; expected: Expected | null }[];
    };
    deletable: {
        name: string;
        entityId: string | null;
        entityStatus: string | null;
        changeSetId: string | null;
        changeSetStatus: string | null;
        /** The record's change rows. */
        changes: { status: string; changeSetId: string | null }[];
        expected: Expected | null;
    }[];
    recordActions: {
        name: string;
        entityId: string | null;
        entityStatus: string | null;
        changeSetId: string | null;
        changeSetStatus: string | null;
        changes: { action: string; status: string; changeSetId: string | null }[];
        /** The actions allowed, in the order the screens offer them. */
        expected: string[];
    }[];
    draftCheck: {
        name: string;
        /** The fields of the form state the check reads; the rest is a blank form's. */
        form: { productId: string; name: string; resellerAccountId: string };
        /** The validation codes that refuse the draft, in the order the wizard lists them. */
        expected: string[];
    }[];
}

const vectors = JSON.parse(fs.readFileSync(CONTRACT_VECTORS_FILE, 'utf8')) as Vectors;
const format = messagesIn('en');
const NOW = Date.parse('2026-11-25T10:00:00Z');
const at = (seconds: number | null): string | null =>
    seconds === null ? null : new Date(NOW + seconds * 1000).toISOString();

describe('contract vectors, on the local twin of the Apex', () => {
    it('share the limits', () => {
        expect({
            refreshIntervalSeconds: REFRESH_INTERVAL_SECONDS,
            claimSeconds: CLAIM_SECONDS,
            sendClaimSeconds: SEND_CLAIM_SECONDS,
            maxRecordsPerSync: MAX_RECORDS_PER_SYNC,
            maxChainDepth: MAX_CHAIN_DEPTH,
            maxChangeSetCharacters: MAX_CHANGE_SET_CHARACTERS,
        }).toEqual(vectors.limits);
    });

    it.each(vectors.displayStatus)(
        'shows $expected for entity $entityStatus and change set $changeSetStatus',
        ({ entityStatus, changeSetStatus, expected }) => {
            expect(DisplayStatuses.resolve(entityStatus, changeSetStatus)).toBe(expected);
        },
    );

    it.each(vectors.statusClaim)('status claim: $name', (vector) => {
        const record = {
            changeSetId: vector.changeSetId,
            changeSetStatus: vector.changeSetStatus,
            nextRefreshAllowedAt: at(vector.nextRefreshAllowedIn),
            statusClaimedUntil: at(vector.claimedUntilIn),
        } as StoredRecord;
        expect(ChangeSetStatusSync.isClaimable(record, NOW)).toBe(vector.expected);
    });

    it.each(vectors.prepare)('prepare: $name', (vector) => {
        const refusal = ChangeSetService.prepareRefusal(
            vector,
            vector.action,
            vector.unansweredAction,
        );
        expect(refusal).toEqual(
            vector.expected && { ...vector.expected, params: vector.expected.params.map(String) },
        );
    });

    it.each(vectors.allowlist)(
        'allowlist: $name',
        ({ request, entityId, action, record, expected }) => {
            const saved = {
                entityId,
                productId: record.productId,
                resellerAccountId: record.resellerAccountId,
                authorizationName: record.name,
            };
            const check = () => ChangeSetAllowlist.check(request, saved, action, format);
            if (expected === null) {
                expect(check).not.toThrow();
            } else {
                expect(check).toThrow(format(expected.label, ...expected.params));
            }
        },
    );

    it.each(vectors.sendAnswers)('send answer: $name', (vector) => {
        const answer =
            vector.statusCode === null
                ? CatalogApiException.fromNoAnswer(new Error(vector.message))
                : CatalogApiException.fromResponse({
                      name: vector.errorType,
                      message: vector.message,
                      $metadata: { httpStatusCode: vector.statusCode },
                  });
        expect({
            retryable: answer.isRetryable(),
            failsTheChange: answer.failsTheChange(),
        }).toEqual(vector.expected);
    });

    it.each(vectors.deletable)('deletable: $name', (vector) => {
        expect(ResaleAuthorizationService.deleteRefusal(vector, vector.changes.length)).toBe(
            vector.expected?.label ?? null,
        );
    });

    it.each(vectors.deletable)(
        'the components offer Delete as the server allows it: $name',
        (vector) => {
            const record = {
                ...vector,
                displayStatus: resolveDisplayStatus(vector),
                history: vector.changes.map((change) => ({ action: 'PUBLISH', ...change })),
            };
            expect(allows(record, 'delete')).toBe(vector.expected === null);
        },
    );

    it.each(vectors.recordActions)('record actions: $name', (vector) => {
        expect(RecordActions.allowed(vector, vector.changes)).toEqual(vector.expected);
    });

    it.each(vectors.recordActions)(
        'the components offer the actions the server allows: $name',
        (vector) => {
            expect(allowedActions({ ...vector, history: vector.changes })).toEqual(vector.expected);
        },
    );

    it.each(vectors.draftCheck)('draft check: $name', ({ form, expected }) => {
        expect(ResaleAuthorizationService.draftRefusals(JSON.stringify(form))).toEqual(expected);
    });

    it.each(vectors.draftCheck)(
        'the wizard refuses the drafts the server refuses: $name',
        ({ form, expected }) => {
            const problems = draftProblems({ ...emptyFormState(), ...form });
            expect(problems.map((problem) => problem.code)).toEqual(expected);
        },
    );

    it('share the legal document types', () => {
        expect(LEGAL_DOCUMENT_TYPES).toEqual(vectors.legalDocumentTypes.types);
    });

    it.each(vectors.legalDocumentTypes.files)(
        'legal document type: $fileName',
        ({ fileName, expected }) => {
            expect(legalDocumentTypeRefusal(fileName)).toEqual(expected);
        },
    );
});
