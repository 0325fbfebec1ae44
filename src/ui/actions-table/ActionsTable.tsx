/**
 * The per-action table: every catalog action, virtualised so 22,000 rows scroll smoothly. Rows
 * come from `computeTableRows` (filters and sort live in the store); selecting a row opens its
 * explanation.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';

import { usePlayground, usePlaygroundActions, useResultsBadge } from '../../state/hooks';
import { groupByService, summaryItems, type SummaryItem } from '../../state/serviceSummary';
import { filtersNarrow, type TableView } from '../../state/slices/ui';
import { computeTableRows } from '../../state/tableRows';
import { changeAt } from '../../state/changes';
import { useBaselineChanges, useFilteredChanges } from '../compare/ComparisonBar';
import { ActionRow } from './ActionRow';
import { ChangesBar } from './ChangesBar';
import { ServiceRow } from './ServiceRow';
import { useLayoutPrefs } from '../common/useLayoutPref';
import { gridTemplate, rowMinWidth, useTableColumns } from './columns';
import { TableHead } from './TableHead';
import { TableFilters } from './TableFilters';
import { formatCount } from '../../engine';

const ROW_HEIGHT = 28;

/** The table's two ways of listing rows, in the order of the switch. */
const TABLE_VIEWS: readonly { readonly view: TableView; readonly label: string }[] = [
  { view: 'services', label: 'By service' },
  { view: 'actions', label: 'All actions' },
];
/** The layers shown before the first results: the example's. */
const DEFAULT_LAYERS: readonly string[] = ['identity', 'boundary'];

/** The rows' left and right padding together, in pixels (styles.css: `.table-row`). */
const ROW_PADDING = 20;

/**
 * How many rows are listed, and the results' badge: its own component, so the badge's flips
 * (every keystroke) render this line, not the table.
 */
function TableCount({
  rows,
  total,
  services,
}: {
  rows: number;
  total: number | null;
  services: number | null;
}) {
  const badge = useResultsBadge();
  return (
    <span className="muted" aria-live="polite" data-testid="table.count">
      {total !== null ? `${formatCount(rows)} of ${formatCount(total)}` : ''}
      {services !== null ? ` · ${formatCount(services)} services` : ''}
      {badge !== null ? ` · ${badge}` : ''}
    </span>
  );
}

/** The table with its filters. */
export function ActionsTable() {
  const catalog = usePlayground((s) => s.catalog);
  const analysis = usePlayground((s) => s.snapshot?.analysis ?? null);
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

  const layers = analysis?.layers ?? DEFAULT_LAYERS;
  const columns = useTableColumns(layers);
  const [, setWidth] = useLayoutPrefs();
  const template = gridTemplate(columns);
  const minWidth = rowMinWidth(columns, ROW_PADDING);

  return (
    <section className="panel table-panel" aria-labelledby="actions-heading">
      <header className="panel-header">
        <h2 id="actions-heading">Actions</h2>
        <TableCount
          rows={rows.length}
          total={catalog?.actions.length ?? null}
          services={groups ? groups.length : null}
        />
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
          className="actions-table"
          role="table"
          aria-label="Actions"
          aria-rowcount={items.length + 1}
          data-testid="actions-table"
          tabIndex={-1}
        >
          <TableHead
            columns={columns}
            sort={sort}
            template={template}
            minWidth={minWidth}
            onSort={setSort}
            onWidth={setWidth}
          />
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
            {rows.length === 0 && <p className="table-empty">No action matches these filters.</p>}
            {virtualizer.getVirtualItems().map((item) => {
              const line = items[item.index];
              if (!line) return null;
              const top = item.start - ROW_HEIGHT;
              const rowIndex = item.index + 2;
              if (line.kind === 'service') {
                return (
                  <ServiceRow
                    key={`service:${line.group.prefix}`}
                    group={line.group}
                    expanded={line.expanded}
                    changes={marks}
                    rowIndex={rowIndex}
                    template={template}
                    top={top}
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
                  template={template}
                  top={top}
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
