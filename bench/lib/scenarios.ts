/**
 * The inputs the engine bench times: the example scenario the project was born from, a heavy
 * synthetic one (10 identity policies × 20 statements with conditions, a boundary, requests
 * with context), and a ~6 KB policy text for parse time. All deterministic, so runs compare.
 */

import type { Request, Scenario } from '../../src/engine';
import {
  ADMINISTRATOR_ACCESS_TEXT,
  DEFAULT_PRINCIPAL,
  EC2_BOUNDARY_TEXT,
} from '../../src/state/defaultScenario';

const VERSION = '2012-10-17';
const ACCOUNT = '123456789876';

/** The example: AdministratorAccess cut by an `ec2:*` boundary, for a role session. */
export function exampleScenario(): Scenario {
  return {
    version: 1,
    principal: DEFAULT_PRINCIPAL,
    identityPolicies: [{ name: 'AdministratorAccess', document: ADMINISTRATOR_ACCESS_TEXT }],
    permissionsBoundary: { name: 'ec2-boundary', document: EC2_BOUNDARY_TEXT },
    sessionPolicy: null,
    resourcePolicy: null,
    vpcEndpointPolicy: null,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    requests: [],
  };
}

/** The example's two requests: one the boundary allows, one it cuts. */
export const EXAMPLE_REQUESTS: readonly Request[] = [
  { action: 'ec2:DescribeInstances', resource: '*', context: {} },
  { action: 's3:ListAllMyBuckets', resource: '*', context: {} },
];

const SERVICES = [
  's3',
  'ec2',
  'dynamodb',
  'sqs',
  'sns',
  'lambda',
  'kms',
  'logs',
  'rds',
  'secretsmanager',
] as const;

/** A resource ARN pattern of `service` for statement `n`. */
function resourcePattern(service: string, n: number): string {
  if (service === 's3') return n % 2 === 0 ? `arn:aws:s3:::team-${n % 4}-*` : `arn:aws:s3:::shared-data/*`;
  if (service === 'dynamodb') return `arn:aws:dynamodb:*:${ACCOUNT}:table/team-${n % 4}-*`;
  if (service === 'ec2') return `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*`;
  return `arn:aws:${service}:*:${ACCOUNT}:*`;
}

/** The condition of statement `n`: each operator family in turn, some with two clauses, some none. */
function conditionFor(n: number): Record<string, unknown> | undefined {
  switch (n % 8) {
    case 0:
      return { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } };
    case 1:
      return { StringLike: { 'aws:PrincipalTag/team': [`team-${n % 4}*`, 'platform-*'] } };
    case 2:
      return { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32'] } };
    case 3:
      return { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } };
    case 4:
      return { Bool: { 'aws:SecureTransport': 'true', 'aws:MultiFactorAuthPresent': 'true' } };
    case 5:
      return { ArnLike: { 'aws:SourceArn': `arn:aws:*:*:${ACCOUNT}:*` } };
    case 6:
      return {
        StringEquals: { 'aws:RequestedRegion': 'eu-west-1' },
        NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
      };
    default:
      return undefined;
  }
}

/** Statement `s` of identity policy `p`: every fifth a Deny; Action/NotAction, Resource/NotResource. */
function statement(p: number, s: number): Record<string, unknown> {
  const n = p * 20 + s;
  const service = SERVICES[n % SERVICES.length] as string;
  if (n % 5 === 4) {
    // Deny statements guard what people usually guard, so most requests are not denied outright.
    return {
      Sid: `P${p}S${s}`,
      Effect: 'Deny',
      ...(n % 2 === 0
        ? { NotAction: [`${service}:Get*`, `${service}:List*`, `${service}:Describe*`] }
        : { Action: [`${service}:Delete*`, `${service}:Put*`] }),
      ...(n % 3 === 0 ? { NotResource: `arn:aws:${service}:*:${ACCOUNT}:*` } : { Resource: '*' }),
      Condition:
        n % 2 === 0
          ? { Bool: { 'aws:SecureTransport': 'false' } }
          : { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    };
  }
  const out: Record<string, unknown> = { Sid: `P${p}S${s}`, Effect: 'Allow' };
  const actions = [`${service}:Get*`, `${service}:List*`, `${service}:Describe*`, `${service}:Put*`];
  if (n % 7 === 6) out.NotAction = [`${service}:Delete*`, 'iam:*'];
  else out.Action = n % 3 === 0 ? actions : actions.slice(0, 2);
  if (n % 9 === 8) out.NotResource = [resourcePattern(service, n), `arn:aws:s3:::secret-*`];
  else out.Resource = n % 4 === 3 ? '*' : [resourcePattern(service, n), `arn:aws:${service}:*:*:*team*`];
  const condition = conditionFor(n);
  if (condition) out.Condition = condition;
  return out;
}

/** 10 identity policies of 20 statements, a boundary with Deny statements, no org policies. */
export function heavyScenario(): Scenario {
  const identityPolicies = Array.from({ length: 10 }, (_, p) => ({
    name: `customer-${p}`,
    document: { Version: VERSION, Statement: Array.from({ length: 20 }, (_, s) => statement(p, s)) },
  }));
  return {
    version: 1,
    principal: DEFAULT_PRINCIPAL,
    identityPolicies,
    permissionsBoundary: {
      name: 'boundary',
      document: {
        Version: VERSION,
        Statement: [
          {
            Sid: 'AllowMostServices',
            Effect: 'Allow',
            NotAction: ['iam:*', 'organizations:*'],
            Resource: '*',
          },
          { Sid: 'DenyDeletes', Effect: 'Deny', Action: ['s3:DeleteBucket', 'rds:Delete*'], Resource: '*' },
          {
            Sid: 'DenyOutsideRegions',
            Effect: 'Deny',
            NotAction: ['sts:*', 'iam:*'],
            Resource: '*',
            Condition: {
              StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1', 'us-east-1'] },
            },
          },
          {
            Sid: 'DenyInsecure',
            Effect: 'Deny',
            Action: 's3:*',
            Resource: 'arn:aws:s3:::secret-*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    },
    sessionPolicy: null,
    resourcePolicy: null,
    vpcEndpointPolicy: null,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    requests: [],
  };
}

/** Context of a request in the usual case: every key the policies test. */
const FULL_CONTEXT = {
  'aws:RequestedRegion': 'eu-west-1',
  'aws:PrincipalTag/team': 'team-1-red',
  'aws:SourceIp': '10.1.2.3',
  'aws:CurrentTime': '2026-06-01T12:00:00Z',
  'aws:SecureTransport': 'true',
  'aws:MultiFactorAuthPresent': 'true',
  'aws:SourceArn': `arn:aws:sns:eu-west-1:${ACCOUNT}:topic`,
} as const;

/**
 * Requests for the heavy scenario: every service, allowed and denied, with full, partial,
 * contrary and empty contexts, so both matching and mismatching paths are timed.
 */
export function heavyRequests(): Request[] {
  const contexts: Request['context'][] = [
    FULL_CONTEXT,
    { ...FULL_CONTEXT, 'aws:RequestedRegion': 'us-east-1', 'aws:SourceIp': '203.0.113.9' },
    { 'aws:SecureTransport': 'false', 'aws:SourceIp': '2001:db8::1' },
    {},
    { ...FULL_CONTEXT, 'aws:PrincipalTag/team': ['platform-ops', 'team-2'] },
  ];
  const targets: [string, string][] = [
    ['s3:GetObject', 'arn:aws:s3:::team-0-reports/2026/q1.csv'],
    ['s3:PutObject', 'arn:aws:s3:::shared-data/inbox/file.json'],
    ['s3:DeleteBucket', 'arn:aws:s3:::team-2-logs'],
    ['s3:ListAllMyBuckets', '*'],
    ['ec2:DescribeInstances', '*'],
    ['ec2:TerminateInstances', `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`],
    ['dynamodb:GetItem', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/team-1-orders`],
    ['sqs:SendMessage', `arn:aws:sqs:eu-west-1:${ACCOUNT}:team-3-queue`],
    ['lambda:InvokeFunction', `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:team-1-fn`],
    ['kms:Decrypt', `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`],
    ['logs:PutLogEvents', `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:team-2:log-stream:x`],
    ['secretsmanager:GetSecretValue', `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:team-0-db`],
    ['iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/mallory`],
  ];
  return targets.flatMap(([action, resource], t) =>
    [0, 1].map((k) => ({ action, resource, context: contexts[(t + k * 2) % contexts.length] ?? {} })),
  );
}

/**
 * A customer-managed policy of about `bytes` characters (pretty-printed, as people paste
 * them): statements like the heavy scenario's, added until the text reaches the size.
 */
export function policyTextOfSize(bytes: number): string {
  const statements: Record<string, unknown>[] = [];
  let text = '';
  for (let n = 0; text.length < bytes; n++) {
    statements.push(statement(n % 10, n % 20));
    text = JSON.stringify({ Version: VERSION, Statement: statements }, null, 2);
  }
  return text;
}
