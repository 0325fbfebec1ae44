/**
 * The selected request's answer: the decision, AWS's AccessDenied message, the other denying
 * layers, the context keys the policies test and the request lacks, the layers that did not
 * apply, and the per-statement trace.
 */
import { lazy, Suspense } from 'react';

import { describeLayer, describeSkip } from '../../engine';
import { usePlayground, usePlaygroundActions, useResultsBadge } from '../../state/hooks';
import { selectSelectedRequest, selectSelectedResult } from '../../state/selectors';
import { CopyButton } from '../common/CopyButton';
import { TraceView } from '../explain/TraceView';
import { useTraceNavigation } from '../explain/useTraceNavigation';
import { FixList } from '../fixes/FixList';
import { DECISION_LABEL } from './decisionLabels';

// The denial parser and comparison load only once a request was pasted.
const AwsComparisonNote = lazy(() => import('./AwsComparisonNote'));

/** The result of the selected request. */
export function RequestResult() {
  const result = usePlayground(selectSelectedResult);
  const pasted = usePlayground((s) => selectSelectedRequest(s).pasted);
  const badge = useResultsBadge();
  const { addContextRow } = usePlaygroundActions();
  const reveal = useTraceNavigation(result);
  return (
    <>
      {result ? (
        <div className="sim-result" aria-live="polite" data-testid="sim.result">
          <p className={`decision decision-${result.decision}`} data-testid="sim.decision">
            {DECISION_LABEL[result.decision]}
            {result.deniedBy && <span className="muted"> · by the {describeLayer(result.deniedBy)}</span>}
            {badge !== null && <span className="stale-badge"> {badge}</span>}
          </p>
          {pasted !== undefined && (
            <Suspense fallback={null}>
              <AwsComparisonNote result={result} pasted={pasted} />
            </Suspense>
          )}
          {result.message && (
            <div className="message-box">
              <code data-testid="sim.message">{result.message}</code>
              <CopyButton text={result.message} label="Copy message" />
            </div>
          )}
          {result.deniedByAll.length > 1 && (
            <p className="muted">
              Also denied by: {result.deniedByAll.slice(1).map(describeLayer).join(', ')}
            </p>
          )}
          {result.missingContextKeys.length > 0 && (
            <div className="missing-keys">
              <span>The policies test keys this request does not give: </span>
              {result.missingContextKeys.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="chip"
                  onClick={() => addContextRow(k)}
                  title="Add it to the request"
                >
                  + {k}
                </button>
              ))}
            </div>
          )}
          {result.skippedLayers.length > 0 && (
            <ul className="skipped-layers muted" data-testid="sim.skipped">
              {result.skippedLayers.map((skip) => (
                <li key={`${skip.layer}:${skip.reason}`}>{describeSkip(skip)}</li>
              ))}
            </ul>
          )}
          <FixList />
          <h3 className="sub-heading">Trace</h3>
          <TraceView result={result} onReveal={reveal} />
        </div>
      ) : (
        <p className="muted" role="status">
          Evaluating…
        </p>
      )}
    </>
  );
}
