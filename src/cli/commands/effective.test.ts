import { describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { createCliHarness } from '../testHarness';

const { file, cli } = createCliHarness('effective');

const EXAMPLE = JSON.stringify({
  version: 1,
  principal: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
  identityPolicies: [
    {
      name: 'AdministratorAccess',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    },
  ],
  permissionsBoundary: {
    name: 'ec2-boundary',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] },
  },
});

const catalog = createNodeCatalog();
const ec2 = catalog.actions.filter((action) => action.service === 'ec2').length;

function expectUsageError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^iam-playground: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('iam-playground effective', () => {
  it('prints the catalog, the region counts and every action as JSON', async () => {
    const run = await cli('effective', file(EXAMPLE));
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      catalog: Record<string, unknown>;
      regions: Record<string, number>;
      actions: { action: string; effective: string; layers: Record<string, string>; deniedBy: unknown }[];
    };
    expect(output.catalog).toEqual({
      source: catalog.source,
      version: catalog.version,
      date: catalog.date,
      services: catalog.services.length,
      actions: catalog.actions.length,
    });
    expect(output.regions.effectiveAllowed).toBe(ec2);
    expect(output.actions).toHaveLength(catalog.actions.length);
    expect(output.actions.find((a) => a.action === 'ec2:RunInstances')).toMatchObject({
      effective: 'allowed',
      layers: { identity: 'all', boundary: 'all' },
      deniedBy: null,
    });
    expect(output.actions.find((a) => a.action === 's3:GetObject')).toMatchObject({
      effective: 'denied',
      deniedBy: { layer: 'boundary', explicit: false },
    });
  });

  it('prints the effective policy', async () => {
    const run = await cli('effective', file(EXAMPLE), '--format', 'policy');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
  });

  it('summarises per service, and per action with --service', async () => {
    const summary = await cli('effective', file(EXAMPLE), '--format', 'text');
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(`${catalog.actions.length} actions`);
    expect(summary.stdout).toMatch(new RegExp(`effectiveAllowed\\s+${ec2}\\n`));
    expect(summary.stdout).toMatch(new RegExp(`\\n  ec2\\s+${ec2} / 0 / 0\\n`));

    const sts = await cli('effective', file(EXAMPLE), '--format', 'text', '--service', 'sts');
    expect(sts.stdout).toMatch(/sts:GetCallerIdentity\s+allowed/);
    expect(sts.stdout).toMatch(
      /sts:AssumeRole\s+denied\s+identity=all boundary=none \(implicit deny: boundary\)/,
    );
  });

  it('limits the JSON to one service', async () => {
    const run = await cli('effective', file(EXAMPLE), '--service', 'sqs');
    const output = JSON.parse(run.stdout) as { actions: { action: string }[] };
    expect(output.actions.length).toBe(catalog.actions.filter((a) => a.service === 'sqs').length);
    expect(output.actions.every((a) => a.action.startsWith('sqs:'))).toBe(true);
  });

  it.each([
    [[] as string[], /missing argument/],
    [['nope.json'], /cannot read nope\.json/],
    [['SCENARIO', '--service', 'nope'], /unknown service "nope"/],
    [['SCENARIO', '--format', 'yaml'], /--format must be one of json, text, policy/],
    [['BAD'], /invalid scenario/],
  ])('fails with exit code 2 and one line for %j', async (args, pattern) => {
    const scenario = file(EXAMPLE);
    const bad = file('{"version": 1, "principal": 42}');
    const resolved = args.map((arg) => (arg === 'SCENARIO' ? scenario : arg === 'BAD' ? bad : arg));
    expectUsageError(await cli('effective', ...resolved), pattern);
  });
});
