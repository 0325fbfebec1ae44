/**
 * Deciding one probe request: evaluated as it is (allowed: `fail`); else, where the analysis
 * says the action is allowed only under conditions, with a context built to satisfy one way it
 * is allowed (allowed then: `possible`); else `pass`. The engine's decision is the proof each
 * time: a context is only reported once `evaluateRequest` allows the request with it.
 */

import { analyzeScenario } from '../analysis/analyze';
import type { Analysis, CatalogAction, ScopeDeny, ScopeTerm } from '../analysis/types';
import { solveContext } from '../conditions/witness';
import { buildContext } from '../evaluate/context';
import { evaluateRequest } from '../evaluate/evaluateRequest';
import { resourceMatches } from '../match/resource';
import type { CompiledScenario } from '../scenario/compile';
import type { ConditionClause, ContextValue, Request, RequestContext } from '../types';
import type { GuardrailClause, GuardrailProof, GuardrailStatus } from './types';

/**
 * Keys that are request parameters of the calls the checks make: a request carries them only
 * when the probe gives them. Documented choice: they are never added to find a way in, since
 * a call that does not take them (iam:CreatePolicyVersion has no boundary) never carries them.
 */
const PARAMETER_KEYS = ['iam:permissionsboundary', 'iam:policyarn', 'iam:passedtoservice'];

/** One request a check tries. */
export interface Probe {
  readonly action: string;
  readonly resource: string;
  /**
   * The context the probe itself decides (the boundary a create sets, the service a role is
   * passed to). These keys, and those in `absent`, are never changed to find a way in: they
   * are what the check is about. Every other key may be given.
   */
  readonly context: Readonly<Record<string, ContextValue>>;
  /** Keys the probe leaves out on purpose (a create without `iam:PermissionsBoundary`). */
  readonly absent?: readonly string[];
}

/** How a probe fared. */
export interface ProbeOutcome {
  readonly status: GuardrailStatus;
  readonly proof: GuardrailProof;
  /** For `possible`: the keys added to the probe's context, and the Allow clauses they satisfy. */
  readonly extra?: {
    readonly context: Readonly<Record<string, ContextValue>>;
    readonly clauses: readonly GuardrailClause[];
  };
}

/** Whether every list of a term has an entry matching `resource`, and no excluded entry does. */
function termFits(term: ScopeTerm, resource: string, context: RequestContext): boolean {
  const matches = (pattern: string) => resourceMatches(pattern, resource, true, context).matched;
  return term.resources.every((list) => list.some(matches)) && !term.notResources.some(matches);
}

/** Whether a Deny statement's resource element takes in `resource`. */
function denyTouches(deny: ScopeDeny, resource: string, context: RequestContext): boolean {
  const matches = (pattern: string) => resourceMatches(pattern, resource, true, context).matched;
  if (deny.resources !== null) return deny.resources.some(matches);
  if (deny.notResources !== null) return !deny.notResources.some(matches);
  return true;
}

function clauseOf(clause: ConditionClause): GuardrailClause {
  return { operator: clause.operator, key: clause.key, values: clause.values };
}

/** Runs probes against one compiled scenario, each once. */
export class ProbeRunner {
  private readonly memo = new Map<string, ProbeOutcome>();
  private readonly analysis: Analysis;
  private readonly index = new Map<string, number>();

  /**
   * `actions` are the catalog entries of every action the probes use (unknown ones are
   * evaluated as they are, without the search for a context).
   */
  constructor(
    private readonly compiled: CompiledScenario,
    actions: readonly CatalogAction[],
    shouldStop?: () => boolean,
  ) {
    this.analysis = analyzeScenario(compiled, actions, {
      wholeCatalog: false,
      ...(shouldStop === undefined ? {} : { shouldStop }),
    });
    actions.forEach((action, i) => this.index.set(action.fullName.toLowerCase(), i));
  }

  /** The outcome of `probe`, computed on first use. */
  run(probe: Probe): ProbeOutcome {
    const key = JSON.stringify([probe.action, probe.resource, probe.context, probe.absent ?? []]);
    let outcome = this.memo.get(key);
    if (outcome === undefined) {
      outcome = this.decide(probe);
      this.memo.set(key, outcome);
    }
    return outcome;
  }

  private decide(probe: Probe): ProbeOutcome {
    const request: Request = { action: probe.action, resource: probe.resource, context: probe.context };
    const result = evaluateRequest(this.compiled, request);
    if (result.decision === 'Allowed') return { status: 'fail', proof: { request, result } };
    const denied: ProbeOutcome = { status: 'pass', proof: { request, result } };
    const index = this.index.get(probe.action.toLowerCase());
    const scope = index === undefined ? null : this.analysis.scope(index);
    if (scope === null) return denied;

    const base = buildContext(this.compiled.baseContext, request);
    const fixed = new Set([
      ...PARAMETER_KEYS,
      ...this.compiled.baseContext.keys(),
      ...Object.keys(probe.context).map((k) => k.toLowerCase()),
      ...(probe.absent ?? []).map((k) => k.toLowerCase()),
    ]);
    const avoid = scope.deniedWhen
      .filter((deny) => deny.conditions.length > 0 && denyTouches(deny, probe.resource, base))
      .map((deny) => deny.conditions);
    for (const term of scope.allowedWhen) {
      if (!termFits(term, probe.resource, base)) continue;
      const extra = solveContext({ hold: term.conditions, avoid, fixed, base });
      if (extra === null || Object.keys(extra).length === 0) continue;
      const widened: Request = { ...request, context: { ...probe.context, ...extra } };
      const retry = evaluateRequest(this.compiled, widened);
      if (retry.decision !== 'Allowed') continue;
      const clauses = term.conditions.filter((c) => !fixed.has(c.key.toLowerCase())).map(clauseOf);
      return {
        status: 'possible',
        proof: { request: widened, result: retry },
        extra: { context: extra, clauses },
      };
    }
    return denied;
  }
}
