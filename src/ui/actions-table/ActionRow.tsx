/** One action of the table: its name, access level, each layer's class, the decision and why. */
import { memo } from 'react';

import type { CatalogAction } from '../../catalog';
import type { ChangeKind } from '../../state/changes';
import { rowDeniedBy } from '../../state/tableRows';
import { EFFECTIVE_CLASSES, LAYER_CLASSES, REGIONS, type AnalysisSnapshot } from '../../worker/protocol';
import { EFFECTIVE_LABEL, LAYER_CLASS_LABEL, reasonText } from './cells';
import { rowStyle } from './columns';

const CHANGE_MARK: Readonly<Record<ChangeKind, string>> = { gained: '+', lost: '−', changed: '~' };
const CHANGE_TITLE: Readonly<Record<ChangeKind, string>> = {
  gained: 'Gained',
  lost: 'Lost',
  changed: 'Scope changed',
};

/** Props of {@link ActionRow}. */
export interface ActionRowProps {
  readonly action: CatalogAction;
  readonly analysis: AnalysisSnapshot | null;
  readonly layers: readonly string[];
  readonly selected: boolean;
  /** How the action's result changed (by the last edit, or against the baseline), if it did. */
  readonly change: ChangeKind | null;
  /** `aria-rowindex`: its line in the table, the header being 1. */
  readonly rowIndex: number;
  /** The grid's `grid-template-columns`. */
  readonly template: string;
  /** Where the line sits in the scrolled rows, in pixels (the virtualiser's offset). */
  readonly top: number;
  readonly onSelect: (action: string) => void;
}

/**
 * A row of the table for one catalog action; a click opens its explanation. Memoised: the table
 * renders again whenever its busy state flips (every keystroke), its rows only when theirs change.
 */
export const ActionRow = memo(function ActionRow({
  action,
  analysis,
  layers,
  selected,
  change,
  rowIndex,
  template,
  top,
  onSelect,
}: ActionRowProps) {
  const i = action.id;
  const effective = analysis ? EFFECTIVE_CLASSES[analysis.effective[i] ?? 0] : undefined;
  const always = analysis ? REGIONS[analysis.region[i] ?? 0] === 'alwaysAllowed' : false;
  const reason =
    analysis && effective
      ? reasonText(effective, rowDeniedBy(analysis, i), analysis.explicit[i] === 1, always)
      : '';
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className={`table-row${selected ? ' is-selected' : ''}${change ? ` is-${change}` : ''}`}
      data-change={change ?? undefined}
      style={rowStyle(template, top)}
      onClick={() => onSelect(action.fullName)}
    >
      <div role="cell" className="cell-action">
        {change && (
          <span className={`change-mark change-${change}`} title={CHANGE_TITLE[change]}>
            <span aria-hidden="true">{CHANGE_MARK[change]}</span>
            <span className="visually-hidden">{CHANGE_TITLE[change]}: </span>
          </span>
        )}
        <button
          type="button"
          className="row-button"
          title={action.fullName}
          onClick={() => onSelect(action.fullName)}
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
      <div role="cell" className={`cell-effective effective-${always ? 'allowed' : (effective ?? '')}`}>
        {effective ? EFFECTIVE_LABEL[always ? 'allowed' : effective] : ''}
      </div>
      <div role="cell" className="cell-reason" title={reason || undefined}>
        {reason}
      </div>
    </div>
  );
});
