import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { parsePolicy } from '../parse';
import type { Diagnostic, PolicyType, SourcePosition } from '../types';
import { checkAgainstCatalog, createCatalogView, servicesToLoad } from './index';

const catalog = createNodeCatalog();
const globalKeys = await catalog.globalConditionKeys();
if (!globalKeys.ok) throw new Error(globalKeys.error.message);
const globalTable = globalKeys.value;

interface CheckOptions {
  readonly type?: PolicyType;
  /** Load the details `servicesToLoad` asks for (default true). */
  readonly details?: boolean;
  /** Hand the global keys to the view (default true). */
  readonly globals?: boolean;
}

async function check(policy: string | object, options: CheckOptions = {}) {
  const text = typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
  const parse = parsePolicy(text, options.type ?? 'identity');
  const details = [];
  if (options.details !== false) {
    for (const prefix of servicesToLoad(parse)) {
      const loaded = await catalog.serviceDetails(prefix);
      if (loaded.ok) details.push(loaded.value);
    }
  }
  const view = createCatalogView(catalog, details, options.globals === false ? undefined : globalTable);
  return { text, diagnostics: checkAgainstCatalog(parse, text, view) };
}

const statement = (action: string | string[], condition?: object, kind = 'Action') => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', [kind]: action, Resource: '*', ...(condition ? { Condition: condition } : {}) },
  ],
});

const tokenOf = (text: string, d: Diagnostic) => text.slice(d.range.start.offset, d.range.end.offset);

/** Line and column of an offset, counted independently of the code under test. */
function positionOf(text: string, offset: number): Omit<SourcePosition, 'offset'> {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function expectConsistentRange(text: string, d: Diagnostic): void {
  expect(d.range.start).toEqual({ ...positionOf(text, d.range.start.offset), offset: d.range.start.offset });
  expect(d.range.end).toEqual({ ...positionOf(text, d.range.end.offset), offset: d.range.end.offset });
}

describe('checkAgainstCatalog: actions', () => {
  it.each([
    [
      's3x:GetObject',
      'unknown-service',
      'error',
      's3:GetObject',
      'The service prefix s3x is not an AWS service. Did you mean s3?',
    ],
    ['s3x:GetObjekt', 'unknown-service', 'error', 's3:GetObject', 'Did you mean s3?'],
    ['lamda:InvokeFunction', 'unknown-service', 'error', 'lambda:InvokeFunction', 'Did you mean lambda?'],
    ['s3x:Get*', 'unknown-service', 'error', 's3:Get*', 'Did you mean s3?'],
    ['s3:GetObjekt', 'unknown-action', 'warning', 's3:GetObject', 'Did you mean s3:GetObject?'],
    ['iam:CreatUser', 'unknown-action', 'warning', 'iam:CreateUser', 'Did you mean iam:CreateUser?'],
    ['s3:Frobnicate*', 'wildcard-matches-nothing', 'warning', undefined, 's3:Frobnicate*'],
    ['ec2:Describ?Nothing', 'wildcard-matches-nothing', 'warning', undefined, 'ec2:Describ?Nothing'],
  ])('%s → %s', async (action, code, severity, suggestion, message) => {
    const { text, diagnostics } = await check(statement(action));
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics as [Diagnostic];
    expect(d).toMatchObject({ code, severity });
    expect(d.suggestion).toBe(suggestion);
    expect(d.message).toContain(message);
    expect(tokenOf(text, d)).toBe(JSON.stringify(action));
  });

  it('says nothing about a suggestion when no prefix is near', async () => {
    const { diagnostics } = await check(statement('zzqqxxvv:GetThing'));
    expect(diagnostics).toMatchObject([
      { code: 'unknown-service', message: expect.not.stringContaining('Did you mean') },
    ]);
    expect(diagnostics[0]?.suggestion).toBeUndefined();
  });

  it.each([
    '*',
    's3:*',
    'S3:getobject',
    'S3:GET*',
    's3:Get?bject',
    'IAM:Get?ser',
    '*:GetObject',
    's*:Get*',
    'iot1click:ListDevices',
    'NoColon',
    's3:',
    'a:b:c',
    's3:${aws:username}',
  ])('reports nothing for %s', async (action) => {
    const { diagnostics } = await check(statement(action));
    expect(diagnostics).toEqual([]);
  });

  it('checks NotAction patterns too', async () => {
    const { diagnostics } = await check(statement(['s3:GetObjekt'], undefined, 'NotAction'));
    expect(diagnostics).toMatchObject([{ code: 'unknown-action', suggestion: 's3:GetObject' }]);
  });

  it('reports each bad pattern of a list, in order, with exact ranges', async () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {"Effect": "Allow", "Action": ["s3:GetObject",\t"s3x:PutObject",',
      '        "s3:GetObjekt"], "Resource": "*"},',
      '    { "Effect": "Deny",',
      '      "NotAction":   "ec2:Frob*", "Resource": "*" }',
      '  ]',
      '}',
    ].join('\n');
    const { diagnostics } = await check(text);
    expect(diagnostics.map((d) => [d.code, tokenOf(text, d)])).toEqual([
      ['unknown-service', '"s3x:PutObject"'],
      ['unknown-action', '"s3:GetObjekt"'],
      ['wildcard-matches-nothing', '"ec2:Frob*"'],
    ]);
    for (const d of diagnostics) expectConsistentRange(text, d);
  });
});

describe('checkAgainstCatalog: condition keys', () => {
  it('warns about a key none of the actions support, on the key token', async () => {
    const { text, diagnostics } = await check(
      statement('s3:GetObject', { StringLike: { 's3:prefix': 'home/' } }),
    );
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics as [Diagnostic];
    expect(d).toMatchObject({ code: 'unsupported-condition-key', severity: 'warning' });
    expect(d.message).toContain("None of this statement's actions support the condition key s3:prefix");
    expect(tokenOf(text, d)).toBe('"s3:prefix"');
    expectConsistentRange(text, d);
  });

  it.each([
    ['an action supports it', 's3:ListBucket', 's3:prefix'],
    ['one of the actions supports it', ['s3:GetObject', 's3:ListBucket'], 's3:prefix'],
    ['a wildcard covers an action that supports it', 's3:List*', 's3:prefix'],
    ['keys and actions ignore case', 'S3:listbucket', 'S3:PREFIX'],
    ['global key', 's3:GetObject', 'aws:SourceIp'],
    ['global key in another case', 's3:GetObject', 'AWS:sourceip'],
    ['global tag template', 's3:GetObject', 'aws:PrincipalTag/team'],
    ['global request tag', 'ec2:RunInstances', 'aws:RequestTag/Name'],
    ['service tag template with <key>', 's3:GetObject', 's3:ExistingObjectTag/classification'],
    ['service tag template with ${TagKey}', 'ec2:StartInstances', 'ec2:ResourceTag/Name'],
    ['tag key holding colons', 'secretsmanager:GetSecretValue', 'secretsmanager:ResourceTag/aws:owner'],
    ['tag template spelt Tag/ alone', 'glacier:DeleteArchive', 'glacier:ResourceTag/LegalHold'],
    ['template with text after the placeholder', 'events:CreateSubscriber', 'events:Metadata/source/Matcher'],
    ['resource-type key', 'ec2:RunInstances', 'ec2:InstanceType'],
    ['iam:PassedToService', 'iam:PassRole', 'iam:PassedToService'],
    ['key of the role resource type', 'sts:AssumeRole', 'iam:ResourceTag/team'],
    ['kms:ViaService', 'kms:Decrypt', 'kms:ViaService'],
    ['key listed by no action of its service', 'iottwinmaker:GetEntity', 'iottwinmaker:linkedServices'],
    ['identity-provider key', 'sts:AssumeRoleWithWebIdentity', 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub'],
    ['key of no known service', 's3:GetObject', 'myidp.example.com:sub'],
  ])('no warning: %s', async (_, action, key) => {
    const { diagnostics } = await check(statement(action, { StringEquals: { [key]: 'x' } }));
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['another service key', 's3:GetObject', 'ec2:Region'],
    ['tag template of a key the action lacks', 's3:ListBucket', 's3:ExistingObjectTag/classification'],
    ['template needs a tag key', 's3:GetObject', 's3:ExistingObjectTag/'],
    ['Tag/ template needs a tag key', 'glacier:DeleteArchive', 'glacier:ResourceTag/'],
    ['unknown aws key', 's3:GetObject', 'aws:SourceIpp'],
  ])('warns: %s', async (_, action, key) => {
    const { text, diagnostics } = await check(statement(action, { StringEquals: { [key]: 'x' } }));
    expect(diagnostics.map((d) => [d.code, tokenOf(text, d)])).toEqual([
      ['unsupported-condition-key', JSON.stringify(key)],
    ]);
  });

  it.each([
    ['NotAction', statement('s3:GetObject', { StringLike: { 's3:prefix': 'x' } }, 'NotAction')],
    ['Action *', statement('*', { StringLike: { 's3:prefix': 'x' } })],
    ['a wildcard in the prefix', statement('s*:GetObject', { StringLike: { 's3:prefix': 'x' } })],
    [
      'an unlisted service',
      statement(['s3:GetObject', 'iot1click:ListDevices'], { StringLike: { 's3:prefix': 'x' } }),
    ],
  ])('skips statements with %s', async (_, policy) => {
    expect((await check(policy)).diagnostics).toEqual([]);
  });

  it('reports only the unknown action when an action is unknown', async () => {
    const { diagnostics } = await check(statement(['s3:GetObjekt'], { StringLike: { 'ec2:Region': 'x' } }));
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-action']);
  });

  it('skips keys when the service details are not loaded', async () => {
    const policy = statement('s3:GetObject', { StringLike: { 's3:prefix': 'x' } });
    expect((await check(policy, { details: false })).diagnostics).toEqual([]);
  });

  it('skips keys when the global keys are not loaded', async () => {
    const policy = statement('s3:GetObject', { StringLike: { 's3:prefix': 'x' } });
    expect((await check(policy, { globals: false })).diagnostics).toEqual([]);
  });

  it('reports a key once per clause, each on its own token', async () => {
    const { text, diagnostics } = await check(
      statement('s3:GetObject', { StringLike: { 's3:prefix': 'x' }, Null: { 's3:prefix': 'false' } }),
    );
    expect(diagnostics).toHaveLength(2);
    const [first, second] = diagnostics as [Diagnostic, Diagnostic];
    expect(first.range.start.offset).not.toBe(second.range.start.offset);
    for (const d of diagnostics) expect(tokenOf(text, d)).toBe('"s3:prefix"');
  });

  it('gives the range of a key written with escapes', async () => {
    const text = `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
  "Condition":{"NumericLessThan":{"s3:max-key\\u0073":"10"}}}}`;
    const { diagnostics } = await check(text);
    expect(diagnostics).toHaveLength(1);
    expect(tokenOf(text, diagnostics[0] as Diagnostic)).toBe('"s3:max-key\\u0073"');
    expectConsistentRange(text, diagnostics[0] as Diagnostic);
  });

  it('accepts the usual keys of a role trust policy and a KMS key policy', async () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'sts:ExternalId': 'x' },
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
          },
        },
        {
          Effect: 'Allow',
          Principal: {
            Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } },
        },
      ],
    };
    expect((await check(trust, { type: 'role-trust' })).diagnostics).toEqual([]);
    const key = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': '111122223333',
              'kms:ViaService': 's3.us-east-1.amazonaws.com',
            },
          },
        },
      ],
    };
    expect((await check(key, { type: 'kms-key' })).diagnostics).toEqual([]);
  });
});

describe('servicesToLoad', () => {
  it('lists the lower-cased prefixes of Action patterns in statements with conditions', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['S3:GetObject', 'ec2:Describe*', 's3:ListBucket', '*', 'x*:y'],
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
        { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
        {
          Effect: 'Deny',
          NotAction: 'kms:Decrypt',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
    expect(servicesToLoad(parsePolicy(text, 'identity')).sort()).toEqual(['ec2', 's3']);
  });

  it('returns nothing for a policy that could not be read', () => {
    expect(servicesToLoad(parsePolicy('{', 'identity'))).toEqual([]);
  });
});
