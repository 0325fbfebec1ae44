/**
 * Building requests for the analysis' tests: resources inside or outside resource patterns
 * (from the action's ARN templates), and contexts that satisfy condition clauses (their values
 * come from the engine's `conditions/witness.ts`). Pure; used only by tests.
 */

import { isNegatedClause, satisfyingValue } from '../../conditions/witness';
import { resourceMatches } from '../../match/resource';
import type { ConditionClause, ContextValue } from '../../types';
import { patternGlob, templateGlob } from '../arnGlobs';
import { globsWitness, type Glob } from '../glob';
import type { CatalogAction, ScopeTerm } from '../types';

const EMPTY = new Map();

/** Whether an entry (as a 2012-10-17 pattern) matches a concrete resource. */
export function entryMatches(pattern: string, resource: string): boolean {
  return resourceMatches(pattern, resource, true, EMPTY).matched;
}

/** The action's ARN templates as globs, or null for a wildcard-only action. */
export function templatesOf(action: CatalogAction, partition = 'aws'): Glob[] | null {
  if (action.wildcardOnly || action.resourceTypes.length === 0) return null;
  return action.resourceTypes.map((type) => templateGlob(type.arn, partition));
}

/**
 * A resource of the action that every list of `lists` matches (one entry each, tried in turn)
 * and no entry of `avoid` matches; null when none is found.
 */
export function resourceWithin(
  action: CatalogAction,
  lists: readonly (readonly string[])[],
  avoid: readonly string[],
  fill = 'x',
): string | null {
  const templates = templatesOf(action);
  if (templates === null)
    return lists.every((list) => list.includes('*')) && !avoid.includes('*') ? '*' : null;
  const choices = lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((picked) => list.map((entry) => [...picked, entry])),
    [[]],
  );
  for (const template of templates) {
    for (const picked of choices.slice(0, 32)) {
      const witness = globsWitness([template, ...picked.map((p) => patternGlob(p, true))], fill);
      if (witness !== null && !avoid.some((p) => entryMatches(p, witness))) return witness;
    }
  }
  return null;
}

/** A resource of the action from its `which`-th template, placeholders filled by `pick`. */
export function randomResource(
  action: CatalogAction,
  which: number,
  pick: (index: number) => string,
): string {
  const type = action.resourceTypes[which % Math.max(1, action.resourceTypes.length)];
  if (action.wildcardOnly || type === undefined) return '*';
  let n = 0;
  return type.arn
    .replaceAll('${Partition}', 'aws')
    .replace(/\$\{[^}]*\}|\*/g, () => pick(n++))
    .replace(/\?/g, 'q');
}

/**
 * A context in which every clause holds: positive clauses get a matching value (set
 * qualifiers an array holding every value asked for), negated ones are left absent (which
 * satisfies them). Returns null for clause kinds this helper does not know.
 */
export function satisfyingContext(clauses: readonly ConditionClause[]): Record<string, ContextValue> | null {
  const context: Record<string, ContextValue> = {};
  const sets = new Map<string, Set<string>>();
  for (const clause of clauses) {
    if (isNegatedClause(clause)) continue;
    const key = clause.key.toLowerCase();
    if (clause.qualifier === 'ForAnyValue') {
      const set = sets.get(key) ?? new Set<string>();
      set.add(satisfyingValue(clause));
      sets.set(key, set);
      continue;
    }
    if (clause.qualifier !== null || clause.baseOperator === 'Null') return null;
    context[key] = satisfyingValue(clause);
  }
  for (const [key, set] of sets) context[key] = [...set];
  return context;
}

/** The resource lists of a term (`['*']` when it has none). */
export function termLists(term: ScopeTerm): readonly (readonly string[])[] {
  return term.resources.length === 0 ? [['*']] : term.resources;
}

/**
 * A context in which every clause fails where it can: negated clauses get their first value
 * (so they no longer hold), positive ones are left absent.
 */
export function violatingContext(clauses: readonly ConditionClause[]): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const clause of clauses) {
    if (!isNegatedClause(clause)) continue;
    context[clause.key.toLowerCase()] = satisfyingValue({ ...clause, baseOperator: 'StringEquals' });
  }
  return context;
}
