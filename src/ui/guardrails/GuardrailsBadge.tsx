/** The Guardrails tab's badge: in the first JavaScript, unlike the panel it counts for. */
import { usePlayground } from '../../state/hooks';
import { guardrailsWaysOut } from '../../state/slices/guardrails';

/** "2 ways out" in the tab, when the latest report has any. */
export function GuardrailsBadge() {
  const count = usePlayground((s) => guardrailsWaysOut(s.guardrails));
  if (count === 0) return null;
  return (
    <span className="guardrails-badge" data-testid="guardrails.badge">
      {count} {count === 1 ? 'way' : 'ways'} out
    </span>
  );
}
