/**
 * Why one action ends where it does: each layer's class, the statements that matched or failed
 * (highlighted in the editors), the scope when conditional, and the message AWS would print.
 */
import { describeLayer, type Request } from '../../engine';
import { changeAt } from '../../state/changes';
import { rowsOfContext } from '../../state/slices/request';
import { useBaselineChanges } from '../compare/ComparisonBar';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import {
  DENIED_BY,
  EFFECTIVE_CLASSES,
  LAYER_CLASSES,
  REGIONS,
  type EffectiveClass,
} from '../../worker/protocol';
import { EFFECTIVE_LABEL, LAYER_CLASS_LABEL, layerHeading, reasonText } from '../actions-table/cells';
import { CopyButton } from '../common/CopyButton';
import { REGION_INFO } from '../diagram/regions';
import { TraceView } from './TraceView';
import { useTraceNavigation } from './useTraceNavigation';

/** The explanation of the selected action; nothing when no action is selected. */
export function ExplanationPanel() {
  const selected = usePlayground((s) => s.selectedAction);
  // The explanation of these documents only: an older one is not shown as if current.
  const explanation = usePlayground((s) =>
    s.explanation?.action === s.selectedAction && s.explanationRevision === s.inputRevision
      ? s.explanation
      : null,
  );
  const analysis = usePlayground((s) => s.snapshot?.analysis ?? null);
  const catalog = usePlayground((s) => s.catalog);
  const { selectAction } = usePlaygroundActions();
  const reveal = useTraceNavigation(explanation?.result ?? null);
  if (!selected) return null;

  const action = catalog?.findAction(selected);
  const i = action?.id;
  const region = analysis && i !== undefined ? REGIONS[analysis.region[i] ?? 0] : undefined;
  const effective = analysis && i !== undefined ? EFFECTIVE_CLASSES[analysis.effective[i] ?? 0] : undefined;
  const regionInfo = REGION_INFO.find(
    (r) =>
      r.filter === region ||
      (region === 'effective' &&
        r.filter === `effective${effective === 'conditional' ? 'Conditional' : 'Allowed'}`),
  );
  const result = explanation?.result;

  return (
    <section
      className="panel explanation"
      aria-label={`Explanation of ${selected}`}
      aria-busy={explanation === null}
      data-testid="explanation"
    >
      <header className="panel-header">
        <h2>{selected}</h2>
        {action && <span className="muted">{action.accessLevel}</span>}
        <button
          type="button"
          className="icon-button close"
          aria-label="Close explanation"
          onClick={() => selectAction(null)}
        >
          ×
        </button>
      </header>
      <div className="explanation-body">
        {analysis && i !== undefined && (
          <>
            <p className={`decision effective-${effective}`}>
              {effective ? EFFECTIVE_LABEL[effective] : ''}{' '}
              {regionInfo && <span className="muted">· {regionInfo.description}</span>}
            </p>
            <ul className="layer-summary">
              {analysis.layers.map((layer, l) => {
                const cls = LAYER_CLASSES[analysis.layerClass[l]?.[i] ?? 0];
                return (
                  <li key={layer} className={`layer-${cls}`}>
                    <span>{layerHeading(layer)}</span> <strong>{cls ? LAYER_CLASS_LABEL[cls] : ''}</strong>
                  </li>
                );
              })}
            </ul>
            <BaselineSide index={i} now={effective} />
          </>
        )}
        {explanation && explanation.scope.length > 0 && (
          <div className="scope">
            <h3 className="sub-heading">Where it is allowed</h3>
            <ul>
              {explanation.scope.map((line, n) => (
                <li key={n}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {explanation === null ? (
          <p className="muted" role="status">
            Explaining…
          </p>
        ) : result ? (
          <>
            <h3 className="sub-heading">
              A request on <code>{result.resource}</code>
            </h3>
            <p className={`decision decision-${result.decision}`}>
              {result.decision}
              {result.deniedBy ? ` · ${describeLayer(result.deniedBy)}` : ''}
            </p>
            {result.message && (
              <div className="message-box">
                <code data-testid="explanation.message">{result.message}</code>
                <CopyButton text={result.message} label="Copy message" />
              </div>
            )}
            {explanation.sample && <SimulateSample sample={explanation.sample} />}
            <TraceView result={result} onReveal={reveal} />
          </>
        ) : (
          <p className="muted" data-testid="explanation.no-sample">
            No single request shows this: none of the requests tried inside the scope above is allowed (its
            conditions may need values only a real request has).
          </p>
        )}
      </div>
    </section>
  );
}

/** A conditional action's sample: the context its conditions need, and a way to simulate it. */
function SimulateSample({ sample }: { readonly sample: Request }) {
  const { addRequest, setResultsView } = usePlaygroundActions();
  const entries = Object.entries(sample.context);
  const simulate = () => {
    addRequest({ action: sample.action, resource: sample.resource, context: rowsOfContext(sample.context) });
    setResultsView('simulator');
  };
  return (
    <div className="sample-context" data-testid="explanation.sample">
      {entries.length === 0 ? (
        <p className="muted">It needs no particular context on this resource.</p>
      ) : (
        <>
          <p>With this context:</p>
          <ul>
            {entries.map(([key, value]) => (
              <li key={key}>
                <code>{key}</code> = <code>{typeof value === 'string' ? value : value.join(', ')}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="small-button" onClick={simulate}>
        Simulate with this context
      </button>
    </div>
  );
}

/**
 * While comparing with a baseline: the action's result there, beside its result now, when the
 * two differ (the baseline's own explanation is one "Compare with…" away: open it as a link).
 */
function BaselineSide({ index, now }: { readonly index: number; readonly now: EffectiveClass | undefined }) {
  const baseline = usePlayground((s) => s.baseline);
  const before = usePlayground((s) => s.baselineAnalysis);
  const changes = useBaselineChanges();
  if (baseline === null || before === null || changes === null || now === undefined) return null;
  if (changeAt(changes, index) === null) return null;
  const then = EFFECTIVE_CLASSES[before.effective[index] ?? 0];
  if (then === undefined) return null;
  const deniedBy = DENIED_BY[before.deniedBy[index] ?? 0] ?? null;
  return (
    <p className="baseline-side" data-testid="explanation.baseline">
      In {baseline.label}: <strong>{EFFECTIVE_LABEL[then]}</strong>
      {then === 'denied' && deniedBy
        ? ` (${reasonText(then, deniedBy, before.explicit[index] === 1, false)})`
        : ''}
      {then === now ? ', with another scope' : ''} → now <strong>{EFFECTIVE_LABEL[now]}</strong>
    </p>
  );
}
