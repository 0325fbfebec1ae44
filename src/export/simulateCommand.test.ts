import { NO_POLICIES } from '../engine';
import { afterAll, describe, expect, it } from 'vitest';

import type { ScenarioDraft } from '../import/types';
import { requestToSimulateCommand } from './simulateCommand';
import { flag, flagValues, parseAwsArguments, removeScriptDirs, runScript } from './testing';

afterAll(removeScriptDirs);

const ACCOUNT = '123456789876';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const ADMIN_DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const BOUNDARY =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:*", "Resource": "*" }]\n}\n';

const example: ScenarioDraft = {
  ...NO_POLICIES,
  requests: [],
  principal: `arn:aws:sts::${ACCOUNT}:assumed-role/demo-restricted-admin/EC2AdminSession`,
  identityPolicies: [{ name: 'AdministratorAccess', managedArn: ADMIN_ARN }],
  permissionsBoundary: { name: 'ec2-boundary', text: BOUNDARY },
};
const lookup = (arn: string) => (arn === ADMIN_ARN ? ADMIN_DOC : undefined);

/** The single aws call the command makes, with its arguments as the shell passes them. */
function run(command: string): string[] {
  const result = runScript(command);
  expect(result.status, result.stderr).toBe(0);
  expect(result.calls).toHaveLength(1);
  return result.calls[0] ?? [];
}

/** Every value of option `name`, as the AWS CLI reads the call. */
function values(call: readonly string[], name: string): readonly string[] {
  return flagValues(call, name) ?? [];
}

describe(requestToSimulateCommand, () => {
  it('simulates the example request with the managed document and the boundary', () => {
    const command = requestToSimulateCommand(
      example,
      { action: 's3:ListAllMyBuckets', resource: '*', context: {} },
      { managedDocument: lookup },
    );
    const call = run(command);
    expect(call.slice(0, 2)).toEqual(['iam', 'simulate-custom-policy']);
    expect(values(call, '--policy-input-list').map((text) => JSON.parse(text))).toEqual([ADMIN_DOC]);
    expect(JSON.parse(flag(call, '--permissions-boundary-policy-input-list') ?? '')).toEqual(
      JSON.parse(BOUNDARY),
    );
    expect(flag(call, '--action-names')).toBe('s3:ListAllMyBuckets');
    expect(call).not.toContain('--resource-arns');
    // A role session cannot be the simulator's caller.
    expect(call).not.toContain('--caller-arn');
    expect(command.startsWith('aws iam simulate-custom-policy')).toBe(true);
  });

  it('names the resource and, for an IAM user, the caller', () => {
    const draft: ScenarioDraft = { ...example, principal: `arn:aws:iam::${ACCOUNT}:user/dev/alice` };
    const call = run(
      requestToSimulateCommand(
        draft,
        {
          action: 'ec2:RunInstances',
          resource: 'arn:aws:ec2:eu-west-1:123456789876:instance/*',
          context: {},
        },
        { managedDocument: lookup },
      ),
    );
    expect(flag(call, '--resource-arns')).toBe('arn:aws:ec2:eu-west-1:123456789876:instance/*');
    expect(flag(call, '--caller-arn')).toBe(`arn:aws:iam::${ACCOUNT}:user/dev/alice`);
  });

  it('passes context entries in the shorthand syntax, typed by key, lists for several values', () => {
    const call = run(
      requestToSimulateCommand(
        example,
        {
          action: 'ec2:StartInstances',
          resource: '*',
          context: {
            'aws:SourceIp': '203.0.113.7',
            'aws:CurrentTime': '2026-01-01T00:00:00Z',
            'aws:MultiFactorAuthPresent': 'true',
            'aws:PrincipalTag/team': ['blue', 'green'],
            'ec2:InstanceType': 't3.micro',
          },
        },
        { managedDocument: lookup },
      ),
    );
    expect(values(call, '--context-entries')).toEqual([
      'ContextKeyName=aws:SourceIp,ContextKeyValues=203.0.113.7,ContextKeyType=ip',
      'ContextKeyName=aws:CurrentTime,ContextKeyValues=2026-01-01T00:00:00Z,ContextKeyType=date',
      'ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues=true,ContextKeyType=boolean',
      'ContextKeyName=aws:PrincipalTag/team,ContextKeyValues=blue,green,ContextKeyType=stringList',
      'ContextKeyName=ec2:InstanceType,ContextKeyValues=t3.micro,ContextKeyType=string',
    ]);
  });

  it('switches to the JSON form when a value has commas, quotes or spaces, and lets callers type keys', () => {
    const context = { 's3:prefix': "a,b 'c' $(x)", 'ec2:Count': '3' };
    const call = run(
      requestToSimulateCommand(
        example,
        { action: 's3:ListBucket', resource: 'arn:aws:s3:::b', context },
        {
          managedDocument: lookup,
          contextKeyType: (key) => (key === 'ec2:Count' ? 'numeric' : undefined),
        },
      ),
    );
    const entries = values(call, '--context-entries');
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0] ?? '')).toEqual([
      { ContextKeyName: 's3:prefix', ContextKeyValues: ["a,b 'c' $(x)"], ContextKeyType: 'string' },
      { ContextKeyName: 'ec2:Count', ContextKeyValues: ['3'], ContextKeyType: 'numeric' },
    ]);
  });

  it('gives no typed action, resource or document a way to become an option of aws', () => {
    const inject = '--endpoint-url=https://attacker.example';
    for (const identityPolicies of [
      [{ name: 'a', text: inject }],
      [
        { name: 'a', text: '{}' },
        { name: 'b', text: inject },
      ],
    ]) {
      const call = run(
        requestToSimulateCommand(
          { ...example, identityPolicies, permissionsBoundary: { name: 'b', text: '-b' } },
          { action: inject, resource: '-r', context: { '-k': '--v' } },
          { managedDocument: lookup },
        ),
      );
      const { options } = parseAwsArguments(call);
      expect(options.map(([name]) => name)).toEqual([
        '--policy-input-list',
        '--permissions-boundary-policy-input-list',
        '--action-names',
        '--resource-arns',
        '--context-entries',
      ]);
      const inputs = values(call, '--policy-input-list');
      expect(inputs.length === 1 && inputs[0]?.startsWith('[') ? JSON.parse(inputs[0]) : inputs).toEqual(
        identityPolicies.map((policy) => policy.text),
      );
      expect(flag(call, '--permissions-boundary-policy-input-list')).toBe('-b');
      expect(flag(call, '--action-names')).toBe(inject);
      expect(flag(call, '--resource-arns')).toBe('-r');
    }
  });

  it('adds the resource policy and resource owner, and notes the missing caller for a role', () => {
    const resourcePolicy = {
      name: 'bucket',
      kind: 'resource' as const,
      text: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}',
    };
    const command = requestToSimulateCommand(
      { ...example, resourcePolicy },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceAccount: '210987654321', context: {} },
      { managedDocument: lookup },
    );
    const call = run(command);
    expect(flag(call, '--resource-policy')).toBe(resourcePolicy.text);
    expect(flag(call, '--resource-owner')).toBe('arn:aws:iam::210987654321:root');
    expect(command).toMatch(/^# --caller-arn accepts only an IAM user ARN/m);
  });

  it('says what it leaves out: unknown managed documents, session policies, SCPs', () => {
    const command = requestToSimulateCommand(
      {
        ...example,
        sessionPolicy: { name: 's', text: '{}' },
        serviceControlPolicies: [{ target: 'Root', policies: [{ name: 'scp', text: '{}' }] }],
      },
      { action: 'ec2:RunInstances', resource: '*', context: {} },
    );
    expect(command).toMatch(
      /^# The document of arn:aws:iam::aws:policy\/AdministratorAccess is not available/m,
    );
    expect(command).toMatch(/^# simulate-custom-policy takes no session policy/m);
    expect(command).toMatch(/^# simulate-custom-policy does not evaluate SCPs or RCPs/m);
    // With the only identity policy unknown, an empty one keeps the command valid.
    expect(values(run(command), '--policy-input-list').map((t) => JSON.parse(t))).toEqual([
      { Version: '2012-10-17', Statement: [] },
    ]);
  });
});
