/** What the last edit (or the comparison with a baseline) changed, with a filter to show only that. */
import type { ChangeSet } from '../../state/changes';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { ChangeFilter } from '../../state/slices/ui';

/** Props of {@link ChangesBar}. */
export interface ChangesBarProps {
  /** Which change set this bar reports. */
  readonly source: Exclude<ChangeFilter, ''>;
  /** How the bar names it, e.g. "Your last edit". */
  readonly label: string;
  readonly changes: ChangeSet;
}

/** Counts of gained, lost and changed actions, and "Show only these" bound to the table's filter. */
export function ChangesBar({ source, label, changes }: ChangesBarProps) {
  const active = usePlayground((s) => s.filters.change === source);
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
            +{gained.toLocaleString('en')} gained
          </span>
          <span className="change-count change-lost" data-kind="lost">
            −{lost.toLocaleString('en')} lost
          </span>
          <span className="change-count change-changed" data-kind="changed">
            ~{changed.toLocaleString('en')} changed scope
          </span>
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
}
