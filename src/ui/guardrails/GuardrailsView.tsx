/**
 * The Guardrails view: can the principal escape its permissions boundary? One card per check,
 * from the report the effects keep in the store (computed in the worker, never here).
 */
import { usePlayground } from '../../state/hooks';
import { guardrailsPhase } from '../../state/slices/guardrails';
import type { ResultsPhase } from '../../state/slices/results';
import { FindingCard } from './FindingCard';
import './guardrails.css';

const PHASE_BADGE: Readonly<Record<ResultsPhase, string | null>> = {
  current: null,
  busy: 'updating…',
  stale: 'out of date',
  failed: 'not checked',
  paused: 'not checked',
};

/** The Guardrails panel. */
export function GuardrailsView() {
  const report = usePlayground((s) => s.guardrails);
  const phase = usePlayground(guardrailsPhase);
  const error = usePlayground((s) => s.guardrailsError);
  if (report === null) {
    return (
      <p className="muted" role="status">
        {phase === 'failed' ? error : 'Checking the guardrails…'}
      </p>
    );
  }
  const badge = PHASE_BADGE[phase];
  const subject = report.subject;
  return (
    <section className="guardrails" aria-label="Guardrails" data-testid="guardrails">
      <p className="guardrails-intro">
        Can the principal escape its permissions boundary? Each check asks the engine about concrete requests
        against the whole scenario; what it finds comes with those requests as proof.
        {badge !== null && <span className="stale-badge"> {badge}</span>}
      </p>
      {subject !== null && (
        <p className="guardrails-subject">
          Checks for <span className="mono">{subject.selfArn}</span>, bounded by{' '}
          <span className="mono">{subject.boundaryArn}</span>.
        </p>
      )}
      {report.notes.length > 0 && (
        <ul className="guardrail-notes" data-testid="guardrails.notes">
          {report.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <div className="guardrail-list">
        {report.findings.map((finding) => (
          <FindingCard key={finding.id} finding={finding} current={phase === 'current'} />
        ))}
      </div>
    </section>
  );
}

/** The panel as a lazily loaded module's default export. */
export default GuardrailsView;
