/** The Guardrails tab's badge: in the first JavaScript, unlike the panel it counts for. */
import { usePlayground } from '../../state/hooks';
import { guardrailsPhase, guardrailsWaysOut } from '../../state/slices/guardrails';

/**
 * "2 ways out" in the tab, when the latest report has any. The guardrails are checked once
 * edits pause, so a report of earlier documents is shown greyed and says so, never as final.
 */
export function GuardrailsBadge() {
  const count = usePlayground((s) => guardrailsWaysOut(s.guardrails));
  const behind = usePlayground((s) => guardrailsPhase(s) !== 'current');
  if (count === 0) return null;
  return (
    <span
      className={`guardrails-badge${behind ? ' is-stale' : ''}`}
      data-testid="guardrails.badge"
      data-current={!behind}
      title={behind ? 'From the last check, not of the documents on screen: checking again' : undefined}
    >
      {count} {count === 1 ? 'way' : 'ways'} out
    </span>
  );
}
