/** The table's header row: a sort button per column, and a resize handle where widths can change. */
import { memo } from 'react';

import type { SortColumn, UiSlice } from '../../state/slices/ui';
import { Splitter } from '../common/Splitter';
import { widthKey, type TableColumn } from './columns';

/** Props of {@link TableHead}. */
export interface TableHeadProps {
  readonly columns: readonly TableColumn[];
  readonly sort: UiSlice['sort'];
  /** The grid's `grid-template-columns`, as the rows have it. */
  readonly template: string;
  readonly minWidth: number;
  readonly onSort: (column: SortColumn) => void;
  /** Remembers a width under its preference key. */
  readonly onWidth: (key: string, width: number) => void;
}

/**
 * The header row group. Memoised: the table renders again each time its busy state flips, and
 * the header changes only with the columns or the sort.
 */
export const TableHead = memo(function TableHead({
  columns,
  sort,
  template,
  minWidth,
  onSort,
  onWidth,
}: TableHeadProps) {
  return (
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
            <button type="button" className="sort-button" title={c.label} onClick={() => onSort(c.key)}>
              {c.label}
              <span aria-hidden="true">{sort.column === c.key ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
            </button>
            {c.width !== undefined && (
              <Splitter
                className="column-resizer"
                unit="px"
                value={c.width}
                min={c.min}
                max={c.max}
                onChange={(width) => onWidth(widthKey(c.key), Math.round(width))}
                label={`Resize the ${c.label} column`}
              />
            )}
          </div>
        ))}
      </div>
    </div>
  );
});
