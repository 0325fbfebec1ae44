/**
 * The compiled policies of a scenario with their places, and which statements match a request:
 * what the fixes need to know about why a request is denied.
 */

import { buildContext } from '../evaluate/context';
import { matchStatement } from '../evaluate/matchStatement';
import type { CompiledStatement } from '../evaluate/compileStatement';
import type { CompiledPolicy, CompiledScenario } from '../scenario/compile';
import { formatPath } from '../scenario/path';
import { listPolicies, type PlacedPolicy } from '../scenario/slots';
import type { EvaluationResult, Layer, MismatchReason, NamedPolicy, Request, RequestContext } from '../types';

/** A compiled policy and where it sits in the scenario. */
export interface PolicyAt {
  readonly compiled: CompiledPolicy;
  readonly placed: PlacedPolicy<NamedPolicy>;
}

/** A request against a compiled scenario, with its policies placed. */
export interface Situation {
  readonly compiled: CompiledScenario;
  readonly request: Request;
  readonly context: RequestContext;
  readonly policies: readonly PolicyAt[];
  readonly result: EvaluationResult;
}

/**
 * Every compiled policy that applies to the caller, each with its place. The compiled scenario
 * holds its policies by layer, as the evaluator reads them; AWS's RCPFullAWSAccess, which sits
 * in no slot, is left out.
 */
function placedPolicies(compiled: CompiledScenario): PolicyAt[] {
  const places = new Map(
    listPolicies(compiled.scenario).map((placed) => [formatPath(placed.place.path), placed]),
  );
  const single = (policy: CompiledPolicy | null) => (policy === null ? [] : [policy]);
  const all = [
    ...compiled.rcpLevels.flatMap((level) => level.policies),
    ...compiled.scpLevels.flatMap((level) => level.policies),
    ...single(compiled.vpcEndpoint),
    ...single(compiled.resource),
    ...compiled.identity,
    ...single(compiled.boundary),
    ...single(compiled.session),
  ];
  return all.flatMap((policy) => {
    const placed = places.get(policy.path);
    return placed === undefined ? [] : [{ compiled: policy, placed }];
  });
}

/** Builds the situation of `request` in a compiled scenario with its evaluation `result`. */
export function situationOf(
  compiled: CompiledScenario,
  request: Request,
  result: EvaluationResult,
): Situation {
  return {
    compiled,
    request,
    context: buildContext(compiled.baseContext, request),
    policies: placedPolicies(compiled),
    result,
  };
}

/** Why `statement` of `policy` does not match the request; null when it matches. */
export function mismatch(
  situation: Situation,
  policy: CompiledPolicy,
  statement: CompiledStatement,
): MismatchReason | null {
  const { action, resource } = situation.request;
  return matchStatement(statement, action, resource, situation.context, policy.variablesEnabled, new Set());
}

/** A matching Deny statement. */
export interface MatchingDeny {
  readonly policy: PolicyAt;
  readonly statement: CompiledStatement;
}

/** The matching Deny statements of the layers that deny explicitly, in the documented order. */
export function matchingDenies(situation: Situation): MatchingDeny[] {
  const { result } = situation;
  if (result.decision !== 'ExplicitDeny') return [];
  const layers: readonly Layer[] = result.deniedByAll;
  const out: MatchingDeny[] = [];
  for (const layer of layers) {
    for (const policy of situation.policies) {
      if (policy.compiled.layer !== layer) continue;
      for (const statement of policy.compiled.statements) {
        if (statement.valid && !statement.allow && mismatch(situation, policy.compiled, statement) === null) {
          out.push({ policy, statement });
        }
      }
    }
  }
  return out;
}

/** Whether some valid Allow statement of `policies` matches the request. */
function allows(situation: Situation, policies: readonly CompiledPolicy[]): boolean {
  return policies.some((policy) =>
    policy.statements.some((s) => s.valid && s.allow && mismatch(situation, policy, s) === null),
  );
}

/** The SCP levels (by index) in which no policy allows the request. */
export function failingScpLevels(situation: Situation): number[] {
  return situation.compiled.scpLevels.flatMap((level, index) =>
    allows(situation, level.policies) ? [] : [index],
  );
}

/**
 * How far the request is from allowed: matching Deny statements first, then the layers (each
 * SCP level apart) that lack an Allow. A change makes progress when it lowers this.
 */
export function distance(situation: Situation): { readonly denies: number; readonly gaps: number } {
  const { result } = situation;
  if (result.decision === 'Allowed') return { denies: 0, gaps: 0 };
  if (result.decision === 'ExplicitDeny') return { denies: matchingDenies(situation).length, gaps: 0 };
  const scpLevels = result.deniedByAll.includes('scp')
    ? Math.max(1, failingScpLevels(situation).length) - 1
    : 0;
  return { denies: 0, gaps: result.deniedByAll.length + scpLevels };
}

/** Whether `after` is closer to allowed than `before`. */
export function closer(before: ReturnType<typeof distance>, after: ReturnType<typeof distance>): boolean {
  if (after.denies !== before.denies) return after.denies < before.denies;
  return after.denies === 0 && after.gaps < before.gaps;
}
