import { describe, expect, it, vi } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluateRequest';
import { ARNS, policy, request, scenario, stmt } from '../evaluate/testkit';
import { parsePolicy } from '../parse/parsePolicy';
import type * as ParsePolicyModule from '../parse/parsePolicy';
import { compileScenario } from './compile';

vi.mock('../parse/parsePolicy', async (importOriginal) => {
  const original = await importOriginal<typeof ParsePolicyModule>();
  return { parsePolicy: vi.fn(original.parsePolicy) };
});

const p = (name: string) => policy(name, stmt('Allow', '*'));
const withPrincipal = (name: string) => policy(name, stmt('Allow', '*', '*', { Principal: '*' }));

describe('compileScenario', () => {
  it('parses each policy once with its policy type, however many requests follow', () => {
    const parse = vi.mocked(parsePolicy);
    parse.mockClear();
    const compiled = compileScenario(
      scenario({
        principal: ARNS.session,
        identityPolicies: [p('a'), p('b')],
        permissionsBoundary: p('boundary'),
        sessionPolicy: p('session'),
        resourcePolicy: { ...withPrincipal('trust'), kind: 'role-trust' },
        serviceControlPolicies: [{ target: 'Root', policies: [p('scp')] }],
        resourceControlPolicies: [{ target: 'Root', policies: [withPrincipal('rcp')] }],
      }),
    );
    for (let i = 0; i < 200; i++) evaluateRequest(compiled, request(`s3:Get${i}`, ARNS.object));
    expect(parse.mock.calls.map(([, type]) => type).sort()).toEqual(
      ['boundary', 'identity', 'identity', 'rcp', 'role-trust', 'scp', 'session'].sort(),
    );
  });

  it.each([
    ['kms-key', 'kms-key'],
    ['resource', 'resource'],
  ] as const)('parses a %s resource policy as %s', (kind, type) => {
    const parse = vi.mocked(parsePolicy);
    parse.mockClear();
    compileScenario(scenario({ resourcePolicy: { ...withPrincipal('r'), kind } }));
    expect(parse.mock.calls.map(([, t]) => t)).toEqual([type]);
  });

  it('keeps every policy parse result and reports its diagnostics with the document path', () => {
    const compiled = compileScenario(
      scenario({
        identityPolicies: [p('ok'), { name: 'broken', document: '{"Statement": [{"Effect": "allow"}]}' }],
      }),
    );
    expect(compiled.identity.map((c) => c.parse.policy !== null)).toEqual([true, true]);
    expect(compiled.identity[1]?.parse.diagnostics.length).toBeGreaterThan(0);
    expect(compiled.diagnostics.length).toBe(compiled.identity[1]?.parse.diagnostics.length);
    expect(compiled.diagnostics.every((d) => d.path?.startsWith('identityPolicies[1].document'))).toBe(true);
  });

  it('drops identity policies and the boundary of the root user', () => {
    const compiled = compileScenario(
      scenario({
        principal: ARNS.root,
        identityPolicies: [p('a')],
        permissionsBoundary: p('b'),
        sessionPolicy: p('s'),
      }),
    );
    expect([compiled.identity.length, compiled.boundary, compiled.session]).toEqual([0, null, null]);
  });

  it('keeps the session policy only for sessions', () => {
    expect(compileScenario(scenario({ sessionPolicy: p('s') })).session).toBeNull();
    expect(
      compileScenario(scenario({ principal: ARNS.federated, sessionPolicy: p('s') })).session?.name,
    ).toBe('s');
  });

  it('derives the caller context once', () => {
    const compiled = compileScenario(scenario());
    expect(compiled.baseContext.get('aws:username')).toEqual({
      key: 'aws:username',
      values: ['Alice'],
      multivalued: false,
    });
    expect(compiled.baseContext.get('aws:principalarn')?.values).toEqual([ARNS.user]);
  });

  it('reports an unusable principal instead of throwing', () => {
    const compiled = compileScenario(scenario({ principal: 'not-an-arn' }));
    expect(compiled.diagnostics[0]).toMatchObject({
      code: 'scenario-principal',
      severity: 'error',
      path: 'principal',
    });
    expect(evaluateRequest(compiled, request('s3:GetObject')).decision).toBe('ImplicitDeny');
  });
});
