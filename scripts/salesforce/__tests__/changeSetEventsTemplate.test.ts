/**
 * The AWS side of the change set events, docs/eventbridge/change-set-events.yaml, read as
 * CloudFormation reads it (its short-form tags included): the rule matches AWS Marketplace's
 * three change set events, its target is the API destination with a role, a retry policy and the
 * dead-letter queue the queue policy opens to it, the connection uses OAuth client credentials
 * against the org's token endpoint with secrets that are parameters only, and the API
 * destination posts to the path of the Apex REST resource the code defines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Tags } from 'yaml';
import { PROJECT_ROOT } from '../../build/paths';
import { DETAIL_TYPES } from '../../catalog-simulator/changeSetEvents';
import { CHANGE_SET_EVENTS_PATH } from '../../local-app/contract/ChangeSetEventResource';
import { CHANGE_SET_EVENT_SOURCE } from '../../local-app/contract/ChangeSetEvents';

const TEMPLATE = path.join(PROJECT_ROOT, 'docs', 'eventbridge', 'change-set-events.yaml');
const APEX_RESOURCE = path.join(
    PROJECT_ROOT,
    'force-app/main/default/classes/ChangeSetEventResource.cls',
);
const APEX_REST_ROOT = '/services/apexrest';

type Json = Record<string, unknown>;

/** CloudFormation's short forms, as their long forms (`!Ref X` is `{ Ref: X }`). */
const CLOUDFORMATION_TAGS: Tags = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Sub', resolve: (value: string) => ({ 'Fn::Sub': value }) },
    { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split('.') }) },
];

const template = parse(fs.readFileSync(TEMPLATE, 'utf8'), {
    customTags: CLOUDFORMATION_TAGS,
}) as {
    Parameters: Record<string, Json>;
    Resources: Record<string, { Type: string; Properties: Json }>;
    Outputs: Record<string, Json>;
};

/** The one resource of a type. */
function resourceOf(type: string): { name: string; properties: Json } {
    const found = Object.entries(template.Resources).filter(([, value]) => value.Type === type);
    expect(found).toHaveLength(1);
    const [name = '', resource] = found[0] ?? [];
    return { name, properties: resource?.Properties ?? {} };
}

function at(value: unknown, ...keys: (string | number)[]): unknown {
    return keys.reduce<unknown>(
        (current, key) =>
            current !== null && typeof current === 'object'
                ? (current as Record<string | number, unknown>)[key]
                : undefined,
        value,
    );
}

/** Every `Ref` and `Fn::GetAtt` of a value, at any depth. */
function references(value: unknown): string[] {
    if (Array.isArray(value)) {
        return value.flatMap(references);
    }
    if (value === null || typeof value !== 'object') {
        return [];
    }
    const object = value as Json;
    const own = [
        ...(typeof object.Ref === 'string' ? [object.Ref] : []),
        ...(Array.isArray(object['Fn::GetAtt']) ? [String(object['Fn::GetAtt'][0])] : []),
    ];
    return [...own, ...Object.values(object).flatMap(references)];
}

const rule = resourceOf('AWS::Events::Rule');
const connection = resourceOf('AWS::Events::Connection');
const destination = resourceOf('AWS::Events::ApiDestination');
const queue = resourceOf('AWS::SQS::Queue');
const queuePolicy = resourceOf('AWS::SQS::QueuePolicy');
const role = resourceOf('AWS::IAM::Role');
const target = at(rule.properties, 'Targets', 0) as Json;

describe('the CloudFormation template of the change set events', () => {
    it('holds the rule, connection, API destination, role, queue and queue policy, and nothing else', () => {
        expect(
            Object.values(template.Resources)
                .map((resource) => resource.Type)
                .sort(),
        ).toEqual([
            'AWS::Events::ApiDestination',
            'AWS::Events::Connection',
            'AWS::Events::Rule',
            'AWS::IAM::Role',
            'AWS::SQS::Queue',
            'AWS::SQS::QueuePolicy',
        ]);
    });

    it('matches the three change set events of AWS Marketplace on the default bus', () => {
        expect(rule.properties.EventBusName).toBe('default');
        expect(rule.properties.State).toBe('ENABLED');
        expect(rule.properties.EventPattern).toEqual({
            source: [CHANGE_SET_EVENT_SOURCE],
            'detail-type': Object.values(DETAIL_TYPES),
        });
    });

    it('targets the API destination, with its role, a retry policy and the dead-letter queue', () => {
        expect(at(rule.properties, 'Targets')).toHaveLength(1);
        expect(target.Arn).toEqual({ 'Fn::GetAtt': [destination.name, 'Arn'] });
        expect(target.RoleArn).toEqual({ 'Fn::GetAtt': [role.name, 'Arn'] });
        expect(target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queue.name, 'Arn'] } });
        // The whole envelope is posted: the resource reads it as EventBridge delivers it.
        expect(target).not.toHaveProperty('InputTransformer');
        expect(target).not.toHaveProperty('InputPath');
        expect(at(target, 'RetryPolicy', 'MaximumRetryAttempts')).toBeGreaterThan(0);
        expect(at(target, 'RetryPolicy', 'MaximumEventAgeInSeconds')).toBe(86_400);
    });

    it('lets EventBridge send that rule’s dead letters to the queue, and nothing else', () => {
        expect(queuePolicy.properties.Queues).toEqual([{ Ref: queue.name }]);
        expect(at(queuePolicy.properties, 'PolicyDocument', 'Statement')).toEqual([
            expect.objectContaining({
                Effect: 'Allow',
                Principal: { Service: 'events.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: { 'Fn::GetAtt': [queue.name, 'Arn'] },
                Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [rule.name, 'Arn'] } } },
            }),
        ]);
    });

    it('authenticates with OAuth client credentials at the org’s token endpoint', () => {
        expect(connection.properties.AuthorizationType).toBe('OAUTH_CLIENT_CREDENTIALS');
        const oauth = at(connection.properties, 'AuthParameters', 'OAuthParameters') as Json;
        expect(oauth.AuthorizationEndpoint).toEqual({
            'Fn::Sub': '${SalesforceMyDomainUrl}/services/oauth2/token',
        });
        expect(oauth.HttpMethod).toBe('POST');
        expect(at(oauth, 'OAuthHttpParameters', 'BodyParameters')).toEqual([
            { Key: 'grant_type', Value: 'client_credentials', IsValueSecret: false },
        ]);
    });

    it('keeps the client id and secret out of the file: parameters that are never echoed', () => {
        const client = at(
            connection.properties,
            'AuthParameters',
            'OAuthParameters',
            'ClientParameters',
        ) as Json;
        expect(client).toEqual({
            ClientID: { Ref: 'SalesforceClientId' },
            ClientSecret: { Ref: 'SalesforceClientSecret' },
        });
        for (const name of ['SalesforceClientId', 'SalesforceClientSecret']) {
            expect(template.Parameters[name]).toMatchObject({ Type: 'String', NoEcho: true });
            expect(template.Parameters[name]).not.toHaveProperty('Default');
        }
    });

    it('posts to the path of the Apex REST resource the code defines', () => {
        expect(destination.properties.HttpMethod).toBe('POST');
        expect(destination.properties.ConnectionArn).toEqual({
            'Fn::GetAtt': [connection.name, 'Arn'],
        });
        expect(destination.properties.InvocationEndpoint).toEqual({
            'Fn::Sub': `\${SalesforceMyDomainUrl}${CHANGE_SET_EVENTS_PATH}`,
        });
        const urlMapping = /@RestResource\(urlMapping='([^']+)'\)/.exec(
            fs.readFileSync(APEX_RESOURCE, 'utf8'),
        )?.[1];
        expect(`${APEX_REST_ROOT}${urlMapping ?? ''}`).toBe(CHANGE_SET_EVENTS_PATH);
    });

    it('gives EventBridge a role that may invoke that API destination only', () => {
        expect(at(role.properties, 'AssumeRolePolicyDocument', 'Statement', 0)).toMatchObject({
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sts:AssumeRole',
        });
        expect(at(role.properties, 'Policies', 0, 'PolicyDocument', 'Statement')).toEqual([
            {
                Effect: 'Allow',
                Action: 'events:InvokeApiDestination',
                Resource: { 'Fn::GetAtt': [destination.name, 'ArnForPolicy'] },
            },
        ]);
    });

    it('refers only to its own parameters and resources', () => {
        const known = new Set([
            ...Object.keys(template.Parameters),
            ...Object.keys(template.Resources),
            'AWS::AccountId',
        ]);
        const referred = references([template.Resources, template.Outputs]);
        expect(referred.filter((name) => !known.has(name))).toEqual([]);
    });
});
