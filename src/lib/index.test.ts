import { describe, expect, it } from 'vitest';

import { EXAMPLE_REQUESTS, exampleScenario } from '../../bench/lib/scenarios';
import { createNodeCatalog } from '../catalog/node';
import { DEFAULT_PRINCIPAL } from '../state/defaultScenario';
import { analyze, diff, evaluate, loadManagedPolicies, parseScenario } from './index';

const EXAMPLE = { ...exampleScenario(), requests: EXAMPLE_REQUESTS };
const EXAMPLE_TEXT = JSON.stringify(EXAMPLE, null, 2);
const S3_DENIED =
  `User: ${DEFAULT_PRINCIPAL} is not authorized to perform: s3:ListAllMyBuckets because no ` +
  'permissions boundary allows the s3:ListAllMyBuckets action';
const catalog = createNodeCatalog();

describe('parseScenario', () => {
  it('takes the JSON text, locating problems by line and column', () => {
    const parsed = parseScenario('{\n  "version": 1,\n  "principal": 42\n}');
    expect(parsed.scenario).toBeNull();
    expect(parsed.diagnostics[0]).toMatchObject({ path: 'principal', range: { start: { line: 3 } } });
  });

  it('takes a value, naming the field', () => {
    const parsed = parseScenario({ version: 1, principal: DEFAULT_PRINCIPAL, identityPolicies: [{}] });
    expect(parsed.scenario).toBeNull();
    expect(parsed.diagnostics.map((d) => d.path)).toContain('identityPolicies[0].name');
  });

  it('gives the same scenario for the text and the value', () => {
    expect(parseScenario(EXAMPLE_TEXT).scenario).toEqual(parseScenario(EXAMPLE).scenario);
  });
});

describe('evaluate', () => {
  it('decides the README example with AWS message', () => {
    const { results, diagnostics } = evaluate(EXAMPLE_TEXT);
    expect(diagnostics).toEqual([]);
    expect(results.map((r) => [r.action, r.decision, r.deniedBy, r.message])).toEqual([
      ['ec2:DescribeInstances', 'Allowed', null, null],
      ['s3:ListAllMyBuckets', 'ImplicitDeny', 'boundary', S3_DENIED],
    ]);
  });

  it('gives diagnostics and no results for an invalid scenario', () => {
    const { results, diagnostics } = evaluate('[1, 2]');
    expect(results).toEqual([]);
    expect(diagnostics[0]?.severity).toBe('error');
  });
});

describe('analyze', () => {
  it('classifies every catalog action: only EC2 is effective', async () => {
    const { analysis, catalog: info, diagnostics } = await analyze(EXAMPLE);
    expect(diagnostics).toEqual([]);
    expect(info).toEqual({ source: catalog.source, version: catalog.version, date: catalog.date });
    expect(analysis?.actions.length).toBe(catalog.actions.length);
    const ec2 = catalog.findService('ec2')?.actions.length ?? 0;
    expect(ec2).toBeGreaterThan(0);
    expect(analysis?.regions.effectiveAllowed).toBe(ec2);
    const index = catalog.findAction('s3:ListAllMyBuckets')?.id ?? -1;
    expect(analysis?.action(index)).toMatchObject({
      effective: 'denied',
      region: 'identityOnly',
      deniedBy: { layer: 'boundary', explicit: false },
    });
  });

  it('limits the analysis to one service and synthesizes the effective policy', async () => {
    const result = await analyze(EXAMPLE_TEXT, { service: 'EC2' });
    expect(result.analysis?.actions.every((action) => action.service === 'ec2')).toBe(true);
    expect(result.analysis?.regions.effectiveAllowed).toBe(result.analysis?.actions.length);
    const policy = result.effectivePolicy();
    expect(policy?.exact).toBe(true);
    expect(policy?.document.Statement).toEqual([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }]);
    expect(result.effectivePolicy()).toBe(policy);
  });

  it('resolves an invalid scenario with its diagnostics and no analysis', async () => {
    const result = await analyze('{"version": 1, "principal": 42}');
    expect(result.analysis).toBeNull();
    expect(result.effectivePolicy()).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', path: 'principal' });
  });

  it('rejects a service the catalog does not have', async () => {
    await expect(analyze(EXAMPLE, { service: 'nope' })).rejects.toThrow(/unknown service "nope"/);
  });
});

describe('loadManagedPolicies', () => {
  it('reads the shipped AWS managed policies', async () => {
    const library = await loadManagedPolicies();
    const result = await library.document('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(result.ok && result.value.document).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
  });
});

describe('diff', () => {
  const widened = {
    ...EXAMPLE,
    permissionsBoundary: {
      name: 'ec2-boundary',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['ec2:*', 's3:ListAllMyBuckets'], Resource: '*' }],
      },
    },
  };

  it('finds what a scenario gains against another, over the shipped catalog or one service', async () => {
    const result = await diff(EXAMPLE_TEXT, widened);
    expect(result.catalog.version).toBe(catalog.version);
    expect(result.diff?.gained.map((entry) => entry.action)).toEqual(['s3:ListAllMyBuckets']);
    expect(result.diff?.summary.actions).toBe(catalog.actions.length);
    const s3 = await diff(widened, EXAMPLE, { service: 's3' });
    expect(s3.diff?.lost.map((entry) => entry.action)).toEqual(['s3:ListAllMyBuckets']);
    expect(s3.diff?.summary.actions).toBe(catalog.findService('s3')?.actions.length);
  });

  it('gives the diagnostics and no diff when either scenario is invalid', async () => {
    const result = await diff(EXAMPLE, '{"version": 1, "principal": 42}');
    expect(result.diff).toBeNull();
    expect(result.diagnostics.old).toEqual([]);
    expect(result.diagnostics.new[0]).toMatchObject({ severity: 'error', path: 'principal' });
    await expect(diff(EXAMPLE, EXAMPLE, { service: 'nope' })).rejects.toThrow(/unknown service "nope"/);
  });
});
