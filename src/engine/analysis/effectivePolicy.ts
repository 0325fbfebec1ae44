/**
 * The effective policy: one policy document that, attached alone as an identity policy (no
 * boundary, no session policy, no SCP or RCP), allows and denies what the analysed layers
 * together allow and deny — for catalog actions and requests that no resource-based policy
 * touches. SCP and RCP levels count as a ceiling like identity, boundary and session.
 */

import type { CompiledStatement } from '../evaluate/compileStatement';
import { rcpExemptsAction, rcpGovernsService } from '../evaluate/applicability';
import { actionMatches } from '../match/action';
import type { CompiledPolicy, CompiledScenario } from '../scenario/compile';
import { alwaysAllowedFor, catalogIndex, type CatalogIndex } from './catalogIndex';
import { foldActions } from './fold';
import { conditionBlock, copyStatement, oneOrMany, type JsonStatement } from './policyJson';
import type { Analysis, ScopeTerm } from './types';

/** The synthesized policy, whether it is exactly equivalent, and why not when it is not. */
export interface EffectivePolicy {
  readonly document: { readonly Version: '2012-10-17'; readonly Statement: readonly JsonStatement[] };
  readonly exact: boolean;
  readonly notes: readonly string[];
}

// Documented choice: the effective policy includes SCP and RCP levels as a ceiling, so that it
// mirrors the analysis' effective results (what the caller can really do); their Deny
// statements are copied like the others, without Principal (an RCP's `"*"` names the caller)
// and without Sid (Sids from several policies could collide).
function policiesOf(analysis: Analysis, compiled: CompiledScenario): CompiledPolicy[] {
  const out: CompiledPolicy[] = [];
  for (const layer of analysis.layers) {
    if (layer.layer === 'rcp') out.push(...(compiled.rcpLevels[layer.level?.index ?? 0]?.policies ?? []));
    else if (layer.layer === 'scp')
      out.push(...(compiled.scpLevels[layer.level?.index ?? 0]?.policies ?? []));
    else if (layer.layer === 'vpcEndpoint' && compiled.vpcEndpoint !== null) out.push(compiled.vpcEndpoint);
    else if (layer.layer === 'identity') out.push(...compiled.identity);
    else if (layer.layer === 'boundary' && compiled.boundary !== null) out.push(compiled.boundary);
    else if (layer.layer === 'session' && compiled.session !== null) out.push(compiled.session);
  }
  return out;
}

/**
 * An RCP Deny governs only the services that support RCPs (and never `kms:RetireGrant`), but
 * a copied Deny would reach every service its Action names: the patterns for just the governed
 * actions it matches, or null when it matches no other (and can be copied as written).
 */
function rcpGovernedActions(
  statement: CompiledStatement,
  analysis: Analysis,
  catalog: CatalogIndex,
): string[] | null {
  const actions = analysis.actions;
  const governed = new Set<number>();
  let reachesOthers = false;
  actions.forEach((action, i) => {
    const listed = statement.actions.some((pattern) => actionMatches(pattern, action.fullName));
    if (!listed) return;
    if (rcpGovernsService(action.service) && !rcpExemptsAction(action.fullName)) governed.add(i);
    else reachesOthers = true;
  });
  if (!reachesOthers) return null;
  return foldActions(actions, catalog, governed, (i) => governed.has(i), analysis.wholeCatalog);
}

function describe(term: ScopeTerm): string {
  return term.from.map((ref) => `${ref.layer} ${ref.policy} statement ${ref.statementIndex}`).join(' + ');
}

/** The JSON body (Resource/NotResource/Condition) of a term, with what it could not express. */
function termBody(term: ScopeTerm): { body: JsonStatement; problems: string[] } {
  const body: JsonStatement = {};
  const problems: string[] = [];
  const first = term.resources[0];
  if (term.resources.length > 1) problems.push('Resource lists of several layers overlap without nesting');
  if (first !== undefined) {
    body.Resource = oneOrMany(first);
    if (term.notResources.length > 0) problems.push('both Resource and NotResource apply');
  } else if (term.notResources.length > 0) body.NotResource = oneOrMany(term.notResources);
  else body.Resource = '*';
  if (term.conditions.length > 0) {
    const condition = conditionBlock(term.conditions);
    body.Condition = condition.block;
    problems.push(...condition.problems);
  }
  return { body, problems };
}

function isOpen(term: ScopeTerm): boolean {
  return term.resources.length === 0 && term.notResources.length === 0 && term.conditions.length === 0;
}

/**
 * Synthesizes the effective policy of an analysis. Fully allowed actions are folded into
 * `*`, `svc:*` or word-prefix wildcards wherever that is exact over the catalog, with
 * `Resource: "*"`; conditional actions get one Allow per distinct scope term, grouped by
 * identical resources and conditions; every Deny statement of the analysed layers is copied.
 * Actions always allowed for the caller (`sts:GetCallerIdentity`; `sts:GetSessionToken` for an
 * IAM user or the root user) need no statement, though a wildcard may cover them. `exact` is false when a term could not be written as one statement (the statement then
 * keeps the first Resource list or clause, allowing more) or a scope was truncated.
 */
export function effectivePolicy(analysis: Analysis, compiled: CompiledScenario): EffectivePolicy {
  const actions = analysis.actions;
  const catalog = catalogIndex(actions);
  const always = alwaysAllowedFor(catalog, compiled.caller.kind);
  const notes: string[] = [];
  const open = new Set<number>();
  const groups = new Map<string, { body: JsonStatement; members: Set<number> }>();

  for (let i = 0; i < actions.length; i++) {
    if (always.has(i)) continue;
    const effective = analysis.effective(i);
    if (effective === 'allowed') open.add(i);
    if (effective !== 'conditional') continue;
    const scope = analysis.scope(i);
    if (scope === null) continue;
    if (scope.truncated)
      notes.push(`${actions[i]?.fullName}: too many ways to be allowed; only some are listed`);
    if (scope.allowedWhen.some(isOpen)) {
      open.add(i);
      continue;
    }
    for (const term of scope.allowedWhen) {
      const { body, problems } = termBody(term);
      for (const problem of problems) notes.push(`${actions[i]?.fullName} (${describe(term)}): ${problem}`);
      const key = JSON.stringify(body);
      const group = groups.get(key) ?? { body, members: new Set<number>() };
      group.members.add(i);
      groups.set(key, group);
    }
  }

  // Actions an extra Allow cannot change: already allowed everywhere a copied Deny does not
  // reach, denied everywhere by a copied Deny, or always allowed.
  const harmless = (i: number) => open.has(i) || always.has(i) || analysis.fullyDenied(i);
  const statements: JsonStatement[] = [];
  const openPatterns = foldActions(actions, catalog, open, harmless, analysis.wholeCatalog);
  if (openPatterns.length > 0)
    statements.push({ Effect: 'Allow', Action: oneOrMany(openPatterns), Resource: '*' });
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key) as { body: JsonStatement; members: Set<number> };
    const patterns = foldActions(
      actions,
      catalog,
      group.members,
      (i) => group.members.has(i) || harmless(i),
      analysis.wholeCatalog,
    );
    statements.push({ Effect: 'Allow', Action: oneOrMany(patterns), ...group.body });
  }
  for (const policy of policiesOf(analysis, compiled)) {
    for (const statement of policy.statements) {
      if (statement.allow || !statement.valid || !statement.principal.matched) continue;
      if (statement.actions.length === 0 || statement.resources?.length === 0) continue;
      const copy = copyStatement(statement, policy.variablesEnabled);
      if (policy.layer !== 'rcp') statements.push(copy);
      else {
        const governed = rcpGovernedActions(statement, analysis, catalog);
        if (governed === null) statements.push(copy);
        else if (governed.length > 0) statements.push({ ...copy, Action: oneOrMany(governed) });
      }
    }
  }
  const unique = [...new Set(notes)];
  return {
    document: { Version: '2012-10-17', Statement: statements },
    exact: unique.length === 0,
    notes: unique,
  };
}
