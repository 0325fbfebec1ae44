/** Small scenario builders for the analysis' tests. Pure; used only by tests. */

import { compileScenario, parseScenario, type CompiledScenario } from '../../scenario';
import type { NamedPolicy, OrgPolicyLevel, Scenario } from '../../types';

/** A statement or policy document as plain JSON. */
export type Json = Record<string, unknown>;

/** A 2012-10-17 document with these statements. */
export function doc(...statements: Json[]): Json {
  return { Version: '2012-10-17', Statement: statements };
}

/** `Allow Action * Resource *`. */
export const ALLOW_ALL = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

/** Parts of a scenario; the rest defaults to a same-account IAM user with nothing else attached. */
export interface ScenarioParts {
  readonly principal?: string;
  readonly identity?: readonly Json[];
  readonly boundary?: Json;
  readonly session?: Json;
  readonly scps?: readonly (readonly Json[])[];
  readonly rcps?: readonly (readonly Json[])[];
}

const named = (name: string, document: Json): NamedPolicy => ({ name, document });

function levels(list: readonly (readonly Json[])[] | undefined, prefix: string): OrgPolicyLevel[] {
  return (list ?? []).map((policies, level) => ({
    target: `level${level}`,
    policies: policies.map((document, i) => named(`${prefix}${level}-${i}`, document)),
  }));
}

/** The scenario, validated. Throws if it is invalid: a test bug, not an input case. */
export function scenarioOf(parts: ScenarioParts): Scenario {
  const scenario: Scenario = {
    version: 1,
    principal: parts.principal ?? 'arn:aws:iam::123456789012:user/alice',
    identityPolicies: (parts.identity ?? []).map((document, i) => named(`identity${i}`, document)),
    permissionsBoundary: parts.boundary === undefined ? null : named('boundary', parts.boundary),
    sessionPolicy: parts.session === undefined ? null : named('session', parts.session),
    resourcePolicy: null,
    vpcEndpointPolicy: null,
    serviceControlPolicies: levels(parts.scps, 'scp'),
    resourceControlPolicies: levels(parts.rcps, 'rcp'),
    requests: [],
  };
  const parsed = parseScenario(scenario);
  if (parsed.scenario === null) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.scenario;
}

/** The compiled scenario. */
export function compiledOf(parts: ScenarioParts): CompiledScenario {
  return compileScenario(scenarioOf(parts));
}
