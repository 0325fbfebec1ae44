/** The right-hand side: the Venn view, then the table, the simulator, the effective policy or the guardrails. */
import { lazy, memo, Suspense } from 'react';

import { usePlayground, usePlaygroundActions, useShownPhase } from '../../state/hooks';
import type { ResultsPhase } from '../../state/slices/results';
import type { UiSlice } from '../../state/slices/ui';
import { ActionsTable } from '../actions-table/ActionsTable';
import { PanelBoundary } from '../common/PanelBoundary';
import { SPLITS } from '../common/splits';
import { SplitView } from '../common/SplitView';
import { VennDiagram } from '../diagram/VennDiagram';
import { CompareButton, ComparisonBar } from '../compare/ComparisonBar';

import { GuardrailsBadge } from '../guardrails/GuardrailsBadge';
import { ExampleStory } from '../sharing/ExampleStory';

// The views besides the table load when first opened: they stay out of the first JavaScript.
const Simulator = lazy(() => import('../simulator/Simulator').then((m) => ({ default: m.Simulator })));
const EffectivePolicyView = lazy(() =>
  import('../effective/EffectivePolicyView').then((m) => ({ default: m.EffectivePolicyView })),
);
const GuardrailsView = lazy(() => import('../guardrails/GuardrailsView'));
// The explanation (and its trace view) loads when an action is first selected.
const ExplanationPanel = lazy(() =>
  import('../explain/ExplanationPanel').then((m) => ({ default: m.ExplanationPanel })),
);

/** What a view shows while its code loads. */
function ViewLoading() {
  return (
    <p className="muted" role="status" aria-busy="true">
      Loading…
    </p>
  );
}

const VIEWS: { id: UiSlice['resultsView']; label: string; shortcut: string }[] = [
  { id: 'table', label: 'Actions', shortcut: 'Alt+1' },
  { id: 'simulator', label: 'Simulator', shortcut: 'Alt+2' },
  { id: 'effective', label: 'Effective policy', shortcut: 'Alt+3' },
  { id: 'guardrails', label: 'Guardrails', shortcut: 'Alt+4' },
];

/**
 * Results: always the Venn view, then one of four views. While the results do not belong to
 * the documents on screen, the whole region is marked busy (greyed once that lasts), or says why not.
 */
export function ResultsArea() {
  // aria-busy and data-phase follow the store at once; the greying and "Updating…" wait out the
  // grace of a quick run (see `useShownPhase`).
  const { phase, shown } = useShownPhase();
  // The class is what the region looks like, as current until a busy spell outlasts the grace:
  // the attributes flip with every keystroke, and no style depends on them.
  const look = shown ? phase : 'current';
  return (
    <div
      className={`results look-${look}`}
      aria-busy={phase === 'busy'}
      data-phase={phase}
      data-testid="results"
    >
      {shown && <ResultsStatus phase={phase} />}
      <ResultsViews />
    </div>
  );
}

/**
 * Everything inside the results region. Memoised: the phase flips on every keystroke and back
 * when the results arrive, and only the parts that show it (the status, the table's badge)
 * need to render again.
 */
const ResultsViews = memo(function ResultsViews() {
  const view = usePlayground((s) => s.resultsView);
  const { setResultsView } = usePlaygroundActions();
  return (
    <>
      <ExampleStory />
      <ComparisonBar />
      <PanelBoundary name="venn" label="The Venn view">
        <VennDiagram />
      </PanelBoundary>
      <div className="view-bar">
        <div className="view-tabs" role="tablist" aria-label="Results">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              aria-selected={view === v.id}
              className={`view-tab${view === v.id ? ' is-selected' : ''}`}
              title={`${v.label} (${v.shortcut})`}
              onClick={() => setResultsView(v.id)}
              data-testid={`view.${v.id}`}
            >
              {v.label}
              {v.id === 'guardrails' && <GuardrailsBadge />}
            </button>
          ))}
        </div>
        <CompareButton />
      </div>
      <div className="view-panel" role="tabpanel" aria-label={VIEWS.find((v) => v.id === view)?.label}>
        {view === 'table' && <TableAndExplanation />}
        <Suspense fallback={<ViewLoading />}>
          {view === 'simulator' && (
            <PanelBoundary name="simulator" label="The simulator">
              <Simulator />
            </PanelBoundary>
          )}
          {view === 'effective' && (
            <PanelBoundary name="effective" label="The effective policy">
              <EffectivePolicyView />
            </PanelBoundary>
          )}
          {view === 'guardrails' && (
            <PanelBoundary name="guardrails" label="The guardrails">
              <GuardrailsView />
            </PanelBoundary>
          )}
        </Suspense>
      </div>
    </>
  );
});

/** Says why the results are not final: updating, failed, paused. Nothing when they are current. */
function ResultsStatus({ phase }: { phase: ResultsPhase }) {
  const error = usePlayground((s) => s.error);
  const paused = usePlayground((s) => s.paused);
  const { setPaused } = usePlaygroundActions();
  if (phase === 'busy') {
    return (
      <p className="results-status" role="status" data-testid="results.updating">
        Updating…
      </p>
    );
  }
  if (phase === 'failed') {
    return (
      <p className="error-banner" role="alert" data-testid="results.failed">
        {error} Your policies are unchanged.
      </p>
    );
  }
  if (phase === 'paused') {
    return (
      <div className="error-banner" role="alert" data-testid="results.paused">
        <p>{paused}</p>
        <button type="button" className="small-button" onClick={() => setPaused(null)}>
          Evaluate it now
        </button>
      </div>
    );
  }
  return null;
}

/** The table, and under it the selected action's explanation, with a resizable split between. */
function TableAndExplanation() {
  const explaining = usePlayground((s) => s.selectedAction !== null);
  return (
    <SplitView
      className="table-and-explanation"
      {...SPLITS.explanation}
      resizable={explaining}
      first={
        <PanelBoundary name="table" label="The actions table">
          <ActionsTable />
        </PanelBoundary>
      }
      second={
        <PanelBoundary name="explanation" label="The explanation">
          {explaining && (
            <Suspense fallback={<ViewLoading />}>
              <ExplanationPanel />
            </Suspense>
          )}
        </PanelBoundary>
      }
    />
  );
}
