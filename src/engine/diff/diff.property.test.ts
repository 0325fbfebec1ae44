/**
 * Properties of the diff over generated scenarios: a scenario against itself differs in
 * nothing; what a→b gains, b→a loses (and the changed actions are the same both ways); and
 * "no new access" is sound — when the diff says an action adds nothing, every request for it
 * that the new scenario allows, the evaluator finds the old scenario allows too.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { analyzeScenario } from '../analysis/analyze';
import { compiledOf, doc, type Json, type ScenarioParts } from '../analysis/testkit/scenarios';
import { randomResource, resourceWithin, satisfyingContext, termLists } from '../analysis/testkit/requests';
import type { Analysis, CatalogAction } from '../analysis/types';
import { evaluateRequest } from '../evaluate';
import type { ContextValue, Request } from '../types';
import { diffAnalyses } from './diff';
import type { EffectiveDiff } from './types';

const ACCOUNT = '123456789012';
const SERVICES = ['s3', 'sqs', 'sts'];
let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions.filter((action) => SERVICES.includes(action.service));
});

const ACTIONS = [
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:PutObject',
  's3:List*',
  'sqs:*',
  'sqs:SendMessage',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-a/logs/*',
  'arn:aws:s3:::bucket-*',
  `arn:aws:sqs:*:${ACCOUNT}:queue-1`,
  'arn:aws:sqs:*:*:*',
];
const FILLERS = ['bucket-a', 'bucket-b', 'logs', 'queue-1', 'us-east-1', ACCOUNT, 'x'];
const CONDITIONS: Json[] = [
  { StringEquals: { 'aws:ResourceTag/team': ['red'] } },
  { StringEquals: { 'aws:ResourceTag/team': ['red', 'blue'] } },
  { StringLike: { 'aws:ResourceTag/team': ['r*'] } },
  { StringNotEquals: { 'aws:PrincipalTag/role': ['banned'] } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringEqualsIfExists: { 'aws:RequestTag/env': ['prod'] } },
];

const statement = (effect: 'Allow' | 'Deny') =>
  fc
    .record({
      actions: fc.uniqueArray(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 2 }),
      notResource: fc.boolean(),
      resources: fc.uniqueArray(fc.constantFrom(...RESOURCES), { minLength: 1, maxLength: 2 }),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { freq: 2 }),
    })
    .map(({ actions: list, notResource, resources, condition }): Json => ({
      Effect: effect,
      Action: list,
      [notResource ? 'NotResource' : 'Resource']: resources,
      ...(condition === null ? {} : { Condition: condition }),
    }));

const policy = fc
  .tuple(
    fc.array(statement('Allow'), { minLength: 1, maxLength: 3 }),
    fc.array(statement('Deny'), { maxLength: 1 }),
  )
  .map(([allows, denies]) => doc(...allows, ...denies));

/** Scenario parts, compiled inside each property so that a counterexample prints as policies. */
const scenario = fc
  .record({
    identity: fc.array(policy, { minLength: 1, maxLength: 2 }),
    boundary: fc.option(policy, { freq: 3 }),
  })
  .map(({ identity, boundary }): ScenarioParts => ({ identity, ...(boundary === null ? {} : { boundary }) }));

const analysed = (parts: ScenarioParts) => analyzeScenario(compiledOf(parts), actions);
const names = (entries: readonly { action: string }[]) => entries.map((entry) => entry.action);

/** Requests for the action at `index` that `analysis`' scope (or any resource) points at. */
function candidateRequests(analysis: Analysis, index: number, pick: (i: number) => string): Request[] {
  const action = actions[index] as CatalogAction;
  const requests: { resource: string; context: Record<string, ContextValue> }[] = [
    { resource: randomResource(action, 0, pick), context: {} },
  ];
  for (const term of analysis.scope(index)?.allowedWhen ?? []) {
    const resource = resourceWithin(action, termLists(term), term.notResources);
    const context = satisfyingContext(term.conditions);
    if (resource !== null && context !== null) requests.push({ resource, context });
  }
  return requests.map(({ resource, context }) => ({
    action: action.fullName,
    resource,
    resourceAccount: ACCOUNT,
    context,
  }));
}

function addsNothing(diff: EffectiveDiff, name: string): boolean {
  return ![...diff.gained, ...diff.changed].some((entry) => entry.action === name && entry.newAccess);
}

describe('diff properties', () => {
  it('is empty for a scenario and itself', () => {
    fc.assert(
      fc.property(scenario, (parts) => {
        const diff = diffAnalyses(analysed(parts), analysed(parts));
        expect([diff.gained.length, diff.lost.length, diff.changed.length]).toEqual([0, 0, 0]);
      }),
      { numRuns: 25 },
    );
  });

  it('gains a→b exactly what it loses b→a, and changes the same actions', () => {
    fc.assert(
      fc.property(scenario, scenario, (a, b) => {
        const [left, right] = [analysed(a), analysed(b)];
        const forward = diffAnalyses(left, right);
        const backward = diffAnalyses(right, left);
        expect(names(forward.gained)).toEqual(names(backward.lost));
        expect(names(forward.lost)).toEqual(names(backward.gained));
        expect(names(forward.changed)).toEqual(names(backward.changed));
      }),
      { numRuns: 40 },
    );
  });

  it('says "no new access" only when the old scenario allows every request the new one does', () => {
    fc.assert(
      fc.property(
        scenario,
        scenario,
        fc.array(fc.constantFrom(...FILLERS), { minLength: 8, maxLength: 8 }),
        (a, b, fillers) => {
          const [old, now] = [compiledOf(a), compiledOf(b)];
          const [before, after] = [analyzeScenario(old, actions), analyzeScenario(now, actions)];
          const diff = diffAnalyses(before, after);
          const pick = (i: number) => fillers[i % fillers.length] as string;
          actions.forEach((action, index) => {
            if (after.effective(index) === 'denied' || !addsNothing(diff, action.fullName)) return;
            for (const request of candidateRequests(after, index, pick)) {
              if (evaluateRequest(now, request).decision !== 'Allowed') continue;
              expect(evaluateRequest(old, request).decision, JSON.stringify(request)).toBe('Allowed');
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
