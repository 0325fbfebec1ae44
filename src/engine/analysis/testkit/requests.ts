/**
 * Building requests for the analysis' tests: resources inside or outside resource patterns
 * (from the action's ARN templates), and contexts that satisfy condition clauses (their values
 * come from the engine's `conditions/witness.ts`). Pure; used only by tests.
 */

import { isNegatedClause, satisfyingValue } from '../../conditions/witness';
import type { ConditionClause, ContextValue } from '../../types';
import type { CatalogAction } from '../types';

// Resources within patterns serve the app too (a conditional action's sample request).
export { entryMatches, resourceWithin, termLists } from '../scopeSample';

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
