/**
 * The per-action table: every catalog action, virtualised so 22,000 rows scroll smoothly. Rows
 * come from `computeTableRows` (filters and sort live in the store); selecting a row opens its
 * explanation.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';

import { resultsBadge } from '../../state/slices/results';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { groupByService, summaryItems, type SummaryItem } from '../../state/serviceSummary';
import { filtersNarrow, type TableView } from '../../state/slices/ui';
import { computeTableRows } from '../../state/tableRows';
import { changeAt } from '../../state/changes';
import { useBaselineChanges, useFilteredChanges } from '../compare/ComparisonBar';
import { ActionRow } from './ActionRow';
import { ChangesBar } from './ChangesBar';
import { ServiceRow } from './ServiceRow';
import { Splitter } from '../common/Splitter';
import { useLayoutPrefs } from '../common/useLayoutPref';
import { gridTemplate, rowMinWidth, useTableColumns, widthKey } from './columns';
import { TableFilters } from './TableFilters';

const ROW_HEIGHT = 28;

/** The table's two ways of listing rows, in the order of the switch. */
const TABLE_VIEWS: readonly { readonly view: TableView; readonly label: string }[] = [
  { view: 'services', label: 'By service' },
  { view: 'actions', label: 'All actions' },
];
/** The rows' left and right padding together, in pixels (styles.css: `.table-row`). */
const ROW_PADDING = 20;

/** The table with its filters. */
export function ActionsTable() {
  const catalog = usePlayground((s) => s.catalog);
  const analysis = usePlayground((s) => s.snapshot?.analysis ?? null);
  const badge = usePlayground(resultsBadge);
  const stale = badge !== null;
  const filters = usePlayground((s) => s.filters);
  const sort = usePlayground((s) => s.sort);
  const selected = usePlayground((s) => s.selectedAction);
  const toggles = usePlayground((s) => s.serviceToggles);
  const lastEdit = usePlayground((s) => s.lastEdit);
  const comparing = usePlayground((s) => s.baseline !== null);
  const baselineChanges = useBaselineChanges();
  // The rows the change filter keeps; the marks on rows: the comparison's changes while
  // comparing, else the last edit's.
  const changes = useFilteredChanges();
  const marks = comparing ? baselineChanges : lastEdit;
  const { setSort, selectAction, toggleService, setFilters } = usePlaygroundActions();
  const scroller = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (catalog ? computeTableRows(catalog, analysis, filters, sort, changes) : []),
    [catalog, analysis, filters, sort, changes],
  );
  const grouped = filters.view === 'services';
  const groups = useMemo(
    () => (catalog && grouped ? groupByService(catalog, analysis, rows) : null),
    [catalog, analysis, rows, grouped],
  );
  const items: readonly SummaryItem[] = useMemo(
    () =>
      groups
        ? summaryItems(groups, toggles, filtersNarrow(filters))
        : rows.map((index) => ({ kind: 'action', index }) as const),
    [groups, rows, toggles, filters],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header row sits above the rows in the same scroller.
    scrollMargin: ROW_HEIGHT,
  });

  const layers = analysis?.layers ?? ['identity', 'boundary'];
  const columns = useTableColumns(layers);
  const [, setWidth] = useLayoutPrefs();
  const template = gridTemplate(columns);
  const minWidth = rowMinWidth(columns, ROW_PADDING);

  return (
    <section className="panel table-panel" aria-labelledby="actions-heading">
      <header className="panel-header">
        <h2 id="actions-heading">Actions</h2>
        <span className="muted" aria-live="polite" data-testid="table.count">
          {catalog
            ? `${rows.length.toLocaleString('en')} of ${catalog.actions.length.toLocaleString('en')}`
            : ''}
          {groups ? ` · ${groups.length.toLocaleString('en')} services` : ''}
          {badge !== null ? ` · ${badge}` : ''}
        </span>
        <div className="segmented table-view-switch" role="group" aria-label="List actions">
          {TABLE_VIEWS.map(({ view, label }) => (
            <button
              key={view}
              type="button"
              aria-pressed={filters.view === view}
              onClick={() => setFilters({ view })}
              data-testid={`table.view.${view}`}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <TableFilters />
      {lastEdit && <ChangesBar source="lastEdit" label="Your last edit" changes={lastEdit} />}
      {!catalog ? (
        <p className="table-empty" role="status">
          Loading the AWS action catalog…
        </p>
      ) : (
        // One scroller for both axes, so the header row scrolls sideways with the rows.
        <div
          ref={scroller}
          className={`actions-table${stale ? ' is-stale' : ''}`}
          role="table"
          aria-label="Actions"
          aria-rowcount={items.length + 1}
          data-testid="actions-table"
          tabIndex={-1}
        >
          <div role="rowgroup" className="table-head-group" style={{ minWidth }}>
            <div
              className="table-row table-head"
              role="row"
              aria-rowindex={1}
              style={{ gridTemplateColumns: template }}
            >
              {columns.map((c) => (
                <div
                  key={c.key}
                  role="columnheader"
                  // Named by its label alone: the resize handle inside must not join the name.
                  aria-label={c.label}
                  aria-sort={sort.column === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={c.label}
                    onClick={() => setSort(c.key)}
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {sort.column === c.key ? (sort.descending ? ' ▾' : ' ▴') : ''}
                    </span>
                  </button>
                  {c.width !== undefined && (
                    <Splitter
                      className="column-resizer"
                      unit="px"
                      value={c.width}
                      min={c.min}
                      max={c.max}
                      onChange={(width) => setWidth(widthKey(c.key), Math.round(width))}
                      label={`Resize the ${c.label} column`}
                    />
                  )}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
            {rows.length === 0 && <p className="table-empty">No action matches these filters.</p>}
            {virtualizer.getVirtualItems().map((item) => {
              const line = items[item.index];
              if (!line) return null;
              const style = {
                gridTemplateColumns: template,
                transform: `translateY(${item.start - ROW_HEIGHT}px)`,
              };
              const rowIndex = item.index + 2;
              if (line.kind === 'service') {
                return (
                  <ServiceRow
                    key={`service:${line.group.prefix}`}
                    group={line.group}
                    expanded={line.expanded}
                    changes={marks}
                    rowIndex={rowIndex}
                    style={style}
                    onToggle={toggleService}
                  />
                );
              }
              const action = catalog.actions[line.index];
              if (!action) return null;
              return (
                <ActionRow
                  key={line.index}
                  action={action}
                  analysis={analysis}
                  layers={layers}
                  selected={selected === action.fullName}
                  change={marks ? changeAt(marks, line.index) : null}
                  rowIndex={rowIndex}
                  style={style}
                  onSelect={selectAction}
                />
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
