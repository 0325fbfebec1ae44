/**
 * The per-action table's rows: which catalog actions pass the filters, in which order. A pure
 * function of the catalog, the analysis snapshot, the filters and the sort, so it is tested
 * without a browser and memoised by the selector below.
 */
import type { Catalog } from '../catalog';
import { globMatcher } from '../engine';
import {
  DENIED_BY,
  EFFECTIVE_CLASSES,
  REGIONS,
  type AnalysisSnapshot,
  type EffectiveClass,
} from '../worker/protocol';
import type { ChangeSet } from './changes';
import type { SortColumn, TableFilters } from './slices/ui';

/** Turns the search box into a test on full action names: a glob when it has `*`/`?`, else a substring. */
export function searchMatcher(search: string): (fullName: string) => boolean {
  const text = search.trim().toLowerCase();
  if (!text) return () => true;
  if (!/[*?]/.test(text)) return (name) => name.toLowerCase().includes(text);
  // The engine's linear glob: a search typed (or set by a link) cannot freeze the page.
  return globMatcher(text, true);
}

function regionMatches(snapshot: AnalysisSnapshot, i: number, region: TableFilters['region']): boolean {
  if (!region) return true;
  const r = REGIONS[snapshot.region[i] ?? 0];
  if (region === 'effectiveAllowed')
    return r === 'effective' && EFFECTIVE_CLASSES[snapshot.effective[i] ?? 0] === 'allowed';
  if (region === 'effectiveConditional') {
    return r === 'effective' && EFFECTIVE_CLASSES[snapshot.effective[i] ?? 0] === 'conditional';
  }
  return r === region;
}

/** How the effective column sorts: denied, then conditional, then allowed (descending puts allowed first). */
const EFFECTIVE_RANK: Readonly<Record<EffectiveClass, number>> = { denied: 0, conditional: 1, allowed: 2 };

/** Sort key of a row for a column; numbers sort before strings never mix within a column. */
function sortKey(
  catalog: Catalog,
  snapshot: AnalysisSnapshot | null,
  column: SortColumn,
  i: number,
): string | number {
  const action = catalog.actions[i];
  if (column === 'action') return action?.fullName.toLowerCase() ?? '';
  if (column === 'accessLevel') return action?.level ?? '';
  if (!snapshot) return 0;
  if (column === 'effective')
    return EFFECTIVE_RANK[EFFECTIVE_CLASSES[snapshot.effective[i] ?? 0] ?? 'denied'];
  if (column === 'reason') return (snapshot.deniedBy[i] ?? 0) * 2 + (snapshot.explicit[i] ?? 0);
  const layer = snapshot.layers.indexOf(column.slice('layer:'.length));
  return layer < 0 ? 0 : (snapshot.layerClass[layer]?.[i] ?? 0);
}

/**
 * Indexes into `catalog.actions` of the rows to show, filtered and sorted (stable: ties keep
 * catalog order). `changes` is the change set the `change` filter names (none: no row passes it).
 */
export function computeTableRows(
  catalog: Catalog,
  snapshot: AnalysisSnapshot | null,
  filters: TableFilters,
  sort: { column: SortColumn; descending: boolean },
  changes: ChangeSet | null = null,
): number[] {
  const matches = searchMatcher(filters.search);
  const service = filters.service.toLowerCase();
  const rows: number[] = [];
  for (const action of catalog.actions) {
    if (service && action.service !== service) continue;
    if (filters.accessLevel && action.level !== filters.accessLevel) continue;
    if (!matches(action.fullName)) continue;
    if (filters.region && (!snapshot || !regionMatches(snapshot, action.id, filters.region))) continue;
    if (filters.change && !changes?.column[action.id]) continue;
    rows.push(action.id);
  }
  if (sort.column === 'action' && !sort.descending) return rows;
  const keys = new Map(rows.map((i) => [i, sortKey(catalog, snapshot, sort.column, i)]));
  const direction = sort.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = keys.get(a) ?? 0;
    const y = keys.get(b) ?? 0;
    return (x < y ? -1 : x > y ? 1 : 0) * direction || a - b;
  });
}

/** The deny reason of a row as a short code for display. */
export function rowDeniedBy(snapshot: AnalysisSnapshot, i: number) {
  return DENIED_BY[snapshot.deniedBy[i] ?? 0] ?? null;
}
