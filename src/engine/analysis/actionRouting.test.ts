/**
 * The statements the analysis routes to each action are exactly those whose Action/NotAction
 * matches it as the evaluator matches actions, in policy order: routing by name lookups,
 * sorted ranges, three-character runs and shared lists must not change the answer.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { actionMatches } from '../match/action';
import { catalogIndex } from './catalogIndex';
import { prepareLayers } from './prepare';
import { compiledOf, doc } from './testkit/scenarios';
import type { CatalogAction } from './types';

const SERVICES = ['s3', 's3express', 'sqs', 'ec2', 'iam', 'kms', 'sts'];
let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions.filter((action) => SERVICES.includes(action.service));
});

/** Action patterns: catalog names with parts replaced by wildcards, other cases, other services. */
const pattern = fc.oneof(
  fc.constantFrom('*', 's3:*', '*:Get*', 's3*:Get*', '?3:*Object', 'ec2:*Instances', 'IAM:createuser', 'x:y'),
  fc
    .tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('*', '?', '', 'upper'))
    .map(([which, from, length, how]) => {
      const name = (actions[which % actions.length] as CatalogAction).fullName;
      const start = from % (name.length + 1);
      const end = Math.min(name.length, start + (length % 6));
      if (how === 'upper') return name.toUpperCase();
      return name.slice(0, start) + how + name.slice(end);
    }),
);
const statement = fc.record({
  notAction: fc.boolean(),
  patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
});

describe('routing statements to actions', () => {
  it('property: each action sees the statements whose Action/NotAction matches it, in order', () => {
    const catalog = () => catalogIndex(actions);
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (list) => {
        const compiled = compiledOf({
          identity: [
            doc(
              ...list.map((s) => ({
                Effect: 'Allow',
                [s.notAction ? 'NotAction' : 'Action']: s.patterns,
                Resource: '*',
              })),
            ),
          ],
        });
        const [layer] = prepareLayers(compiled);
        if (layer === undefined) throw new Error('no identity layer');
        for (let action = 0; action < actions.length; action += 7) {
          const name = (actions[action] as CatalogAction).fullName;
          const expected = layer.statements.filter(
            (s) => s.source.actions.some((p) => actionMatches(p, name)) !== s.source.notAction,
          );
          expect(layer.forAction(catalog(), action).map((s) => s.id)).toEqual(expected.map((s) => s.id));
        }
      }),
      { numRuns: 60 },
    );
  });
});
