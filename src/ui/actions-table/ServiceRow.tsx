/** A service's line in the grouped table: open or close it, and its counts per class. */
import { memo } from 'react';

import { countChanges, type ChangeKind, type ChangeSet } from '../../state/changes';
import type { ServiceCounts, ServiceGroup } from '../../state/serviceSummary';
import { rowStyle } from './columns';
import { formatCount } from '../../engine';

const CHANGE_CHIPS: readonly { readonly kind: ChangeKind; readonly sign: string; readonly label: string }[] =
  [
    { kind: 'gained', sign: '+', label: 'gained' },
    { kind: 'lost', sign: '−', label: 'lost' },
    { kind: 'changed', sign: '~', label: 'changed scope' },
  ];

/** The classes a service line counts, in reading order, with the tone that colours each. */
const COUNTED: readonly {
  readonly key: keyof ServiceCounts;
  readonly label: string;
  readonly tone: string;
}[] = [
  { key: 'allowed', label: 'allowed', tone: 'allow' },
  { key: 'conditional', label: 'conditional', tone: 'conditional' },
  { key: 'cutByBoundary', label: 'cut by boundary', tone: 'cut' },
  { key: 'cutElsewhere', label: 'cut elsewhere', tone: 'ceiling' },
  { key: 'explicitDeny', label: 'explicitly denied', tone: 'deny' },
  { key: 'notGranted', label: 'not granted', tone: 'neutral' },
];

/** Props of {@link ServiceRow}. */
export interface ServiceRowProps {
  readonly group: ServiceGroup;
  readonly expanded: boolean;
  /** The changes the rows are marked with (last edit or comparison), counted per service. */
  readonly changes: ChangeSet | null;
  readonly rowIndex: number;
  /** The grid's `grid-template-columns`. */
  readonly template: string;
  /** Where the line sits in the scrolled rows, in pixels (the virtualiser's offset). */
  readonly top: number;
  readonly onToggle: (prefix: string, expanded: boolean) => void;
}

/** The header line of one service: a disclosure button and the non-zero counts (memoised, as `ActionRow`). */
export const ServiceRow = memo(function ServiceRow({
  group,
  expanded,
  changes,
  rowIndex,
  template,
  top,
  onToggle,
}: ServiceRowProps) {
  const counts = COUNTED.filter(({ key }) => group.counts[key] > 0);
  const changed = changes === null ? null : countChanges(changes, group.rows);
  const total = group.rows.length;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className="table-row service-row"
      style={rowStyle(template, top)}
      data-testid={`table.service.${group.prefix}`}
      onClick={() => onToggle(group.prefix, !expanded)}
    >
      <div role="rowheader" className="cell-service">
        <button
          type="button"
          className="row-button service-button"
          aria-expanded={expanded}
          title={`${group.name}: ${formatCount(total)} actions`}
          onClick={(event) => {
            // The row's own click handler toggles too: once is enough.
            event.stopPropagation();
            onToggle(group.prefix, !expanded);
          }}
        >
          <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
          {group.prefix}
          <span className="service-total"> · {formatCount(total)}</span>
        </button>
      </div>
      <div role="cell" className="cell-service-counts">
        {changed &&
          CHANGE_CHIPS.filter(({ kind }) => changed[kind] > 0).map(({ kind, sign, label }) => (
            <span key={kind} className={`count-chip change-${kind}`} data-change={kind}>
              {sign}
              {formatCount(changed[kind])} {label}
            </span>
          ))}
        {counts.map(({ key, label, tone }) => (
          <span key={key} className={`count-chip tone-${tone}`} data-class={key}>
            <span className="legend-swatch" aria-hidden="true" />
            {formatCount(group.counts[key])} {label}
          </span>
        ))}
      </div>
    </div>
  );
});
