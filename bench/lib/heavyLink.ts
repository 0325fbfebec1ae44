/**
 * The heavy scenario the browser bench opens as a link: the AWS managed policies ReadOnlyAccess
 * and PowerUserAccess as identity policies (carried by ARN, as the app shares them) and a
 * 40-statement permissions boundary, typed as people write one. Deterministic, so runs compare.
 */

import { DEFAULT_SHARED_STATE, encodePermalink, type SharedState } from '../../src/permalink';

const ACCOUNT = '123456789876';

/** Thirty services the boundary grants, one Allow statement each. */
const ALLOWED_SERVICES = [
  'ec2',
  's3',
  'dynamodb',
  'lambda',
  'sqs',
  'sns',
  'logs',
  'cloudwatch',
  'kms',
  'rds',
  'ecs',
  'ecr',
  'eks',
  'elasticloadbalancing',
  'autoscaling',
  'cloudformation',
  'apigateway',
  'events',
  'states',
  'secretsmanager',
  'ssm',
  'route53',
  'cloudfront',
  'elasticache',
  'glue',
  'athena',
  'kinesis',
  'firehose',
  'codebuild',
  'codepipeline',
] as const;

/** Ten Deny statements: destructive actions, guarded by conditions the way real boundaries are. */
function denyStatement(n: number): Record<string, unknown> {
  const service = ALLOWED_SERVICES[(n * 3) % ALLOWED_SERVICES.length] as string;
  const statement: Record<string, unknown> = {
    Sid: `Deny${n}`,
    Effect: 'Deny',
    Action: [`${service}:Delete*`, `${service}:Put*Policy`],
    Resource: '*',
  };
  if (n % 2 === 0) statement.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'false' } };
  else statement.Condition = { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } };
  return statement;
}

/** The Allow statement of service `n`; `narrow` limits the first one to reads (the edited variant). */
function allowStatement(n: number, narrow: boolean): Record<string, unknown> {
  const service = ALLOWED_SERVICES[n] as string;
  const statement: Record<string, unknown> = { Sid: `Allow${n}`, Effect: 'Allow' };
  if (n === 0 && narrow) statement.Action = [`${service}:Describe*`, `${service}:Get*`];
  else if (n % 3 === 1) statement.Action = [`${service}:Get*`, `${service}:List*`, `${service}:Describe*`];
  else statement.Action = `${service}:*`;
  statement.Resource = n % 5 === 2 ? `arn:aws:${service}:*:${ACCOUNT}:*` : '*';
  if (n % 4 === 3)
    statement.Condition = { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } };
  return statement;
}

/**
 * The boundary's text, pretty-printed. Variant 1 narrows its first statement (`ec2:*` to
 * EC2's reads), which changes the effective set: the edit the bench times.
 */
export function heavyBoundaryText(variant: 0 | 1 = 0): string {
  const statements = [
    ...ALLOWED_SERVICES.map((_, n) => allowStatement(n, variant === 1)),
    ...Array.from({ length: 10 }, (_, n) => denyStatement(n)),
  ];
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
}

/** The heavy scenario as the app shares it. */
export function heavySharedState(): SharedState {
  return {
    ...DEFAULT_SHARED_STATE,
    identityPolicies: [
      { name: 'ReadOnlyAccess', managedArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      { name: 'PowerUserAccess', managedArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
    ],
    permissionsBoundary: { name: 'heavy-boundary', text: heavyBoundaryText(0) },
  };
}

/** The heavy scenario's URL fragment (without `#`), made by the app's own link encoder. */
export function heavyLinkFragment(): string {
  return encodePermalink(heavySharedState());
}
