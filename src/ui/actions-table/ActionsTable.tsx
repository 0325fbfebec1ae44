/**
 * The per-action table: every catalog action, virtualised so 22,000 rows scroll smoothly. Rows
 * come from `computeTableRows` (filters and sort live in the store); selecting a row opens its
 * explanation.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';

import { resultsBadge } from '../../state/slices/results';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { computeTableRows, rowDeniedBy } from '../../state/tableRows';
import { EFFECTIVE_CLASSES, LAYER_CLASSES, REGIONS } from '../../worker/protocol';
import { Splitter } from '../common/Splitter';
import { useLayoutPrefs } from '../common/useLayoutPref';
import { EFFECTIVE_LABEL, LAYER_CLASS_LABEL, reasonText } from './cells';
import { gridTemplate, rowMinWidth, useTableColumns, widthKey } from './columns';
import { TableFilters } from './TableFilters';

const ROW_HEIGHT = 28;
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
  const { setSort, selectAction } = usePlaygroundActions();
  const scroller = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (catalog ? computeTableRows(catalog, analysis, filters, sort) : []),
    [catalog, analysis, filters, sort],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
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
          {badge !== null ? ` · ${badge}` : ''}
        </span>
      </header>
      <TableFilters />
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
          aria-rowcount={rows.length + 1}
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
              const i = rows[item.index] ?? 0;
              const action = catalog.actions[i];
              if (!action) return null;
              const effective = analysis ? EFFECTIVE_CLASSES[analysis.effective[i] ?? 0] : undefined;
              const always = analysis ? REGIONS[analysis.region[i] ?? 0] === 'alwaysAllowed' : false;
              const isSelected = selected === action.fullName;
              const reason =
                analysis && effective
                  ? reasonText(effective, rowDeniedBy(analysis, i), analysis.explicit[i] === 1, always)
                  : '';
              return (
                <div
                  key={i}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={isSelected}
                  className={`table-row${isSelected ? ' is-selected' : ''}`}
                  style={{
                    gridTemplateColumns: template,
                    transform: `translateY(${item.start - ROW_HEIGHT}px)`,
                  }}
                  onClick={() => selectAction(action.fullName)}
                >
                  <div role="cell" className="cell-action">
                    <button
                      type="button"
                      className="row-button"
                      title={action.fullName}
                      onClick={() => selectAction(action.fullName)}
                    >
                      {action.fullName}
                    </button>
                  </div>
                  <div role="cell" className="cell-level" title={action.accessLevel}>
                    {action.accessLevel}
                  </div>
                  {layers.map((l, li) => {
                    const cls = analysis ? LAYER_CLASSES[analysis.layerClass[li]?.[i] ?? 0] : undefined;
                    return (
                      <div role="cell" key={l} className={`cell-layer layer-${cls ?? 'none'}`}>
                        {cls ? LAYER_CLASS_LABEL[cls] : ''}
                      </div>
                    );
                  })}
                  <div
                    role="cell"
                    className={`cell-effective effective-${always ? 'allowed' : (effective ?? '')}`}
                  >
                    {effective ? EFFECTIVE_LABEL[always ? 'allowed' : effective] : ''}
                  </div>
                  <div role="cell" className="cell-reason" title={reason || undefined}>
                    {reason}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
