/** A scenario's effective-set assertions over its analysis. */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { analyzeScenario } from '../analysis/analyze';
import { ALLOW_ALL, compiledOf, doc } from '../analysis/testkit/scenarios';
import type { Analysis, CatalogAction } from '../analysis/types';
import { checkAssertions } from './assertions';

let analysis: Analysis;
let iamCount = 0;

beforeAll(() => {
  const actions: readonly CatalogAction[] = createNodeCatalog().actions.filter((action) =>
    ['ec2', 'iam', 'sts'].includes(action.service),
  );
  iamCount = actions.filter((action) => action.service === 'iam').length;
  const compiled = compiledOf({
    principal: 'arn:aws:sts::123456789012:assumed-role/dev/session',
    identity: [ALLOW_ALL],
    boundary: doc(
      { Effect: 'Allow', Action: ['ec2:*', 'iam:Get*'], Resource: '*' },
      { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*' },
    ),
  });
  analysis = analyzeScenario(compiled, actions);
});

describe('checkAssertions', () => {
  it('passes neverAllowed when every matching action is denied, and fails it on the allowed ones', () => {
    const [none, some] = checkAssertions(analysis, { neverAllowed: ['iam:Create*', 'iam:*'] });
    expect(none).toMatchObject({ kind: 'neverAllowed', pattern: 'iam:Create*', passed: true, offenders: [] });
    expect(some?.passed).toBe(false);
    expect(some?.matched).toBe(iamCount);
    expect(some?.offenders.every((o) => o.action.startsWith('iam:Get') && o.effective === 'allowed')).toBe(
      true,
    );
  });

  it('does not count what AWS always allows against neverAllowed', () => {
    const [sts] = checkAssertions(analysis, { neverAllowed: ['sts:*'] });
    expect(sts?.passed).toBe(true);
  });

  it('passes alwaysAllowed only when every matching action is allowed unconditionally', () => {
    const [describe, run, iam] = checkAssertions(analysis, {
      alwaysAllowed: ['ec2:Describe*', 'ec2:RunInstances', 'iam:*'],
    });
    expect(describe?.passed).toBe(true);
    expect(run).toMatchObject({ passed: true });
    expect(iam?.passed).toBe(false);
    expect(iam?.offenders[0]).toMatchObject({
      effective: 'denied',
      deniedBy: { layer: 'boundary', explicit: false },
    });
  });

  it('fails a pattern that matches no action', () => {
    const [typo] = checkAssertions(analysis, { alwaysAllowed: ['ec2:Descibe*'] });
    expect(typo).toMatchObject({ matched: 0, passed: false, offenders: [] });
  });
});
