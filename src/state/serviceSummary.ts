/**
 * The table's per-service summary: the rows `computeTableRows` chose, grouped by service, with
 * counts per class and the services that matter first. A pure function of the catalog, the
 * analysis snapshot and the rows, so it is tested without a browser.
 */
import type { Catalog } from '../catalog';
import { EFFECTIVE_CLASSES, REGIONS, type AnalysisSnapshot } from '../worker/protocol';

/** How many of a service's shown actions fall in each class. */
export interface ServiceCounts {
  /** Effective and allowed on every resource, unconditionally (always-allowed actions included). */
  readonly allowed: number;
  readonly conditional: number;
  /** Granted by the identity policies, cut by the permissions boundary. */
  readonly cutByBoundary: number;
  /** Granted by identity and boundary, cut by another ceiling (SCP, RCP, session, VPC endpoint). */
  readonly cutElsewhere: number;
  readonly explicitDeny: number;
  /** Nothing grants it (boundary only, or neither). */
  readonly notGranted: number;
}

/** One service of the summary, with the indexes (into `catalog.actions`) of its shown rows. */
export interface ServiceGroup {
  readonly prefix: string;
  readonly name: string;
  readonly rows: readonly number[];
  readonly counts: ServiceCounts;
}

/** One line of the grouped table: a service header, or one of its actions when it is expanded. */
export type SummaryItem =
  | { readonly kind: 'service'; readonly group: ServiceGroup; readonly expanded: boolean }
  | { readonly kind: 'action'; readonly index: number };

type MutableCounts = { -readonly [K in keyof ServiceCounts]: number };

function emptyCounts(): MutableCounts {
  return { allowed: 0, conditional: 0, cutByBoundary: 0, cutElsewhere: 0, explicitDeny: 0, notGranted: 0 };
}

/** The class one action counts under. */
function classOf(snapshot: AnalysisSnapshot, i: number): keyof ServiceCounts {
  const region = REGIONS[snapshot.region[i] ?? 0];
  switch (region) {
    case 'alwaysAllowed':
      return 'allowed';
    case 'effective':
      return EFFECTIVE_CLASSES[snapshot.effective[i] ?? 0] === 'conditional' ? 'conditional' : 'allowed';
    case 'identityOnly':
      return 'cutByBoundary';
    case 'cutElsewhere':
      return 'cutElsewhere';
    case 'explicitDeny':
      return 'explicitDeny';
    default:
      return 'notGranted';
  }
}

/**
 * What matters first: services with something allowed or conditional (most first), then those
 * with something cut (most first), then the rest; ties by prefix.
 */
function importance(counts: ServiceCounts): [number, number] {
  return [
    counts.allowed + counts.conditional,
    counts.cutByBoundary + counts.cutElsewhere + counts.explicitDeny,
  ];
}

/**
 * Groups `rows` (already filtered and sorted) by service, keeping their order inside each group,
 * and orders the groups by {@link importance}. Without a snapshot every action counts as not
 * granted and the groups keep catalog order.
 */
export function groupByService(
  catalog: Catalog,
  snapshot: AnalysisSnapshot | null,
  rows: readonly number[],
): ServiceGroup[] {
  const byPrefix = new Map<string, { rows: number[]; counts: MutableCounts }>();
  for (const i of rows) {
    const prefix = catalog.actions[i]?.service;
    if (prefix === undefined) continue;
    let group = byPrefix.get(prefix);
    if (group === undefined) byPrefix.set(prefix, (group = { rows: [], counts: emptyCounts() }));
    group.rows.push(i);
    group.counts[snapshot ? classOf(snapshot, i) : 'notGranted']++;
  }
  const groups = [...byPrefix].map(([prefix, group]) => ({
    prefix,
    name: catalog.findService(prefix)?.name ?? prefix,
    rows: group.rows,
    counts: group.counts,
  }));
  return groups.sort((a, b) => {
    const [x1, x2] = importance(a.counts);
    const [y1, y2] = importance(b.counts);
    return y1 - x1 || y2 - x2 || (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0);
  });
}

/**
 * The lines to show: each group's header, followed by its rows when it is expanded. A group is
 * expanded when the person toggled it open, or, untouched, when `expandByDefault` (the table is
 * filtered, so the rows are what the person is looking for).
 */
export function summaryItems(
  groups: readonly ServiceGroup[],
  toggles: Readonly<Record<string, boolean>>,
  expandByDefault: boolean,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const group of groups) {
    const expanded = Object.hasOwn(toggles, group.prefix) ? toggles[group.prefix] === true : expandByDefault;
    items.push({ kind: 'service', group, expanded });
    if (expanded) for (const index of group.rows) items.push({ kind: 'action', index });
  }
  return items;
}
