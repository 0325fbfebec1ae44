/**
 * The verified fixes of the selected request when it is denied: computed in the worker for the
 * documents on screen, shown as current only when they belong to them and to this request.
 */
import { useId } from 'react';

import { usePlayground } from '../../state/hooks';
import { selectSelectedResult } from '../../state/selectors';
import { fixesPhase } from '../../state/slices/fixes';
import { FixCard } from './FixCard';

import './fixes.css';

/** The fixes panel of the simulator; nothing for an allowed request. */
export function FixList() {
  const denied = usePlayground((s) => {
    const result = selectSelectedResult(s);
    return result !== null && result.decision !== 'Allowed';
  });
  const phase = usePlayground(fixesPhase);
  const plan = usePlayground((s) => s.fixPlan);
  const error = usePlayground((s) => s.fixPlanError);
  const heading = useId();
  if (!denied) return null;
  const current = phase === 'current';
  return (
    <section className="fixes" aria-labelledby={heading} aria-busy={phase === 'busy'} data-testid="fixes">
      <h3 id={heading} className="sub-heading">
        Verified fixes
      </h3>
      {phase === 'busy' && (
        <p className="muted" role="status">
          Looking for fixes…
        </p>
      )}
      {phase === 'failed' && <p className="field-error">No fixes: {error}</p>}
      {current && plan !== null && plan.problem !== null && (
        <p className="muted" data-testid="fixes.problem">
          No verified fix: {plan.problem}.
        </p>
      )}
      {current && plan !== null && plan.fixes.length > 1 && (
        <p className="muted">
          Each fix lifts one layer’s denial; made together, in this order, they allow the request.
        </p>
      )}
      {current && plan !== null && (
        <ol className="fix-list">
          {plan.fixes.map((fix, i) => (
            <FixCard key={i} fix={fix} />
          ))}
        </ol>
      )}
    </section>
  );
}
