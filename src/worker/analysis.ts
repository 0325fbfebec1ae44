/**
 * Turns the engine's whole-catalog analysis into the columnar snapshot the UI draws, and builds
 * one action's explanation on demand.
 */
import type { Catalog, CatalogAction } from '../catalog';
import {
  analyzeScenario,
  effectivePolicy,
  evaluateRequest,
  policyText,
  scopeKey,
  scopeSamples,
  type Analysis,
  type CompiledScenario,
  type ConditionClause,
  type EvaluationResult,
  type Layer,
  type Request,
  type Scope,
} from '../engine';
import {
  DENIED_BY,
  EFFECTIVE_CLASSES,
  LAYER_CLASSES,
  REGIONS,
  type ActionExplanation,
  type AnalysisSnapshot,
  type Region,
} from './protocol';

/** Display key of an analysis layer: `identity`, `boundary`, `session`, `scp:Root`… */
function layerKey(layer: Analysis['layers'][number]): string {
  return layer.level ? `${layer.layer}:${layer.level.target}` : layer.layer;
}

/**
 * A 32-bit FNV-1a hash of a text, never 0 (0 means "no scope"). A collision could hide a scope
 * change from "changed by your last edit", with odds of one in four billion per changed action;
 * the exact comparison is the engine's `diffAnalyses`.
 */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

let cached: { compiled: CompiledScenario; analysis: Analysis } | null = null;

/** The analysis of `compiled`, stopped (by throwing) when `shouldStop` says so. */
function analyse(compiled: CompiledScenario, catalog: Catalog, shouldStop?: () => boolean): Analysis {
  if (cached?.compiled === compiled) return cached.analysis;
  const analysis = analyzeScenario(compiled, catalog.actions, shouldStop ? { shouldStop } : {});
  cached = { compiled, analysis };
  return analysis;
}

/** The snapshot of a scenario's analysis over the whole catalog. */
export function buildAnalysisSnapshot(
  compiled: CompiledScenario,
  catalog: Catalog,
  shouldStop?: () => boolean,
): AnalysisSnapshot {
  const started = performance.now();
  const analysis = analyse(compiled, catalog, shouldStop);
  const n = catalog.actions.length;
  const layerClass = analysis.layers.map((_, l) => {
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) column[i] = LAYER_CLASSES.indexOf(analysis.layerClass(l, i));
    return column;
  });
  const effective = new Uint8Array(n);
  const deniedBy = new Uint8Array(n);
  const explicit = new Uint8Array(n);
  const region = new Uint8Array(n);
  const scopeHash = new Uint32Array(n);
  const ceilings: Layer[] = [
    ...new Set(analysis.layers.map((l) => l.layer).filter((l) => l !== 'identity' && l !== 'boundary')),
  ];
  const cutElsewhereBy: Partial<Record<Layer | 'combined', number>> = {};
  for (let i = 0; i < n; i++) {
    const cls = analysis.effective(i);
    effective[i] = EFFECTIVE_CLASSES.indexOf(cls);
    if (cls === 'conditional') scopeHash[i] = hashText(scopeKey(analysis.scope(i)));
    const denied = analysis.deniedBy(i);
    deniedBy[i] = denied ? DENIED_BY.indexOf(denied.layer) : 0;
    explicit[i] = denied?.explicit ? 1 : 0;
    const r = analysis.region(i);
    region[i] = REGIONS.indexOf(r as Region);
    if (r === 'cutElsewhere') {
      const by = denied && ceilings.includes(denied.layer) ? denied.layer : 'combined';
      cutElsewhereBy[by] = (cutElsewhereBy[by] ?? 0) + 1;
    }
  }
  const policy = effectivePolicy(analysis, compiled);
  return {
    catalogKey: `${catalog.source}@${catalog.version}`,
    layers: analysis.layers.map(layerKey),
    layerClass,
    effective,
    deniedBy,
    explicit,
    region,
    scopeHash,
    counts: analysis.regions,
    hasBoundary: analysis.hasBoundary,
    ceilings,
    cutElsewhereBy,
    effectivePolicy: {
      text: policyText(policy.document),
      exact: policy.exact,
      notes: policy.notes,
    },
    timings: { analysisMs: performance.now() - started },
  };
}

function describeClause(clause: ConditionClause): string {
  const values =
    clause.values.length === 1 ? JSON.stringify(clause.values[0]) : JSON.stringify(clause.values);
  return `${clause.operator} ${clause.key} ${values}`;
}

/** Plain-language lines describing where a conditional action is allowed. */
export function describeScope(scope: Scope): string[] {
  const lines = scope.allowedWhen.map((term) => {
    const parts: string[] = [];
    for (const list of term.resources) parts.push(`resource matches ${list.join(' or ')}`);
    if (term.notResources.length > 0) parts.push(`resource is not ${term.notResources.join(' or ')}`);
    for (const clause of term.conditions) parts.push(describeClause(clause));
    return `Allowed when ${parts.length > 0 ? parts.join(', and ') : 'any request'}`;
  });
  for (const deny of scope.deniedWhen) {
    const where = deny.resources
      ? ` on ${deny.resources.join(' or ')}`
      : deny.notResources
        ? ` on anything but ${deny.notResources.join(' or ')}`
        : '';
    const when =
      deny.conditions.length > 0 ? ` when ${deny.conditions.map(describeClause).join(' and ')}` : '';
    lines.push(
      `Except: denied${where}${when} (${deny.from.policy}${deny.from.sid ? `, ${deny.from.sid}` : ''})`,
    );
  }
  if (scope.truncated) lines.push('…and more ways than can be listed.');
  return lines;
}

/** A concrete resource to evaluate an action against: `*` for wildcard-only actions. */
export function sampleResource(action: CatalogAction, account: string): string {
  const template = action.resourceTypes[0]?.arn;
  if (action.wildcardOnly || !template) return '*';
  return template
    .replace(/\$\{Partition\}/g, 'aws')
    .replace(/\$\{Region\}/g, 'us-east-1')
    .replace(/\$\{Account\}/g, account || '123456789012')
    .replace(/\$\{[^}]*\}/g, 'example');
}

/**
 * The first of the scope's sample requests the engine allows, or null when none is: a sample
 * that is denied would show a request the scope does not allow (and highlight every statement).
 */
function allowedSample(
  compiled: CompiledScenario,
  action: CatalogAction,
  scope: Scope,
): { readonly request: Request; readonly result: EvaluationResult } | null {
  const caller = {
    partition: compiled.caller.partition,
    account: compiled.caller.account,
    baseContext: compiled.baseContext,
  };
  for (const request of scopeSamples(action, scope, caller)) {
    const result = evaluateRequest(compiled, request);
    if (result.decision === 'Allowed') return { request, result };
  }
  return null;
}

/**
 * The explanation of one action: the scope, and the engine's full answer on a sample request.
 * A conditional action's sample is a request inside its scope that the engine allows (or none);
 * any other action's is its first resource pattern with no context.
 */
export function explainAction(
  compiled: CompiledScenario,
  catalog: Catalog,
  name: string,
  shouldStop?: () => boolean,
): ActionExplanation {
  const action = catalog.findAction(name);
  if (!action) {
    return {
      action: name,
      result: evaluateRequest(compiled, { action: name, resource: '*', context: {} }),
      sample: null,
      scope: [],
    };
  }
  const analysis = analyse(compiled, catalog, shouldStop);
  const scope = analysis.scope(action.id);
  const described = scope ? describeScope(scope) : [];
  if (scope !== null && analysis.effective(action.id) === 'conditional') {
    const sample = allowedSample(compiled, action, scope);
    return {
      action: action.fullName,
      result: sample?.result ?? null,
      sample: sample?.request ?? null,
      scope: described,
    };
  }
  const result = evaluateRequest(compiled, {
    action: action.fullName,
    resource: sampleResource(action, compiled.caller.account),
    context: {},
  });
  return { action: action.fullName, result, sample: null, scope: described };
}
