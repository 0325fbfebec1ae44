import { describe, expect, it } from 'vitest';
import * as engine from '../index';
import { evaluateScenario } from './evaluateScenario';

const USER = 'arn:aws:iam::111122223333:user/Alice';
const SCENARIO = {
  version: 1,
  principal: USER,
  identityPolicies: [
    { name: 'legacy', document: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
  ],
  requests: [
    { action: 's3:GetObject', resource: '*' },
    { action: 'ec2:RunInstances', resource: '*' },
  ],
};

describe('evaluateScenario', () => {
  it('returns one result per request, in order', () => {
    const { results } = evaluateScenario(SCENARIO);
    expect(results.map((r) => [r.action, r.decision])).toEqual([
      ['s3:GetObject', 'Allowed'],
      ['ec2:RunInstances', 'ImplicitDeny'],
    ]);
  });

  it('reports policy diagnostics with the path of their document', () => {
    const { diagnostics } = evaluateScenario(SCENARIO);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.path === 'identityPolicies[0].document')).toBe(true);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });

  it('accepts the scenario as JSON text, reading an object document as its text in the file', () => {
    const [policy] = SCENARIO.identityPolicies;
    const asText = {
      ...SCENARIO,
      identityPolicies: [{ ...policy, document: JSON.stringify(policy?.document) }],
    };
    expect(evaluateScenario(JSON.stringify(SCENARIO))).toEqual(evaluateScenario(asText));
    const decisions = (run: ReturnType<typeof evaluateScenario>) => run.results.map((r) => r.decision);
    expect(decisions(evaluateScenario(JSON.stringify(SCENARIO)))).toEqual(
      decisions(evaluateScenario(SCENARIO)),
    );
  });

  it('returns no results for an invalid scenario', () => {
    const { diagnostics, results } = evaluateScenario({ version: 1 });
    expect(results).toEqual([]);
    expect(diagnostics.map((d) => d.path)).toEqual(['principal']);
    expect(evaluateScenario('{').diagnostics[0]?.code).toBe('scenario-json-syntax');
  });
});

describe('engine entry point', () => {
  it.each([
    'parsePolicy',
    'parseScenario',
    'parseScenarioText',
    'compileScenario',
    'evaluateRequest',
    'evaluateScenario',
    'formatAccessDenied',
    'describeReason',
    'describeLayer',
    'parseCaller',
    'actionMatches',
    'resourceMatches',
  ])('exports %s', (name) => {
    expect(typeof (engine as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the diagnostic code tables and the layer list', () => {
    expect(Object.keys(engine.DIAGNOSTIC_CODES).length).toBeGreaterThan(0);
    expect(Object.keys(engine.SCENARIO_DIAGNOSTIC_CODES)).toContain('scenario-json-syntax');
    expect(engine.LAYERS).toEqual([
      'rcp',
      'scp',
      'vpcEndpoint',
      'resource',
      'identity',
      'boundary',
      'session',
    ]);
  });
});
