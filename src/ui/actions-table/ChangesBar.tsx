/** What the last edit (or the comparison with a baseline) changed, with a filter to show only that. */
import { memo, useMemo } from 'react';

import type { Catalog } from '../../catalog';
import { countChanges, type ChangeKind, type ChangeSet } from '../../state/changes';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { ChangeFilter } from '../../state/slices/ui';
import { formatCount } from '../../engine';

/** Gained, lost and changed counts per access level of the changed actions, by level name. */
function byAccessLevel(catalog: Catalog, changes: ChangeSet): [string, Record<ChangeKind, number>][] {
  const levels = new Map<string, number[]>();
  for (const action of catalog.actions) {
    if (!changes.column[action.id]) continue;
    const ids = levels.get(action.level);
    if (ids === undefined) levels.set(action.level, [action.id]);
    else ids.push(action.id);
  }
  return [...levels]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([level, ids]) => [level, countChanges(changes, ids)]);
}

/** Props of {@link ChangesBar}. */
export interface ChangesBarProps {
  /** Which change set this bar reports. */
  readonly source: Exclude<ChangeFilter, ''>;
  /** How the bar names it, e.g. "Your last edit". */
  readonly label: string;
  readonly changes: ChangeSet;
}

/** Counts of gained, lost and changed actions, and "Show only these" bound to the table's filter. */
export const ChangesBar = memo(function ChangesBar({ source, label, changes }: ChangesBarProps) {
  const active = usePlayground((s) => s.filters.change === source);
  const catalog = usePlayground((s) => s.catalog);
  const levels = useMemo(() => (catalog ? byAccessLevel(catalog, changes) : []), [catalog, changes]);
  const { setFilters } = usePlaygroundActions();
  const { gained, lost, changed } = changes.counts;
  const none = gained + lost + changed === 0;
  return (
    <div className="changes-bar" role="status" data-testid={`changes.${source}`}>
      <span className="changes-label">{label}:</span>
      {none ? (
        <span className="muted">no action’s result changed</span>
      ) : (
        <>
          <span className="change-count change-gained" data-kind="gained">
            +{formatCount(gained)} gained
          </span>
          <span className="change-count change-lost" data-kind="lost">
            −{formatCount(lost)} lost
          </span>
          <span className="change-count change-changed" data-kind="changed">
            ~{formatCount(changed)} changed scope
          </span>
          <details className="changes-levels">
            <summary>By access level</summary>
            <ul>
              {levels.map(([level, counts]) => (
                <li key={level} data-level={level}>
                  {level}: +{counts.gained} −{counts.lost} ~{counts.changed}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {(!none || active) && (
        <button
          type="button"
          className="changes-filter"
          aria-pressed={active}
          onClick={() => setFilters({ change: active ? '' : source })}
        >
          {active ? 'Show all' : 'Show only these'}
        </button>
      )}
    </div>
  );
});
