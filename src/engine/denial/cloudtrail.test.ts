/**
 * CloudTrail events of denied requests
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html):
 * each kind of caller, with and without resources, and the wrappings events come in.
 */

import { describe, expect, it } from 'vitest';

import { parseDenial } from './parseDenial';
import type { ParsedDenial } from './types';

type Json = Record<string, unknown>;

function read(input: unknown): ParsedDenial {
  const result = parseDenial(typeof input === 'string' ? input : JSON.stringify(input));
  if (!result.ok) throw new Error(`expected a parse: ${result.reason}`);
  return result;
}

const IAM_USER_GET_OBJECT: Json = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/alice',
    accountId: '123456789012',
    userName: 'alice',
  },
  eventTime: '2024-10-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.7',
  userAgent: '[aws-cli/2.15.0]',
  errorCode: 'AccessDenied',
  errorMessage:
    'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::reports/q3.csv" because no identity-based policy allows the s3:GetObject action',
  requestParameters: { bucketName: 'reports', key: 'q3.csv', Host: 'reports.s3.amazonaws.com' },
  resources: [
    { type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::reports/q3.csv' },
    { accountId: '123456789012', type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' },
  ],
};

const ROLE_RUN_INSTANCES: Json = {
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLE:dev-session',
    arn: 'arn:aws:sts::123456789012:assumed-role/dev/dev-session',
    accountId: '123456789012',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        arn: 'arn:aws:iam::123456789012:role/teams/dev',
        accountId: '123456789012',
        userName: 'dev',
      },
      attributes: { creationDate: '2024-10-01T11:00:00Z', mfaAuthenticated: 'true' },
      sourceIdentity: 'alice@example.com',
    },
  },
  eventTime: '2024-10-01T12:00:00Z',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'RunInstances',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '2001:db8::7',
  userAgent: 'console.ec2.amazonaws.com',
  errorCode: 'Client.UnauthorizedOperation',
  errorMessage:
    'You are not authorized to perform this operation. Encoded authorization failure message: abc',
  vpcEndpointId: 'vpce-0abc',
};

describe('callers', () => {
  it('an IAM user: S3 resource from bucketName and key, context from the event', () => {
    const result = read(IAM_USER_GET_OBJECT);
    expect(result).toMatchObject({
      ok: true,
      source: 'cloudtrail',
      principal: 'arn:aws:iam::123456789012:user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q3.csv',
      errorCode: 'AccessDenied',
      operation: 'GetObject',
      said: { decision: 'ImplicitDeny', layer: 'identity' },
    });
    expect(result.sessionIssuer).toBeUndefined();
    expect(result.context).toEqual({
      'aws:SourceIp': '203.0.113.7',
      'aws:RequestedRegion': 'us-east-1',
      'aws:CurrentTime': '2024-10-01T12:00:00Z',
      'aws:UserAgent': '[aws-cli/2.15.0]',
    });
    expect(result.viaVpcEndpoint).toBeUndefined();
  });

  it('an assumed role: session ARN, its issuer, MFA, the VPC endpoint; no resource', () => {
    const result = read(ROLE_RUN_INSTANCES);
    expect(result).toMatchObject({
      principal: 'arn:aws:sts::123456789012:assumed-role/dev/dev-session',
      sessionIssuer: 'arn:aws:iam::123456789012:role/teams/dev',
      action: 'ec2:RunInstances',
      resource: '*',
      viaVpcEndpoint: true,
      errorCode: 'Client.UnauthorizedOperation',
      said: { decision: null, layer: null },
    });
    expect(result.context).toEqual({
      'aws:SourceIp': '2001:db8::7',
      'aws:RequestedRegion': 'eu-west-1',
      'aws:CurrentTime': '2024-10-01T12:00:00Z',
      'aws:UserAgent': 'console.ec2.amazonaws.com',
      'aws:MultiFactorAuthPresent': 'true',
      'aws:TokenIssueTime': '2024-10-01T11:00:00Z',
      'aws:SourceIdentity': 'alice@example.com',
      'aws:SourceVpce': 'vpce-0abc',
    });
    expect(result.notes.join(' ')).toContain('names no resource');
  });

  it('the root user, with a resource from resources[] in another account', () => {
    const result = read({
      userIdentity: { type: 'Root', principalId: '123456789012', accountId: '123456789012' },
      eventSource: 'kms.amazonaws.com',
      eventName: 'Decrypt',
      awsRegion: 'us-east-1',
      eventTime: '2024-10-01T12:00:00Z',
      sourceIPAddress: '198.51.100.4',
      errorCode: 'AccessDeniedException',
      errorMessage:
        'User: arn:aws:iam::123456789012:root is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access',
      resources: [
        {
          accountId: '444455556666',
          type: 'AWS::KMS::Key',
          ARN: 'arn:aws:kms:us-east-1:444455556666:key/k-1',
        },
      ],
    });
    expect(result).toMatchObject({
      principal: 'arn:aws:iam::123456789012:root',
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:444455556666:key/k-1',
      resourceAccount: '444455556666',
      said: { decision: null, layer: 'resource', resourcePolicyKind: 'kms-key' },
    });
  });

  it('a federated user: its ARN, the IAM user behind it as session issuer', () => {
    const result = read({
      userIdentity: {
        type: 'FederatedUser',
        arn: 'arn:aws:sts::123456789012:federated-user/bob',
        accountId: '123456789012',
        sessionContext: {
          sessionIssuer: {
            type: 'IAMUser',
            arn: 'arn:aws:iam::123456789012:user/broker',
            userName: 'broker',
          },
          attributes: { creationDate: '2024-10-01T11:00:00Z', mfaAuthenticated: 'false' },
        },
      },
      eventSource: 'sqs.amazonaws.com',
      eventName: 'SendMessage',
      awsRegion: 'us-east-1',
      errorCode: 'AccessDenied',
      errorMessage:
        'User: arn:aws:sts::123456789012:federated-user/bob is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:123456789012:jobs because no session policy allows the sqs:sendmessage action',
    });
    expect(result).toMatchObject({
      principal: 'arn:aws:sts::123456789012:federated-user/bob',
      sessionIssuer: 'arn:aws:iam::123456789012:user/broker',
      action: 'sqs:sendmessage',
      resource: 'arn:aws:sqs:us-east-1:123456789012:jobs',
      said: { decision: 'ImplicitDeny', layer: 'session' },
    });
    expect(result.context['aws:MultiFactorAuthPresent']).toBe('false');
  });

  it('an IAM user without an ARN gets one built from its account and name, noted', () => {
    const event = {
      ...IAM_USER_GET_OBJECT,
      userIdentity: { type: 'IAMUser', accountId: '123456789012', userName: 'alice' },
    };
    const result = read(event);
    expect(result.principal).toBe('arn:aws:iam::123456789012:user/alice');
    expect(result.notes.join(' ')).toContain('built from accountId and userName');
  });

  it('callers the playground does not model have no principal and a note', () => {
    const other = read({
      ...IAM_USER_GET_OBJECT,
      userIdentity: { type: 'AWSAccount', accountId: '999988887777' },
    });
    expect(other.principal).toBeNull();
    expect(other.notes.join(' ')).toContain('999988887777');
    const service = read({
      ...IAM_USER_GET_OBJECT,
      userIdentity: { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' },
    });
    expect(service.principal).toBeNull();
    expect(service.notes.join(' ')).toContain('service principals');
  });
});

describe('actions, resources and context', () => {
  it('an operation authorized by another action (S3 ListObjects → s3:ListBucket), AWS message agreeing', () => {
    const result = read({
      ...IAM_USER_GET_OBJECT,
      eventName: 'ListObjects',
      requestParameters: { bucketName: 'reports', prefix: '' },
      resources: [{ accountId: '123456789012', type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' }],
      errorMessage: 'Access Denied',
    });
    expect(result).toMatchObject({
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::reports',
      resourceAccount: '123456789012',
      said: { decision: null, layer: null },
    });
    expect(result.notes.join(' ')).toContain('authorized by the s3:ListBucket action');
    expect(result.notes.join(' ')).toContain('names no policy type');
  });

  it("AWS's message wins over the event's operation when they name different actions", () => {
    const result = read({
      ...IAM_USER_GET_OBJECT,
      eventName: 'GetObjectAttributes',
      errorMessage:
        'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::reports/q3.csv" with an explicit deny in a resource-based policy',
    });
    expect(result.action).toBe('s3:GetObject');
    expect(result.notes.join(' ')).toContain("AWS's message names the s3:GetObject action");
  });

  it('services whose prefix differs from the event source, and Lambda API versions', () => {
    const base = {
      ...IAM_USER_GET_OBJECT,
      requestParameters: {},
      resources: undefined,
      errorMessage: undefined,
    };
    expect(
      read({ ...base, eventSource: 'monitoring.amazonaws.com', eventName: 'PutMetricData' }).action,
    ).toBe('cloudwatch:PutMetricData');
    expect(
      read({ ...base, eventSource: 'lambda.amazonaws.com', eventName: 'GetFunction20150331v2' }).action,
    ).toBe('lambda:GetFunction');
    expect(read({ ...base, eventSource: 'lambda.amazonaws.com', eventName: 'Invoke' }).action).toBe(
      'lambda:InvokeFunction',
    );
    expect(
      read({ ...base, eventSource: 'iam.amazonaws.com', eventName: 'CreateUser' }).notes.join(' '),
    ).not.toContain('read as');
  });

  it('an ARN in requestParameters is the resource (sts:AssumeRole roleArn)', () => {
    const result = read({
      ...IAM_USER_GET_OBJECT,
      eventSource: 'sts.amazonaws.com',
      eventName: 'AssumeRole',
      requestParameters: { roleArn: 'arn:aws:iam::123456789012:role/admin', roleSessionName: 's' },
      resources: undefined,
      errorMessage: undefined,
    });
    expect(result.resource).toBe('arn:aws:iam::123456789012:role/admin');
  });

  it('a service as the source address sets no aws:SourceIp, and says why', () => {
    const result = read({ ...IAM_USER_GET_OBJECT, sourceIPAddress: 'AWS Internal' });
    expect(result.context['aws:SourceIp']).toBeUndefined();
    expect(result.notes.join(' ')).toContain('AWS Internal');
  });
});

describe('wrappings and refusals', () => {
  it('a log file: the first access-denied record of Records', () => {
    const allowed = { ...IAM_USER_GET_OBJECT, errorCode: undefined, errorMessage: undefined };
    const result = read({ Records: [allowed, ROLE_RUN_INSTANCES, IAM_USER_GET_OBJECT] });
    expect(result.principal).toBe('arn:aws:sts::123456789012:assumed-role/dev/dev-session');
    expect(result.notes.join(' ')).toContain('2 of the 3 events');
  });

  it('aws cloudtrail lookup-events output, the event as text', () => {
    const result = read({
      Events: [{ EventId: 'e1', CloudTrailEvent: JSON.stringify(IAM_USER_GET_OBJECT) }],
    });
    expect(result.action).toBe('s3:GetObject');
  });

  it.each<[string, unknown, string]>([
    ['no errorCode', { ...IAM_USER_GET_OBJECT, errorCode: undefined }, 'no errorCode'],
    ['another error', { ...IAM_USER_GET_OBJECT, errorCode: 'NoSuchKey' }, '"NoSuchKey"'],
    ['an array', [IAM_USER_GET_OBJECT], 'JSON object'],
    ['a log without denials', { Records: [{ eventName: 'x' }] }, 'None of the 1 events'],
  ])('refuses %s', (_name, value, reason) => {
    const result = parseDenial(JSON.stringify(value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('refuses broken JSON with a one-line reason', () => {
    const result = parseDenial('{"userIdentity": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('not valid JSON');
  });

  it('takes an already parsed event value', () => {
    const result = parseDenial(IAM_USER_GET_OBJECT);
    expect(result.ok && result.action).toBe('s3:GetObject');
  });
});
