import { describe, expect, it } from 'vitest';

import {
  compileScenario,
  evaluateRequest,
  parsePolicy,
  parseScenario,
  type Scenario,
} from '../../src/engine';
import {
  EXAMPLE_REQUESTS,
  exampleScenario,
  heavyRequests,
  heavyScenario,
  policyTextOfSize,
} from './scenarios';

function compiled(scenario: Scenario) {
  const parsed = parseScenario(scenario);
  expect(parsed.diagnostics).toEqual([]);
  const result = compileScenario(parsed.scenario as Scenario);
  expect(result.diagnostics.filter((d) => d.severity !== 'suggestion')).toEqual([]);
  return result;
}

describe('bench inputs', () => {
  it('the example allows EC2 and cuts S3 at the boundary', () => {
    const scenario = compiled(exampleScenario());
    const [ec2, s3] = EXAMPLE_REQUESTS.map((r) => evaluateRequest(scenario, r));
    expect(ec2?.decision).toBe('Allowed');
    expect(s3?.decision).toBe('ImplicitDeny');
    expect(s3?.deniedBy).toBe('boundary');
  });

  it('the heavy scenario has 10 × 20 statements with the promised mix of elements and operators', () => {
    const scenario = compiled(heavyScenario());
    expect(scenario.identity).toHaveLength(10);
    const statements = scenario.identity.flatMap((p) => p.parse.policy?.statements ?? []);
    expect(statements).toHaveLength(200);
    expect(statements.every((s) => s.valid)).toBe(true);
    const operators = new Set(statements.flatMap((s) => s.conditions.map((c) => c.baseOperator)));
    for (const op of ['StringEquals', 'StringLike', 'IpAddress', 'DateLessThan', 'Bool', 'ArnLike']) {
      expect(operators).toContain(op);
    }
    expect(statements.some((s) => s.effect === 'Deny')).toBe(true);
    expect(statements.some((s) => s.action?.kind === 'NotAction')).toBe(true);
    expect(statements.some((s) => s.resource?.kind === 'NotResource')).toBe(true);
    expect(scenario.boundary).not.toBeNull();
  });

  it('the heavy requests reach every kind of decision', () => {
    const scenario = compiled(heavyScenario());
    const requests = heavyRequests();
    expect(requests.length).toBeGreaterThanOrEqual(20);
    expect(requests.some((r) => Object.keys(r.context).length > 0)).toBe(true);
    const outcomes = new Set(
      requests.map((r) => {
        const result = evaluateRequest(scenario, r);
        return `${result.decision}:${result.deniedBy}`;
      }),
    );
    for (const outcome of ['Allowed:null', 'ExplicitDeny:identity', 'ExplicitDeny:boundary']) {
      expect(outcomes).toContain(outcome);
    }
    expect([...outcomes].some((o) => o.startsWith('ImplicitDeny'))).toBe(true);
  });

  it('policyTextOfSize reaches the size with a valid policy, and not much beyond it', () => {
    const text = policyTextOfSize(6144);
    expect(text.length).toBeGreaterThanOrEqual(6144);
    expect(text.length).toBeLessThan(6144 + 1000);
    const parsed = parsePolicy(text, 'identity');
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
