import { NO_POLICIES } from '../engine';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { ScenarioDraft } from '../import/types';
import { scenarioToCliCommands } from './cliCommands';
import { flag, parseAwsArguments, removeScriptDirs, runScript } from './testing';

const ACCOUNT = '123456789876';
const EC2_BOUNDARY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2Only",
      "Effect": "Allow",
      "Action": "ec2:*",
      "Resource": "*"
    }
  ]
}
`;
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** The example scenario: role demo-restricted-admin, AdministratorAccess, ec2-boundary. */
const example: ScenarioDraft = {
  ...NO_POLICIES,
  principal: `arn:aws:sts::${ACCOUNT}:assumed-role/demo-restricted-admin/EC2AdminSession`,
  identityPolicies: [{ name: 'AdministratorAccess', managedArn: ADMIN }],
  permissionsBoundary: { name: 'ec2-boundary', text: EC2_BOUNDARY },
  requests: [{ action: 's3:ListAllMyBuckets', resource: '*', context: {} }],
};

afterAll(removeScriptDirs);

const verbs = (calls: string[][]) => calls.map((call) => call.slice(0, 2).join(' '));

describe(scenarioToCliCommands, () => {
  it('creates the example: boundary policy, role with boundary, managed policy attached, session', () => {
    const run = runScript(scenarioToCliCommands(example));
    expect(run.status).toBe(0);
    expect(verbs(run.calls)).toEqual([
      'iam create-policy',
      'iam create-role',
      'iam attach-role-policy',
      'sts assume-role',
    ]);
    const [createPolicy, createRole, attach, assume] = run.calls;
    expect(flag(createPolicy, '--policy-name')).toBe('ec2-boundary');
    expect(JSON.parse(flag(createPolicy, '--policy-document') ?? '')).toEqual(JSON.parse(EC2_BOUNDARY));
    expect(flag(createRole, '--role-name')).toBe('demo-restricted-admin');
    expect(flag(createRole, '--permissions-boundary')).toBe(`arn:aws:iam::${ACCOUNT}:policy/ec2-boundary`);
    expect(JSON.parse(flag(createRole, '--assume-role-policy-document') ?? '')).toMatchObject({
      Statement: [{ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }],
    });
    expect(createRole).not.toContain('--path');
    expect(attach).toEqual([
      'iam',
      'attach-role-policy',
      '--role-name=demo-restricted-admin',
      `--policy-arn=${ADMIN}`,
    ]);
    expect(flag(assume, '--role-session-name')).toBe('EC2AdminSession');
    expect(flag(assume, '--role-arn')).toBe(`arn:aws:iam::${ACCOUNT}:role/demo-restricted-admin`);
  });

  it('writes documents to files passed as file:// when asked, byte for byte', () => {
    const run = runScript(scenarioToCliCommands(example, { documents: 'files' }));
    expect(run.status).toBe(0);
    const file = flag(run.calls[0], '--policy-document') ?? '';
    expect(file).toMatch(/^file:\/\/[\w.-]+\.json$/);
    expect(readFileSync(join(run.dir, file.slice('file://'.length)), 'utf8')).toBe(EC2_BOUNDARY);
  });

  it('builds a user with path, boundary, attached and inline policies, in the principal account', () => {
    const draft: ScenarioDraft = {
      ...NO_POLICIES,
      requests: [],
      principal: 'arn:aws-cn:iam::111122223333:user/engineering/alice',
      identityPolicies: [
        { name: 'ReadOnlyAccess', managedArn: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess' },
        { name: 'Tagging', text: '{"Version":"2012-10-17","Statement":[]}' },
        { name: 'Tagging', text: '{"Statement":[]}' },
      ],
      permissionsBoundary: { name: 'Dev Boundary', text: '{"Statement":[]}' },
    };
    const run = runScript(scenarioToCliCommands(draft));
    expect(run.status).toBe(0);
    expect(verbs(run.calls)).toEqual([
      'iam create-policy',
      'iam create-user',
      'iam put-user-permissions-boundary',
      'iam attach-user-policy',
      'iam put-user-policy',
      'iam put-user-policy',
    ]);
    const [createPolicy, createUser, boundary, attach, put1, put2] = run.calls;
    expect(flag(createPolicy, '--policy-name')).toBe('Dev-Boundary');
    expect(createUser).toEqual(['iam', 'create-user', '--user-name=alice', '--path=/engineering/']);
    expect(flag(boundary, '--permissions-boundary')).toBe('arn:aws-cn:iam::111122223333:policy/Dev-Boundary');
    expect(flag(attach, '--policy-arn')).toBe('arn:aws-cn:iam::aws:policy/ReadOnlyAccess');
    expect([flag(put1, '--policy-name'), flag(put2, '--policy-name')]).toEqual(['Tagging', 'Tagging-2']);
  });

  it('creates typed identity policies as customer managed ones when asked', () => {
    const draft: ScenarioDraft = {
      ...NO_POLICIES,
      ...example,
      identityPolicies: [{ name: 'Mine', text: '{"Statement":[]}' }],
    };
    const run = runScript(scenarioToCliCommands(draft, { identityPolicies: 'managed' }));
    expect(verbs(run.calls)).toEqual([
      'iam create-policy',
      'iam create-policy',
      'iam create-role',
      'iam attach-role-policy',
      'sts assume-role',
    ]);
    expect(flag(run.calls[3], '--policy-arn')).toBe(`arn:aws:iam::${ACCOUNT}:policy/Mine`);
  });

  it('passes hostile names and texts through unchanged and runs nothing from them', () => {
    const nasty = `x'; touch pwned-1; echo '$(touch pwned-2) \`touch pwned-3\` $HOME "q"\nEOF\n#`;
    const draft: ScenarioDraft = {
      ...NO_POLICIES,
      requests: [],
      principal: `arn:aws:iam::${ACCOUNT}:user/bob`,
      identityPolicies: [{ name: nasty, text: `{"Sid": "${nasty.replace(/\n/g, '\\n')}"}\n${nasty}` }],
      permissionsBoundary: null,
      sessionPolicy: { name: nasty, text: nasty },
    };
    for (const documents of ['inline', 'files'] as const) {
      const run = runScript(scenarioToCliCommands(draft, { documents }));
      expect(run.status, run.stderr).toBe(0);
      for (const file of ['pwned-1', 'pwned-2', 'pwned-3'])
        expect(existsSync(join(run.dir, file))).toBe(false);
      const put = run.calls.find((call) => call[1] === 'put-user-policy');
      const document = flag(put, '--policy-document') ?? '';
      const text = document.startsWith('file://')
        ? readFileSync(join(run.dir, document.slice(7)), 'utf8')
        : document;
      expect(text.replace(/\n$/, '')).toBe(`{"Sid": "${nasty.replace(/\n/g, '\\n')}"}\n${nasty}`);
      expect(flag(put, '--policy-name')).toMatch(/^[\w+=,.@-]+$/);
    }
  });

  it('gives no typed name, ARN or document a way to become an option of aws', () => {
    const inject = '--endpoint-url=https://attacker.example';
    const draft: ScenarioDraft = {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/-role/--debug`,
      identityPolicies: [
        { name: inject, text: `${inject}\n` },
        { name: '-p', text: 'file:///home/me/.aws/credentials' },
      ],
      permissionsBoundary: { name: inject, text: '{"Statement":[]}' },
      sessionPolicy: { name: inject, text: inject },
      resourcePolicy: { name: inject, kind: 'resource', text: '-x' },
      serviceControlPolicies: [{ target: 'Root', policies: [{ name: inject, text: inject }] }],
      resourceControlPolicies: [{ target: 'Root', policies: [{ name: inject, text: inject }] }],
      // (The VPC endpoint command needs VPC_ENDPOINT_ID set, which the test script does not.)
      vpcEndpointPolicy: null,
      requests: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::-bucket/key', context: {} }],
    };
    for (const documents of ['inline', 'files'] as const) {
      for (const identityPolicies of ['inline', 'managed'] as const) {
        const run = runScript(scenarioToCliCommands(draft, { documents, identityPolicies }));
        expect(run.status, run.stderr).toBe(0);
        expect(run.calls.length).toBeGreaterThan(5);
        for (const call of run.calls) {
          const { options } = parseAwsArguments(call);
          // Every option has exactly one value, and none is one the script did not write.
          for (const [name, values] of options) {
            expect(name, call.join(' ')).not.toMatch(/endpoint|debug|^-[^-]|^-p$|^-x$/);
            expect(values, `${name} in ${call.join(' ')}`).toHaveLength(1);
          }
        }
        const session = run.calls.find((call) => call[1] === 'assume-role');
        expect(flag(session, '--role-session-name')).toBe('--debug');
        const bucket = run.calls.find((call) => call[1] === 'put-bucket-policy');
        expect(flag(bucket, '--bucket')).toBe('-bucket');
        const scp = run.calls.find((call) => call[0] === 'organizations' && call[1] === 'create-policy');
        expect(flag(scp, '--name')).toBe(inject);
        if (documents === 'inline') {
          expect(flag(bucket, '--policy')).toBe('-x');
          // A document that names a file is passed as text, not read from the file.
          const texts = run.calls.map((call) => flag(call, '--policy-document'));
          expect(texts).toContain(' file:///home/me/.aws/credentials');
        }
      }
    }
  });

  it('sets a resource policy on the bucket, key or role the requests name', () => {
    const doc = '{"Statement":[]}';
    const s3 = runScript(
      scenarioToCliCommands({
        ...NO_POLICIES,
        ...example,
        resourcePolicy: { name: 'bp', text: doc, kind: 'resource' },
        requests: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::my-bucket/a/b.txt', context: {} }],
      }),
    );
    expect(s3.calls.find((c) => c[0] === 's3api')).toEqual([
      's3api',
      'put-bucket-policy',
      '--bucket=my-bucket',
      `--policy=${doc}`,
    ]);
    const kms = runScript(
      scenarioToCliCommands({
        ...NO_POLICIES,
        ...example,
        resourcePolicy: { name: 'kp', text: doc, kind: 'kms-key' },
        requests: [
          { action: 'kms:Decrypt', resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd`, context: {} },
        ],
      }),
    );
    expect(
      flag(
        kms.calls.find((c) => c[0] === 'kms'),
        '--key-id',
      ),
    ).toBe(`arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd`);
    const trust = runScript(
      scenarioToCliCommands({
        ...NO_POLICIES,
        principal: `arn:aws:iam::${ACCOUNT}:user/bob`,
        identityPolicies: [],
        permissionsBoundary: null,
        resourcePolicy: { name: 'trust', text: doc, kind: 'role-trust' },
        requests: [
          { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/team/deployer`, context: {} },
        ],
      }),
    );
    const createRole = trust.calls.find((c) => c[1] === 'create-role');
    expect([
      flag(createRole, '--role-name'),
      flag(createRole, '--path'),
      flag(createRole, '--assume-role-policy-document'),
    ]).toEqual(['deployer', '/team/', doc]);
  });

  it("uses a role-trust policy as the session role's own trust policy when no other role is targeted", () => {
    const trust =
      '{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
    const run = runScript(
      scenarioToCliCommands({
        ...NO_POLICIES,
        ...example,
        sessionIssuer: `arn:aws:iam::${ACCOUNT}:role/admins/demo-restricted-admin`,
        resourcePolicy: { name: 'trust', text: trust, kind: 'role-trust' },
      }),
    );
    const createRole = run.calls.find((c) => c[1] === 'create-role');
    expect(flag(createRole, '--assume-role-policy-document')).toBe(trust);
    expect(flag(createRole, '--path')).toBe('/admins/');
    expect(flag(run.calls.at(-1), '--role-arn')).toBe(
      `arn:aws:iam::${ACCOUNT}:role/admins/demo-restricted-admin`,
    );
  });

  it('creates and attaches SCPs and RCPs, capturing the new policy ids', () => {
    const run = runScript(
      scenarioToCliCommands({
        ...NO_POLICIES,
        ...example,
        serviceControlPolicies: [
          { target: 'r-ab12', policies: [{ name: 'Deny leaving', text: '{"Statement":[]}' }] },
          { target: 'Account', policies: [{ name: 'AWS managed', managedArn: ADMIN }] },
        ],
        resourceControlPolicies: [
          { target: 'Prod OU', policies: [{ name: 'rcp', text: '{"Statement":[]}' }] },
        ],
      }),
    );
    expect(run.status).toBe(0);
    const orgCalls = run.calls.filter((c) => c[0] === 'organizations');
    expect(orgCalls.map((c) => `${c[1]} ${flag(c, '--type') ?? flag(c, '--target-id')}`)).toEqual([
      'create-policy SERVICE_CONTROL_POLICY',
      'attach-policy r-ab12',
      'create-policy RESOURCE_CONTROL_POLICY',
      'attach-policy <id of Prod OU>',
    ]);
    expect(flag(orgCalls[1], '--policy-id')).toBe('p-stub1234');
  });

  it('adds a session policy to assume-role, by document or by managed ARN', () => {
    const byText = runScript(
      scenarioToCliCommands({ ...example, sessionPolicy: { name: 's', text: '{"Statement":[]}' } }),
    );
    expect(flag(byText.calls.at(-1), '--policy')).toBe('{"Statement":[]}');
    const byArn = runScript(
      scenarioToCliCommands({ ...example, sessionPolicy: { name: 's', managedArn: ADMIN } }),
    );
    expect(flag(byArn.calls.at(-1), '--policy-arns')).toBe(`arn=${ADMIN}`);
  });

  it('explains instead of failing for the root user and for a bad principal', () => {
    const root = scenarioToCliCommands({ ...example, principal: `arn:aws:iam::${ACCOUNT}:root` });
    expect(root).toMatch(/root user cannot have policies attached/);
    expect(runScript(root).calls.filter((c) => c[0] === 'iam')).toEqual([]);
    const bad = scenarioToCliCommands({ ...example, principal: 'not an arn\nrm -rf /' });
    expect(bad).toMatch(/# The principal cannot be created/);
    expect(runScript(bad).calls).toEqual([]);
  });
});
