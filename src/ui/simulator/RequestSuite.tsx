/**
 * The scenario's requests as a suite: every request with its decision and, when it carries an
 * expectation, whether it was met. A listbox: arrow keys move the selection; the buttons add,
 * duplicate, remove and reorder.
 */
import { useRef, type KeyboardEvent } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectSuiteRows, type SuiteRow } from '../../state/selectors';
import { DECISION_CHIP } from './decisionLabels';
import { PasteDenial } from './PasteDenial';

/** The request list with its toolbar and the "as expected" summary. */
export function RequestSuite() {
  const rows = usePlayground(selectSuiteRows);
  const selected = usePlayground((s) => s.selectedRequestId);
  const { selectRequest, addRequest, duplicateRequest, removeRequest, moveRequest } = usePlaygroundActions();
  const list = useRef<HTMLUListElement>(null);
  const index = Math.max(
    0,
    rows.findIndex((r) => r.id === selected),
  );
  const tested = rows.filter((r) => r.expectation !== null);
  const met = tested.filter((r) => r.expectation === 'met').length;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    if (event.altKey) {
      moveRequest(selected, step);
      return;
    }
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
    if (next) selectRequest(next.id);
  };

  return (
    <section className="request-suite" aria-labelledby="suite-heading" data-testid="suite">
      <header className="suite-header">
        <h3 id="suite-heading" className="sub-heading">
          Requests <span className="muted">({rows.length})</span>
        </h3>
        {tested.length > 0 && (
          <span
            className={`suite-summary ${met === tested.length ? 'is-met' : 'is-unmet'}`}
            data-testid="suite.summary"
          >
            {met} of {tested.length} as expected
          </span>
        )}
      </header>
      <ul
        ref={list}
        className="suite-list"
        role="listbox"
        aria-labelledby="suite-heading"
        aria-activedescendant={`suite-row-${selected}`}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {rows.map((row, i) => (
          <SuiteItem
            key={row.id}
            row={row}
            position={i}
            selected={row.id === selected}
            onSelect={() => {
              selectRequest(row.id);
              list.current?.focus();
            }}
          />
        ))}
      </ul>
      <div className="suite-tools" role="group" aria-label="Request suite">
        <button type="button" className="small-button" onClick={() => addRequest()} data-testid="suite.add">
          + Request
        </button>
        <button type="button" className="small-button" onClick={() => duplicateRequest(selected)}>
          Duplicate
        </button>
        <button
          type="button"
          className="small-button"
          disabled={rows.length <= 1}
          aria-label="Remove the request"
          onClick={() => removeRequest(selected)}
        >
          Remove
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move the request up"
          title="Move up (Alt+↑)"
          disabled={index === 0}
          onClick={() => moveRequest(selected, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move the request down"
          title="Move down (Alt+↓)"
          disabled={index >= rows.length - 1}
          onClick={() => moveRequest(selected, 1)}
        >
          ↓
        </button>
      </div>
      <PasteDenial />
    </section>
  );
}

function SuiteItem({
  row,
  position,
  selected,
  onSelect,
}: {
  row: SuiteRow;
  position: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const decision = row.result?.decision;
  return (
    <li
      id={`suite-row-${row.id}`}
      role="option"
      aria-selected={selected}
      className={`suite-row${selected ? ' is-selected' : ''}`}
      onClick={onSelect}
      data-testid={`suite.row.${position}`}
    >
      <span
        className={`decision-chip ${decision ? `decision-${decision}` : 'is-pending'}`}
        data-testid="suite.decision"
      >
        {decision ? DECISION_CHIP[decision] : '…'}
      </span>
      <span className="suite-action">{row.action || '(no action)'}</span>
      <span className="suite-resource muted" title={row.resource}>
        {row.resource}
      </span>
      {row.expectation !== null && (
        <span
          className={`suite-expect ${row.expectation === 'met' ? 'is-met' : 'is-unmet'}`}
          title={row.expectationText}
          data-outcome={row.expectation}
          data-testid="suite.expectation"
        >
          <span aria-hidden="true">{row.expectation === 'met' ? '✓' : '✗'}</span>
          <span className="visually-hidden">
            {row.expectation === 'met' ? 'as expected' : `not as expected: ${row.expectationText}`}
          </span>
        </span>
      )}
    </li>
  );
}
