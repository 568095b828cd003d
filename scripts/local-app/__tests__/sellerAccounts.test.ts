/**
 * Two AWS seller accounts in the local twin, each on its own simulated catalog, as
 * SellerAccounts_Test checks the Apex: products and resale authorizations per account, every
 * callout about a record through its account's Named Credential, the legal documents in its
 * bucket, and a user who may not use an account refused everything about it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import {
    publishRequestOf,
    saveFormDraft,
    draftInputOf,
    sendPrepared,
} from '../../bench/contractWorkflows';
import { contractForm } from '../../bench/seedForms';
import {
    catalogClient,
    startTestSimulator,
    TEST_CREDENTIALS,
} from '../../catalog-simulator/__tests__/simulatorHarness';
import { FIRST_SELLER, SECOND_SELLER } from '../../catalog-simulator/seed';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { LocalAsyncQueue } from '../contract/asyncApex';
import type { ContractDeps } from '../contract/contractDeps';
import { RecordLocks } from '../contract/platform';
import { ResaleAuthorizationController } from '../contract/ResaleAuthorizationController';
import type { SellerAccount } from '../contract/SellerAccounts';
import { StatusEvents } from '../contract/statusEvents';
import { MAX_CHAIN_DEPTH } from '../contract/StatusSyncJob';
import { LocalStore } from '../contract/store';
import { messagesIn } from '../contract/UserMessages';

const format = messagesIn('en');
const EUROPE_PERMISSION = 'Marketplace_Resale_Europe';
const EUROPE_PRODUCT = 'prod-eu-saas-insights';

const ACCOUNTS: SellerAccount[] = [
    {
        developerName: 'Default',
        label: 'Example Seller (US)',
        namedCredential: 'AWS_Marketplace_Catalog',
        legalDocumentsNamedCredential: 'AWS_Marketplace_Legal_Documents',
        legalDocumentsBucket: 'us-legal-documents',
        region: 'us-east-1',
        awsAccountId: FIRST_SELLER.sellerAccountId,
        customPermission: null,
    },
    {
        developerName: 'Europe',
        label: 'Example Seller Europe',
        namedCredential: 'AWS_Marketplace_Catalog_Europe',
        legalDocumentsNamedCredential: 'AWS_Marketplace_Legal_Documents_Europe',
        legalDocumentsBucket: 'europe-legal-documents',
        region: 'eu-west-1',
        awsAccountId: SECOND_SELLER.sellerAccountId,
        customPermission: EUROPE_PERMISSION,
    },
];

let us: RunningSimulator;
let europe: RunningSimulator;
let queue: LocalAsyncQueue;
let deps: ContractDeps;

const s3Of = (simulator: RunningSimulator): S3Client =>
    new S3Client({
        endpoint: simulator.url,
        region: 'us-east-1',
        credentials: TEST_CREDENTIALS,
        forcePathStyle: true,
    });

beforeEach(async () => {
    us = await startTestSimulator();
    europe = await startTestSimulator({ seller: SECOND_SELLER });
    queue = new LocalAsyncQueue({ minuteMs: null, maxChainDepth: MAX_CHAIN_DEPTH });
    deps = {
        store: LocalStore.open({
            dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'seller-accounts-')),
            reset: true,
        }),
        catalog: catalogClient(us, 1500),
        s3: s3Of(us),
        legalDocumentsBucket: 'us-legal-documents',
        sellerAccounts: ACCOUNTS,
        namedCredentials: {
            AWS_Marketplace_Catalog_Europe: { catalog: catalogClient(europe, 1500) },
            AWS_Marketplace_Legal_Documents_Europe: { s3: s3Of(europe) },
        },
        customPermissions: new Set([EUROPE_PERMISSION]),
        events: new StatusEvents(),
        queue,
        locks: new RecordLocks(),
        clock: Date.now,
        userName: 'Admin',
        log: () => undefined,
    };
});

afterEach(async () => {
    await queue.stop();
    await us.stop();
    await europe.stop();
});

/** The user of `deps`, who may use both accounts. */
const admin = () => new ResaleAuthorizationController(deps, 'en');
/** A user without the Europe account's custom permission, on the same org. */
const usOnly = () =>
    new ResaleAuthorizationController({ ...deps, customPermissions: new Set() }, 'en');

async function syncAllProducts(): Promise<void> {
    for (const { name } of await admin().listSellerAccounts()) {
        await admin().syncProducts({ sellerAccount: name });
        await queue.runNow();
    }
}

/** A Europe draft of the account's SaaS product. */
async function europeDraft(name: string): Promise<string> {
    const form = contractForm(name, '666677778888', EUROPE_PRODUCT);
    return (await admin().saveDraft({ draft: { ...draftInputOf(form), sellerAccount: 'Europe' } }))
        .recordId;
}

const entitiesOf = (simulator: RunningSimulator, name: string) =>
    Object.values(simulator.service.state.entities).filter((entity) => entity?.name === name);

describe('two seller accounts in the local twin', () => {
    it('lists the accounts a user may use, the default one first', async () => {
        expect(await admin().listSellerAccounts()).toEqual([
            { name: 'Default', label: 'Example Seller (US)', awsAccountId: '999988887777' },
            { name: 'Europe', label: 'Example Seller Europe', awsAccountId: '888877776666' },
        ]);
        expect((await usOnly().listSellerAccounts()).map((account) => account.name)).toEqual([
            'Default',
        ]);
    });

    it("syncs each account's products from its own catalog; a user sees the products of the accounts they may use", async () => {
        await syncAllProducts();
        const accountOf = new Map(
            (await admin().listProducts()).map((product) => [
                product.productId,
                product.sellerAccount,
            ]),
        );
        expect(accountOf.get('prod-saas-analytics')).toBe('Default');
        expect(accountOf.get(EUROPE_PRODUCT)).toBe('Europe');
        expect(accountOf.get('prod-eu-ami-firewall')).toBe('Europe');
        expect((await usOnly().listProducts()).map((product) => product.productId)).not.toContain(
            EUROPE_PRODUCT,
        );
        await expect(usOnly().syncProducts({ sellerAccount: 'Europe' })).rejects.toThrow(
            format('RA_Apex_SellerAccountDenied', 'Example Seller Europe'),
        );
    });

    it("publishes a resale authorization in its account's catalog only, and follows it there", async () => {
        await syncAllProducts();
        const form = contractForm('Fabrikam Europe Deal', '666677778888', EUROPE_PRODUCT);
        const recordId = await europeDraft('Fabrikam Europe Deal');
        const prepared = await admin().prepareChangeSet({
            recordId,
            action: 'PUBLISH',
            changeSetJson: publishRequestOf(form),
            formStateJson: draftInputOf(form).formStateJson,
        });
        await sendPrepared(admin(), { recordId, clientRequestToken: prepared.clientRequestToken });
        expect(entitiesOf(europe, 'Fabrikam Europe Deal')).toHaveLength(1);
        expect(entitiesOf(us, 'Fabrikam Europe Deal')).toHaveLength(0);

        // The status is read through the record's account too.
        await queue.runNow();
        const detail = await admin().getResaleAuthorization({ recordId });
        expect(detail).toMatchObject({
            displayStatus: 'Active',
            sellerAccount: 'Europe',
            sellerAccountLabel: 'Example Seller Europe',
        });
        expect(detail.entityId).toMatch(/^resaleauthz-/);
    });

    it("refuses an account the user may not use, a product of another account, and a sent record's move", async () => {
        await syncAllProducts();
        const form = contractForm('Moved', '666677778888', EUROPE_PRODUCT);
        await expect(
            usOnly().saveDraft({ draft: { ...draftInputOf(form), sellerAccount: 'Europe' } }),
        ).rejects.toThrow(format('RA_Apex_SellerAccountDenied', 'Example Seller Europe'));
        await expect(
            admin().saveDraft({ draft: { ...draftInputOf(form), sellerAccount: 'Default' } }),
        ).rejects.toThrow(
            format('RA_Apex_ProductOtherAccount', EUROPE_PRODUCT, 'Example Seller (US)'),
        );
        await expect(
            admin().saveDraft({ draft: { ...draftInputOf(form), sellerAccount: 'Nowhere' } }),
        ).rejects.toThrow(format('RA_Apex_SellerAccountUnknown', 'Nowhere'));

        // A draft AWS never heard of may move; once its change is prepared, it may not.
        const usForm = contractForm('Moved');
        const recordId = await saveFormDraft(admin(), usForm);
        const moved = await admin().saveDraft({
            draft: { ...draftInputOf(usForm, recordId), sellerAccount: 'Default' },
        });
        expect(moved.sellerAccount).toBe('Default');
        await admin().prepareChangeSet({
            recordId,
            action: 'PUBLISH',
            changeSetJson: publishRequestOf(usForm),
            formStateJson: draftInputOf(usForm).formStateJson,
        });
        await expect(
            admin().saveDraft({
                draft: { ...draftInputOf(usForm, recordId), sellerAccount: 'Europe' },
            }),
        ).rejects.toThrow(format('RA_Apex_SellerAccountFixed'));
    });

    it('lists and filters by account, and refuses every request about a record of an account the user may not use', async () => {
        await syncAllProducts();
        const europeId = await europeDraft('Europe only');
        const usId = await saveFormDraft(admin(), contractForm('US only'));
        const page = (api: ResaleAuthorizationController, sellerAccount: string | null) =>
            api.listResaleAuthorizations({
                searchTerm: null,
                statuses: null,
                productId: null,
                sellerAccount,
                sortBy: 'name',
                sortDirection: 'asc',
                pageSize: 50,
                cursor: null,
            });
        expect((await page(admin(), null)).rows.map((row) => row.recordId).sort()).toEqual(
            [europeId, usId].sort(),
        );
        const filtered = await page(admin(), 'Europe');
        expect(filtered.totalCount).toBe(1);
        expect(filtered.rows[0]).toMatchObject({
            recordId: europeId,
            sellerAccountLabel: 'Example Seller Europe',
        });
        expect((await page(usOnly(), null)).rows.map((row) => row.recordId)).toEqual([usId]);
        expect((await page(usOnly(), 'Europe')).totalCount).toBe(0);

        const denied = format('RA_Apex_SellerAccountDenied', 'Example Seller Europe');
        const user = usOnly();
        await expect(user.getResaleAuthorization({ recordId: europeId })).rejects.toThrow(denied);
        await expect(user.getCloneSource({ recordId: europeId })).rejects.toThrow(denied);
        await expect(user.refreshStatus({ recordId: europeId })).rejects.toThrow(denied);
        await expect(user.deleteDraft({ recordId: europeId })).rejects.toThrow(denied);
        await expect(
            user.prepareChangeSet({
                recordId: europeId,
                action: 'PUBLISH',
                changeSetJson: '{}',
                formStateJson: null,
            }),
        ).rejects.toThrow(denied);
        await expect(
            user.uploadLegalDocument({ recordId: europeId, contentDocumentId: 'none' }),
        ).rejects.toThrow(denied);
    });

    it("copies a legal document to the bucket of the record's account", async () => {
        await syncAllProducts();
        const recordId = await europeDraft('Europe EULA');
        const file = admin().saveUploadedFile({
            fileName: 'EULA.pdf',
            contentType: 'application/pdf',
            bytes: Buffer.from('%PDF-1.4 Europe'),
        });
        const uploaded = await admin().uploadLegalDocument({
            recordId,
            contentDocumentId: file.documentId,
        });
        expect(uploaded.url).toMatch(
            new RegExp(
                `^https://europe-legal-documents\\.s3\\.eu-west-1\\.amazonaws\\.com/resale-authorizations/${recordId}/`,
            ),
        );
        const key = (state: RunningSimulator) =>
            Object.keys(state.service.state.s3).filter((name) =>
                name.startsWith('europe-legal-documents/'),
            );
        expect(key(europe)).toHaveLength(1);
        expect(key(us)).toHaveLength(0);
    });

    it("imports each account's resale authorizations from its own listing, one account after the other", async () => {
        await syncAllProducts();
        let { run } = await admin().startImport();
        while (run?.status === 'RUNNING' && queue.queuedCount() > 0) {
            await queue.runNow();
            run = (await admin().getImportProgress()).run;
        }
        expect(run).toMatchObject({
            status: 'SUCCEEDED',
            sellerAccount: 'Europe',
            errorMessage: null,
        });
        const byAccount = (account: string) =>
            deps.store
                .allRecords()
                .filter((record) => record.sellerAccount === account)
                .map((record) => record.entityId)
                .sort();
        expect(byAccount('Default')).toEqual(
            FIRST_SELLER.resaleAuthorizations.map((entity) => entity.entityId).sort(),
        );
        expect(byAccount('Europe')).toEqual(['resaleauthz-euactive00001']);
        expect(deps.store.allImportRuns().map((each) => [each.sellerAccount, each.status])).toEqual(
            expect.arrayContaining([
                ['Default', 'SUCCEEDED'],
                ['Europe', 'SUCCEEDED'],
            ]),
        );

        // A user who may use only the default account syncs that one alone.
        ({ run } = await usOnly().startImport());
        expect(run?.sellerAccount).toBe('Default');
    });

    it('names the Named Credential of an account the org does not have', async () => {
        deps = {
            ...deps,
            sellerAccounts: [
                ...ACCOUNTS,
                {
                    ...ACCOUNTS[1],
                    developerName: 'Asia',
                    label: 'Asia',
                    namedCredential: 'AWS_Asia',
                } as SellerAccount,
            ],
            customPermissions: new Set([EUROPE_PERMISSION]),
        };
        await expect(admin().syncProducts({ sellerAccount: 'Asia' })).rejects.toThrow(
            format('RA_Aws_CredentialUnavailable', 'AWS_Asia'),
        );
    });
});
