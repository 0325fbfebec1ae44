/** One guardrails check: its status, what it means, the requests that prove it and its fix. */
import { useState } from 'react';

import type { GuardrailFinding, GuardrailProof } from '../../engine';
import { DECISION_LABEL } from '../simulator/decisionLabels';
import { useFixActions } from './useFixActions';

const STATUS_LABEL: Readonly<Record<GuardrailFinding['status'], string>> = {
  fail: 'Way out',
  possible: 'Possible',
  pass: 'Holds',
};

function contextText(proof: GuardrailProof): string {
  return Object.entries(proof.request.context)
    .map(([key, value]) => `${key} = ${typeof value === 'string' ? value : value.join(', ')}`)
    .join('; ');
}

/** The proof requests with the engine's decision for each. */
function ProofTable({ finding }: { finding: GuardrailFinding }) {
  const caption =
    finding.status === 'pass'
      ? 'The requests that stopped each way the check tried'
      : 'The requests of the way out, each allowed';
  return (
    <table className="guardrail-proof">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Decision</th>
          <th scope="col">Action</th>
          <th scope="col">Resource</th>
          <th scope="col">Context</th>
        </tr>
      </thead>
      <tbody>
        {finding.requests.map((proof, i) => (
          <tr key={i}>
            <td className={`decision-${proof.result.decision}`}>
              {DECISION_LABEL[proof.result.decision]}
              {proof.result.deniedBy !== null && ` (${proof.result.deniedBy})`}
            </td>
            <td>{proof.request.action}</td>
            <td className="mono">{proof.request.resource}</td>
            <td className="mono">{contextText(proof)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A finding, open when the check does not hold. */
export function FindingCard({ finding, current }: { finding: GuardrailFinding; current: boolean }) {
  const { applyFix, simulate } = useFixActions();
  const [problem, setProblem] = useState<string | null>(null);
  const fix = finding.fix;
  const where =
    fix === undefined
      ? ''
      : fix.target.slot === 'permissionsBoundary'
        ? `the boundary ${fix.target.policyName}`
        : `the identity policy ${fix.target.policyName}`;
  return (
    <details
      className={`guardrail status-${finding.status}`}
      open={finding.status !== 'pass'}
      data-testid={`guardrail.${finding.id}`}
      data-status={finding.status}
    >
      <summary>
        <span className="guardrail-status" data-testid="guardrail.status">
          {STATUS_LABEL[finding.status]}
        </span>
        <span className="guardrail-title">{finding.title}</span>
        <span className="guardrail-severity">{finding.severity}</span>
      </summary>
      <p>{finding.explanation}</p>
      {finding.condition !== undefined && (
        <p className="guardrail-condition">Possible when {finding.condition.text}.</p>
      )}
      {finding.notes.length > 0 && (
        <ul className="guardrail-notes">
          {finding.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      {finding.requests.length > 0 && (
        <>
          <ProofTable finding={finding} />
          <button type="button" className="small-button" onClick={() => simulate(finding.requests)}>
            Add these requests to the simulator
          </button>
        </>
      )}
      {fix !== undefined && (
        <div className="guardrail-fix">
          <p>
            Fix, checked on a copy of the scenario: {fix.description} It goes into {where}.{' '}
            <a href={fix.source} target="_blank" rel="noreferrer noopener">
              AWS documentation
            </a>
          </p>
          <pre className="mono">{JSON.stringify(fix.statements, null, 2)}</pre>
          <button
            type="button"
            className="small-button"
            disabled={!current}
            title={current ? undefined : 'Wait for the check to catch up with the policies'}
            onClick={() => setProblem(applyFix(fix))}
            data-testid="guardrail.apply"
          >
            Apply the fix to {where}
          </button>
          {problem !== null && (
            <p className="error-banner" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
