/**
 * What a verified fix's buttons do, through store actions only: put its policy text in the
 * editor (adding the policy first when the fix makes a new one), or give the selected request
 * its context values. The request is evaluated again by the effects, as after any edit.
 */
import type { Fix } from '../../engine';
import { fixTargetOf } from '../../state/fixTarget';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectScenarioState } from '../../state/selectors';
import { REFUSED_CHANGE, useApplyPolicyText } from '../editor/useApplyPolicyText';

/** The callbacks of a fix. */
export interface VerifiedFixActions {
  /** Replaces the fix's policy text (one undoable edit) and opens its tab; returns why it could not, or null. */
  apply(fix: Fix): string | null;
  /** Gives the selected request the fix's context values. */
  simulateContext(fix: Fix): void;
}

/** The fix callbacks for the current store. */
export function useVerifiedFix(): VerifiedFixActions {
  const slots = usePlayground(selectScenarioState);
  const { addPolicy, renamePolicy, setResourcePolicyKind, setContextValues } = usePlaygroundActions();
  const applyText = useApplyPolicyText();
  return {
    apply(fix) {
      if (fix.document === undefined) return null;
      const target = fixTargetOf(slots, fix);
      if (target.kind === 'missing') return target.problem;
      const id = target.kind === 'document' ? target.id : addPolicy(target.field);
      if (id === null) return REFUSED_CHANGE;
      if (target.kind === 'new') {
        renamePolicy(id, fix.policyName);
        if (fix.resourcePolicyKind !== undefined) setResourcePolicyKind(fix.resourcePolicyKind);
      }
      return applyText(id, fix.document);
    },
    simulateContext(fix) {
      if (fix.context !== undefined) setContextValues(fix.context);
    },
  };
}
