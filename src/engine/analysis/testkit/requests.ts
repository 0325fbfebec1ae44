/**
 * Building requests for the analysis' tests: resources inside or outside resource patterns
 * (from the action's ARN templates), and contexts that satisfy condition clauses. The helpers
 * the app also uses (to show a request inside a conditional action's scope) live in
 * `../scopeSample.ts`; this adds what only tests need. Pure; used only by tests.
 */

import type { CatalogAction } from '../types';

export { entryMatches, resourceWithin, satisfyingContext, termLists, violatingContext } from '../scopeSample';

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
