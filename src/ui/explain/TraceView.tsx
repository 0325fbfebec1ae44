/** The per-layer, per-statement trace of one evaluation: what matched, what did not, and why. */
import { describeLayer, describeReason, type EvaluationResult, type PolicyTrace } from '../../engine';

/** Props of {@link TraceView}. */
export interface TraceViewProps {
  readonly result: EvaluationResult;
  /** Called with a trace's policy and statement to reveal it in the editor. */
  readonly onReveal?: (policy: PolicyTrace, statementIndex: number) => void;
}

/** Lists every policy and statement the request met. */
export function TraceView({ result, onReveal }: TraceViewProps) {
  if (result.trace.length === 0) return <p className="muted">No policy took part in this decision.</p>;
  return (
    <ol className="trace">
      {result.trace.map((policy, p) => (
        <li key={p} className="trace-policy">
          <div className="trace-policy-head">
            <span className="trace-layer">{describeLayer(policy.layer)}</span>
            {policy.level ? <span className="muted"> · {policy.level}</span> : null}{' '}
            <strong className="trace-policy-name">{policy.policyName}</strong>
          </div>
          {policy.statements.length === 0 ? (
            <p className="muted trace-empty">No usable statements.</p>
          ) : (
            <ul>
              {policy.statements.map((s) => (
                <li key={s.index} className={`trace-statement ${s.matched ? 'is-match' : 'is-miss'}`}>
                  <button type="button" className="trace-button" onClick={() => onReveal?.(policy, s.index)}>
                    <span className={`effect effect-${s.effect.toLowerCase()}`}>{s.effect}</span>{' '}
                    <span className="trace-sid">{s.sid ?? `statement ${s.index + 1}`}</span>{' '}
                    <span className="muted">line {s.range.start.line}</span>
                  </button>
                  <span className="trace-outcome">
                    {s.matched ? 'matches' : s.reason ? describeReason(s.reason) : 'does not match'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
