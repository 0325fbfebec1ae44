/**
 * The explanation's sample request: for a conditional action, one inside the scope that the
 * engine allows (resource within the scope's patterns, context meeting its conditions), or none
 * at all rather than a misleading denied one.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { Catalog } from '../catalog';
import { createNodeCatalog } from '../catalog/node';
import { compileScenario, parseScenario, resourceMatches, type CompiledScenario } from '../engine';
import { buildAnalysisSnapshot, explainAction, sampleResource } from './analysis';
import { EFFECTIVE_CLASSES } from './protocol';

let catalog: Catalog;
beforeAll(() => {
  catalog = createNodeCatalog();
});

/** An IAM user with one identity policy of these statements. */
function compiled(...statements: Record<string, unknown>[]): CompiledScenario {
  const parsed = parseScenario({
    version: 1,
    principal: 'arn:aws:iam::123456789012:user/alice',
    identityPolicies: [{ name: 'p', document: { Version: '2012-10-17', Statement: statements } }],
    requests: [],
  });
  if (parsed.scenario === null) throw new Error(JSON.stringify(parsed.diagnostics));
  return compileScenario(parsed.scenario);
}

/** The action's effective class in the analysis, to be sure a case is the conditional one. */
function effectiveClass(scenario: CompiledScenario, name: string): string | undefined {
  const snapshot = buildAnalysisSnapshot(scenario, catalog);
  const id = catalog.findAction(name)?.id ?? -1;
  return EFFECTIVE_CLASSES[snapshot.effective[id] ?? -1];
}

const matches = (pattern: string, resource: string) =>
  resourceMatches(pattern, resource, true, new Map()).matched;

describe('a conditional action’s sample request', () => {
  it('is inside the scope: a resource its patterns match and the context its conditions need', () => {
    const scenario = compiled({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::reports-?/2024/*',
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': 'blue' },
        IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
        DateGreaterThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
      },
    });
    expect(effectiveClass(scenario, 's3:GetObject')).toBe('conditional');
    const result = explainAction(scenario, catalog, 's3:GetObject').result;
    expect(result?.decision).toBe('Allowed');
    expect(result?.resource).toBe('arn:aws:s3:::reports-x/2024/example');
    // Every statement that applies matched: nothing is highlighted as failing.
    const statements = result?.trace.flatMap((policy) => policy.statements) ?? [];
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((statement) => statement.matched)).toBe(true);
    // The request it answers is given too, context included, so it can be simulated.
    const sample = explainAction(scenario, catalog, 's3:GetObject').sample;
    expect(sample?.resource).toBe(result?.resource);
    expect(sample?.context['aws:SourceIp']).toMatch(/^10\./);
  });

  it('stays out of what a Deny cuts and of NotResource', () => {
    const scenario = compiled(
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::example/*' },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secret*' },
    );
    expect(effectiveClass(scenario, 's3:GetObject')).toBe('conditional');
    const result = explainAction(scenario, catalog, 's3:GetObject').result;
    expect(result?.decision).toBe('Allowed');
    expect(matches('arn:aws:s3:::example/*', result?.resource ?? '')).toBe(false);
    expect(matches('arn:aws:s3:::secret*', result?.resource ?? '')).toBe(false);
  });

  it('keeps a hostile condition key a key (`__proto__`), and is allowed', () => {
    const scenario = compiled({
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: '*',
      Condition: { StringLike: { __proto__: 'a*b' } },
    });
    const result = explainAction(scenario, catalog, 'sqs:SendMessage').result;
    expect(result?.decision).toBe('Allowed');
  });

  it('is none when no single request is allowed, rather than a denied one', () => {
    // Only another principal meets the condition: the caller's own aws:PrincipalArn is never
    // overridden, so no request of this caller is allowed, though the analysis cannot know it.
    const scenario = compiled({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/bob' } },
    });
    expect(effectiveClass(scenario, 's3:GetObject')).toBe('conditional');
    const explanation = explainAction(scenario, catalog, 's3:GetObject');
    expect(explanation.result).toBeNull();
    expect(explanation.scope.join('\n')).toContain('aws:PrincipalArn');
  });

  it('is unchanged for actions that are not conditional: the first resource pattern, no context', () => {
    const scenario = compiled({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const allowed = explainAction(scenario, catalog, 's3:GetObject').result;
    expect(allowed?.decision).toBe('Allowed');
    expect(allowed?.resource).toBe(sampleResource(catalog.findAction('s3:GetObject')!, '123456789012'));
    expect(allowed?.resource).toMatch(/^arn:aws:s3:/);
    const denied = explainAction(scenario, catalog, 's3:PutObject').result;
    expect(denied?.decision).toBe('ImplicitDeny');
  });
});
