/**
 * Every message form on AWS's troubleshooting page
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html), the
 * enhanced-message table of docs/iam-semantics.md §5.2, and the wrappings SDKs add.
 */

import { describe, expect, it } from 'vitest';

import { formatAccessDenied } from '../explain/message';
import { LAYERS, type Layer, type ResourcePolicyKind } from '../types';
import { parseDenialMessage } from './message';
import { parseDenial } from './parseDenial';
import type { AwsSaid, DenialParse, ParsedDenial } from './types';

function parsed(text: string): ParsedDenial {
  const result = parseDenialMessage(text);
  if (!result.ok) throw new Error(`expected a parse: ${result.reason}`);
  return result;
}

function said(result: DenialParse): AwsSaid {
  if (!result.ok) throw new Error(result.reason);
  return result.said;
}

// The page wraps each example after "perform:"; pasted from a terminal they arrive the same way.
const JOHN = 'User: arn:aws:iam::777788889999:user/John is not authorized to perform:\n';
const JOHN2 = 'User: arn:aws:iam::123456789012:user/John is not authorized to perform:\n';

describe('the troubleshooting page, one example per policy type and decision', () => {
  it.each<[string, string, string, string, AwsSaid]>([
    [
      'SCP, implicit',
      `${JOHN}codecommit:ListRepositories because no service control policy allows the codecommit:ListRespositories action`,
      'codecommit:ListRepositories',
      '*',
      { decision: 'ImplicitDeny', layer: 'scp' },
    ],
    [
      'SCP, explicit',
      `${JOHN}codecommit:ListRepositories with an explicit deny in a service control policy`,
      'codecommit:ListRepositories',
      '*',
      { decision: 'ExplicitDeny', layer: 'scp' },
    ],
    [
      'RCP, explicit',
      `${JOHN2}secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:* with an explicit deny in a resource control policy`,
      'secretsmanager:GetSecretValue',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
      { decision: 'ExplicitDeny', layer: 'rcp' },
    ],
    [
      'VPC endpoint, implicit',
      `${JOHN2}codecommit:ListRepositories because no VPC endpoint policy allows the codecommit:ListRepositories action`,
      'codecommit:ListRepositories',
      '*',
      { decision: 'ImplicitDeny', layer: 'vpcEndpoint' },
    ],
    [
      'VPC endpoint, explicit',
      `${JOHN2}codedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in a VPC endpoint policy`,
      'codedeploy:ListDeployments',
      'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
      { decision: 'ExplicitDeny', layer: 'vpcEndpoint' },
    ],
    [
      'permissions boundary, implicit',
      `${JOHN2}codedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* because no permissions boundary allows the codedeploy:ListDeployments action`,
      'codedeploy:ListDeployments',
      'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
      { decision: 'ImplicitDeny', layer: 'boundary' },
    ],
    [
      'permissions boundary, explicit',
      `${JOHN}sagemaker:ListModels with an explicit deny in a permissions boundary`,
      'sagemaker:ListModels',
      '*',
      { decision: 'ExplicitDeny', layer: 'boundary' },
    ],
    [
      'session policy, implicit',
      `${JOHN2}codecommit:ListRepositories because no session policy allows the codecommit:ListRepositories action`,
      'codecommit:ListRepositories',
      '*',
      { decision: 'ImplicitDeny', layer: 'session' },
    ],
    [
      'session policy, explicit ("sessions policy", as the page prints it)',
      `${JOHN2}codedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in a sessions policy`,
      'codedeploy:ListDeployments',
      'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
      { decision: 'ExplicitDeny', layer: 'session' },
    ],
    [
      'resource-based policy, implicit',
      `${JOHN2}secretsmanager:GetSecretValue because no resource-based policy allows the secretsmanager:GetSecretValue action`,
      'secretsmanager:GetSecretValue',
      '*',
      { decision: 'ImplicitDeny', layer: 'resource', resourcePolicyKind: 'resource' },
    ],
    [
      'resource-based policy, explicit',
      `${JOHN2}secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:* with an explicit deny in a resource-based policy`,
      'secretsmanager:GetSecretValue',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
      { decision: 'ExplicitDeny', layer: 'resource', resourcePolicyKind: 'resource' },
    ],
    [
      'role trust policy, implicit',
      `${JOHN2}sts:AssumeRole because no role trust policy allows the sts:AssumeRole action`,
      'sts:AssumeRole',
      '*',
      { decision: 'ImplicitDeny', layer: 'resource', resourcePolicyKind: 'role-trust' },
    ],
    [
      'role trust policy, explicit ("the", not "a")',
      `${JOHN}sts:AssumeRole with an explicit deny in the role trust policy`,
      'sts:AssumeRole',
      '*',
      { decision: 'ExplicitDeny', layer: 'resource', resourcePolicyKind: 'role-trust' },
    ],
    [
      'identity-based policy, implicit',
      'User: arn:aws:iam::123456789012:role/HR is not authorized to perform:\ncodecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action',
      'codecommit:ListRepositories',
      '*',
      { decision: 'ImplicitDeny', layer: 'identity' },
    ],
    [
      'identity-based policy, explicit ("an")',
      'User: arn:aws:iam::123456789012:role/HR is not authorized to perform:\ncodedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in an identity-based policy',
      'codedeploy:ListDeployments',
      'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
      { decision: 'ExplicitDeny', layer: 'identity' },
    ],
    [
      'VPC request denied by an SCP ("transitively through a service control policy")',
      'User: arn:aws:sts::111122223333:assumed-role/role-name/role-session-name is not authorized to perform:\nSNS:Publish on resource: arn:aws:sns:us-east-1:444455556666:role-name-2\nwith an explicit deny in a VPC endpoint policy transitively through a service control policy',
      'SNS:Publish',
      'arn:aws:sns:us-east-1:444455556666:role-name-2',
      { decision: 'ExplicitDeny', layer: 'scp' },
    ],
  ])('%s', (_name, text, action, resource, expected) => {
    const result = parsed(text);
    expect(result.action).toBe(action);
    expect(result.resource).toBe(resource);
    expect(result.said).toEqual(expected);
    expect(result.source).toBe('message');
    expect(result.context).toEqual({});
  });

  it('names the caller, and says when it is a role rather than a session', () => {
    expect(
      parsed(`${JOHN}sagemaker:ListModels with an explicit deny in a permissions boundary`).principal,
    ).toBe('arn:aws:iam::777788889999:user/John');
    const role = parsed(
      'User: arn:aws:iam::123456789012:role/HR is not authorized to perform: codecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action',
    );
    expect(role.principal).toBe('arn:aws:iam::123456789012:role/HR');
    expect(role.notes.join(' ')).toContain('assumed-role/ROLE-NAME/SESSION-NAME');
  });

  it('notes the two different actions of the SCP example (AWS echoes a typo)', () => {
    const result = parsed(
      `${JOHN}codecommit:ListRepositories because no service control policy allows the codecommit:ListRespositories action`,
    );
    expect(result.notes.join(' ')).toContain('codecommit:ListRespositories');
  });

  it('warns that an SCP "explicit deny" may be implicit, and explains the transitive form', () => {
    expect(
      parsed(`${JOHN}s3:GetObject with an explicit deny in a service control policy`).notes.join(' '),
    ).toContain('implicit');
    expect(
      parsed(
        `${JOHN}SNS:Publish with an explicit deny in a VPC endpoint policy transitively through a service control policy`,
      ).notes.join(' '),
    ).toContain('through a VPC endpoint');
  });

  it('reads the older page\'s "because the role trust policy allows" as an implicit role trust denial', () => {
    const result = parsed(
      `${JOHN2}sts:AssumeRole because the role trust policy allows the sts:AssumeRole action`,
    );
    expect(result.said).toEqual({
      decision: 'ImplicitDeny',
      layer: 'resource',
      resourcePolicyKind: 'role-trust',
    });
  });

  it('reads policy types case-insensitively ("Service Control Policy")', () => {
    expect(
      said(parseDenialMessage(`${JOHN}s3:GetObject due to an explicit deny in a Service Control Policy`)),
    ).toEqual({
      decision: 'ExplicitDeny',
      layer: 'scp',
    });
  });
});

describe('every message the engine itself prints reads back as what it said', () => {
  const cases: [Layer, 'ExplicitDeny' | 'ImplicitDeny', ResourcePolicyKind | null][] = [];
  for (const layer of LAYERS) {
    for (const decision of ['ExplicitDeny', 'ImplicitDeny'] as const) cases.push([layer, decision, null]);
  }
  cases.push(['resource', 'ImplicitDeny', 'role-trust'], ['resource', 'ExplicitDeny', 'role-trust']);

  it.each(cases)('%s %s %s', (layer, decision, kind) => {
    for (const resource of ['*', 'arn:aws:s3:::bucket/key']) {
      const message = formatAccessDenied({
        callerArn: 'arn:aws:sts::123456789012:assumed-role/dev/session',
        action: 's3:GetObject',
        resource,
        decision,
        layer,
        resourcePolicyKind: kind,
      });
      const result = parsed(message);
      expect(result.principal).toBe('arn:aws:sts::123456789012:assumed-role/dev/session');
      expect(result.action).toBe('s3:GetObject');
      expect(result.resource).toBe(resource);
      expect(result.said.decision).toBe(decision);
      expect(result.said.layer).toBe(layer);
      if (kind !== null) expect(result.said.resourcePolicyKind).toBe(kind);
    }
  });

  it('KMS key policy denials: AWS does not say which decision', () => {
    const message = formatAccessDenied({
      callerArn: 'arn:aws:iam::123456789012:user/alice',
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:123456789012:key/k-1',
      decision: 'ImplicitDeny',
      layer: 'resource',
      resourcePolicyKind: 'kms-key',
    });
    const result = parsed(message);
    expect(result.said).toEqual({ decision: null, layer: 'resource', resourcePolicyKind: 'kms-key' });
    expect(result.resource).toBe('*');
    expect(result.notes.join(' ')).toContain('key ARN');
  });
});

describe('S3 and SDK forms', () => {
  it('S3 quotes the resource, spaces included', () => {
    const result = parsed(
      'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket/my key.txt" because no identity-based policy allows the s3:GetObject action',
    );
    expect(result.resource).toBe('arn:aws:s3:::amzn-s3-demo-bucket/my key.txt');
    expect(result.said).toEqual({ decision: 'ImplicitDeny', layer: 'identity' });
  });

  it('the AWS CLI prefix gives the error code and the operation', () => {
    const result = parsed(
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/R/S is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no VPC endpoint policy allows the s3:PutObject action',
    );
    expect(result).toMatchObject({
      errorCode: 'AccessDenied',
      operation: 'PutObject',
      principal: 'arn:aws:sts::123456789012:assumed-role/R/S',
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::b/k',
      said: { decision: 'ImplicitDeny', layer: 'vpcEndpoint' },
    });
  });

  it("EC2's encoded authorization failure message is kept apart", () => {
    const result = parsed(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/dev/s is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: AbCd-EfGh_123',
    );
    expect(result).toMatchObject({
      errorCode: 'UnauthorizedOperation',
      operation: 'RunInstances',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:123456789012:instance/*',
      encodedMessage: 'AbCd-EfGh_123',
      said: { decision: 'ImplicitDeny', layer: 'identity' },
    });
    expect(result.notes.join(' ')).toContain('decode-authorization-message');
  });

  it('EC2 without the enhanced sentence has no details but keeps the encoded message', () => {
    const result = parsed(
      'An error occurred (UnauthorizedOperation) when calling the StartInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: xyz',
    );
    expect(result).toMatchObject({
      principal: null,
      action: null,
      encodedMessage: 'xyz',
      operation: 'StartInstances',
    });
    expect(result.said).toEqual({ decision: null, layer: null });
  });

  it.each([
    'Access Denied',
    'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
    'AccessDenied: Access Denied',
  ])('generic S3 "Access Denied" says it has no details: %s', (text) => {
    const result = parsed(text);
    expect(result).toMatchObject({ principal: null, action: null, resource: '*' });
    expect(result.said).toEqual({ decision: null, layer: null });
    expect(result.notes[0]).toContain('no details');
  });

  it('AccessDeniedException from KMS, JavaScript style', () => {
    const result = parsed(
      'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access',
    );
    expect(result).toMatchObject({
      errorCode: 'AccessDeniedException',
      action: 'kms:Decrypt',
      resource: '*',
    });
    expect(result.said).toEqual({ decision: null, layer: 'resource', resourcePolicyKind: 'kms-key' });
  });

  it.each([
    [
      'Java v1',
      ' (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: AccessDeniedException; Request ID: ABC; Proxy: null)',
      'AccessDeniedException',
    ],
    ['Java v2', ' (Service: DynamoDb, Status Code: 400, Request ID: ABC)', undefined],
    ['Go v1', '\n\tstatus code: 400, request id: 0f1e2d', undefined],
  ])('%s suffixes are cut off', (_name, suffix, code) => {
    const result = parsed(
      `User: arn:aws:iam::123456789012:user/alice is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/T because no identity-based policy allows the dynamodb:GetItem action${suffix}`,
    );
    expect(result.resource).toBe('arn:aws:dynamodb:us-east-1:123456789012:table/T');
    expect(result.said).toEqual({ decision: 'ImplicitDeny', layer: 'identity' });
    expect(result.errorCode).toBe(code);
  });

  it('Go v2 names the operation and the code', () => {
    const result = parsed(
      'operation error S3: PutObject, https response error StatusCode: 403, RequestID: X1, HostID: Y2, api error AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" with an explicit deny in an identity-based policy',
    );
    expect(result).toMatchObject({
      errorCode: 'AccessDenied',
      operation: 'PutObject',
      resource: 'arn:aws:s3:::b/k',
    });
    expect(result.said).toEqual({ decision: 'ExplicitDeny', layer: 'identity' });
  });

  it('the authorization-ID form names the policy and the ID', () => {
    const result = parsed(
      'User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile\non resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile\nwith an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy.\nGo to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b for complete details,\nor call the GetRequestAuthorizationDetails API with the following authorization id: EXAMPLE1a2b',
    );
    expect(result.said).toEqual({
      decision: 'ExplicitDeny',
      layer: 'identity',
      policyArn: 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy',
    });
    expect(result.authorizationId).toBe('EXAMPLE1a2b');
    expect(result.resource).toBe('arn:aws:iam::123456789012:instance-profile/my-instance-profile');
  });

  it('an older message without a reason names no policy type, and says so', () => {
    const result = parsed(
      'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/admin',
    );
    expect(result.resource).toBe('arn:aws:iam::123456789012:role/admin');
    expect(result.said).toEqual({ decision: null, layer: null });
    expect(result.notes.join(' ')).toContain('names no policy type');
  });

  it('unknown policy types and reasons are kept as notes', () => {
    const unknownType = parsed(`${JOHN}s3:GetObject with an explicit deny in a mystery policy`);
    expect(unknownType.said).toEqual({ decision: 'ExplicitDeny', layer: null });
    expect(unknownType.notes.join(' ')).toContain('mystery policy');
    const block = parsed(
      `${JOHN}s3:PutBucketPolicy because public policies are prevented by the BlockPublicPolicy setting in S3 Block Public Access.`,
    );
    expect(block.said).toEqual({ decision: null, layer: null });
    expect(block.notes.join(' ')).toContain('Block Public Access');
  });

  it('an anonymous caller is named and noted', () => {
    const result = parsed(
      'User: anonymous is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k"',
    );
    expect(result.principal).toBe('anonymous');
    expect(result.notes.join(' ')).toContain('anonymous');
  });
});

describe('text that is not a denial', () => {
  it.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['hello world', 'Not an AccessDenied message'],
    [
      'An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist',
      'Not an AccessDenied message',
    ],
  ])('%j', (text, reason) => {
    const result = parseDenialMessage(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('refuses text longer than any message', () => {
    const result = parseDenialMessage('x'.repeat(100_001));
    expect(result).toMatchObject({ ok: false });
  });

  it('hostile text is ordinary input: control characters and many near-matches still parse', () => {
    const noise = ' is not authorized to'.repeat(2000);
    const result = parseDenial(
      `User: \u001b[31marn:aws:iam::123456789012:user/x\u0007${noise} is not authorized to perform: s3:GetObject`,
    );
    expect(result.ok).toBe(true);
  });

  it('notes actions the catalog does not know, when given the catalog', () => {
    const result = parseDenial(`${JOHN}s3:GetObjekt with an explicit deny in a permissions boundary`, {
      isKnownAction: (action) => action.toLowerCase() === 's3:getobject',
    });
    expect(result.ok && result.notes.join(' ')).toContain('s3:GetObjekt is not an action in the catalog');
  });
});
