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
import { isNeverSent, mayBeKnownToAws } from '../../../lwc-src/raDomain/changesUnderWay';
import { isResellable } from '../../../lwc-src/raDomain/product';
import { formFromEntity } from '../../../lwc-src/raDomain/entityToForm';
import { emptyFormState, parseFormState } from '../../../lwc-src/raDomain/formState';
import { allowedActions, allows } from '../../../lwc-src/raDomain/recordActions';
import { draftProblems } from '../../../lwc-src/raDomain/validation';
import { addDays } from '../../../lwc-src/raDomain/dates';
import { isExpiring } from '../../../lwc-src/raDomain/expiry';
import { resolveDisplayStatus } from '../../../lwc-src/raDomain/status';
import { PROJECT_ROOT } from '../../build/paths';
import { CatalogApiException } from '../contract/CatalogApiException';
import { ChangeSetAllowlist, MAX_CHANGE_SET_CHARACTERS } from '../contract/ChangeSetAllowlist';
import { MAX_FOLLOW_UP_ATTEMPTS } from '../contract/ChangeSetEvents';
import {
    ChangeSetStatusSync,
    CLAIM_SECONDS,
    EVENTS_FALLBACK_SECONDS,
    EVENTS_RECENT_DAYS,
    MAX_RECORDS_PER_SYNC,
    REFRESH_INTERVAL_SECONDS,
} from '../contract/ChangeSetStatusSync';
import { ChangeSetService, SEND_CLAIM_SECONDS } from '../contract/ChangeSetService';
import { ClientRequestTokens, MAX_CHANGE_SET_NAME_LENGTH } from '../contract/ClientRequestTokens';
import { DisplayStatuses } from '../contract/DisplayStatuses';
import {
    ExpiryRadar,
    MAX_DAYS as RADAR_MAX_DAYS,
    MAX_ROWS as RADAR_MAX_ROWS,
} from '../contract/ExpiryRadar';
import { ProductSyncService } from '../contract/ProductSyncService';
import { DescribedEntities } from '../contract/DescribedEntities';
import { EntityToForm } from '../contract/EntityToForm';
import { RecordActions } from '../contract/RecordActions';
import { ResaleAuthorizationService } from '../contract/ResaleAuthorizationService';
import { ResaleNotifications } from '../contract/ResaleNotifications';
import { SellerAccounts } from '../contract/SellerAccounts';
import type { Notice } from '../contract/ResaleNotifications';
import { messagesIn } from '../contract/UserMessages';
import type { ApexLabel } from '../contract/UserMessages';
import {
    BATCH_DESCRIBE_SIZE,
    IMPORT_CLAIM_SECONDS,
    LIST_PAGE_SIZE,
    MAX_ENTITIES_PER_STEP,
    MODIFIED_AFTER_MARGIN_SECONDS,
    ResaleAuthorizationImport,
    STALE_AFTER_DAYS,
} from '../contract/ResaleAuthorizationImport';
import type { ImportDecision, KnownRecord } from '../contract/ResaleAuthorizationImport';
import { MAX_CHAIN_DEPTH } from '../contract/StatusSyncJob';
import { UNTOUCHED_SERVER_FIELDS } from '../contract/store';
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
        /** The lifecycle facts, absent from the vectors of entity and change set alone. */
        expiryDate?: string | null;
        offerUsed?: boolean;
        entityNotFound?: boolean;
        today?: string | null;
        expected: string;
    }[];
    autoRefresh: {
        name: string;
        /** When an event last brought a change's status; null for never. */
        lastEventSecondsAgo: number | null;
        /** Seconds from now to the next automatic refresh; null for the 30-second window alone. */
        expectedIn: number | null;
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
        /** The record's synced product; null when it was never synced. */
        product: { productId: string; productType: string; visibility: string | null } | null;
        request: Record<string, unknown>;
        expected: Expected | null;
    }[];
    resellable: { productType: string; visibility: string | null; expected: boolean }[];
    awsMessages: {
        name: string;
        statusCode: number;
        errorType: string;
        message: string;
        expected: Expected;
    }[];
    legalDocumentTypes: {
        types: Record<string, string>;
        files: { fileName: string; expected: Expected | null }[];
    };
    resellerAccount: {
        name: string;
        pickedRecordId: string;
        /** The Account as the user sees it; null when not found or not visible. */
        account: { awsAccountId: string | null } | null;
        resellerAccountId: string;
        expected: Expected | null;
    }[];
    notifications: {
        changes: {
            name: string;
            previousStatus: string;
            status: string;
            expected: ExpectedNotice | null;
        }[];
        expiry: {
            name: string;
            displayStatus: string | null;
            /** Days from today to the expiry date; null when it never expires. */
            expiresInDays: number | null;
            /** What the owner was told: of this expiry date, of another, or nothing. */
            notified: 'sameExpiry' | 'otherExpiry' | null;
            noticeDays: number;
            expected: ExpectedNotice | null;
        }[];
    };
    expiryRadar: {
        today: string;
        expiring: {
            name: string;
            displayStatus: string;
            /** Days from today to the expiry date; null when it never expires. */
            expiresInDays: number | null;
            days: number;
            expected: boolean;
        }[];
        recentlyUsed: {
            name: string;
            displayStatus: string;
            usedAt: string | null;
            days: number;
            expected: boolean;
        }[];
        daysLeft: { expiresInDays: number; expected: { daysLeft: number; label: string } }[];
        windows: { days: number; expected: Expected | null }[];
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
    discard: {
        name: string;
        status: string;
        changeSetId: string | null;
        /** Whether a send of the change was ever claimed (Send_Started_At__c set). */
        sent: boolean;
        /** Whether a send claim lives now. */
        claimed: boolean;
        expected: Expected | null;
    }[];
    changeSetNames: {
        name: string;
        changeSetName: string | null;
        token: string;
        expected: string;
    }[];
    describedEntity: {
        name: string;
        /** The record as stored: the facts and terms an answer may leave. */
        record: DescribedFacts & { changeSetStatus: string | null };
        changeSetStatus: string | null;
        /** AWS answered ResourceNotFoundException instead of the entity. */
        notFound: boolean;
        entity: { LastModifiedDate: string; DetailsDocument: Record<string, unknown> } | null;
        now: string;
        expected: DescribedFacts & {
            displayStatus: string;
            offerExtendedStatus: string | null;
            entityLastModified: string | null;
            lastSyncedAt: string | null;
            /** The form state is the one the details give (else the stored one). */
            formStateFromDetails: boolean;
        };
    }[];
    importDecision: {
        name: string;
        listed: { LastModifiedDate: string; Status: string; OfferExtendedStatus: string };
        record: KnownRecord | null;
        awaitingOwnChange: boolean;
        expected: ImportDecision;
    }[];
    entityToForm: {
        name: string;
        /** A DescribeEntity DetailsDocument. */
        details: Record<string, unknown>;
        /** The form state it gives. */
        expected: Record<string, unknown>;
    }[];
    recordActions: {
        name: string;
        entityId: string | null;
        entityStatus: string | null;
        changeSetId: string | null;
        changeSetStatus: string | null;
        changes: {
            action: string;
            status: string;
            changeSetId: string | null;
            /** Whether a send of the change was ever claimed (Send_Started_At__c set). */
            sent: boolean;
            /** Whether a send claim lives now. */
            claimed: boolean;
        }[];
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
    sellerAccountUsable: {
        name: string;
        customPermission: string | null;
        /** The custom permissions the user has. */
        granted: string[];
        expected: boolean;
    }[];
    sellerAccountChange: {
        name: string;
        current: string | null;
        requested: string | null;
        sentToAws: boolean;
        expected: Expected | null;
    }[];
    sellerAccountOf: { name: string; value: string | null; expected: string }[];
}

interface DescribedFacts {
    entityStatus: string | null;
    name: string;
    productId: string;
    productTitle: string | null;
    resellerAccountId: string;
    expiryDate: string | null;
    description: string | null;
    offerUsed: boolean;
    entityNotFound: boolean;
}

interface ExpectedNotice {
    recipient: string;
    title: string;
    body: string;
}

function noticeOf(notice: Notice | null): ExpectedNotice | null {
    return (
        notice && { recipient: notice.recipient, title: notice.titleLabel, body: notice.bodyLabel }
    );
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
            listPageSize: LIST_PAGE_SIZE,
            batchDescribeSize: BATCH_DESCRIBE_SIZE,
            maxEntitiesPerStep: MAX_ENTITIES_PER_STEP,
            staleAfterDays: STALE_AFTER_DAYS,
            importClaimSeconds: IMPORT_CLAIM_SECONDS,
            modifiedAfterMarginSeconds: MODIFIED_AFTER_MARGIN_SECONDS,
            eventsFallbackSeconds: EVENTS_FALLBACK_SECONDS,
            eventsRecentDays: EVENTS_RECENT_DAYS,
            maxFollowUpAttempts: MAX_FOLLOW_UP_ATTEMPTS,
            radarMaxDays: RADAR_MAX_DAYS,
            radarMaxRows: RADAR_MAX_ROWS,
        }).toEqual(vectors.limits);
    });

    it.each(vectors.displayStatus)(
        'shows $expected for entity $entityStatus, change set $changeSetStatus, expiry $expiryDate, used $offerUsed, not found $entityNotFound',
        (vector) => {
            const record = {
                entityStatus: vector.entityStatus,
                changeSetStatus: vector.changeSetStatus,
                expiryDate: vector.expiryDate ?? null,
                offerUsed: vector.offerUsed ?? false,
                entityNotFound: vector.entityNotFound ?? false,
            };
            expect(DisplayStatuses.resolveRecord(record, vector.today ?? '')).toBe(vector.expected);
            if (vector.expiryDate === undefined) {
                expect(DisplayStatuses.resolve(vector.entityStatus, vector.changeSetStatus)).toBe(
                    vector.expected,
                );
            }
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

    it.each(vectors.autoRefresh)('automatic refresh: $name', (vector) => {
        expect(
            ChangeSetStatusSync.nextAutoRefreshAt(
                NOW,
                at(vector.lastEventSecondsAgo && -vector.lastEventSecondsAgo),
            ),
        ).toBe(at(vector.expectedIn));
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
        ({ request, entityId, action, record, product, expected }) => {
            const saved = {
                entityId,
                productId: record.productId,
                resellerAccountId: record.resellerAccountId,
                authorizationName: record.name,
            };
            const check = () => ChangeSetAllowlist.check(request, saved, action, product, format);
            if (expected === null) {
                expect(check).not.toThrow();
            } else {
                expect(check).toThrow(format(expected.label, ...expected.params));
            }
        },
    );

    it.each(vectors.resellable)(
        'resellable: $productType $visibility is $expected',
        ({ productType, visibility, expected }) => {
            expect(ProductSyncService.isResellable(productType, visibility)).toBe(expected);
            // The product picker and the validation hold the same rule.
            expect(isResellable(productType, visibility)).toBe(expected);
        },
    );

    it.each(vectors.awsMessages)('AWS message: $name', (vector) => {
        const answer = CatalogApiException.fromResponse({
            name: vector.errorType,
            message: vector.message,
            $metadata: { httpStatusCode: vector.statusCode },
        });
        expect(answer.userMessage(format)).toBe(
            format(vector.expected.label, ...vector.expected.params),
        );
    });

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

    it.each(vectors.resellerAccount)('reseller Account: $name', (vector) => {
        expect(
            ResaleAuthorizationService.resellerAccountRefusal(
                vector.pickedRecordId,
                vector.account,
                vector.resellerAccountId,
            ),
        ).toEqual(
            vector.expected && { ...vector.expected, params: vector.expected.params.map(String) },
        );
    });

    it.each(vectors.sellerAccountUsable)('seller account usable: $name', (vector) => {
        expect(SellerAccounts.isUsableWith(vector.customPermission, new Set(vector.granted))).toBe(
            vector.expected,
        );
        // The same rule when the twin checks the user's permissions itself.
        const account = {
            developerName: 'Europe',
            label: 'Europe',
            namedCredential: 'AWS_Marketplace_Catalog_Europe',
            legalDocumentsNamedCredential: null,
            legalDocumentsBucket: null,
            region: null,
            awsAccountId: null,
            customPermission: vector.customPermission,
        };
        expect(
            SellerAccounts.isUsable(
                { sellerAccounts: [account], customPermissions: new Set(vector.granted) },
                account,
            ),
        ).toBe(vector.expected);
    });

    it.each(vectors.sellerAccountChange)('seller account change: $name', (vector) => {
        expect(
            SellerAccounts.changeRefusal(vector.current, vector.requested, vector.sentToAws),
        ).toEqual(vector.expected?.label ?? null);
    });

    it.each(vectors.sellerAccountOf)('seller account of a record: $name', (vector) => {
        expect(SellerAccounts.accountOf(vector.value)).toBe(vector.expected);
    });

    it.each(vectors.notifications.changes)('change notification: $name', (vector) => {
        expect(
            noticeOf(ResaleNotifications.changeNotice(vector.previousStatus, vector.status)),
        ).toEqual(vector.expected);
    });

    it.each(vectors.notifications.expiry)('expiry notification: $name', (vector) => {
        const today = '2026-11-25';
        const day = (days: number) =>
            new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000)
                .toISOString()
                .slice(0, 10);
        const expiryDate = vector.expiresInDays === null ? null : day(vector.expiresInDays);
        const notifiedFor =
            vector.notified === 'sameExpiry'
                ? expiryDate
                : vector.notified === 'otherExpiry'
                  ? day((vector.expiresInDays ?? 0) - 7)
                  : null;
        expect(
            noticeOf(
                ResaleNotifications.expiryNotice(
                    expiryDate,
                    notifiedFor,
                    vector.displayStatus,
                    today,
                    vector.noticeDays,
                ),
            ),
        ).toEqual(vector.expected);
    });

    describe('the expiry radar', () => {
        const { today } = vectors.expiryRadar;
        const day = (days: number) => addDays(today, days);

        it.each(vectors.expiryRadar.expiring)('expiring: $name', (vector) => {
            const expiryDate = vector.expiresInDays === null ? null : day(vector.expiresInDays);
            expect(
                ExpiryRadar.isExpiring(vector.displayStatus, expiryDate, today, vector.days),
            ).toBe(vector.expected);
            // The components read the same rule.
            expect(isExpiring(vector.displayStatus, expiryDate, today, vector.days)).toBe(
                vector.expected,
            );
        });

        it.each(vectors.expiryRadar.recentlyUsed)('used recently: $name', (vector) => {
            expect(
                ExpiryRadar.isRecentlyUsed(vector.displayStatus, vector.usedAt, today, vector.days),
            ).toBe(vector.expected);
        });

        it.each(vectors.expiryRadar.daysLeft)(
            'days left $expiresInDays days before the expiry date',
            (vector) => {
                const left = ExpiryRadar.daysLeft(day(vector.expiresInDays), today);
                expect({ daysLeft: left, label: ExpiryRadar.daysLeftLabel(left) }).toEqual(
                    vector.expected,
                );
            },
        );

        it.each(vectors.expiryRadar.windows)('a window of $days days', (vector) => {
            const radar = new ExpiryRadar({}, format);
            if (vector.expected === null) {
                expect(radar.windowDays(vector.days)).toBe(vector.days);
            } else {
                expect(() => radar.windowDays(vector.days)).toThrow(
                    format(vector.expected.label, ...vector.expected.params),
                );
            }
        });
    });

    it.each(vectors.deletable)('deletable: $name', (vector) => {
        expect(
            ResaleAuthorizationService.deleteRefusal(
                vector,
                vector.changes.filter(mayBeKnownToAws).length,
            ),
        ).toBe(vector.expected?.label ?? null);
    });

    it.each(vectors.discard)('discard: $name', (vector) => {
        const change = {
            status: vector.status,
            changeSetId: vector.changeSetId,
            sentAt: vector.sent ? at(-5) : null,
            sendClaimedUntil: vector.claimed ? at(SEND_CLAIM_SECONDS) : null,
        };
        expect(ChangeSetService.discardRefusal(change)).toBe(vector.expected?.label ?? null);
        // The components offer Discard exactly when the server allows it.
        expect(isNeverSent(change)).toBe(vector.expected === null);
    });

    it.each(vectors.changeSetNames)('change set name: $name', (vector) => {
        const name = ClientRequestTokens.nameWithToken(vector.changeSetName, vector.token);
        expect(name).toBe(vector.expected);
        expect(name.length).toBeLessThanOrEqual(MAX_CHANGE_SET_NAME_LENGTH);
    });

    it.each(vectors.deletable)(
        'the components offer Delete as the server allows it: $name',
        (vector) => {
            const record = {
                ...vector,
                displayStatus: resolveDisplayStatus(vector),
                history: vector.changes.map((change) => ({
                    action: 'PUBLISH',
                    sentAt: null,
                    ...change,
                })),
            };
            expect(allows(record, 'delete')).toBe(vector.expected === null);
        },
    );

    /** A vector's change rows as the store holds them: when a send was claimed, and until when. */
    const storedChanges = (changes: Vectors['recordActions'][number]['changes']) =>
        changes.map(({ sent, claimed, ...change }) => ({
            ...change,
            sentAt: sent ? at(-5) : null,
            sendClaimedUntil: claimed ? at(SEND_CLAIM_SECONDS) : null,
        }));

    it.each(vectors.recordActions)('record actions: $name', (vector) => {
        expect(RecordActions.allowed(vector, storedChanges(vector.changes))).toEqual(
            vector.expected,
        );
    });

    it.each(vectors.recordActions)(
        'the components offer the actions the server allows: $name',
        (vector) => {
            expect(allowedActions({ ...vector, history: storedChanges(vector.changes) })).toEqual(
                vector.expected,
            );
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

    it.each(vectors.entityToForm)('entity to form: $name', ({ details, expected }) => {
        expect(EntityToForm.formFromEntity(details)).toEqual(expected);
        // The vectors say what the domain does, and give form states the wizard can open.
        expect(formFromEntity({ DetailsDocument: details })).toEqual(expected);
        expect(parseFormState(expected)).toEqual(expected);
    });

    it.each(vectors.describedEntity)('described entity: $name', (vector) => {
        const stored: StoredRecord = {
            ...UNTOUCHED_SERVER_FIELDS,
            resellerAccount: null,
            opportunity: null,
            id: 'a01000000000001AAA',
            authorizationName: vector.record.name,
            productId: vector.record.productId,
            productTitle: vector.record.productTitle,
            resellerAccountId: vector.record.resellerAccountId,
            expiryDate: vector.record.expiryDate,
            description: vector.record.description,
            formStateJson: null,
            displayStatus: '',
            entityId: 'resaleauthz-1',
            entityStatus: vector.record.entityStatus,
            changeSetId: null,
            changeSetStatus: vector.record.changeSetStatus,
            offerUsed: vector.record.offerUsed,
            entityNotFound: vector.record.entityNotFound,
            createdByName: 'Test',
            createdAt: vector.now,
            lastModifiedAt: vector.now,
        };
        const now = Date.parse(vector.now);
        const record = vector.entity
            ? DescribedEntities.apply(
                  stored,
                  vector.changeSetStatus,
                  'resaleauthz-1',
                  vector.entity,
                  now,
              )
            : DescribedEntities.markNotFound(stored, vector.changeSetStatus, now);
        const details = vector.entity?.DetailsDocument;
        expect({
            entityStatus: record.entityStatus,
            displayStatus: record.displayStatus,
            name: record.authorizationName,
            productId: record.productId,
            productTitle: record.productTitle,
            resellerAccountId: record.resellerAccountId,
            expiryDate: record.expiryDate,
            description: record.description,
            offerExtendedStatus: record.offerExtendedStatus,
            offerUsed: record.offerUsed,
            entityNotFound: record.entityNotFound,
            entityLastModified: record.entityLastModified,
            lastSyncedAt: record.lastSyncedAt,
            formStateFromDetails:
                details !== undefined &&
                record.formStateJson ===
                    JSON.stringify(formFromEntity({ DetailsDocument: details })),
        }).toEqual(vector.expected);
        expect(record.entityId).toBe('resaleauthz-1');
    });

    it.each(vectors.importDecision)('import decision: $name', (vector) => {
        expect(
            ResaleAuthorizationImport.decide(
                {
                    entityId: 'resaleauthz-1',
                    lastModifiedDate: vector.listed.LastModifiedDate,
                    status: vector.listed.Status,
                    offerExtendedStatus: vector.listed.OfferExtendedStatus,
                },
                vector.record,
                vector.awaitingOwnChange,
            ),
        ).toBe(vector.expected);
    });
});
