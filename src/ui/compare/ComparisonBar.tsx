/** "Compare with…", and while comparing, what changed against the baseline and a way to stop. */
import { lazy, Suspense, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';

import { compareSnapshots } from '../../state/changes';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { ChangesBar } from '../actions-table/ChangesBar';

const CompareDialog = lazy(() => import('./CompareDialog'));

/** The comparison's changes: the baseline's analysis against the one on screen. */
export function useBaselineChanges() {
  const before = usePlayground((s) => s.baselineAnalysis);
  const after = usePlayground((s) => s.snapshot?.analysis ?? null);
  return useMemo(() => (before && after ? compareSnapshots(before, after) : null), [before, after]);
}

/**
 * The change set the table's change filter names (the last edit's or the comparison's), or null
 * when the table is not filtered to one.
 */
export function useFilteredChanges() {
  const filter = usePlayground((s) => s.filters.change);
  const lastEdit = usePlayground((s) => s.lastEdit);
  const baselineChanges = useBaselineChanges();
  return filter === 'lastEdit' ? lastEdit : filter === 'baseline' ? baselineChanges : null;
}

/** The button that opens the dialog. */
export function CompareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="small-button compare-button" onClick={() => setOpen(true)}>
        Compare with…
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <CompareDialog onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}

/** While comparing: the counts against the baseline, "Show only these", and "Stop comparing". */
export function ComparisonBar() {
  const baseline = usePlayground((s) => s.baseline);
  const error = usePlayground((s) => s.baselineError);
  const changes = useBaselineChanges();
  const { setBaseline } = usePlaygroundActions();
  if (baseline === null) return null;
  const stop = (
    <button type="button" className="small-button" onClick={() => setBaseline(null)}>
      Stop comparing
    </button>
  );
  return (
    <div className="comparison" data-testid="comparison">
      {error !== null ? (
        <p role="alert" className="error-banner">
          The baseline could not be evaluated: {error}
        </p>
      ) : changes === null ? (
        <p className="changes-bar" role="status" aria-busy="true">
          Comparing with {baseline.label}…
        </p>
      ) : (
        <ChangesBar source="baseline" label={`Compared with ${baseline.label}`} changes={changes} />
      )}
      {stop}
    </div>
  );
}
