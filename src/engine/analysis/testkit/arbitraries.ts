/**
 * Generators for property tests of the analysis and the fixes: scenarios with every layer
 * (identity, boundary, session, SCP and RCP levels, a VPC endpoint policy), and requests
 * probing an action at random and at each grant. Pure; used only by tests.
 */

import fc from 'fast-check';

import type { CompiledScenario } from '../../scenario';
import type { ContextValue, NamedPolicy, Request, Scenario } from '../../types';
import type { CatalogAction } from '../types';
import { randomResource, resourceWithin, satisfyingContext } from './requests';
import type { Json } from './scenarios';

/** The caller's account in generated scenarios. */
export const ACCOUNT = '123456789012';
/** The services whose actions the property tests sample. */
export const SERVICES = ['s3', 'sqs', 'ec2', 'iam', 'sts', 'kms'];

export const PRINCIPALS = [
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/dev/session`,
  `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
];

export const ACTION_PATTERNS = [
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:Put*',
  's3:List*',
  'sqs:*',
  'sqs:SendMessage',
  'ec2:Describe*',
  'ec2:*Instances',
  'iam:*',
  'iam:CreateUser',
  'kms:*',
  'sts:*',
  '*:Get*',
];

export const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*',
  'arn:aws:s3:::*/private/*',
  `arn:aws:sqs:*:${ACCOUNT}:queue-1`,
  'arn:aws:sqs:us-east-1:*:*',
  'arn:aws:ec2:*:*:instance/*',
  'arn:aws:ec2:*:*:*',
  `arn:aws:iam::${ACCOUNT}:user/*`,
  'arn:aws:kms:*:*:key/k-1',
];

/** Values for filling templates: some hit the patterns above, some do not. */
export const FILLERS = [
  'bucket-a',
  'bucket-b',
  'queue-1',
  'us-east-1',
  'queue-2',
  ACCOUNT,
  'k-1',
  'private',
  'x',
];

/** Conditions: Allow ones on per-statement keys (no contradictions across layers), Deny ones positive. */
function allowCondition(tag: string) {
  return fc.constantFrom<Json>(
    { StringEquals: { [`aws:RequestTag/${tag}`]: ['red', 'blue'] } },
    { StringLike: { [`aws:ResourceTag/${tag}`]: 'proj-*' } },
    { StringNotEquals: { [`aws:PrincipalTag/${tag}`]: 'banned' } },
    { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    { NumericLessThan: { [`aws:RequestTag/n${tag}`]: '10' } },
    { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [`k${tag}`] } },
  );
}

function denyCondition(tag: string) {
  return fc.constantFrom<Json>(
    { StringEquals: { [`aws:RequestTag/deny${tag}`]: 'yes' } },
    { Bool: { [`aws:ResourceTag/deny${tag}`]: 'true' } },
  );
}

function statement(tag: string, effect: 'Allow' | 'Deny') {
  return fc
    .record({
      notAction: fc.boolean(),
      actions: fc.uniqueArray(fc.constantFrom(...ACTION_PATTERNS), { minLength: 1, maxLength: 3 }),
      notResource: fc.boolean(),
      resources: fc.uniqueArray(fc.constantFrom(...RESOURCE_PATTERNS), { minLength: 1, maxLength: 2 }),
      condition: fc.option(effect === 'Allow' ? allowCondition(tag) : denyCondition(tag), { freq: 2 }),
    })
    .map(({ notAction, actions: list, notResource, resources, condition }): Json => ({
      Effect: effect,
      [notAction && effect === 'Allow' ? 'NotAction' : 'Action']: list,
      [notResource ? 'NotResource' : 'Resource']: resources,
      ...(condition === null ? {} : { Condition: condition }),
    }));
}

function policyDocument(tag: string, maxAllows: number) {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: maxAllows }), fc.array(fc.nat(), { maxLength: 1 }))
    .chain(([allows, denies]) =>
      fc.tuple(
        ...allows.map((_, i) => statement(`${tag}${i}`, 'Allow')),
        ...denies.map((_, i) => statement(`${tag}${i}`, 'Deny')),
      ),
    )
    .map((statements): Json => ({ Version: '2012-10-17', Statement: statements }));
}

/** A named policy of a scenario. */
export const named = (name: string, document: Json): NamedPolicy => ({ name, document });

/** Statements that name the caller with `Principal: "*"`, as RCPs and endpoint policies do. */
function principalStatements(tag: string, effect: 'Allow' | 'Deny', max: number) {
  return fc
    .array(statement(tag, effect), { minLength: 1, maxLength: max })
    .map((list) =>
      list.map(({ NotAction, ...rest }) => ({ ...rest, Action: rest.Action ?? NotAction, Principal: '*' })),
    );
}

/** A customer RCP (Deny only) and a VPC endpoint policy (Allow, maybe a Deny). */
const rcpArbitrary = principalStatements('r', 'Deny', 2).map((statements): Json => ({
  Version: '2012-10-17',
  Statement: statements,
}));
const endpointArbitrary = fc
  .tuple(principalStatements('v', 'Allow', 2), fc.option(principalStatements('w', 'Deny', 1), { freq: 2 }))
  .map(([allows, denies]): Json => ({ Version: '2012-10-17', Statement: [...allows, ...(denies ?? [])] }));

/** A valid scenario with every kind of layer the analysis reads. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    principal: fc.constantFrom(...PRINCIPALS),
    identity: fc.array(policyDocument('i', 3), { minLength: 1, maxLength: 2 }),
    boundary: fc.option(policyDocument('b', 2), { freq: 3 }),
    session: fc.option(policyDocument('s', 2), { freq: 2 }),
    scp: fc.option(policyDocument('o', 2), { freq: 3 }),
    rcp: fc.option(rcpArbitrary, { freq: 3 }),
    endpoint: fc.option(endpointArbitrary, { freq: 3 }),
    management: fc.constantFrom(null, ACCOUNT, '999999999999'),
  })
  .map(({ principal, identity, boundary, session, scp, rcp, endpoint, management }) => ({
    version: 1 as const,
    principal,
    ...(management === null ? {} : { organization: { managementAccount: management } }),
    identityPolicies: identity.map((document, i) => named(`identity${i}`, document)),
    permissionsBoundary: boundary === null ? null : named('boundary', boundary),
    sessionPolicy: session === null ? null : named('session', session),
    resourcePolicy: null,
    vpcEndpointPolicy: endpoint === null ? null : named('endpoint', endpoint),
    serviceControlPolicies:
      scp === null
        ? []
        : [
            {
              target: 'Root',
              policies: [
                named('FullAWSAccess', {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
                }),
              ],
            },
            { target: 'Account', policies: [named('scp', scp)] },
          ],
    resourceControlPolicies: rcp === null ? [] : [{ target: 'Root', policies: [named('rcp', rcp)] }],
    requests: [],
  }));

/** A same-account request for `action`. */
export function request(
  action: CatalogAction,
  resource: string,
  context: Record<string, ContextValue>,
): Request {
  // Same account whatever the ARN says: the analysis is about same-account requests.
  return { action: action.fullName, resource, resourceAccount: ACCOUNT, context };
}

/** Every Allow statement of the scenario, as parsed (for requests aimed at its grants). */
export function allowStatements(compiled: CompiledScenario) {
  const policies = [
    ...compiled.identity,
    ...(compiled.boundary === null ? [] : [compiled.boundary]),
    ...(compiled.session === null ? [] : [compiled.session]),
    ...(compiled.vpcEndpoint === null ? [] : [compiled.vpcEndpoint]),
    ...compiled.scpLevels.flatMap((level) => level.policies),
  ];
  return policies.flatMap((policy) => policy.statements).filter((s) => s.valid && s.allow);
}

/** Requests probing the action: random resources and contexts, and ones aimed at each grant. */
export function probes(compiled: CompiledScenario, action: CatalogAction, seed: number): Request[] {
  const out: Request[] = [];
  const grants = allowStatements(compiled);
  const everything = satisfyingContext(grants.flatMap((s) => s.conditions)) ?? {};
  for (let k = 0; k < Math.max(3, action.resourceTypes.length); k++) {
    const resource = randomResource(action, k, (n) => FILLERS[(seed + k * 3 + n) % FILLERS.length] as string);
    out.push(request(action, resource, {}), request(action, resource, everything));
  }
  for (const grant of grants) {
    const lists = grant.resources === null || grant.notResource ? [['*']] : [grant.resources];
    const avoid = grant.notResource ? (grant.resources ?? []) : [];
    const resource = resourceWithin(action, lists, avoid) ?? resourceWithin(action, [['*']], avoid);
    if (resource !== null) out.push(request(action, resource, everything));
  }
  return out;
}
