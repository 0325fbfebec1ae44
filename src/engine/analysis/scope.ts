/**
 * The scope of an action that some layer allows only in part: the ways it is allowed (the
 * AND across layers of the OR of each layer's allowing statements) and the Deny statements
 * that cut into it. Unconditional Deny statements that cover a term's resources remove them.
 */

import type { ConditionClause } from '../types';
import { clauseKey, literalClause, literalText } from './normalize';
import { jointlyWhole, REACH, type PreparedStatement, type Reach } from './prepare';
import { intersectLists, type ResourceSpace } from './resourceSets';
import type { Scope, ScopeDeny, ScopeTerm } from './types';

/** A statement that touches the action, with how far it reaches. */
export interface Touch {
  readonly statement: PreparedStatement;
  readonly reach: Reach;
}

/** Whether unconditional Allow statements of a layer reach every resource of the action, alone or together. */
function layerOpen(space: ResourceSpace, allows: readonly Touch[]): boolean {
  const unconditional = allows.filter((t) => t.statement.conditions.length === 0);
  if (unconditional.some((t) => t.reach === REACH.all)) return true;
  return (
    unconditional.length > 1 &&
    jointlyWhole(
      unconditional.map((t) => t.statement),
      space.templates,
    )
  );
}

/** The touching statements of one layer whose class is `some`. */
export interface LayerTouches {
  /** Position of the layer in the analysis' layer list. */
  readonly layerIndex: number;
  readonly allows: readonly Touch[];
  readonly denies: readonly Touch[];
}

/** A scope, with how an empty one came about (for `deniedBy`). */
export interface ScopeResult {
  readonly scope: Scope;
  /** Layer index of the first Deny that shut a term, or -1. */
  readonly shutByDeny: number;
}

/** A partly built term; its conditions are those of its statements (see {@link draftClauses}). */
interface Draft {
  readonly lists: (readonly string[])[];
  readonly notResources: string[];
  readonly from: PreparedStatement[];
}

function patterns(statement: PreparedStatement): string[] {
  return (statement.source.resources ?? []).map((p) => literalText(p, statement.variablesEnabled));
}

// Every scope a statement enters asks for its clauses again: rewrite them once per statement.
const statementClauses = new WeakMap<PreparedStatement, readonly ConditionClause[]>();

function clauses(statement: PreparedStatement): readonly ConditionClause[] {
  let list = statementClauses.get(statement);
  if (list === undefined) {
    list = statement.conditions.map((clause) => literalClause(clause, statement.variablesEnabled));
    statementClauses.set(statement, list);
  }
  return list;
}

/** The fragment one allowing statement adds to a term. */
function fragment(touch: Touch): Draft {
  const statement = touch.statement;
  const partial = touch.reach === REACH.some;
  const resources = partial && !statement.source.notResource ? [patterns(statement)] : [];
  const notResources = partial && statement.source.notResource ? patterns(statement) : [];
  return { lists: resources, notResources, from: [statement] };
}

function combine(a: Draft, b: Draft): Draft {
  return {
    lists: [...a.lists, ...b.lists],
    notResources: [...a.notResources, ...b.notResources],
    from: [...a.from, ...b.from],
  };
}

const CONTRADICTABLE = new Set(['StringEquals', 'Bool']);

/**
 * Two clauses that no request satisfies together (equality on one key, disjoint values).
 * Documented choice: only `StringEquals` and `Bool` (without set qualifier or IfExists) are
 * checked; other contradictions leave a term that no request fits (the action then shows as
 * `conditional` although nothing allows it).
 */
export function contradicts(a: ConditionClause, b: ConditionClause): boolean {
  if (a.operator !== b.operator || !CONTRADICTABLE.has(a.operator)) return false;
  if (a.key.toLowerCase() !== b.key.toLowerCase()) return false;
  const fold = a.operator === 'Bool' ? (v: string) => v.toLowerCase() : (v: string) => v;
  if ([...a.values, ...b.values].some((v) => v.includes('${'))) return false;
  const left = new Set(a.values.map(fold));
  return !b.values.some((value) => left.has(fold(value)));
}

/**
 * The clauses without repeats, or null when two of them contradict each other. Only clauses
 * with the same operator and key can contradict, so each is compared with those alone:
 * comparing every pair made a statement with thousands of conditions take minutes.
 */
function dedupeClauses(list: readonly ConditionClause[]): ConditionClause[] | null {
  const seen = new Map<string, ConditionClause>();
  const sameKey = new Map<string, ConditionClause[]>();
  for (const clause of list) {
    const key = clauseKey(clause);
    if (seen.has(key)) continue;
    if (CONTRADICTABLE.has(clause.operator)) {
      const group = `${clause.operator}\u0000${clause.key.toLowerCase()}`;
      const others = sameKey.get(group);
      if (others === undefined) sameKey.set(group, [clause]);
      else {
        if (others.some((other) => contradicts(clause, other))) return null;
        others.push(clause);
      }
    }
    seen.set(key, clause);
  }
  return [...seen.values()];
}

// A draft's conditions are those of its statements, and the same statements meet again in the
// scope of every template list: de-duplicate each combination once per analysis. Keyed by the
// first statement (statements belong to one analysis), then by the ids of the others.
const clauseMemo = new WeakMap<PreparedStatement, Map<string, ConditionClause[] | null>>();

function draftClauses(draft: Draft): ConditionClause[] | null {
  const [first, ...others] = draft.from;
  if (first === undefined) return [];
  let byOthers = clauseMemo.get(first);
  if (byOthers === undefined) {
    byOthers = new Map();
    clauseMemo.set(first, byOthers);
  }
  const key = others.map((statement) => statement.id).join(',');
  let kept = byOthers.get(key);
  if (kept === undefined) {
    kept = dedupeClauses(draft.from.flatMap(clauses));
    byOthers.set(key, kept);
  }
  return kept;
}

/** Whether two clause lists hold the same clauses in the same order. */
function sameClauses(a: readonly ConditionClause[], b: readonly ConditionClause[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((clause, i) => clauseKey(clause) === clauseKey(b[i] as ConditionClause)))
  );
}

/** Resolves a draft into a term, or null when no request fits it. */
function finish(space: ResourceSpace, draft: Draft): ScopeTerm | null {
  const conditions = draftClauses(draft);
  if (conditions === null) return null;
  const intersection = intersectLists(space, draft.lists);
  if (intersection.kind === 'empty') return null;
  let lists = intersection.lists;
  let notResources = [...new Set(draft.notResources.filter((pattern) => space.touches(pattern)))];
  if (notResources.some((pattern) => space.covers(pattern))) return null;
  // A list whose every entry lies inside the excluded entries leaves nothing, merged or not.
  const excluded = (r: string) => notResources.some((n) => space.contains(n, r));
  if (lists.some((list) => list.every(excluded))) return null;
  const only = lists.length === 1 ? lists[0] : undefined;
  if (only !== undefined && notResources.length > 0) {
    const kept = only.filter((r) => !notResources.some((n) => space.contains(n, r)));
    if (kept.length === 0) return null;
    notResources = notResources.filter((n) => kept.some((r) => !space.disjoint(n, r)));
    lists = [kept];
  }
  return { resources: lists, notResources, conditions, from: draft.from.map((s) => s.ref) };
}

/** Removes the entries of a term that an unconditional Deny covers; null when none is left. */
function cut(space: ResourceSpace, term: ScopeTerm, deny: PreparedStatement): ScopeTerm | null {
  const only = term.resources.length === 1 ? term.resources[0] : undefined;
  // A term over any resource, or over several lists, is left whole: the Deny covers only part.
  if (only === undefined) return term;
  const denied = patterns(deny);
  const covered = (r: string) =>
    deny.source.notResource
      ? denied.every((n) => space.disjoint(n, r))
      : denied.some((d) => space.contains(d, r));
  const kept = only.filter((r) => !covered(r));
  if (kept.length === only.length) return term;
  return kept.length === 0 ? null : { ...term, resources: [kept] };
}

/**
 * Whether the unconditional Deny statements together leave nothing of a term: the term's
 * resources, inside every NotResource list of a Deny and outside every Resource entry of one.
 * Decided by the same reduction as terms, so an overlap it cannot reduce counts as non-empty.
 */
function shutTogether(space: ResourceSpace, term: ScopeTerm, hard: readonly { touch: Touch }[]): boolean {
  const lists = [...term.resources];
  const notResources = [...term.notResources];
  for (const { touch } of hard) {
    if (touch.statement.source.resources === null) return true;
    if (touch.statement.source.notResource) lists.push(patterns(touch.statement));
    else notResources.push(...patterns(touch.statement));
  }
  return finish(space, { lists, notResources, from: [] }) === null;
}

function scopeDeny(touch: Touch): ScopeDeny {
  const statement = touch.statement;
  const list = patterns(statement);
  const hasResource = statement.source.resources !== null;
  return {
    resources: hasResource && !statement.source.notResource ? list : null,
    notResources: hasResource && statement.source.notResource ? list : null,
    conditions: clauses(statement),
    from: statement.ref,
  };
}

/**
 * Builds the scope from the touching statements of the layers whose class is `some`.
 * A layer with an unconditional Allow over every resource of the action adds nothing (it is
 * `some` only because of a Deny). At most `maxTerms` terms are kept.
 */
export function buildScope(
  space: ResourceSpace,
  layers: readonly LayerTouches[],
  maxTerms: number,
): ScopeResult {
  let drafts: Draft[] = [{ lists: [], notResources: [], from: [] }];
  let truncated = false;
  for (const layer of layers) {
    if (layerOpen(space, layer.allows)) continue;
    const next: Draft[] = [];
    for (const draft of drafts) {
      for (const touch of layer.allows) {
        if (next.length >= maxTerms) {
          truncated = true;
          break;
        }
        next.push(combine(draft, fragment(touch)));
      }
    }
    drafts = next;
  }

  const seen = new Map<string, ScopeTerm[]>();
  const terms: ScopeTerm[] = [];
  const denies = layers.flatMap((layer) =>
    layer.denies.map((touch) => ({ touch, layerIndex: layer.layerIndex })),
  );
  let shutByDeny = -1;
  const hard = denies.filter(({ touch }) => touch.statement.conditions.length === 0);
  for (const draft of drafts) {
    let term = finish(space, draft);
    for (const { touch, layerIndex } of hard) {
      if (term === null) break;
      term = cut(space, term, touch.statement);
      if (term === null && (shutByDeny < 0 || layerIndex < shutByDeny)) shutByDeny = layerIndex;
    }
    if (term !== null && hard.length > 0 && shutTogether(space, term, hard)) {
      term = null;
      const first = hard[0]?.layerIndex ?? -1;
      if (shutByDeny < 0 || first < shutByDeny) shutByDeny = first;
    }
    if (term === null) continue;
    // Equal terms are kept once; conditions are compared clause by clause (keys are cached),
    // not joined into the key, which made every scope copy thousands of them.
    const key = `${JSON.stringify([term.resources, term.notResources])}${term.conditions.length}`;
    const alike = seen.get(key);
    if (alike?.some((other) => sameClauses(other.conditions, (term as ScopeTerm).conditions))) continue;
    if (alike === undefined) seen.set(key, [term]);
    else alike.push(term);
    terms.push(term);
  }
  return {
    scope: { allowedWhen: terms, deniedWhen: denies.map(({ touch }) => scopeDeny(touch)), truncated },
    shutByDeny,
  };
}
