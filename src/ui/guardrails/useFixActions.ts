/**
 * What a finding's buttons do, through store actions only: apply its fix to the policy text,
 * and put its proof requests in the simulator's suite. The report re-runs by itself when the
 * text changes (the effects follow the store).
 */
import { insertStatements, type GuardrailFix, type GuardrailProof } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';

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
  const { setPolicyText, setActiveTab, addRequest, setResultsView } = usePlaygroundActions();
  return {
    applyFix(fix) {
      const target = fix.target;
      const policy = target.slot === 'permissionsBoundary' ? boundary : identity[target.index];
      if (!policy) return `The policy ${target.policyName} is no longer there.`;
      const inserted = insertStatements(policy.text, fix.statements);
      if (!inserted.ok) return `${policy.name}: ${inserted.problem}`;
      setPolicyText(policy.id, inserted.text);
      setActiveTab(policy.id);
      return null;
    },
    simulate(requests) {
      for (const { request } of requests) {
        addRequest({
          action: request.action,
          resource: request.resource,
          context: Object.entries(request.context).map(([key, value]) => ({
            id: '',
            key,
            values: typeof value === 'string' ? [value] : [...value],
            multivalued: typeof value !== 'string',
          })),
        });
      }
      setResultsView('simulator');
    },
  };
}
