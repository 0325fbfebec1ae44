/**
 * What a finding's buttons do, through store actions only: apply its fix to the policy text,
 * and put its proof requests in the simulator's suite. The report re-runs by itself when the
 * text changes (the effects follow the store).
 */
import { insertStatements, type GuardrailFix, type GuardrailProof } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { rowsOfContext } from '../../state/slices/request';
import { useApplyPolicyText } from '../editor/useApplyPolicyText';

/** The callbacks of a finding. */
export interface FixActions {
  /** Adds the fix's statements to its policy; returns why it could not, or null. */
  applyFix(fix: GuardrailFix): string | null;
  /** Adds the requests to the simulator's suite and shows the simulator. */
  simulate(requests: readonly GuardrailProof[]): void;
}

/** The finding callbacks for the current store. */
export function useFixActions(): FixActions {
  const boundary = usePlayground((s) => s.permissionsBoundary);
  const identity = usePlayground((s) => s.identityPolicies);
  const { addRequest, setResultsView } = usePlaygroundActions();
  const applyText = useApplyPolicyText();
  return {
    applyFix(fix) {
      const target = fix.target;
      const policy = target.slot === 'permissionsBoundary' ? boundary : identity[target.index];
      if (!policy) return `The policy ${target.policyName} is no longer there.`;
      const inserted = insertStatements(policy.text, fix.statements);
      if (!inserted.ok) return `${policy.name}: ${inserted.problem}`;
      return applyText(policy.id, inserted.text);
    },
    simulate(requests) {
      for (const { request } of requests) {
        addRequest({
          action: request.action,
          resource: request.resource,
          context: rowsOfContext(request.context),
        });
      }
      setResultsView('simulator');
    },
  };
}
