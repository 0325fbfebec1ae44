/**
 * One verified fix: where it goes, what it changes (the statement or the context values, as
 * code), who owns the policy, what else it allows, and the button that makes the change.
 */
import { useState } from 'react';

import { describeLayer, formatCount, type Fix } from '../../engine';
import { useVerifiedFix } from './useVerifiedFix';

/** Most "also allows" actions listed; the count says how many there are. */
const MAX_LISTED = 200;

/** The fix's kind, in words. */
function kindWords(fix: Fix): string {
  switch (fix.kind) {
    case 'add-statement':
      return fix.newPolicy ? 'Add a new policy with an Allow statement' : 'Add an Allow statement';
    case 'set-context':
      return 'Give the request the context values its Allow statement tests';
    case 'exempt-from-deny':
      return 'Give the request context values that the Deny statement does not match';
    case 'narrow-deny':
      return fix.statement === null ? 'Remove the Deny statement' : 'Narrow the Deny statement';
    default: {
      const unknown: never = fix.kind;
      return String(unknown);
    }
  }
}

/** What the card shows as code: the statement added or changed, the Deny removed, or the context values. */
function changeCode(fix: Fix): { label: string; code: string } | null {
  if (fix.context !== undefined)
    return { label: 'Context values', code: JSON.stringify(fix.context, null, 2) };
  if (fix.statement !== undefined && fix.statement !== null)
    return { label: 'Statement', code: JSON.stringify(fix.statement, null, 2) };
  if (fix.deny !== undefined)
    return { label: 'Statement removed', code: JSON.stringify(fix.deny.statement, null, 2) };
  return null;
}

/** "Also allows N other actions", with the list behind a disclosure. */
function AlsoAllows({ actions }: { actions: readonly string[] }) {
  if (actions.length === 0) return <p className="muted">Allows no other action.</p>;
  const listed = actions.slice(0, MAX_LISTED);
  return (
    <details className="fix-also" data-testid="fix.also">
      <summary>
        Also allows {formatCount(actions.length)} other action{actions.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {listed.map((action) => (
          <li key={action}>{action}</li>
        ))}
        {actions.length > listed.length && (
          <li className="muted">…and {actions.length - listed.length} more</li>
        )}
      </ul>
    </details>
  );
}

/** A fix of the current plan, with its button. */
export function FixCard({ fix }: { fix: Fix }) {
  const { apply, simulateContext } = useVerifiedFix();
  const [problem, setProblem] = useState<string | null>(null);
  const code = changeCode(fix);
  const where = `${describeLayer(fix.layer)} "${fix.policyName}"${fix.level === undefined ? '' : ` (${fix.level})`}`;
  return (
    <li className="fix-card" data-testid="fix" data-kind={fix.kind} data-layer={fix.layer}>
      <p className="fix-where">
        <strong>{kindWords(fix)}</strong> · {where}
        {fix.owner === 'organization' && <span className="fix-owner"> · belongs to your organization</span>}
      </p>
      <p className="fix-summary">{fix.summary}</p>
      {code !== null && (
        <>
          <p className="muted fix-code-label">{code.label}</p>
          <pre className="fix-code">{code.code}</pre>
        </>
      )}
      {fix.context === undefined && <AlsoAllows actions={fix.alsoAllows} />}
      {fix.document !== undefined && (
        <button
          type="button"
          className="small-button"
          onClick={() => setProblem(apply(fix))}
          data-testid="fix.apply"
        >
          Apply to {fix.policyName}
        </button>
      )}
      {fix.context !== undefined && (
        <button
          type="button"
          className="small-button"
          onClick={() => simulateContext(fix)}
          data-testid="fix.simulate"
        >
          Simulate with this context
        </button>
      )}
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
