/**
 * Inputs that once made the product hang, for the bench: glob patterns that backtracked for
 * minutes as regular expressions, and documents far beyond AWS's size quotas for the
 * whole-catalog analysis. All deterministic, so runs compare.
 */

import { NO_POLICIES, type Request, type Scenario } from '../../src/engine';
import { DEFAULT_PRINCIPAL } from '../../src/state/defaultScenario';

/** A role-session scenario with these identity statements and no other policy. */
function identityOnly(statements: readonly Record<string, unknown>[]): Scenario {
  return {
    version: 1,
    principal: DEFAULT_PRINCIPAL,
    ...NO_POLICIES,
    identityPolicies: [{ name: 'adversarial', document: { Version: '2012-10-17', Statement: statements } }],
    requests: [],
  };
}

/** An Action of thirteen `?*` pairs, and the long action name it was tried against. */
export const QUESTION_STAR_ACTION = `ec2:${'?*'.repeat(13)}Q`;
/** Ten `?*` pairs: `effective --service ec2` with it never finished. */
export const QUESTION_STAR_TEN = `ec2:${'?*'.repeat(10)}Q`;
/** A Resource whose twelve `*a` never finished against a 5,000-character ARN. */
export const STAR_A_RESOURCE = `arn:aws:s3:::${'*a'.repeat(12)}*c`;
/**
 * A 5,000-character S3 ARN with too few `a`s. It ends in `c` as the pattern does (the
 * reported one ended in `a`, which the matcher now rejects at the last character), so the
 * matcher must read all of it.
 */
export const LONG_RESOURCE = `arn:aws:s3:::${'a'.repeat(11).padEnd(5000 - 'arn:aws:s3:::'.length - 1, 'b')}c`;
/** A StringLike value that took 19 s against 500 characters. */
export const STAR_A_VALUE = '*a*a*a*b';
/** A 500-character request value with too few `a`s, ending in `b` as the pattern does. */
export const LONG_VALUE = 'aa'.padEnd(499, 'c') + 'b';
/** A table search a 20-character link could set. */
export const QUESTION_STAR_SEARCH = '?*?*?*?*?*?*?*Q';

/** The three adversarial requests, each with the scenario that makes it adversarial. */
export function adversarialRequests(): { name: string; scenario: Scenario; request: Request }[] {
  return [
    {
      name: 'eval: Action `ec2:?*`×13`Q`',
      scenario: identityOnly([{ Effect: 'Allow', Action: QUESTION_STAR_ACTION, Resource: '*' }]),
      request: { action: 'ec2:DescribeInstanceCreditSpecifications', resource: '*', context: {} },
    },
    {
      name: 'eval: Resource `*a`×12 vs 5,000 chars',
      scenario: identityOnly([{ Effect: 'Allow', Action: 's3:GetObject', Resource: STAR_A_RESOURCE }]),
      request: { action: 's3:GetObject', resource: LONG_RESOURCE, context: {} },
    },
    {
      name: 'eval: StringLike `*a*a*a*b` vs 500 chars',
      scenario: identityOnly([
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { StringLike: { 'aws:PrincipalTag/team': STAR_A_VALUE } },
        },
      ]),
      request: { action: 's3:GetObject', resource: '*', context: { 'aws:PrincipalTag/team': LONG_VALUE } },
    },
  ];
}

/** `Allow` any action on anything, if the request carries these 4,000 tags: a ~100 KB statement. */
export function manyConditionsScenario(count = 4000): Scenario {
  const tags: Record<string, string> = {};
  for (let i = 0; i < count; i++) tags[`aws:PrincipalTag/key${i}`] = `value${i}`;
  return identityOnly([{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: tags } }]);
}

/** Ten `?*` pairs in an Action, for the analysis of EC2. */
export function questionStarScenario(): Scenario {
  return identityOnly([{ Effect: 'Allow', Action: QUESTION_STAR_TEN, Resource: '*' }]);
}

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'rds', 'iam'];

/**
 * 40,000 statements (~100 times the largest managed policy): a cycle of the shapes real
 * documents repeat (named actions, `Get*`/`List*` families, whole services, a wildcard service
 * prefix, NotAction), with their own resources, some conditions and some scoped Denies.
 */
export function manyStatementsScenario(count = 40_000): Scenario {
  const statements: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const service = SERVICES[i % SERVICES.length] as string;
    const shape = i % 6;
    const actions =
      shape === 0
        ? { Action: `${service}:Get*` }
        : shape === 1
          ? { Action: [`${service}:List*`, `${service}:Describe*`] }
          : shape === 2
            ? { Action: `${service}:PutItem${i}` }
            : shape === 3
              ? { Action: `${service}:*` }
              : shape === 4
                ? { Action: `*:Get${i % 50}*` }
                : { NotAction: [`${service}:Delete*`, `iam:*`] };
    statements.push({
      Sid: `S${i}`,
      // Some named actions are denied on their own resources: cuts, not blanket denials.
      Effect: i % 12 === 2 ? 'Deny' : 'Allow',
      ...actions,
      Resource:
        shape === 0 || shape === 5
          ? '*'
          : shape === 3
            ? `arn:aws:${service}:us-east-1:123456789876:thing-${i}/*`
            : `arn:aws:${service}:*:*:res-${i}`,
      ...(i % 5 === 0 ? { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } } : {}),
    });
  }
  return identityOnly(statements);
}
