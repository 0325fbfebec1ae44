/** The effective policy the analysis synthesized, read-only and copyable. */
import { lazy, Suspense } from 'react';

import { usePlayground, useResultsBadge } from '../../state/hooks';
import { CopyButton } from '../common/CopyButton';

const ReadOnlyJsonCore = lazy(() => import('./ReadOnlyJsonCore'));

/** The effective policy panel. */
export function EffectivePolicyView() {
  const policy = usePlayground((s) => s.snapshot?.analysis?.effectivePolicy ?? null);
  const badge = useResultsBadge();
  if (!policy) {
    return (
      <p className="muted" role="status">
        Computing the effective policy…
      </p>
    );
  }
  return (
    <section className="effective-policy" aria-label="Effective policy" data-testid="effective-policy">
      <div className="effective-head">
        <p>
          One policy equivalent to what the identity policies, the boundary and the session policy allow
          together, for requests no resource-based policy touches.
          {badge !== null && <span className="stale-badge"> {badge}</span>}
        </p>
        <CopyButton text={policy.text} label="Copy policy" />
      </div>
      {!policy.exact && (
        <ul className="notes" aria-label="Approximations">
          {policy.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <Suspense fallback={<pre className="editor-preview">{policy.text}</pre>}>
        <ReadOnlyJsonCore text={policy.text} label="Effective policy" />
      </Suspense>
    </section>
  );
}
