import { describe, expect, it } from 'vitest';

import { DEFAULT_SHARED_STATE, LIMITS } from './schema';
import { readWirePayload } from './validate';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const request = (extra: Record<string, unknown>): unknown => ({
  q: [{ a: 's3:GetObject', r: '*', ...extra }],
});

function problemOf(payload: unknown): string {
  const result = readWirePayload(payload);
  if (result.ok) throw new Error('expected the payload to be refused');
  return `${result.problem.path} ${result.problem.problem}`;
}

describe('readWirePayload: wrong types in every field', () => {
  it.each([
    [[], 'the payload must be an object'],
    ['text', 'the payload must be an object'],
    [null, 'the payload must be an object'],
    [{ p: 1 }, 'principal must be text'],
    [{ si: 5 }, 'sessionIssuer must be text'],
    [{ i: {} }, 'identityPolicies must be a list'],
    [{ i: ['x'] }, 'identityPolicies[0] must be an object'],
    [{ i: [[]] }, 'identityPolicies[0] must be an object'],
    [{ i: [{ t: '' }] }, 'identityPolicies[0].name must be text'],
    [{ i: [{ n: 'a', t: 3 }] }, 'identityPolicies[0].text must be text'],
    [{ i: [{ n: 'a' }] }, 'identityPolicies[0].text must be text'],
    [{ i: [{ n: 'a', m: 7 }] }, 'identityPolicies[0].managedArn must be text'],
    [
      { i: [{ n: 'a', m: 'arn:aws:iam::123456789012:policy/Mine' }] },
      'identityPolicies[0].managedArn is not the ARN of an AWS managed policy',
    ],
    [{ i: [{ n: 'a', t: '', m: ADMIN }] }, 'identityPolicies[0] has both a text and a managed policy ARN'],
    [{ b: 'text' }, 'permissionsBoundary must be an object'],
    [{ b: { n: 'b', t: false } }, 'permissionsBoundary.text must be text'],
    [{ sp: [] }, 'sessionPolicy must be an object'],
    [{ r: { n: 'r', t: '' } }, 'resourcePolicy.kind must be one of resource, kms-key, role-trust'],
    [
      { r: { n: 'r', t: '', k: 'bucket' } },
      'resourcePolicy.kind must be one of resource, kms-key, role-trust',
    ],
    [{ r: 1 }, 'resourcePolicy must be an object'],
    [{ scp: null }, 'serviceControlPolicies must be a list'],
    [{ scp: [{ p: [] }] }, 'serviceControlPolicies[0].target must be text'],
    [{ scp: [{ t: 'Root' }] }, 'serviceControlPolicies[0].policies must be a list'],
    [{ rcp: [{ t: 'Root', p: {} }] }, 'resourceControlPolicies[0].policies must be a list'],
    [
      { rcp: [{ t: 'Root', p: [{ n: 1, t: '' }] }] },
      'resourceControlPolicies[0].policies[0].name must be text',
    ],
    [{ q: 'x' }, 'requests must be a list'],
    [{ q: [null] }, 'requests[0] must be an object'],
    [{ q: [{ r: '*' }] }, 'requests[0].action must be text'],
    [request({ r: null }), 'requests[0].resource must be text'],
    [request({ ra: 1 }), 'requests[0].resourceAccount must be text'],
    [request({ c: [] }), 'requests[0].context must be an object'],
    [request({ c: { k: 1 } }), 'requests[0].context["k"] must be text or a list of texts'],
    [request({ c: { k: { v: 'x' } } }), 'requests[0].context["k"] must be text or a list of texts'],
    [request({ c: { k: ['a', 2] } }), 'requests[0].context["k"][1] must be text'],
    [{ t: false }, 'tab must be text'],
    [{ a: 1 }, 'selectedAction must be text'],
    [{ f: 'x' }, 'filters must be an object'],
    [{ f: { q: 1 } }, 'filters.search must be text'],
    [{ f: { s: [] } }, 'filters.service must be text'],
    [{ f: { l: {} } }, 'filters.accessLevel must be text'],
    [{ f: { g: true } }, 'filters.region must be text'],
  ])('%j → %s', (payload, expected) => {
    expect(problemOf(payload)).toBe(expected);
  });
});

describe('readWirePayload: caps', () => {
  const many = (count: number, item: unknown): unknown[] => Array.from({ length: count }, () => item);
  const policy = { n: 'p', t: '{}' };

  it.each([
    [
      'identityPolicies',
      { i: many(LIMITS.identityPolicies + 1, policy) },
      /^identityPolicies has 101 entries/,
    ],
    ['SCP levels', { scp: many(LIMITS.orgLevels + 1, { t: 'ou', p: [] }) }, /^serviceControlPolicies has 11/],
    [
      'policies of a level',
      { rcp: [{ t: 'Root', p: many(LIMITS.policiesPerLevel + 1, policy) }] },
      /policies has 51/,
    ],
    ['requests', { q: many(LIMITS.requests + 1, { a: 'x', r: '*' }) }, /^requests has 1001 entries/],
    [
      'context keys',
      request({ c: Object.fromEntries(many(LIMITS.contextKeys + 1, 0).map((_, i) => [`k${i}`, 'v'])) }),
      /^requests\[0\]\.context has 201 keys/,
    ],
    [
      'context values',
      request({ c: { k: many(LIMITS.contextValues + 1, 'v') } }),
      /context\["k"\] has 1001 entries/,
    ],
    [
      'policy text',
      { b: { n: 'b', t: 'x'.repeat(LIMITS.textLength + 1) } },
      /^permissionsBoundary\.text is longer than/,
    ],
    [
      'short strings',
      { p: 'x'.repeat(LIMITS.stringLength + 1) },
      /^principal is longer than 4096 characters/,
    ],
    [
      'context key names',
      request({ c: { ['k'.repeat(LIMITS.stringLength + 1)]: 'v' } }),
      /is too long a key/,
    ],
  ])('refuses too many or too long %s', (_name, payload, expected) => {
    expect(problemOf(payload)).toMatch(expected);
  });

  it('accepts arrays exactly at the cap', () => {
    const result = readWirePayload({ i: many(LIMITS.identityPolicies, policy) });
    expect(result.ok && result.state.identityPolicies.length).toBe(LIMITS.identityPolicies);
  });
});

describe('readWirePayload: merging and copying', () => {
  it('merges an empty payload onto the defaults', () => {
    expect(readWirePayload({})).toEqual({ ok: true, state: DEFAULT_SHARED_STATE });
  });

  it('reads null as "none" for nullable fields and the session issuer', () => {
    const result = readWirePayload({ b: null, si: null, a: null });
    expect(result.ok && result.state.permissionsBoundary).toBeNull();
    expect(result.ok && 'sessionIssuer' in result.state).toBe(false);
  });

  it('accepts AWS managed policies of every partition and of Organizations', () => {
    const arns = [
      'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess',
      'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaRole',
      'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    ];
    const result = readWirePayload({ i: arns.map((m) => ({ n: 'x', m })) });
    expect(
      result.ok && result.state.identityPolicies.map((p) => ('managedArn' in p ? p.managedArn : '')),
    ).toEqual(arns);
  });

  it('copies only known fields', () => {
    const result = readWirePayload({ x: 1, i: [{ n: 'a', t: '', extra: true }], f: { q: 'a', other: 'b' } });
    expect(result.ok && result.state.identityPolicies).toStrictEqual([{ name: 'a', text: '' }]);
    expect(result.ok && result.state.filters).toStrictEqual({ search: 'a' });
    expect(result.ok && 'x' in result.state).toBe(false);
  });

  it('does not read inherited properties as fields', () => {
    const payload = Object.create({ p: 'inherited', t: 'inherited' }) as object;
    expect(readWirePayload(payload)).toEqual({ ok: true, state: DEFAULT_SHARED_STATE });
  });

  it('ignores __proto__ members and leaves prototypes alone', () => {
    const payload: unknown = JSON.parse('{"__proto__": {"p": "polluted"}, "f": {"__proto__": {"q": "x"}}}');
    const result = readWirePayload(payload);
    expect(result).toEqual({ ok: true, state: { ...DEFAULT_SHARED_STATE, filters: {} } });
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});
