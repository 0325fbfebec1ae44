/**
 * Fixture tests of the analysis over the real catalog: the example scenario, a NotAction
 * boundary, and one case per rule of layer classes, effective results and regions.
 */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { ADMINISTRATOR_ACCESS_TEXT, DEFAULT_PRINCIPAL, EC2_BOUNDARY_TEXT } from '../../state/defaultScenario';
import { compileScenario, parseScenario } from '../scenario';
import { analyzeScenario } from './analyze';
import { effectivePolicy } from './effectivePolicy';
import { ALLOW_ALL, compiledOf, doc, type ScenarioParts } from './testkit/scenarios';
import type { Analysis, CatalogAction } from './types';

let actions: readonly CatalogAction[] = [];
let services: readonly string[] = [];

beforeAll(() => {
  const catalog = createNodeCatalog();
  actions = catalog.actions;
  services = catalog.services.map((service) => service.prefix);
});

const count = (service: string) => actions.filter((action) => action.service === service).length;
const indexOf = (name: string) => {
  const index = actions.findIndex((action) => action.fullName === name);
  if (index < 0) throw new Error(`${name} is not in the catalog`);
  return index;
};
// Always allowed whatever the policies say: sts:GetCallerIdentity for every caller, plus
// sts:GetSessionToken for IAM users and the root user (IAM User Guide, "Permissions for
// GetSessionToken"). Role sessions and federated users get only the first.
const ALWAYS_FOR_SESSIONS = 1;
const ALWAYS_FOR_LONG_TERM = 2;
const USER = 'arn:aws:iam::123456789012:user/alice';
const ROOT = 'arn:aws:iam::123456789012:root';
const FEDERATED = 'arn:aws:sts::123456789012:federated-user/Jane';

const analyse = (parts: ScenarioParts) => analyzeScenario(compiledOf(parts), actions);
const action = (analysis: Analysis, name: string) => analysis.action(indexOf(name));

describe('the example scenario (AdministratorAccess, ec2-boundary, role session)', () => {
  const example = () => {
    const parsed = parseScenario({
      version: 1,
      principal: DEFAULT_PRINCIPAL,
      identityPolicies: [{ name: 'AdministratorAccess', document: ADMINISTRATOR_ACCESS_TEXT }],
      permissionsBoundary: { name: 'ec2-boundary', document: EC2_BOUNDARY_TEXT },
      sessionPolicy: null,
      resourcePolicy: null,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      requests: [],
    });
    const compiled = compileScenario(parsed.scenario as NonNullable<typeof parsed.scenario>);
    return { compiled, analysis: analyzeScenario(compiled, actions) };
  };

  it('puts every EC2 action in the effective region and the rest outside the boundary', () => {
    const { analysis } = example();
    const ec2 = count('ec2');
    expect(ec2).toBeGreaterThan(500);
    expect(analysis.regions).toEqual({
      alwaysAllowed: ALWAYS_FOR_SESSIONS,
      explicitDeny: 0,
      effective: ec2,
      effectiveAllowed: ec2,
      effectiveConditional: 0,
      cutElsewhere: 0,
      identityOnly: actions.length - ec2 - ALWAYS_FOR_SESSIONS,
      boundaryOnly: 0,
      neither: 0,
    });
    expect(analysis.layers.map((layer) => layer.id)).toEqual(['identity', 'boundary']);
  });

  it('has the effective policy Allow ec2:* and nothing else', () => {
    const { compiled, analysis } = example();
    const policy = effectivePolicy(analysis, compiled);
    expect(JSON.stringify(policy.document)).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}',
    );
    expect(policy.exact).toBe(true);
  });
});

describe('AdministratorAccess with a boundary Allow NotAction iam:* + Deny iam:CreateUser', () => {
  const parts: ScenarioParts = {
    identity: [ALLOW_ALL],
    boundary: doc(
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
    ),
  };

  it('counts IAM as cut by the boundary, CreateUser as explicitly denied, the rest as allowed', () => {
    const analysis = analyse(parts);
    const iam = count('iam');
    expect(analysis.regions).toMatchObject({
      alwaysAllowed: ALWAYS_FOR_LONG_TERM,
      explicitDeny: 1,
      identityOnly: iam - 1,
      effective: actions.length - iam - ALWAYS_FOR_LONG_TERM,
      effectiveAllowed: actions.length - iam - ALWAYS_FOR_LONG_TERM,
      cutElsewhere: 0,
      boundaryOnly: 0,
      neither: 0,
    });
    expect(action(analysis, 'iam:CreateUser')).toMatchObject({
      effective: 'denied',
      deniedBy: { layerId: 'boundary', layer: 'boundary', explicit: true },
      region: 'explicitDeny',
    });
    expect(action(analysis, 'iam:ListUsers')).toMatchObject({
      layers: { identity: 'all', boundary: 'none' },
      deniedBy: { layer: 'boundary', explicit: false },
      region: 'identityOnly',
    });
  });

  it('folds the effective policy to every other service plus the copied Deny', () => {
    const compiled = compiledOf(parts);
    const policy = effectivePolicy(analyzeScenario(compiled, actions), compiled);
    const expected = services
      .filter((prefix) => prefix !== 'iam')
      .sort()
      .map((prefix) => `${prefix}:*`);
    expect(policy.document.Statement).toEqual([
      { Effect: 'Allow', Action: expected, Resource: '*' },
      { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
    ]);
    expect(policy.exact).toBe(true);
  });
});

describe('layer classes and effective results', () => {
  it('treats sts:GetCallerIdentity as always allowed, whatever denies it', () => {
    const analysis = analyse({ identity: [doc({ Effect: 'Deny', Action: '*', Resource: '*' })] });
    expect(action(analysis, 'sts:GetCallerIdentity')).toMatchObject({
      layers: { identity: 'denied' },
      effective: 'allowed',
      reason: 'always-allowed',
      region: 'alwaysAllowed',
    });
  });

  const denyAll = [doc({ Effect: 'Deny', Action: '*', Resource: '*' })];

  it.each([
    ['an IAM user', USER],
    ['the root user', ROOT],
  ])('treats sts:GetSessionToken from %s as always allowed, whatever denies it', (_, principal) => {
    const analysis = analyse({
      principal,
      identity: principal === ROOT ? [] : denyAll,
      scps: [[ALLOW_ALL, ...denyAll]],
    });
    expect(action(analysis, 'sts:GetSessionToken')).toMatchObject({
      effective: 'allowed',
      reason: 'always-allowed',
      deniedBy: null,
      region: 'alwaysAllowed',
    });
    expect(analysis.regions).toMatchObject({
      alwaysAllowed: ALWAYS_FOR_LONG_TERM,
      explicitDeny: actions.length - ALWAYS_FOR_LONG_TERM,
    });
    expect(action(analysis, 'sts:DecodeAuthorizationMessage')).toMatchObject({
      effective: 'denied',
      reason: null,
      region: 'explicitDeny',
    });
  });

  it.each([
    ['a role session', DEFAULT_PRINCIPAL],
    ['a federated user', FEDERATED],
  ])('evaluates sts:GetSessionToken from %s normally', (_, principal) => {
    const analysis = analyse({ principal, identity: denyAll });
    expect(action(analysis, 'sts:GetSessionToken')).toMatchObject({
      effective: 'denied',
      reason: null,
      deniedBy: { layer: 'identity', explicit: true },
      region: 'explicitDeny',
    });
    expect(analysis.regions).toMatchObject({
      alwaysAllowed: ALWAYS_FOR_SESSIONS,
      explicitDeny: actions.length - ALWAYS_FOR_SESSIONS,
    });
  });

  it('matches wildcard-only actions only with the resource *', () => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:*:*:*' })],
    });
    expect(action(analysis, 's3:ListAllMyBuckets').layers.identity).toBe('none');
    expect(action(analysis, 's3:GetObject').layers.identity).toBe('all');
    expect(action(analysis, 's3:CreateBucket').layers.identity).toBe('all');
  });

  it.each([
    ['arn:aws:s3:::bucket/*', 'some'],
    // s3:GetObject also takes access-point objects, which have a region and an account.
    ['arn:aws:s3:::*', 'some'],
    ['arn:aws:s3:*:*:*', 'all'],
    ['arn:aws:s3:*:*:*/*', 'all'],
    ['arn:aws:sqs:*:*:*', 'none'],
  ])('Resource %s gives s3:GetObject the class %s', (resource, expected) => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: resource })],
    });
    expect(action(analysis, 's3:GetObject').layers.identity).toBe(expected);
  });

  it.each([
    ['arn:aws:s3:*:*:*', 'none'],
    ['arn:aws:s3:::secret/*', 'some'],
    ['arn:aws:sqs:*:*:*', 'all'],
  ])('NotResource %s gives s3:GetObject the class %s', (resource, expected) => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: resource })],
    });
    expect(action(analysis, 's3:GetObject').layers.identity).toBe(expected);
  });

  it('lets two partial statements cover an action together', () => {
    // Each NotResource leaves out a different kind of ARN: together they allow everything.
    const analysis = analyse({
      identity: [
        doc(
          { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::a/*' },
          { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/*' },
        ),
      ],
    });
    expect(action(analysis, 's3:GetObject').layers.identity).toBe('all');
  });

  it('marks a conditional Deny as cutting an otherwise full grant', () => {
    const analysis = analyse({
      identity: [
        ALLOW_ALL,
        doc({
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ],
    });
    const result = action(analysis, 's3:GetObject');
    expect(result).toMatchObject({ layers: { identity: 'some' }, effective: 'conditional' });
    expect(result.scope?.allowedWhen).toEqual([
      { resources: [], notResources: [], conditions: [], from: [] },
    ]);
    expect(result.scope?.deniedWhen).toHaveLength(1);
    expect(result.scope?.deniedWhen[0]?.from).toMatchObject({
      layer: 'identity',
      policy: 'identity1',
      statementIndex: 0,
    });
  });

  it('intersects the layers of a conditional action, keeping the narrower resource', () => {
    const condition = { StringEquals: { 'aws:RequestTag/team': 'red' } };
    const analysis = analyse({
      identity: [
        doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: condition }),
      ],
      boundary: doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/private/*' }),
    });
    const term = action(analysis, 's3:GetObject').scope?.allowedWhen[0];
    expect(term?.resources).toEqual([['arn:aws:s3:::b/private/*']]);
    expect(term?.conditions.map((c) => [c.operator, c.key, c.values])).toEqual([
      ['StringEquals', 'aws:RequestTag/team', ['red']],
    ]);
    expect(term?.from.map((ref) => ref.layer)).toEqual(['identity', 'boundary']);
  });

  it('denies implicitly when the layers grant disjoint resources', () => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' })],
      boundary: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
    });
    expect(action(analysis, 's3:GetObject')).toMatchObject({
      layers: { identity: 'some', boundary: 'some' },
      effective: 'denied',
      deniedBy: { layer: 'identity', explicit: false },
      region: 'cutElsewhere',
    });
  });

  it('denies explicitly when an unconditional Deny covers everything the layers grant', () => {
    const analysis = analyse({
      identity: [
        doc(
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/x/*' },
          { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::a/*' },
        ),
      ],
    });
    expect(action(analysis, 's3:GetObject')).toMatchObject({
      effective: 'denied',
      deniedBy: { layer: 'identity', explicit: true },
      region: 'explicitDeny',
    });
    expect(analysis.fullyDenied(indexOf('s3:GetObject'))).toBe(false);
  });

  it('gives a federated-user session without a session policy nothing', () => {
    const analysis = analyse({
      principal: 'arn:aws:sts::123456789012:federated-user/bob',
      identity: [ALLOW_ALL],
    });
    expect(analysis.layers.map((layer) => layer.id)).toEqual(['identity', 'session']);
    expect(action(analysis, 's3:GetObject')).toMatchObject({
      layers: { identity: 'all', session: 'none' },
      deniedBy: { layer: 'session', explicit: false },
      region: 'cutElsewhere',
    });
    expect(analysis.hasBoundary).toBe(false);
  });

  it('without a boundary, counts what identity does not allow as neither, never as boundary-only', () => {
    const analysis = analyse({
      principal: USER,
      identity: [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    });
    expect(analysis.hasBoundary).toBe(false);
    const r = analysis.regions;
    expect(r.boundaryOnly).toBe(0);
    expect(r.identityOnly).toBe(0);
    expect(r.effectiveAllowed).toBe(count('s3'));
    expect(r.neither).toBe(actions.length - count('s3') - ALWAYS_FOR_LONG_TERM);
    const drawn =
      r.alwaysAllowed +
      r.explicitDeny +
      r.effective +
      r.cutElsewhere +
      r.identityOnly +
      r.boundaryOnly +
      r.neither;
    expect(drawn).toBe(actions.length);
  });

  it('does not limit a role session without a session policy', () => {
    const analysis = analyse({ principal: DEFAULT_PRINCIPAL, identity: [ALLOW_ALL] });
    expect(analysis.layers.map((layer) => layer.id)).toEqual(['identity']);
    expect(analysis.regions.effectiveAllowed).toBe(actions.length - ALWAYS_FOR_SESSIONS);
  });

  it('applies only SCPs to the root user', () => {
    const analysis = analyse({
      principal: ROOT,
      identity: [],
      scps: [[ALLOW_ALL, doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' })]],
    });
    expect(analysis.isRoot).toBe(true);
    expect(analysis.layers.map((layer) => layer.id)).toEqual(['scp[0]']);
    expect(analysis.regions).toMatchObject({
      explicitDeny: count('s3'),
      alwaysAllowed: ALWAYS_FOR_LONG_TERM,
      effectiveAllowed: actions.length - count('s3') - ALWAYS_FOR_LONG_TERM,
    });
  });

  it('reports the first failing layer in the documented order', () => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })],
      scps: [[ALLOW_ALL], []],
      rcps: [
        [
          doc(
            { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
            { Effect: 'Deny', Principal: '*', Action: 'sqs:DeleteQueue', Resource: '*' },
          ),
        ],
      ],
    });
    expect(action(analysis, 'sqs:SendMessage').deniedBy).toMatchObject({
      layerId: 'scp[1]',
      explicit: false,
    });
    expect(action(analysis, 'sqs:DeleteQueue').deniedBy).toMatchObject({ layerId: 'rcp[0]', explicit: true });
    expect(action(analysis, 's3:GetObject').deniedBy).toMatchObject({ layerId: 'scp[1]' });
  });

  it('ignores invalid statements', () => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: '*' })],
    });
    expect(action(analysis, 's3:GetObject').layers.identity).toBe('none');
  });

  it('counts identityOnly and boundaryOnly apart', () => {
    const analysis = analyse({
      identity: [doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })],
      boundary: doc({ Effect: 'Allow', Action: 'sns:*', Resource: '*' }),
    });
    expect(analysis.regions).toMatchObject({
      identityOnly: count('sqs'),
      boundaryOnly: count('sns'),
      neither: actions.length - count('sqs') - count('sns') - ALWAYS_FOR_LONG_TERM,
      effective: 0,
    });
  });
});

describe('the effective policy', () => {
  it('needs no statement for the actions always allowed for the caller', () => {
    const identity = [
      doc({
        Effect: 'Allow',
        Action: ['sts:DecodeAuthorizationMessage', 'sts:GetSessionToken'],
        Resource: '*',
      }),
    ];
    const statementsFor = (principal: string) => {
      const compiled = compiledOf({ principal, identity });
      return effectivePolicy(analyzeScenario(compiled, actions), compiled).document.Statement;
    };
    expect(statementsFor(USER)).toEqual([
      { Effect: 'Allow', Action: 'sts:DecodeAuthorizationMessage', Resource: '*' },
    ]);
    // A role session is evaluated normally for GetSessionToken, so its Allow must be kept.
    expect(statementsFor(DEFAULT_PRINCIPAL)).toEqual([
      { Effect: 'Allow', Action: ['sts:DecodeAuthorizationMessage', 'sts:GetSessionToken'], Resource: '*' },
    ]);
  });

  it('groups conditional actions by scope and keeps conditions', () => {
    const condition = { StringEquals: { 'aws:RequestTag/team': ['red', 'blue'] } };
    const compiled = compiledOf({
      identity: [
        doc({
          Effect: 'Allow',
          Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
          Resource: '*',
          Condition: condition,
        }),
      ],
      boundary: doc({
        Effect: 'Allow',
        Action: 'sqs:*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestTag/team': ['blue', 'green'] } },
      }),
    });
    const policy = effectivePolicy(analyzeScenario(compiled, actions), compiled);
    expect(policy.document.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['sqs:ReceiveMessage', 'sqs:SendMessage'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestTag/team': 'blue' } },
      },
    ]);
    expect(policy.exact).toBe(true);
  });

  it('is marked inexact when two resource patterns overlap without nesting', () => {
    const compiled = compiledOf({
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a*' })],
      boundary: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*b/*' }),
    });
    const policy = effectivePolicy(analyzeScenario(compiled, actions), compiled);
    expect(policy.exact).toBe(false);
    expect(policy.notes.join('\n')).toContain(
      'identity identity0 statement 0 + boundary boundary statement 0',
    );
  });

  it('is marked inexact when two clauses on one key cannot be merged', () => {
    const like = (value: string) => ({ StringLike: { 'aws:RequestTag/team': value } });
    const compiled = compiledOf({
      identity: [doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*', Condition: like('r*') })],
      boundary: doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*', Condition: like('*d') }),
    });
    const policy = effectivePolicy(analyzeScenario(compiled, actions), compiled);
    expect(policy.exact).toBe(false);
    expect(policy.notes[0]).toContain('StringLike on aws:RequestTag/team');
  });

  it('keeps the text of an older Version literal when copying', () => {
    const compiled = compiledOf({
      identity: [
        ALLOW_ALL,
        {
          Version: '2008-10-17',
          Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::${aws:username}/*' }],
        },
      ],
    });
    const policy = effectivePolicy(analyzeScenario(compiled, actions), compiled);
    expect(policy.document.Statement).toContainEqual({
      Effect: 'Deny',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::${$}{aws:username}/*',
    });
  });

  it('folds to word prefixes only where the catalog makes that exact', () => {
    const compiled = compiledOf({
      identity: [doc({ Effect: 'Allow', Action: ['ec2:Describe*', 'ec2:GetConsoleOutput'], Resource: '*' })],
    });
    const analysis = analyzeScenario(compiled, actions);
    const statement = effectivePolicy(analysis, compiled).document.Statement[0];
    expect(statement?.Action).toEqual(['ec2:Describe*', 'ec2:GetConsoleOutput']);
  });

  it('notes a truncated scope', () => {
    const grants = (tag: string) =>
      doc(
        ...Array.from({ length: 9 }, (_, i) => ({
          Effect: 'Allow',
          Action: 'sqs:SendMessage',
          Resource: '*',
          Condition: { StringEquals: { [`aws:RequestTag/${tag}${i}`]: 'x' } },
        })),
      );
    const compiled = compiledOf({ identity: [grants('i')], boundary: grants('b') });
    const analysis = analyzeScenario(compiled, actions, { maxTerms: 10 });
    expect(analysis.scope(indexOf('sqs:SendMessage'))?.truncated).toBe(true);
    expect(effectivePolicy(analysis, compiled).exact).toBe(false);
  });
});
