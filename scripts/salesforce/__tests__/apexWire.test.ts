/**
 * The requests CatalogApiClient.cls and LegalDocumentService.cls send, replayed against the local
 * Catalog simulator (wire-compatible with the Catalog API): the paths exist, and the answers carry
 * every field the Apex reads. The Named Credential signs in the org; here a SigV4-shaped header
 * stands in for it (the simulator checks the scope, not the signature).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FORCE_APP_DIR, PROJECT_ROOT } from '../../build/paths';
import { startTestSimulator } from '../../catalog-simulator/__tests__/simulatorHarness';
import type { RunningSimulator } from '../../catalog-simulator/server';
import { toStartChangeSet } from '../../../lwc-src/raDomain/changeSet';
import type { FormState } from '../../../lwc-src/raDomain/formState';
import type { Product } from '../../../lwc-src/raDomain/product';

type Json = Record<string, unknown>;

const classSource = (name: string): string =>
    fs.readFileSync(path.join(FORCE_APP_DIR, 'classes', `${name}.cls`), 'utf8');

function signature(service: string): string {
    return `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261124/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;
}

let simulator: RunningSimulator;

async function call(
    method: 'GET' | 'POST',
    pathAndQuery: string,
    body?: Json,
    service = 'aws-marketplace',
): Promise<{ status: number; errorType: string | null; json: Json }> {
    const response = await fetch(`${simulator.url}${pathAndQuery}`, {
        method,
        headers: {
            Authorization: signature(service),
            Accept: 'application/json',
            ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
        status: response.status,
        errorType: response.headers.get('x-amzn-ErrorType'),
        json: text ? (JSON.parse(text) as Json) : {},
    };
}

beforeAll(async () => {
    simulator = await startTestSimulator({ today: '2026-11-24' });
});

afterAll(async () => {
    await simulator.stop();
});

describe('the Catalog API requests of the Apex client', () => {
    it('uses the REST-JSON paths of the service model through the Named Credential', () => {
        const source = classSource('CatalogApiClient') + classSource('SellerAccounts');
        for (const fragment of [
            'request.setEndpoint(SellerAccounts.catalogEndpoint(account) + path)',
            "return 'callout:' + account.namedCredential;",
            "'POST', '/StartChangeSet'",
            "'/DescribeChangeSet?catalog=' + CATALOG + '&changeSetId='",
            "'/DescribeEntity?catalog=' + CATALOG + '&entityId='",
            "'POST', '/ListEntities'",
            "'x-amzn-ErrorType'",
        ]) {
            expect(source.replace(/\s+/g, ' ') + classSource('CatalogApiException')).toContain(
                fragment,
            );
        }
    });

    it('lists products and reads their title and dimensions as the product sync does', async () => {
        const page = await call('POST', '/ListEntities', {
            Catalog: 'AWSMarketplace',
            EntityType: 'SaaSProduct',
            MaxResults: 20,
        });
        expect(page.status).toBe(200);
        const summaries = page.json.EntitySummaryList as Json[];
        const first = summaries[0] ?? {};
        expect(first).toEqual(expect.objectContaining({ EntityId: expect.any(String) }));

        const entity = await call(
            'GET',
            `/DescribeEntity?catalog=AWSMarketplace&entityId=${encodeURIComponent(String(first.EntityId))}`,
        );
        const details = entity.json.DetailsDocument as Json;
        expect((details.Description as Json).ProductTitle).toEqual(expect.any(String));
        expect(details.Dimensions).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    Key: expect.any(String),
                    Name: expect.any(String),
                    Unit: expect.any(String),
                    Types: expect.any(Array),
                }),
            ]),
        );
    });

    it('starts a change set the domain built and describes it with what the status sync reads', async () => {
        const example = JSON.parse(
            fs.readFileSync(
                path.join(PROJECT_ROOT, 'scripts', 'examples', 'usage-multi-use.json'),
                'utf8',
            ),
        ) as { product: Product; form: FormState };
        const request = toStartChangeSet(example.form, example.product, {
            intent: 'publish',
            clientRequestToken: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
        });
        // sendChangeSet sends the request it parsed and checked, serialized again.
        const started = await call(
            'POST',
            '/StartChangeSet',
            JSON.parse(JSON.stringify(request)) as Json,
        );
        expect(started.status).toBe(200);
        const changeSetId = String(started.json.ChangeSetId);

        let described: Json = {};
        for (let attempt = 0; attempt < 100; attempt += 1) {
            described = (
                await call(
                    'GET',
                    `/DescribeChangeSet?catalog=AWSMarketplace&changeSetId=${encodeURIComponent(changeSetId)}`,
                )
            ).json;
            if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(String(described.Status))) {
                break;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(described.Status).toBe('SUCCEEDED');
        const changes = described.ChangeSet as Json[];
        const created = changes
            .map((change) => change.Entity as Json)
            .find(
                (entity) =>
                    String(entity.Type).startsWith('ResaleAuthorization') &&
                    !String(entity.Identifier).startsWith('$'),
            );
        expect(String(created?.Identifier)).toMatch(/^resaleauthz-/);
        expect(changes.map((change) => change.ChangeType)).toContain('ReleaseResaleAuthorization');

        const again = await call(
            'POST',
            '/StartChangeSet',
            JSON.parse(JSON.stringify(request)) as Json,
        );
        expect(again.json.ChangeSetId).toBe(changeSetId);
    });

    it('gets errors with their type in x-amzn-ErrorType and a Message, as CatalogApiException reads them', async () => {
        const refused = await call('POST', '/StartChangeSet', {
            Catalog: 'AWSMarketplace',
            ChangeSet: [],
        });
        expect(refused.status).toBe(422);
        expect(refused.errorType?.split(':')[0]).toBe('ValidationException');
        expect(refused.json.Message ?? refused.json.message).toEqual(expect.any(String));

        const unsigned = await fetch(`${simulator.url}/ListEntities`, {
            method: 'POST',
            body: '{}',
        });
        expect(unsigned.status).toBe(403);
    });
});

describe('the default seller account as it deploys', () => {
    it('calls through the Named Credentials the package deploys', () => {
        const record = fs.readFileSync(
            path.join(FORCE_APP_DIR, 'customMetadata', 'Seller_Account.Default.md-meta.xml'),
            'utf8',
        );
        const valueOf = (field: string): string | undefined =>
            new RegExp(`<field>${field}</field>\\s*<value[^>]*>([^<]*)</value>`).exec(record)?.[1];
        expect(valueOf('Named_Credential__c')).toBe('AWS_Marketplace_Catalog');
        expect(valueOf('Legal_Documents_Named_Credential__c')).toBe(
            'AWS_Marketplace_Legal_Documents',
        );
        for (const credential of ['AWS_Marketplace_Catalog', 'AWS_Marketplace_Legal_Documents']) {
            expect(
                fs.existsSync(
                    path.join(
                        FORCE_APP_DIR,
                        'namedCredentials',
                        `${credential}.namedCredential-meta.xml`,
                    ),
                ),
            ).toBe(true);
        }
    });
});

describe('the S3 upload of the legal document service', () => {
    it('PUTs the document through the Named Credential under the resale authorization key', () => {
        const source = classSource('LegalDocumentService').replace(/\s+/g, ' ');
        expect(source).toContain(
            'request.setEndpoint(SellerAccounts.legalDocumentsEndpoint(account) + key)',
        );
        expect(classSource('SellerAccounts').replace(/\s+/g, ' ')).toContain(
            "return 'callout:' + account.legalDocumentsNamedCredential + '/';",
        );
        expect(source).toContain("request.setMethod('PUT')");
        expect(source).toContain("'resale-authorizations/'");
    });
});
