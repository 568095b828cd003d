/**
 * The local twin of CatalogApiException's classification, on the AWS SDK's own errors: a
 * credential chain without credentials, and a local HTTP server answering as AWS does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
    DescribeChangeSetCommand,
    MarketplaceCatalogClient,
} from '@aws-sdk/client-marketplace-catalog';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
    CATALOG_CREDENTIAL,
    CatalogApiException,
    CREDENTIAL_UNAVAILABLE,
    LEGAL_DOCUMENTS_CREDENTIAL,
} from '../contract/CatalogApiException';
import type { NamedCredential } from '../contract/CatalogApiException';
import { messagesIn } from '../contract/UserMessages';

const format = messagesIn('en');
const STATIC_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

interface Answer {
    status: number;
    headers?: Record<string, string>;
    body: string;
}

let server: http.Server;
let baseUrl = '';
let nextAnswer: Answer = { status: 200, body: '{}' };

beforeAll(async () => {
    server = http.createServer((request, response) => {
        request.resume();
        request.on('end', () => {
            response.writeHead(nextAnswer.status, nextAnswer.headers ?? {});
            response.end(nextAnswer.body);
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

function catalogClient(options: { credentials?: typeof STATIC_CREDENTIALS; endpoint?: string }) {
    return new MarketplaceCatalogClient({
        region: 'us-east-1',
        endpoint: options.endpoint ?? baseUrl,
        maxAttempts: 1,
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
}

async function failureOfCatalogCall(
    client: MarketplaceCatalogClient,
    credential?: NamedCredential,
): Promise<CatalogApiException> {
    try {
        await client.send(
            new DescribeChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId: 'cs-1' }),
        );
    } catch (error) {
        return CatalogApiException.of(error, credential);
    }
    throw new Error('the call succeeded');
}

function credentialRefusedMessage(credential: NamedCredential): string {
    return `${format('RA_Aws_AccessDenied')} ${format('RA_Aws_CheckCredential', credential)}`;
}

describe('credentials the SDK cannot find', () => {
    const saved = { ...process.env };

    beforeEach(() => {
        // The default chain then ends quickly: no environment, no files, no instance metadata.
        process.env = {
            ...Object.fromEntries(Object.entries(saved).filter(([key]) => !key.startsWith('AWS_'))),
            AWS_EC2_METADATA_DISABLED: 'true',
            AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
            AWS_CONFIG_FILE: '/nonexistent/config',
        };
    });

    afterEach(() => {
        process.env = { ...saved };
    });

    it('are not retried and the message names the Named Credential', async () => {
        const failure = await failureOfCatalogCall(catalogClient({}));
        expect(failure).toEqual(
            expect.objectContaining({
                statusCode: null,
                errorType: CREDENTIAL_UNAVAILABLE,
                credential: CATALOG_CREDENTIAL,
            }),
        );
        expect(failure.isCredentialProblem()).toBe(true);
        expect(failure.isRetryable()).toBe(false);
        expect(failure.userMessage(format)).toBe(
            format('RA_Aws_CredentialUnavailable', 'AWS_Marketplace_Catalog'),
        );
        expect(failure.userMessage(format)).toContain('AWS_Marketplace_Catalog');
        expect(JSON.parse(failure.errorDetailsJson(format))).toEqual({
            message: failure.userMessage(format),
        });
    });

    it('name the legal documents credential on the S3 path', async () => {
        const s3 = new S3Client({
            region: 'us-east-1',
            endpoint: baseUrl,
            forcePathStyle: true,
            maxAttempts: 1,
        });
        let failure: CatalogApiException | null = null;
        try {
            await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));
        } catch (error) {
            failure = CatalogApiException.of(error, LEGAL_DOCUMENTS_CREDENTIAL);
        }
        expect(failure?.isRetryable()).toBe(false);
        expect(failure?.userMessage(format)).toBe(
            format('RA_Aws_CredentialUnavailable', 'AWS_Marketplace_Legal_Documents'),
        );
    });
});

describe('credentials AWS refuses', () => {
    it.each([
        [
            'AccessDeniedException',
            'User is not authorized to perform: aws-marketplace:DescribeChangeSet',
        ],
        ['UnrecognizedClientException', 'The security token included in the request is invalid.'],
        ['InvalidSignatureException', 'The request signature we calculated does not match.'],
    ])('%s (403) is not retried and names the credential', async (errorType, message) => {
        nextAnswer = {
            status: 403,
            headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': errorType },
            body: JSON.stringify({ Message: message }),
        };
        const failure = await failureOfCatalogCall(
            catalogClient({ credentials: STATIC_CREDENTIALS }),
        );
        expect(failure).toEqual(
            expect.objectContaining({ statusCode: 403, errorType, credential: CATALOG_CREDENTIAL }),
        );
        expect(failure.isRetryable()).toBe(false);
        expect(failure.userMessage(format)).toBe(credentialRefusedMessage(CATALOG_CREDENTIAL));
        expect(JSON.parse(failure.errorDetailsJson(format))).toEqual([
            { ErrorCode: errorType, ErrorMessage: credentialRefusedMessage(CATALOG_CREDENTIAL) },
        ]);
    });

    it('an S3 AccessDenied names the legal documents credential', async () => {
        nextAnswer = {
            status: 403,
            headers: { 'content-type': 'application/xml' },
            body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
        };
        const s3 = new S3Client({
            region: 'us-east-1',
            endpoint: baseUrl,
            forcePathStyle: true,
            maxAttempts: 1,
            credentials: STATIC_CREDENTIALS,
        });
        let failure: CatalogApiException | null = null;
        try {
            await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));
        } catch (error) {
            failure = CatalogApiException.of(error, LEGAL_DOCUMENTS_CREDENTIAL);
        }
        expect(failure).toEqual(
            expect.objectContaining({ statusCode: 403, errorType: 'AccessDenied' }),
        );
        expect(failure?.isRetryable()).toBe(false);
        expect(failure?.userMessage(format)).toBe(
            credentialRefusedMessage(LEGAL_DOCUMENTS_CREDENTIAL),
        );
    });

    it('in French too', () => {
        const failure = CatalogApiException.of(
            Object.assign(new Error('denied'), {
                name: 'AccessDeniedException',
                $metadata: { httpStatusCode: 403 },
            }),
        );
        const french = messagesIn('fr');
        expect(failure.userMessage(french)).toBe(
            `${french('RA_Aws_AccessDenied')} ${french('RA_Aws_CheckCredential', CATALOG_CREDENTIAL)}`,
        );
    });
});

describe('what stays retryable', () => {
    it('a call that gets no answer', async () => {
        const closed = http.createServer();
        await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        const failure = await failureOfCatalogCall(
            catalogClient({
                credentials: STATIC_CREDENTIALS,
                endpoint: `http://127.0.0.1:${port}`,
            }),
        );
        expect(failure.statusCode).toBeNull();
        expect(failure.isCredentialProblem()).toBe(false);
        expect(failure.isRetryable()).toBe(true);
        expect(failure.userMessage(format)).toBe(format('RA_Aws_Timeout'));
    });

    it.each([
        [500, 'InternalServiceException'],
        [429, 'ThrottlingException'],
        [423, 'ResourceInUseException'],
    ])('%i %s', async (status, errorType) => {
        nextAnswer = {
            status,
            headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': errorType },
            body: JSON.stringify({ Message: 'later' }),
        };
        const failure = await failureOfCatalogCall(
            catalogClient({ credentials: STATIC_CREDENTIALS }),
        );
        expect(failure.isRetryable()).toBe(true);
        expect(failure.userMessage(format)).not.toContain(CATALOG_CREDENTIAL);
    });

    it('a validation error is refused without blaming the credentials', async () => {
        nextAnswer = {
            status: 422,
            headers: {
                'content-type': 'application/json',
                'x-amzn-ErrorType': 'ValidationException',
            },
            body: JSON.stringify({ Message: 'Name: is too long' }),
        };
        const failure = await failureOfCatalogCall(
            catalogClient({ credentials: STATIC_CREDENTIALS }),
        );
        expect(failure.isRetryable()).toBe(false);
        expect(failure.isCredentialProblem()).toBe(false);
        expect(failure.userMessage(format)).toBe(format('RA_Aws_Validation', 'Name: is too long'));
    });
});
