/**
 * The effective-set difference over the real catalog: the README's example and its one-action
 * change, gained/lost/changed, structural scope comparison, and the counts.
 */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { analyzeScenario } from '../analysis/analyze';
import { ALLOW_ALL, compiledOf, doc, type ScenarioParts } from '../analysis/testkit/scenarios';
import type { CatalogAction } from '../analysis/types';
import { diffAnalyses, diffScenarios } from './diff';

let actions: readonly CatalogAction[] = [];
let s3: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions;
  s3 = actions.filter((action) => action.service === 's3');
});

const SESSION = 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession';
const EC2_ONLY = { Effect: 'Allow', Action: 'ec2:*', Resource: '*' };
const LIST_BUCKETS = { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };

const example = (...extra: object[]): ScenarioParts => ({
  principal: SESSION,
  identity: [ALLOW_ALL],
  boundary: doc(EC2_ONLY, ...(extra as Record<string, unknown>[])),
});
const diffOf = (before: ScenarioParts, after: ScenarioParts, over = s3) =>
  diffScenarios(compiledOf(before), compiledOf(after), over);
const names = (entries: readonly { action: string }[]) => entries.map((entry) => entry.action);

describe('diffScenarios', () => {
  it('finds exactly s3:ListAllMyBuckets gained when the example boundary adds it', () => {
    const diff = diffScenarios(compiledOf(example()), compiledOf(example(LIST_BUCKETS)), actions);
    expect(names(diff.gained)).toEqual(['s3:ListAllMyBuckets']);
    expect(diff.lost).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.gained[0]).toEqual({
      action: 's3:ListAllMyBuckets',
      accessLevel: 'List',
      oldClass: 'denied',
      newClass: 'allowed',
      oldScope: null,
      newScope: null,
      deniedBy: { layerId: 'boundary', layer: 'boundary', explicit: false },
      newAccess: true,
    });
    expect(diff.summary).toMatchObject({
      gained: 1,
      lost: 0,
      changed: 0,
      newAccess: 1,
      actions: actions.length,
    });
    expect(diff.summary.byService).toEqual({ s3: { gained: 1, lost: 0, changed: 0, newAccess: 1 } });
    expect(diff.summary.byAccessLevel).toEqual({ List: { gained: 1, lost: 0, changed: 0, newAccess: 1 } });
  });

  it('reports the same action lost the other way, with the layer that now denies it', () => {
    const diff = diffScenarios(compiledOf(example(LIST_BUCKETS)), compiledOf(example()), actions);
    expect(names(diff.lost)).toEqual(['s3:ListAllMyBuckets']);
    expect(diff.lost[0]?.deniedBy).toEqual({ layerId: 'boundary', layer: 'boundary', explicit: false });
    expect(diff.lost[0]?.newAccess).toBe(false);
    expect(diff.summary).toMatchObject({ gained: 0, lost: 1, newAccess: 0 });
  });

  it('names an explicit deny on the denied side', () => {
    const deny = doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' });
    const diff = diffOf({ identity: [ALLOW_ALL, deny] }, { identity: [ALLOW_ALL] });
    expect(names(diff.gained)).toEqual(['s3:GetObject']);
    expect(diff.gained[0]?.deniedBy).toEqual({ layerId: 'identity', layer: 'identity', explicit: true });
  });

  it('marks a narrowed resource scope as changed without new access, and the widening as new access', () => {
    const wide = {
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })],
    };
    const narrow = {
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/x/*' })],
    };
    const narrowing = diffOf(wide, narrow);
    expect(names(narrowing.changed)).toEqual(['s3:GetObject']);
    expect(narrowing.changed[0]).toMatchObject({
      oldClass: 'conditional',
      newClass: 'conditional',
      newAccess: false,
    });
    expect(narrowing.changed[0]?.oldScope?.allowedWhen[0]?.resources).toEqual([['arn:aws:s3:::b/*']]);
    expect(narrowing.changed[0]?.newScope?.allowedWhen[0]?.resources).toEqual([['arn:aws:s3:::b/x/*']]);
    expect(narrowing.summary.newAccess).toBe(0);
    const widening = diffOf(narrow, wide);
    expect(widening.changed[0]?.newAccess).toBe(true);
    expect(widening.summary).toMatchObject({ changed: 1, newAccess: 1 });
  });

  it('treats allowed → conditional as a change that adds nothing, and the reverse as new access', () => {
    const all = { identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })] };
    const some = {
      identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })],
    };
    expect(diffOf(all, some).changed[0]).toMatchObject({
      oldClass: 'allowed',
      newClass: 'conditional',
      newAccess: false,
    });
    expect(diffOf(some, all).changed[0]).toMatchObject({
      oldClass: 'conditional',
      newClass: 'allowed',
      newAccess: true,
    });
  });

  it('compares scopes structurally: order, duplicates, policy names and statement positions do not count', () => {
    const before = {
      identity: [
        doc(
          { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] },
          {
            Effect: 'Deny',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::a/secret/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ),
      ],
    };
    const after = {
      identity: [
        doc({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::c' }),
        doc(
          {
            Effect: 'Deny',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::a/secret/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'],
          },
        ),
      ],
    };
    const diff = diffOf(before, after);
    expect(names(diff.gained)).toEqual(['s3:ListBucket']);
    expect(diff.changed).toEqual([]);
  });

  it('sees a scope changed by a Deny alone', () => {
    const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const deny = {
      Effect: 'Deny',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/x',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
    const diff = diffOf({ identity: [doc(allow)] }, { identity: [doc(allow, deny)] });
    expect(diff.changed.map((entry) => [entry.action, entry.newAccess])).toEqual([['s3:GetObject', false]]);
    expect(diffOf({ identity: [doc(allow, deny)] }, { identity: [doc(allow)] }).changed[0]?.newAccess).toBe(
      true,
    );
  });

  it('is empty for a scenario and itself', () => {
    const parts = example(LIST_BUCKETS);
    const diff = diffScenarios(compiledOf(parts), compiledOf(parts), actions);
    expect([diff.gained, diff.lost, diff.changed]).toEqual([[], [], []]);
    expect(diff.summary).toMatchObject({ gained: 0, lost: 0, changed: 0, newAccess: 0, byService: {} });
  });
});

describe('diffAnalyses', () => {
  it('refuses analyses of different action lists', () => {
    const compiled = compiledOf({ identity: [ALLOW_ALL] });
    const ec2 = actions.filter((action) => action.service === 'ec2');
    expect(() => diffAnalyses(analyzeScenario(compiled, s3), analyzeScenario(compiled, ec2))).toThrow(
      RangeError,
    );
  });

  it('never proves containment for a truncated new scope', () => {
    const grants = ['a', 'b', 'c'].map((bucket) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::${bucket}/*`,
      Condition: { StringEquals: { [`aws:RequestTag/${bucket}`]: 'x' } },
    }));
    const compiled = compiledOf({ identity: [doc(...grants)], boundary: doc(...grants) });
    const full = analyzeScenario(compiled, s3);
    const truncated = analyzeScenario(compiled, s3, { maxTerms: 2 });
    const index = s3.findIndex((action) => action.fullName === 's3:GetObject');
    expect(truncated.scope(index)?.truncated).toBe(true);
    const diff = diffAnalyses(full, truncated);
    expect(diff.changed.find((entry) => entry.action === 's3:GetObject')?.newAccess).toBe(true);
  });
});
