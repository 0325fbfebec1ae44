import { describe, expect, it } from 'vitest';

import { delegatedAdmin } from '../../examples/delegated-admin';
import { delegatedAdminNaive } from '../../examples/delegated-admin-naive';
import { GUARDRAIL_IDS, type GuardrailReport } from '../../engine';
import { createCliHarness } from '../testHarness';

const { file, cli } = createCliHarness('guardrails');

const NAIVE = JSON.stringify(delegatedAdminNaive.scenario);
const SAFE = JSON.stringify(delegatedAdmin.scenario);
const MFA_ONLY = JSON.stringify({
  version: 1,
  principal: 'arn:aws:iam::111122223333:user/delegate',
  identityPolicies: [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
  permissionsBoundary: {
    name: 'mfa-boundary',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:*',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    },
  },
});

describe('iam-playground guardrails', () => {
  it('prints every finding with its proof as JSON, and exits 0 by default', async () => {
    const run = await cli('guardrails', file(NAIVE));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as GuardrailReport;
    expect(report.findings.map((f) => f.id)).toEqual([...GUARDRAIL_IDS]);
    const remove = report.findings[0];
    expect(remove).toMatchObject({ id: 'remove-own-boundary', status: 'fail', severity: 'high' });
    expect(remove?.requests[0]?.result).toMatchObject({
      decision: 'Allowed',
      action: 'iam:DeleteRolePermissionsBoundary',
    });
    expect(remove?.requests[0]?.result.trace.length).toBeGreaterThan(0);
    expect(remove?.fix?.target).toEqual({ slot: 'permissionsBoundary', policyName: 'TeamBoundary' });
  });

  it('exits 1 with --fail-on when a check fails or, for possible, may fail', async () => {
    expect((await cli('guardrails', file(NAIVE), '--fail-on', 'fail')).code).toBe(1);
    expect((await cli('guardrails', file(SAFE), '--fail-on', 'possible')).code).toBe(0);
    expect((await cli('guardrails', file(MFA_ONLY), '--fail-on', 'fail')).code).toBe(0);
    expect((await cli('guardrails', file(MFA_ONLY), '--fail-on', 'possible')).code).toBe(1);
  });

  it('summarises for people, with conditions, requests and fixes', async () => {
    const naive = await cli('guardrails', file(NAIVE), '--format', 'text');
    expect(naive.stdout).toMatch(
      /^Guardrails for arn:aws:iam::111122223333:role\/team-admin, bounded by arn:aws:iam::111122223333:policy\/TeamBoundary\n/,
    );
    expect(naive.stdout).toContain(
      'FAIL [high] remove-own-boundary: Can remove its own permissions boundary',
    );
    expect(naive.stdout).toContain(
      '    Allowed: iam:DeleteRolePermissionsBoundary on arn:aws:iam::111122223333:role/team-admin with iam:PermissionsBoundary=arn:aws:iam::111122223333:policy/TeamBoundary',
    );
    expect(naive.stdout).toContain('  Fix, to add to the boundary "TeamBoundary": ');
    expect(naive.stdout).toMatch(/\n6 ways out\.\n$/);
    const mfa = await cli('guardrails', file(MFA_ONLY), '--format', 'text');
    expect(mfa.stdout).toContain('POSSIBLE [high] remove-own-boundary');
    expect(mfa.stdout).toContain('  Possible when aws:MultiFactorAuthPresent is "true".');
    const safe = await cli('guardrails', file(SAFE), '--format', 'text');
    expect(safe.stdout).toMatch(/\nNo way out found\.\n$/);
  });

  it('says why the checks do not apply to a principal without a boundary', async () => {
    const none = JSON.stringify({ ...delegatedAdmin.scenario, permissionsBoundary: null });
    const run = await cli('guardrails', file(none), '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Note: The principal has no permissions boundary/);
  });

  it('escapes control characters from the scenario, in text and in JSON', async () => {
    const hostile = JSON.stringify({
      ...delegatedAdminNaive.scenario,
      permissionsBoundary: {
        ...delegatedAdminNaive.scenario.permissionsBoundary,
        name: 'Team\u001b[2JBoundary\u202e',
      },
    });
    const run = await cli('guardrails', file(hostile), '--format', 'text');
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u202e')).toBe(false);
    expect(run.stdout).toContain('Team\\x1b[2JBoundary\\u202e');
    const json = await cli('guardrails', file(hostile));
    expect(json.stdout.includes('\u202e')).toBe(false);
  });

  it.each([
    [[] as string[], /missing argument/],
    [['SCENARIO', 'extra'], /unexpected argument "extra"/],
    [['SCENARIO', '--fail-on', 'always'], /--fail-on must be one of none, fail, possible/],
    [['BAD'], /invalid scenario/],
  ])('fails with exit code 2 and one line for %j', async (args, pattern) => {
    const scenario = file(NAIVE);
    const bad = file('{"version": 1, "principal": 42}');
    const resolved = args.map((arg) => (arg === 'SCENARIO' ? scenario : arg === 'BAD' ? bad : arg));
    const run = await cli('guardrails', ...resolved);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
    expect(run.stderr).toMatch(pattern);
  });
});
