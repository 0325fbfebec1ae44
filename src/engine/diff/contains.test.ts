/**
 * Proven scope containment, through the diff of two one-policy scenarios: whether the new
 * policy may allow an s3:GetObject request the old one does not.
 */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { compiledOf, doc } from '../analysis/testkit/scenarios';
import type { CatalogAction } from '../analysis/types';
import { diffScenarios } from './diff';

let s3: readonly CatalogAction[] = [];

beforeAll(() => {
  s3 = createNodeCatalog().actions.filter((action) => action.service === 's3');
});

type Json = Record<string, unknown>;

const allow = (resource: unknown, condition?: Json): Json => ({
  Effect: 'Allow',
  Action: 's3:GetObject',
  ...(typeof resource === 'object' && resource !== null && 'not' in resource
    ? { NotResource: (resource as { not: unknown }).not }
    : { Resource: resource }),
  ...(condition === undefined ? {} : { Condition: condition }),
});
const deny = (resource: string, condition?: Json): Json => ({
  Effect: 'Deny',
  Action: 's3:GetObject',
  Resource: resource,
  ...(condition === undefined ? {} : { Condition: condition }),
});

/** Whether `after` may allow an s3:GetObject request `before` denies, as the diff says. */
function newAccess(before: Json[], after: Json[]): boolean {
  const diff = diffScenarios(
    compiledOf({ identity: [doc(...before)] }),
    compiledOf({ identity: [doc(...after)] }),
    s3,
  );
  const entry = [...diff.gained, ...diff.lost, ...diff.changed].find((e) => e.action === 's3:GetObject');
  return entry?.newAccess ?? false;
}

const TAG = (values: string[]) => ({ StringEquals: { 'aws:ResourceTag/team': values } });

describe('proving that a new scope lies inside the old one', () => {
  it.each<[string, Json[], Json[], boolean]>([
    ['a narrower resource', [allow('arn:aws:s3:::b/*')], [allow('arn:aws:s3:::b/logs/*')], false],
    ['a wider resource', [allow('arn:aws:s3:::b/logs/*')], [allow('arn:aws:s3:::b/*')], true],
    [
      'a resource in one of several',
      [allow(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'])],
      [allow('arn:aws:s3:::b/x')],
      false,
    ],
    ['a condition added', [allow('arn:aws:s3:::b/*')], [allow('arn:aws:s3:::b/*', TAG(['red']))], false],
    ['a condition removed', [allow('arn:aws:s3:::b/*', TAG(['red']))], [allow('arn:aws:s3:::b/*')], true],
    ['fewer condition values', [allow('*', TAG(['red', 'blue']))], [allow('*', TAG(['red']))], false],
    ['more condition values', [allow('*', TAG(['red']))], [allow('*', TAG(['red', 'blue']))], true],
    [
      'a resource outside an old NotResource',
      [allow({ not: 'arn:aws:s3:::secret/*' })],
      [allow('arn:aws:s3:::public/*')],
      false,
    ],
    [
      'a resource reaching into an old NotResource',
      [allow({ not: 'arn:aws:s3:::secret/*' })],
      [allow('arn:aws:s3:::*')],
      true,
    ],
    [
      'the old Deny kept',
      [allow('*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))],
      [allow('arn:aws:s3:::b/*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))],
      false,
    ],
    [
      'the old Deny widened',
      [allow('*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))],
      [allow('*'), deny('arn:aws:s3:::b/*', TAG(['x']))],
      false,
    ],
    ['the old Deny dropped', [allow('*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))], [allow('*')], true],
    [
      'the old Deny narrowed',
      [allow('*'), deny('arn:aws:s3:::b/*', TAG(['x']))],
      [allow('*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))],
      true,
    ],
    [
      'a grant the old Deny cannot reach',
      [allow('*'), deny('arn:aws:s3:::b/secret/*', TAG(['x']))],
      [allow('arn:aws:s3:::other/*')],
      false,
    ],
  ])('%s', (_, before, after, expected) => {
    expect(newAccess(before, after)).toBe(expected);
  });
});
