import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { scenarioFromAuthorizationDetails } from './authScenario';
import { importAwsJson } from './importAwsJson';
import type { AuthorizationDetails, ImportedScenario, PolicySource } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ACCOUNT_DETAILS = fixture('account-authorization-details.json');
const ACCT = '111122223333';

function details(text = ACCOUNT_DETAILS): AuthorizationDetails {
  const result = importAwsJson(text);
  if (!result.ok || result.kind !== 'authorization-details') throw new Error(JSON.stringify(result));
  return result.details;
}

function scenarioFor(arn: string, text = ACCOUNT_DETAILS): ImportedScenario {
  const built = scenarioFromAuthorizationDetails(details(text), arn);
  if (!built.ok) throw new Error(built.message);
  return built.scenario;
}

const textOf = (source: PolicySource | null | undefined): unknown =>
  source !== null && source !== undefined && 'text' in source ? JSON.parse(source.text) : undefined;
const sids = (source: PolicySource | null | undefined): unknown[] =>
  ((textOf(source) as { Statement: { Sid?: string }[] } | undefined)?.Statement ?? []).map((s) => s.Sid);

describe('importAwsJson: get-account-authorization-details', () => {
  it('lists users then roles, sorted, with their policy counts and boundaries', () => {
    const result = importAwsJson(ACCOUNT_DETAILS);
    expect(result.ok && result.kind).toBe('authorization-details');
    if (!result.ok || result.kind !== 'authorization-details') return;
    expect(result.principals.map((p) => `${p.kind}:${p.name}`)).toEqual([
      'user:alice',
      'user:bob',
      'role:AWSServiceRoleForSupport',
      'role:demo-restricted-admin',
      'role:orders-processor',
    ]);
    const alice = result.principals[0];
    // 1 inline + 2 attached + Developers (1 inline, 2 attached) + S3Readers (1 inline, 1 attached)
    expect(alice).toMatchObject({
      arn: `arn:aws:iam::${ACCT}:user/engineering/alice`,
      policyCount: 8,
      hasBoundary: false,
    });
    expect(result.principals[1]).toMatchObject({ hasBoundary: true });
    expect(result.notes).toEqual([]);
  });

  it("builds a user's scenario from its own, its groups' and attached policies", () => {
    const scenario = scenarioFor(`arn:aws:iam::${ACCT}:user/engineering/alice`);
    expect(scenario.principal).toBe(`arn:aws:iam::${ACCT}:user/engineering/alice`);
    expect(scenario.sessionIssuer).toBeUndefined();
    expect(scenario.identityPolicies.map((p) => p.name)).toEqual([
      'AliceOwnInstanceTags',
      'IAMUserChangePassword',
      'DeveloperTools',
      'DevelopersStartStop (group Developers)',
      'AmazonEC2ReadOnlyAccess',
      'NoPayroll (group S3Readers)',
      'AmazonS3ReadOnlyAccess',
    ]);
    const byName = new Map(scenario.identityPolicies.map((p) => [p.name, p]));
    expect(byName.get('IAMUserChangePassword')).toEqual({
      name: 'IAMUserChangePassword',
      managedArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword',
    });
    // DeveloperTools has three versions; v3 (the default) is the only one with this statement.
    expect(sids(byName.get('DeveloperTools'))).toEqual(['CodeServices', 'PassOnlyBuildRoles']);
    // A URL-encoded group policy is decoded.
    expect(textOf(byName.get('NoPayroll (group S3Readers)'))).toMatchObject({
      Statement: [{ Effect: 'Deny', Action: 's3:*' }],
    });
    expect(scenario.permissionsBoundary).toBeNull();
    expect(scenario.resourcePolicy).toBeNull();
    expect(scenario.notes).toEqual([]);
  });

  it('uses the default version of a customer managed boundary, not the newest one', () => {
    const scenario = scenarioFor(`arn:aws:iam::${ACCT}:user/bob`);
    expect(scenario.permissionsBoundary?.name).toBe('DeveloperBoundary');
    expect(sids(scenario.permissionsBoundary)).toEqual(['DeveloperServices', 'NoIamChanges']);
    expect(textOf(scenario.identityPolicies[0])).toMatchObject({
      Statement: [{ Resource: 'arn:aws:s3:::example-home-bucket/home/${aws:username}/*' }],
    });
  });

  it('pretty-prints every policy text with a 2-space indent', () => {
    const scenario = scenarioFor(`arn:aws:iam::${ACCT}:user/bob`);
    for (const policy of [...scenario.identityPolicies, scenario.permissionsBoundary]) {
      if (policy === null || !('text' in policy)) continue;
      expect(policy.text).toBe(`${JSON.stringify(JSON.parse(policy.text), null, 2)}\n`);
      expect(policy.text).toContain('\n  "Statement": [\n');
    }
  });

  it('builds a role session with the role (and its path) as session issuer', () => {
    const roleArn = `arn:aws:iam::${ACCT}:role/service/app/orders-processor`;
    const built = scenarioFromAuthorizationDetails(details(), roleArn, { sessionName: 'lambda-run' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const { scenario } = built;
    expect(scenario.principal).toBe(`arn:aws:sts::${ACCT}:assumed-role/orders-processor/lambda-run`);
    expect(scenario.sessionIssuer).toBe(roleArn);
    expect(scenario.identityPolicies).toEqual([
      expect.objectContaining({ name: 'OrdersQueueAndTable' }),
      {
        name: 'AWSLambdaBasicExecutionRole',
        managedArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      },
    ]);
    expect(scenario.permissionsBoundary?.name).toBe('DeveloperBoundary');
    expect(scenario.resourcePolicy).toMatchObject({
      kind: 'role-trust',
      name: 'orders-processor-trust-policy',
    });
    expect(textOf(scenario.resourcePolicy)).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(scenario.notes.join(' ')).toMatch(/trust policy/);
  });

  it('reproduces the example scenario for demo-restricted-admin', () => {
    const scenario = scenarioFor(`arn:aws:iam::${ACCT}:role/demo-restricted-admin`);
    expect(scenario.principal).toBe(
      `arn:aws:sts::${ACCT}:assumed-role/demo-restricted-admin/ImportedSession`,
    );
    expect(scenario.identityPolicies).toEqual([
      { name: 'AdministratorAccess', managedArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    ]);
    expect(textOf(scenario.permissionsBoundary)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AllowEC2Only', Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
  });

  it('matches the principal ARN case-insensitively and reports an unknown one', () => {
    expect(scenarioFor(`ARN:AWS:IAM::${ACCT}:USER/BOB`).principal).toBe(`arn:aws:iam::${ACCT}:user/bob`);
    const missing = scenarioFromAuthorizationDetails(details(), `arn:aws:iam::${ACCT}:user/nobody`);
    expect(missing).toEqual({ ok: false, message: expect.stringContaining('user/nobody') });
  });

  it('notes missing groups and customer policies, and warns when the boundary is missing', () => {
    const data = JSON.parse(ACCOUNT_DETAILS);
    data.UserDetailList[0].GroupList.push('Auditors');
    data.Policies = data.Policies.filter((p: { PolicyName: string }) => p.PolicyName !== 'DeveloperBoundary');
    const alice = scenarioFor(`arn:aws:iam::${ACCT}:user/engineering/alice`, JSON.stringify(data));
    expect(alice.notes).toEqual([expect.stringContaining('group Auditors is not in GroupDetailList')]);
    const bob = scenarioFor(`arn:aws:iam::${ACCT}:user/bob`, JSON.stringify(data));
    expect(bob.permissionsBoundary).toBeNull();
    expect(bob.notes.join(' ')).toMatch(
      /DeveloperBoundary \(permissions boundary\) is not in the Policies list.*may allow more/,
    );
  });

  it('notes truncated output', () => {
    const data = { ...JSON.parse(ACCOUNT_DETAILS), IsTruncated: true, Marker: 'AAEAAZ' };
    const result = importAwsJson(JSON.stringify(data));
    expect(result.ok && result.notes.join(' ')).toMatch(/truncated/);
  });

  it.each([
    [
      'a user without a name',
      (d: { UserDetailList: Record<string, unknown>[] }) => delete d.UserDetailList[1]?.UserName,
      'This looks like get-account-authorization-details output but UserDetailList[1] has no UserName.',
    ],
    [
      'a role policy whose document is not JSON',
      (d: { RoleDetailList: { RolePolicyList: Record<string, unknown>[] }[] }) => {
        (d.RoleDetailList[1]?.RolePolicyList[0] as Record<string, unknown>).PolicyDocument = '%7B%22Version';
      },
      'RoleDetailList[1].RolePolicyList[0].PolicyDocument is URL-encoded but does not decode to a JSON object',
    ],
    [
      'a broken percent escape',
      (d: { Policies: { PolicyVersionList: Record<string, unknown>[] }[] }) => {
        (d.Policies[0]?.PolicyVersionList[0] as Record<string, unknown>).Document = '%7B%ZZ';
      },
      'Policies[0].PolicyVersionList[0].Document is not valid URL-encoded text',
    ],
    [
      'a group list that is not a list',
      (d: { GroupDetailList: unknown }) => (d.GroupDetailList = { Developers: {} }),
      'GroupDetailList is not a list',
    ],
    [
      'a boundary without its ARN',
      (d: { UserDetailList: Record<string, unknown>[] }) => {
        (d.UserDetailList[1] as Record<string, unknown>).PermissionsBoundary = {
          PermissionsBoundaryType: 'Policy',
        };
      },
      'UserDetailList[1].PermissionsBoundary has no PermissionsBoundaryArn',
    ],
  ])('rejects %s, naming the field', (_label, damage, message) => {
    const data = JSON.parse(ACCOUNT_DETAILS);
    damage(data);
    const result = importAwsJson(JSON.stringify(data));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain(message);
  });
});

describe('importAwsJson: other outputs', () => {
  it('reads get-role: trust policy and boundary ARN only, with a note saying so', () => {
    const result = importAwsJson(fixture('get-role.json'));
    expect(result.ok && result.kind).toBe('role');
    if (!result.ok || result.kind !== 'role') return;
    const { scenario } = result;
    expect(scenario.principal).toBe(`arn:aws:sts::${ACCT}:assumed-role/orders-processor/ImportedSession`);
    expect(scenario.sessionIssuer).toBe(`arn:aws:iam::${ACCT}:role/service/app/orders-processor`);
    expect(scenario.identityPolicies).toEqual([]);
    // The boundary is customer managed: get-role does not carry its document.
    expect(scenario.permissionsBoundary).toBeNull();
    expect(result.notes.join('\n')).toMatch(/trust policy and boundary only/);
    expect(result.notes.join('\n')).toMatch(
      /get-policy-version --policy-arn arn:aws:iam::111122223333:policy\/boundaries\/DeveloperBoundary/,
    );
    expect(textOf(scenario.resourcePolicy)).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }],
    });
  });

  it('keeps an AWS managed boundary of get-role as a reference', () => {
    const data = JSON.parse(fixture('get-role.json'));
    data.Role.PermissionsBoundary.PermissionsBoundaryArn = 'arn:aws:iam::aws:policy/PowerUserAccess';
    const result = importAwsJson(JSON.stringify(data));
    expect(result.ok && result.kind === 'role' && result.scenario.permissionsBoundary).toEqual({
      name: 'PowerUserAccess',
      managedArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
    });
  });

  it('reads get-policy-version, noting a version that is not the default', () => {
    const result = importAwsJson(fixture('get-policy-version.json'));
    expect(result).toMatchObject({
      ok: true,
      kind: 'policy-version',
      policy: { name: 'imported-policy-v1' },
      notes: [],
    });
    if (!result.ok || result.kind !== 'policy-version') return;
    expect(sids(result.policy)).toEqual(['DeveloperServices', 'NoIamChanges']);
    const old = importAwsJson(
      JSON.stringify({
        PolicyVersion: {
          Document: '%7B%22Statement%22%3A%5B%5D%7D',
          VersionId: 'v2',
          IsDefaultVersion: false,
        },
      }),
    );
    expect(old.ok && old.kind === 'policy-version' && JSON.parse(old.policy.text)).toEqual({ Statement: [] });
    expect(old.ok && old.notes.join(' ')).toMatch(/v2 is not the policy's default version/);
  });

  it('reads get-role-policy output as a named inline policy', () => {
    const text = JSON.stringify({
      RoleName: 'r',
      PolicyName: 'Inline1',
      PolicyDocument: { Version: '2012-10-17', Statement: [] },
    });
    expect(importAwsJson(text)).toMatchObject({
      ok: true,
      kind: 'inline-policy',
      policy: { name: 'Inline1' },
    });
  });

  it('reads a bare policy document, named after its Id when it has one', () => {
    const text =
      '{"Version":"2012-10-17","Id":"S3Policy","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    const result = importAwsJson(text);
    expect(result).toMatchObject({ ok: true, kind: 'policy-document', policy: { name: 'S3Policy' } });
    expect(result.ok && result.kind === 'policy-document' && result.policy.text.split('\n')[1]).toBe(
      '  "Version": "2012-10-17",',
    );
    expect(importAwsJson('\uFEFF{"Statement":[]}')).toMatchObject({
      ok: true,
      policy: { name: 'imported-policy' },
    });
  });

  it.each([
    ['{"Version": "2012-10-17",\n  "Statement": [}', /line 2, column 17/],
    ['', /empty/],
    ['[1, 2]', /Expected a policy document.*found an array/],
    ['"text"', /found a string/],
    ['{"Foo": 1, "Bar": 2}', /get-role or get-policy-version; found an object with keys: Foo, Bar\.$/],
    ['{"Policies": [{"PolicyName": "x", "Arn": "arn"}]}', /list-policies output/],
    ['{"Policy": {"PolicyName": "x", "DefaultVersionId": "v1"}}', /get-policy output.*get-policy-version/],
    ['{"User": {"UserName": "x"}}', /get-user output/],
    ['{"Role": {"Arn": "arn:aws:iam::111122223333:role/x"}}', /get-role output but Role has no RoleName/],
    ['{"Role": {"RoleName": "x", "Arn": "arn:aws:s3:::bucket"}}', /is not a role ARN/],
    ['{"PolicyVersion": {"VersionId": "v1"}}', /get-policy-version output but PolicyVersion has no Document/],
    ['{"PolicyVersion": {"Document": [1]}}', /PolicyVersion.Document is an array, not a policy document/],
  ])('explains what is wrong with %j', (text, message) => {
    const result = importAwsJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('gives the position of a syntax error', () => {
    const result = importAwsJson('{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}');
    expect(result).toMatchObject({ ok: false, error: { code: 'json-syntax', line: 3 } });
  });

  it('ignores inherited keys such as constructor and __proto__', () => {
    const result = importAwsJson('{"__proto__": {"Statement": []}, "constructor": {"Role": {}}}');
    expect(result).toMatchObject({ ok: false, error: { code: 'unrecognised' } });
  });
});

describe('importAwsJson: input it cannot carry over', () => {
  const deep = (levels: number) => `{"Statement":${'['.repeat(levels)}${']'.repeat(levels)}}`;

  it('refuses a 10 KB document nested 5,000 deep with an error value, not a RangeError', () => {
    const text = deep(5000);
    expect(text.length).toBeGreaterThan(10_000);
    expect(importAwsJson(text)).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The input is nested too deeply: more than 108 levels (line 1, column 121).',
        line: 1,
        column: 121,
      },
    });
  });

  it('accepts nesting up to the limit', () => {
    expect(importAwsJson(deep(100)).ok).toBe(true);
  });

  it.each([
    [
      'in a pasted document',
      '{"Statement":[{"Condition":{"NumericLessThan":{"s3:max-keys":1e999}}}]}',
      '1e999',
    ],
    ['negative, in CLI output', '{"PolicyVersion":{"Document":{"Statement":[-1E+400]}}}', '-1E+400'],
  ])('reports a number too large to represent %s, where it is', (_where, text, raw) => {
    const result = importAwsJson(text);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', line: 1, column: text.indexOf(raw) + 1 },
    });
    expect(!result.ok && result.error.message).toBe(
      `The input has the number ${raw}, which is too large to represent: importing it would turn it into null (line 1, column ${text.indexOf(raw) + 1}).`,
    );
  });

  it.each([
    [
      'deeply nested',
      encodeURIComponent(deep(500)),
      /PolicyVersion.Document is nested too deeply: more than 100 levels/,
    ],
    [
      'holding 1e999',
      encodeURIComponent('{"Statement":[1e999]}'),
      /PolicyVersion.Document has the number 1e999, which is too large/,
    ],
    ['JSON text holding 1e999', '{"Statement":[1e999]}', /PolicyVersion.Document has the number 1e999/],
  ])('explains a URL-encoded or text document %s, naming no JavaScript error', (_what, document, message) => {
    const result = importAwsJson(JSON.stringify({ PolicyVersion: { Document: document, VersionId: 'v1' } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
    expect(!result.ok && result.error.message).not.toMatch(/RangeError|Error:/);
  });
});
