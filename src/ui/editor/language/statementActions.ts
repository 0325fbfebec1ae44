/** The catalog actions a statement's `Action` element names, for resource and key completion. */
import type { Catalog, CatalogAction } from '../../../catalog';

/** At most this many actions feed resource and key completion: beyond it the lists say nothing useful. */
export const STATEMENT_ACTIONS_CAP = 400;

/**
 * The catalog actions matched by the statement's action patterns, in order, without repeats.
 * Patterns with a wildcard in the service part (`*`, `s3*:Get`) are skipped: they name most of
 * the catalog, so their resource types and keys would bury the relevant ones.
 */
export function resolveStatementActions(catalog: Catalog, patterns: readonly string[]): CatalogAction[] {
  const seen = new Set<number>();
  const actions: CatalogAction[] = [];
  for (const pattern of patterns) {
    const colon = pattern.indexOf(':');
    if (colon <= 0 || /[*?]/.test(pattern.slice(0, colon))) continue;
    for (const action of catalog.actionsMatching(pattern)) {
      if (seen.has(action.id)) continue;
      seen.add(action.id);
      actions.push(action);
      if (actions.length >= STATEMENT_ACTIONS_CAP) return actions;
    }
  }
  return actions;
}
