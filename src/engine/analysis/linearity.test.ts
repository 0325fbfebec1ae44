/**
 * The whole-catalog analysis with an Action that made the former RegExp translation backtrack
 * (`effective --service ec2` with ten `?*` pairs did not finish in two minutes): each catalog
 * name is matched once, within the linear matcher's step bound.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { globStepCount } from '../match/glob';
import { analyzeScenario } from './analyze';
import { compiledOf, doc } from './testkit/scenarios';
import type { CatalogAction } from './types';

let ec2: readonly CatalogAction[] = [];

beforeAll(() => {
  ec2 = createNodeCatalog().actions.filter((action) => action.service === 'ec2');
});

describe('analysis of an adversarial Action pattern', () => {
  it.each([
    ['ends in a letter no name ends with', 'Q'],
    ['ends in a letter many names end with', 's'],
  ])('ten `?*` pairs that %s: linear, and the same actions as a plain reading', (_, last) => {
    const pattern = `ec2:${'?*'.repeat(10)}${last}`;
    const compiled = compiledOf({ identity: [doc({ Effect: 'Allow', Action: pattern, Resource: '*' })] });
    const before = globStepCount();
    const analysis = analyzeScenario(compiled, ec2);
    const steps = globStepCount() - before;

    // Each name is matched at most once, each run within (|name| + 1) · (|pattern| + 1) steps.
    const bound = ec2.reduce((sum, action) => sum + (action.fullName.length + 1) * (pattern.length + 1), 0);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound);
    // `?*` ten times is "at least ten characters": the names the pattern stands for.
    const expected = ec2
      .filter((action) => action.name.length >= 11 && action.name.toLowerCase().endsWith(last.toLowerCase()))
      .map((action) => action.fullName);
    const allowed = ec2
      .filter((_, i) => analysis.layerClass(0, i) === 'all')
      .map((action) => action.fullName);
    expect(allowed).toEqual(expected);
  });
});
