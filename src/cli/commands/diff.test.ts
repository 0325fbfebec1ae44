import { describe, expect, it } from 'vitest';

import type { EffectiveDiff } from '../../engine';
import { createCliHarness, exampleScenario, expectUsageError } from '../testHarness';

const { file, cli } = createCliHarness('diff');

const before = file(JSON.stringify(exampleScenario()));
const after = file(JSON.stringify(exampleScenario(['ec2:*', 's3:ListAllMyBuckets'])));

function parsed(stdout: string): EffectiveDiff {
  return JSON.parse(stdout) as EffectiveDiff;
}

describe('iam-playground diff', () => {
  it('finds exactly s3:ListAllMyBuckets gained when the boundary adds it', async () => {
    const run = await cli('diff', before, after);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const diff = parsed(run.stdout);
    expect(diff.gained.map((entry) => entry.action)).toEqual(['s3:ListAllMyBuckets']);
    // Every field of an entry is printed (the engine's tests check their values).
    const [entry] = diff.gained;
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      [
        'accessLevel',
        'action',
        'deniedBy',
        'newAccess',
        'newClass',
        'newScope',
        'oldClass',
        'oldScope',
      ].sort(),
    );
    expect(entry?.deniedBy).toMatchObject({ layer: 'boundary', explicit: false });
    expect(diff.lost).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.summary).toMatchObject({ gained: 1, lost: 0, changed: 0, newAccess: 1 });
    expect(diff.summary.byService).toEqual({ s3: { gained: 1, lost: 0, changed: 0, newAccess: 1 } });
    expect(diff.summary.byAccessLevel).toEqual({ List: { gained: 1, lost: 0, changed: 0, newAccess: 1 } });
  });

  it('reads the other way round as one lost action, denied by the boundary', async () => {
    const diff = parsed((await cli('diff', after, before)).stdout);
    expect(diff.gained).toEqual([]);
    expect(diff.lost.map((entry) => [entry.action, entry.deniedBy])).toEqual([
      ['s3:ListAllMyBuckets', { layer: 'boundary', layerId: 'boundary', explicit: false }],
    ]);
  });

  it('prints a text report with counts per service and one line per action', async () => {
    const run = await cli('diff', before, after, '--format', 'text');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^1 gained, 0 lost, 0 changed of \d+ actions; 1 may add access$/);
    expect(run.stdout).toMatch(/^ {2}s3 +1 \/ 0 \/ 0$/m);
    expect(run.stdout).toContain(
      '  + s3:ListAllMyBuckets (List): denied → allowed, was denied (implicitly by the permissions boundary)',
    );
  });

  it('exits 1 only for the kinds --fail-on names, repeated or as a comma list', async () => {
    expect((await cli('diff', before, after, '--fail-on', 'lost')).code).toBe(0);
    expect((await cli('diff', before, after, '--fail-on', 'gained')).code).toBe(1);
    expect((await cli('diff', before, after, '--fail-on', 'lost,changed')).code).toBe(0);
    expect((await cli('diff', before, after, '--fail-on', 'lost', '--fail-on', 'gained')).code).toBe(1);
    expect((await cli('diff', after, before, '--fail-on', 'changed,lost')).code).toBe(1);
  });

  it('compares one service with --service', async () => {
    const ec2 = parsed((await cli('diff', before, after, '--service', 'ec2')).stdout);
    expect(ec2.gained).toEqual([]);
    expect(ec2.summary.actions).toBeGreaterThan(100);
    const s3 = parsed((await cli('diff', before, after, '--service', 's3')).stdout);
    expect(s3.gained.map((entry) => entry.action)).toEqual(['s3:ListAllMyBuckets']);
  });

  it('reports a changed scope: the boundary narrows ec2 to one region', async () => {
    const narrowed = exampleScenario();
    const boundary = narrowed.permissionsBoundary as { document: { Statement: Record<string, unknown>[] } };
    boundary.document.Statement[0] = {
      Effect: 'Allow',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    };
    const narrowedFile = file(JSON.stringify(narrowed));
    const diff = parsed((await cli('diff', before, narrowedFile, '--service', 'ec2')).stdout);
    expect(diff.gained).toEqual([]);
    expect(diff.lost).toEqual([]);
    expect(diff.changed.length).toBe(diff.summary.actions);
    const runInstances = diff.changed.find((entry) => entry.action === 'ec2:RunInstances');
    expect(runInstances).toMatchObject({ oldClass: 'allowed', newClass: 'conditional', newAccess: false });
    expect(JSON.stringify(runInstances?.newScope)).toContain('aws:RequestedRegion');
    // Narrowing adds no access; widening back does.
    expect(diff.summary.newAccess).toBe(0);
    const widened = parsed((await cli('diff', narrowedFile, before, '--service', 'ec2')).stdout);
    expect(widened.summary).toMatchObject({ changed: diff.summary.actions, newAccess: diff.summary.actions });
  });

  it('rejects bad input with exit 2', async () => {
    expectUsageError(await cli('diff', before), /diff: missing argument/);
    expectUsageError(await cli('diff', before, after, after), /unexpected argument/);
    expectUsageError(await cli('diff', before, after, '--service', 'nosuch'), /unknown service "nosuch"/);
    expectUsageError(await cli('diff', before, after, '--fail-on', 'more'), /fail-on/);
    expectUsageError(await cli('diff', before, file('{')), /scenario-\d+\.json/);
  });
});
